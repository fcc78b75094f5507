/**
 * Where each rule's documentation page lives (docs/rules/<id>.md in the package, written by `npm run docs`), for
 * the SARIF log and the HTML report; kept apart from the page generator so that they need not load it.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the pages are written, relative to the package root. */
export const RULE_DOCS_DIR = 'docs/rules';

/** `docs/rules/money/amount-missing.md` for `money/amount-missing` (a rule id is a path). */
export function ruleDocPath(id: string): string {
  return `${RULE_DOCS_DIR}/${id}.md`;
}

/** The page's address as a file: URL inside the installed package (SARIF's helpUri must be an absolute URI). */
export function ruleDocFileUrl(id: string, packageRoot: string): string {
  return pathToFileURL(path.join(packageRoot, ...ruleDocPath(id).split('/'))).href;
}

/** A relative link from a file written in `fromDir` to the rule's page in the package. */
export function ruleDocRelativeLink(id: string, fromDir: string, packageRoot: string): string {
  const target = path.join(packageRoot, ...ruleDocPath(id).split('/'));
  return path.relative(fromDir, target).split(path.sep).map(encodeURIComponent).join('/');
}

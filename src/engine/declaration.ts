/**
 * Rules as declarations: "when an item orders ACT (on OBJECT), it must state ELEMENTS, unless …", with the rule's
 * citation, message, suggestion and examples. Built-in declarations live in lint-rules/ as YAML files beside the
 * TypeScript rules; a court's own rules are the same files in a folder its configuration names (localRules). The
 * engine turns a declaration into a rule that reads the item model: the clause that orders the act (dismissed,
 * denied and default clauses skipped), the words of lexicon classes it holds, the entities recognised in it.
 */
import escapeStringRegexp from 'escape-string-regexp';
import type { CaseCategory, DocumentForm } from '../document/kind.js';
import type { TextSpan } from '../document/span.js';
import { orderedDuty } from '../language/duties/ordering.js';
import type { EntityType } from '../language/entities/index.js';
import type { ItemView, TextView } from '../language/item-view.js';
import { type WordClassName, alternation } from '../lexicon/index.js';
import { WORD_CLASSES } from '../lexicon/words.generated.js';
import type { RuleContext } from './context.js';
import type { Rule } from './rule.js';

/** Words to look for: classes of the lexicon, and words or patterns of the declaration's own. */
export interface WordsSpec {
  classes?: string[];
  words?: string[];
  patterns?: string[];
}

/** One element an item must state, and where to look for it. */
export interface Requirement extends WordsSpec {
  /** The element's name, as the finding lists it: 门牌号或权属证号. */
  element: string;
  /**
   * Recognised entities that state it: money, deadline, date, area, boundary, quantity. A time limit stated once for
   * several items (上述款项于…付清) counts as a deadline.
   */
  entities?: EntityType[];
  /** How many such entities it takes (two dates bound a period); 1 when absent. */
  count?: number;
  /** The ordering clause (default) or the whole item. */
  in?: 'clause' | 'item';
}

/** A rule's metadata and examples (as every rule has them), and what it checks, as data. */
export interface RuleDeclaration extends Omit<Rule, 'check'> {
  /** The kinds of document the rule reads; all when absent. */
  documents?: { categories?: CaseCategory[]; forms?: DocumentForm[] };
  /** What the item orders: the act, the object it is done to, and where a finding points (the act by default). */
  when: { act: WordsSpec; object?: WordsSpec; reportAt?: 'act' | 'object' };
  require: Requirement[];
  /** Words that make the item say enough by other means (上述房屋: described in an earlier item). */
  unless?: WordsSpec;
}

export class DeclarationError extends Error {}

function isWordClass(name: string): name is WordClassName {
  return Object.hasOwn(WORD_CLASSES, name);
}

/** A pattern matching any of the words a spec names, or null for an empty spec. */
export function specPattern(spec: WordsSpec, where: string): RegExp | null {
  const parts: string[] = [];
  for (const name of spec.classes ?? []) {
    if (!isWordClass(name)) throw new DeclarationError(`${where}：词库中没有词类“${name}”`);
    parts.push(alternation(name));
  }
  for (const word of spec.words ?? []) parts.push(escapeStringRegexp(word));
  for (const pattern of spec.patterns ?? []) parts.push(pattern);
  if (parts.length === 0) return null;
  try {
    return new RegExp(parts.join('|'));
  } catch (error) {
    throw new DeclarationError(`${where}：${error instanceof Error ? error.message : String(error)}`);
  }
}

interface CompiledRequirement {
  element: string;
  words: RegExp | null;
  entities: readonly EntityType[];
  count: number;
  inItem: boolean;
}

function states(requirement: CompiledRequirement, text: TextView, context: RuleContext): boolean {
  if (requirement.words?.test(text.text)) return true;
  if (requirement.entities.includes('deadline') && context.hasSharedDeadline()) return true;
  const found = requirement.entities.reduce((n, type) => n + text.find(type).length, 0);
  return requirement.entities.length > 0 && found >= requirement.count;
}

function appliesTo(declaration: RuleDeclaration, context: RuleContext): boolean {
  const { category, form } = context.document.kind;
  const { categories, forms } = declaration.documents ?? {};
  return (!categories || categories.includes(category)) && (!forms || forms.includes(form));
}

/** The object's first word in the ordering clause when the declaration points there; else the act. */
function pointOf(clause: TextView, object: RegExp | null, act: TextSpan): TextSpan {
  return (object && clause.match(object)) ?? act;
}

export function declaredRule(declaration: RuleDeclaration): Rule {
  const where = `规则 ${declaration.id}`;
  const act = specPattern(declaration.when.act, `${where} 的 when.act`);
  if (!act) throw new DeclarationError(`${where}：when.act 至少要有一个词类、词语或模式`);
  const object = declaration.when.object
    ? specPattern(declaration.when.object, `${where} 的 when.object`)
    : null;
  const unless = declaration.unless ? specPattern(declaration.unless, `${where} 的 unless`) : null;
  const requirements: CompiledRequirement[] = declaration.require.map((requirement, i) => ({
    element: requirement.element,
    words: specPattern(requirement, `${where} 的 require[${i}]`),
    entities: requirement.entities ?? [],
    count: requirement.count ?? 1,
    inItem: requirement.in === 'item',
  }));
  const check = (context: RuleContext): void => {
    if (!appliesTo(declaration, context)) return;
    for (const item of context.orders()) {
      const order = orderedDuty(item, act);
      if (!order || (object && !object.test(order.clause.text))) continue;
      if (unless?.test(order.clause.text)) continue;
      const missing = requirements
        .filter((requirement) => !states(requirement, requirement.inItem ? item : order.clause, context))
        .map((requirement) => requirement.element);
      const at = declaration.when.reportAt === 'object' ? pointOf(order.clause, object, order.at) : order.at;
      if (missing.length > 0) report(context, item, at, missing);
    }
  };
  const { id, name, category, severity, citation, message, suggestion, rationale, examples } = declaration;
  return {
    id,
    name,
    category,
    severity,
    citation,
    message,
    suggestion,
    examples,
    check,
    ...(rationale ? { rationale } : {}),
  };
}

function report(context: RuleContext, item: ItemView, at: TextSpan, missing: string[]): void {
  context.report({ at, item, detail: missing.join('、') });
}

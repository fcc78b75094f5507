/**
 * Rules as declarations: "when an item orders ACT (on OBJECT), it must state ELEMENTS, unless …", with the rule's
 * citation, message, suggestion and examples. Built-in declarations live in lint-rules/ as YAML files beside the
 * TypeScript rules; a court's own rules are the same files in a folder its configuration names (localRules). The
 * engine turns a declaration into a rule that reads the document's one reading (the frames of what each item
 * orders, computed once for all the rules that start from them) or the item model: the clause that orders the act (dismissed,
 * denied and default clauses skipped), the words of lexicon classes it holds, the entities recognised in it.
 */
import escapeStringRegexp from 'escape-string-regexp';
import type { CaseCategory, DocumentForm } from '../document/kind.js';
import type { TextSpan } from '../document/span.js';
import { orderedDuty } from '../language/duties/ordering.js';
import { courtFindings } from '../language/duties/publicity.js';
import type { EntityType } from '../language/entities/index.js';
import { FRAMES, type Frame, type FrameName, textBefore } from '../language/frames.js';
import type { DocumentReading } from '../language/document-reading.js';
import type { ItemView, TextView } from '../language/item-view.js';
import { type Place, READINGS, isReadingName } from '../language/readings.js';
import { type WordClassName, alternation } from '../lexicon/index.js';
import { WORD_CLASSES } from '../lexicon/words.generated.js';
import type { RuleContext } from './context.js';
import type { Rule } from './rule.js';

/**
 * What to look for: words of lexicon classes, words or patterns of the declaration's own, and readings of the
 * language stage (src/language/readings.ts) by name.
 */
export interface WordsSpec {
  classes?: string[];
  words?: string[];
  patterns?: string[];
  readings?: string[];
}

/**
 * Where an element is looked for: the ordering clause (default), the whole item, the frame's own scope, the words
 * the finding points at (the act), the court's findings and reasoning before the operative part, or what follows
 * the operative part (the signatures and any attachments).
 */
export type Scope = 'clause' | 'item' | 'scope' | 'at' | 'findings' | 'tail';

/** The scopes each ordered act or frame has of its own. */
type ItemScope = 'clause' | 'item' | 'scope';

/**
 * Words looked for in a scope (the requirement's own, unless `in` names another), in documents of some kinds only
 * if `documents` is given.
 */
export type Condition = WordsSpec & { in?: Scope; documents?: DocumentKinds };

/** Words looked for in a scope; an exception may name the rule that reports the case instead (a hand-off). */
export type ScopedWords = Condition & { reportedBy?: string };

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
  in?: Scope;
  /**
   * The element is required only when these words are found (登报的，写明报纸的名称), or any of a list (补偿的标准 is
   * required of an order of compensation only).
   */
  if?: Condition | Condition[];
  /** The element is not required when these words are found (another requirement asks for something else). */
  unless?: Condition;
  /** Whether the finding names the element when it is missing; true when absent (false: the message names it). */
  listed?: boolean;
}

/** Kinds of document, by case category and form; any when a list is absent. */
export interface DocumentKinds {
  categories?: CaseCategory[];
  forms?: DocumentForm[];
}

/** A rule's metadata and examples (as every rule has them), and what it checks, as data. */
export interface RuleDeclaration extends Omit<Rule, 'check'> {
  /** The kinds of document the rule reads; all when absent. */
  documents?: DocumentKinds;
  /**
   * What the item orders: an act (and the object it is done to), or a frame of the item model (each interest
   * award); and where a finding points (the act by default).
   */
  when: {
    act?: WordsSpec;
    object?: WordsSpec;
    frame?: FrameName;
    /** What the act's clause or the frame's scope must also state for the rule to apply (按合同约定). */
    with?: WordsSpec;
    reportAt?: 'act' | 'object';
  };
  require: Requirement[];
  /**
   * Words that make the item say enough by other means (上述房屋: described in an earlier item), or leave it to
   * another rule; a list when they are looked for in different scopes.
   */
  unless?: ScopedWords | ScopedWords[];
  /**
   * Words named after the missing elements when the item has them, `as` a template: 以“{}”代替. Without words, the
   * whole text of its scope is named (the name the finding points at).
   */
  note?: WordsSpec & { as: string; in?: Scope };
  /**
   * Further cases the rule checks, each with its own when, require and unless (a ruling on enforcement that must name
   * what is enforced on, and a co-ownership that must give the shares); the message, note and examples are shared.
   */
  also?: Case[];
  /**
   * Whether the finding lists the missing elements after the message; true when absent. Or how it lists them: `as` a
   * template (缺少{}) with the elements joined by `joinedBy` (和), 、 when absent.
   */
  listMissing?: boolean | MissingList;
  /**
   * Whether an item gets at most one finding, at the first act or frame that misses something; a frame of the whole
   * document, which belongs to no item, then gets one for the document.
   */
  onePerItem?: boolean;
}

/** How a finding lists the missing elements: 缺少{} with 起算日和截止日 in place of {}. */
export interface MissingList {
  as: string;
  joinedBy?: string;
}

/** One case of a rule: the declaration itself, or one of its `also` cases (which may hold in some documents only). */
export type Case = Pick<RuleDeclaration, 'when' | 'require' | 'unless'> & { documents?: DocumentKinds };

export class DeclarationError extends Error {}

function isWordClass(name: string): name is WordClassName {
  return Object.hasOwn(WORD_CLASSES, name);
}

/** Finds the first stretch of a text that a spec names, or null; readings may look at the text's place. */
type Finder = (text: TextView, place: Place) => TextSpan | null;

/** A pattern matching any of the words a spec names, or null when it names none. */
function specPattern(spec: WordsSpec, where: string): RegExp | null {
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

/** The finder for a spec (words first, then readings in the order named), or null for an empty spec. */
export function specFinder(spec: WordsSpec, where: string): Finder | null {
  const pattern = specPattern(spec, where);
  const readings = (spec.readings ?? []).map((name) => {
    if (!isReadingName(name)) throw new DeclarationError(`${where}：语言层没有读法“${name}”`);
    return READINGS[name];
  });
  if (!pattern && readings.length === 0) return null;
  return (text, place) => {
    const at = pattern ? text.match(pattern) : null;
    if (at) return at;
    for (const reading of readings) {
      const found = reading.find(text, place);
      if (found) return found;
    }
    return null;
  };
}

interface CompiledCondition {
  finder: Finder;
  scope: Scope;
  documents: DocumentKinds | undefined;
}

interface CompiledRequirement {
  element: string;
  finder: Finder | null;
  entities: readonly EntityType[];
  count: number;
  scope: Scope;
  /** Any of these makes the element required; null: always required. */
  onlyIf: CompiledCondition[] | null;
  unless: CompiledCondition | null;
  listed: boolean;
}

function condition(spec: Condition, scope: Scope, where: string): CompiledCondition {
  const finder = specFinder(spec, where);
  if (!finder) throw new DeclarationError(`${where}：至少要有一个词类、词语、模式或读法`);
  return { finder, scope: spec.in ?? scope, documents: spec.documents };
}

/** What one ordered act or frame gives the checks: where to point, and the three stretches elements are read in. */
interface Occurrence {
  at: TextSpan;
  object: TextSpan | null;
  views: Record<ItemScope, TextView>;
  place: Place;
}

/** The text a scope names for one occurrence. */
type ViewOf = (scope: Scope) => TextView;

/** Whether a condition holds: its words are in its scope, in a document of its kinds. */
function holds(condition: CompiledCondition, view: ViewOf, place: Place, context: RuleContext): boolean {
  return isOfKind(condition.documents, context) && condition.finder(view(condition.scope), place) !== null;
}

/** Whether a requirement applies: one of its `if` conditions holds and its `unless` does not. */
function applies(
  requirement: CompiledRequirement,
  view: ViewOf,
  place: Place,
  context: RuleContext,
): boolean {
  const { onlyIf, unless } = requirement;
  if (onlyIf && !onlyIf.some((c) => holds(c, view, place, context))) return false;
  return !unless || !holds(unless, view, place, context);
}

function states(
  requirement: CompiledRequirement,
  text: TextView,
  place: Place,
  context: RuleContext,
): boolean {
  const { entities, count } = requirement;
  if (entities.includes('deadline') && sharesDeadline(place, context)) return true;
  if (count === 1 ? entities.some((type) => text.has(type)) : entitiesIn(text, entities) >= count)
    return true;
  return requirement.finder?.(text, place) != null;
}

/** Whether a time limit stated once for several items covers the item (any item, for a frame of the document). */
function sharesDeadline(place: Place, { reading }: RuleContext): boolean {
  return place.item ? reading.sharedDeadlineFor(place.item) : reading.sharedDeadline;
}

function entitiesIn(text: TextView, types: readonly EntityType[]): number {
  return types.reduce((n, type) => n + text.find(type).length, 0);
}

/** What follows the operative part, or an empty text at the document's end when nothing does. */
function tailOf(context: RuleContext): TextView {
  const { tail, text } = context.document;
  return context.view(tail ?? { start: text.length, end: text.length });
}

function isOfKind(kinds: DocumentKinds | undefined, context: RuleContext): boolean {
  const { category, form } = context.document.kind;
  const { categories, forms } = kinds ?? {};
  return (!categories || categories.includes(category)) && (!forms || forms.includes(form));
}

/** The acts an item orders, as one occurrence: the first clause ordering the act (on the object, if named). */
type Occurrences = (item: ItemView, reading: DocumentReading) => Occurrence[];

/** The occurrences of a frame of the whole document (no item: nothing before it in the operative part). */
type DocumentOccurrences = (context: RuleContext) => Occurrence[];

function actOccurrences(act: Finder, object: Finder | null): Occurrences {
  return (item, { orders, document }) => {
    const place = {
      item,
      orders,
      clause: item as TextView,
      before: () => textBefore(item, item, orders),
      document,
    };
    const order = orderedDuty(item, (text) => act(text, place));
    if (!order) return [];
    place.clause = order.clause;
    place.before = () => textBefore(item, order.clause, orders);
    const objectAt = object ? object(order.clause, place) : null;
    if (object && !objectAt) return [];
    const views = { clause: order.clause, item, scope: order.clause };
    return [{ at: order.at, object: objectAt, views, place }];
  };
}

function frameOccurrences(frame: FrameName): Occurrences {
  return (item, reading) =>
    reading.frames(item, frame).map(({ at, clause, scope, counterpart }: Frame) => ({
      at,
      object: null,
      views: { clause, item, scope },
      place: {
        item,
        orders: reading.orders,
        clause,
        before: () => textBefore(item, at, reading.orders),
        document: reading.document,
        ...(counterpart ? { counterpart } : {}),
      },
    }));
}

function documentOccurrences(frame: FrameName): DocumentOccurrences | null {
  if (!('inDocument' in FRAMES[frame])) return null;
  return ({ reading }) =>
    reading.documentFrames(frame).map(({ at, clause, scope }: Frame) => ({
      at,
      object: null,
      views: { clause, item: clause, scope },
      place: { orders: reading.orders, clause, before: () => [], document: reading.document },
    }));
}

function occurrencesOf(spec: Case, where: string): Occurrences {
  const { act, object, frame } = spec.when;
  if (frame !== undefined) {
    if (!Object.hasOwn(FRAMES, frame)) throw new DeclarationError(`${where}：语言层没有框架“${frame}”`);
    if (act || object) throw new DeclarationError(`${where}：when 中 frame 与 act/object 只能写一种`);
    return frameOccurrences(frame);
  }
  const actFinder = act ? specFinder(act, `${where} 的 when.act`) : null;
  if (!actFinder) throw new DeclarationError(`${where}：when.act 至少要有一个词类、词语、模式或读法`);
  const objectFinder = object ? specFinder(object, `${where} 的 when.object`) : null;
  return actOccurrences(actFinder, objectFinder);
}

/** How the missing elements read in a finding, or null when it does not list them. */
function missingList(spec: boolean | MissingList | undefined): ((missing: string[]) => string) | null {
  if (spec === false) return null;
  if (spec === undefined || spec === true) return (missing) => missing.join('、');
  const { as, joinedBy = '、' } = spec;
  return (missing) => as.replace('{}', missing.join(joinedBy));
}

interface CompiledCase {
  /** The kinds of document the case holds in (an `also` case's own; the rule's kinds apply to every case). */
  documents: DocumentKinds | undefined;
  occurrences: Occurrences;
  /** A frame of the whole document: its occurrences, found once per document. */
  inDocument: DocumentOccurrences | null;
  frame: boolean;
  /** What the act's clause or the frame's scope must also state (when.with). */
  also: Finder | null;
  unless: { finder: Finder | null; scope: Scope; documents: DocumentKinds | undefined }[];
  requirements: CompiledRequirement[];
  reportAtObject: boolean;
}

function compileRequirement(requirement: Requirement, where: string): CompiledRequirement {
  const scope = requirement.in ?? 'clause';
  const { if: onlyIf, unless } = requirement;
  return {
    element: requirement.element,
    finder: specFinder(requirement, where),
    entities: requirement.entities ?? [],
    count: requirement.count ?? 1,
    scope,
    onlyIf:
      onlyIf === undefined
        ? null
        : Array.isArray(onlyIf)
          ? onlyIf.map((spec, j) => condition(spec, scope, `${where}.if[${j}]`))
          : [condition(onlyIf, scope, `${where}.if`)],
    unless: unless ? condition(unless, scope, `${where}.unless`) : null,
    listed: requirement.listed ?? true,
  };
}

function compileCase(spec: Case, where: string): CompiledCase {
  return {
    documents: spec.documents,
    occurrences: occurrencesOf(spec, where),
    inDocument: spec.when.frame ? documentOccurrences(spec.when.frame) : null,
    frame: spec.when.frame !== undefined,
    also: spec.when.with ? specFinder(spec.when.with, `${where} 的 when.with`) : null,
    unless: [spec.unless ?? []].flat().map((words, i) => ({
      finder: specFinder(words, `${where} 的 unless[${i}]`),
      scope: words.in ?? 'scope',
      documents: words.documents,
    })),
    requirements: spec.require.map((requirement, i) =>
      compileRequirement(requirement, `${where} 的 require[${i}]`),
    ),
    reportAtObject: spec.when.reportAt === 'object',
  };
}

export function declaredRule(declaration: RuleDeclaration): Rule {
  const where = `规则 ${declaration.id}`;
  const cases: Case[] = [{ ...declaration, documents: undefined }, ...(declaration.also ?? [])];
  const compiled = cases.map((spec, i) => compileCase(spec, i === 0 ? where : `${where} 的 also[${i - 1}]`));
  const note = declaration.note
    ? (specFinder(declaration.note, `${where} 的 note`) ?? ((text: TextView) => text))
    : null;
  const noteScope = declaration.note?.in ?? 'item';
  const listMissing = missingList(declaration.listMissing);
  const check = (context: RuleContext): void => {
    if (!isOfKind(declaration.documents, context)) return;
    // An act is ordered by an order item; a frame says which items it reads (the costs paragraph is not an order).
    const { orders } = context.reading;
    let findings: TextView | undefined;
    let tail: TextView | undefined;
    for (const {
      documents,
      occurrences,
      inDocument,
      frame,
      also,
      unless,
      requirements,
      reportAtObject,
    } of compiled) {
      if (!isOfKind(documents, context)) continue;
      // A frame of the whole document is found once, belonging to no item.
      for (const item of inDocument ? [undefined] : frame ? context.reading.items : orders) {
        for (const { at, object, views, place } of item
          ? occurrences(item, context.reading)
          : (inDocument?.(context) ?? [])) {
          if (also && !also(views.scope, place)) continue;
          let atView: TextView | undefined;
          const view: ViewOf = (scope) =>
            scope === 'at'
              ? (atView ??= context.view(at))
              : scope === 'findings'
                ? (findings ??= courtFindings(context.document))
                : scope === 'tail'
                  ? (tail ??= tailOf(context))
                  : views[scope];
          const missing = requirements.filter(
            (requirement) =>
              applies(requirement, view, place, context) &&
              !states(requirement, view(requirement.scope), place, context),
          );
          // Most items state what they must: the exceptions are looked for only when something is missing.
          if (missing.length === 0) continue;
          const excepted = unless.some(
            ({ finder, scope, documents }) => isOfKind(documents, context) && finder?.(view(scope), place),
          );
          if (excepted) continue;
          const listed = missing.filter((r) => r.listed).map((r) => r.element);
          const details = listMissing && listed.length > 0 ? [listMissing(listed)] : [];
          const noted = note?.(view(noteScope), place);
          if (noted && declaration.note) details.push(declaration.note.as.replace('{}', noted.text));
          const point = (reportAtObject && object) || at;
          context.report({ at: point, item, ...(details.length > 0 ? { detail: details.join('、') } : {}) });
          if (declaration.onePerItem) break;
        }
      }
    }
  };
  const { id, name, category, severity, citation, message, suggestion, rationale, examples } = declaration;
  const handsOffTo = cases.flatMap((spec) =>
    [spec.unless ?? []].flat().flatMap((words) => words.reportedBy ?? []),
  );
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
    ...(handsOffTo.length > 0 ? { handsOffTo } : {}),
  };
}

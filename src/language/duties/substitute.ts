/**
 * Substitute performance (焦作山阳规定 第十八条第（二）项：该物可能灭失……的，应明确替代履行方式): the object an item
 * orders handed over or registered, whether the facts say it is lost or sold, and whether the item says what is
 * paid instead.
 */
import { ItemView, type TextView } from '../item-view.js';
import type { DocumentModel } from '../../document/model.js';
import type { TextSpan } from '../../document/span.js';
import { OBJECT_LOST, SUBSTITUTE, SUBSTITUTE_VALUE, THING_DELIVERY, deliveredObject } from './things.js';
import { DENIAL, MONEY_OBJECT, NOTHING_TO_ENFORCE } from '../lexicon.js';
import { wordAt, wordPattern, words } from '../../lexicon/index.js';

/** Registering a transfer of title (协助办理房屋过户登记手续): impossible once the thing is sold on. */
const TRANSFER = wordPattern('title-registration');

/** The first registration of a transfer in a clause, with the 的 that joins it to the thing (房屋的过户登记). */
function transferIn(clause: TextView): TextSpan | null {
  const found = clause.match(TRANSFER);
  if (!found || clause.text[found.start - clause.start - 1] !== '的') return found;
  return { start: found.start - 1, end: found.end, text: `的${found.text}` };
}

/** "已将", "已把", "已被" just before the object's name. */
const SOLD_BY_SUBJECT = wordAt('end', 'sold-by-subject');

/** How far after the object's name the facts may say it is lost, within one sentence. */
const LOSS_WINDOW = 30;

/** The last two and three characters of a word run (履带式挖掘机 → 挖掘机, 掘机), and 车 for any vehicle. */
function namesOf(run: string, names: Set<string>): void {
  for (const n of [3, 2]) if (run.length >= n) names.add(run.slice(-n));
  if (run.endsWith('车') || run.endsWith('车辆')) for (const n of ['该车', '车辆']) names.add(n);
}

/** Names the object goes by: the word before each quantity (挖掘机一台), and the word that ends 将…返还's object. */
function objectNames(object: TextView): string[] {
  const names = new Set<string>();
  for (const quantity of object.find('quantity')) {
    // The name may be followed by its number in parentheses: 注塑模具（编号SH-M-0317）一套.
    const run = /([\u4e00-\u9fa5]{2,})(?:[（(][^）)]*[）)])?$/.exec(
      object.text.slice(0, quantity.start - object.start),
    )?.[1];
    if (run) namesOf(run, names);
  }
  const last = /([\u4e00-\u9fa5]{2,})(?:[（(][^）)]*[）)])?的?$/.exec(object.text)?.[1];
  if (last) namesOf(last, names);
  return [...names];
}

const SENTENCE_ENDS = words('sentence-end');

/** A text up to the end of its first sentence. */
function sentenceStart(text: string): string {
  let end = text.length;
  for (const mark of SENTENCE_ENDS) {
    const at = text.indexOf(mark);
    if (at !== -1 && at < end) end = at;
  }
  return text.slice(0, end);
}

/** Whether the facts say an object of this name is lost, sold or out of reach, in the phrase that names it. */
function lostByName(facts: string, name: string): boolean {
  for (let at = facts.indexOf(name); at !== -1; at = facts.indexOf(name, at + 1)) {
    // "被告已将挖掘机…出售": the words before the name count only when they make it the object of the loss.
    const before = facts.slice(Math.max(0, at - LOSS_WINDOW), at);
    const lead = SOLD_BY_SUBJECT.exec(before)?.[0] ?? '';
    const after = sentenceStart(facts.slice(at, at + name.length + LOSS_WINDOW));
    if (OBJECT_LOST.test(lead + after)) return true;
  }
  return false;
}

/**
 * The text (an item, or one clause) says what is done instead, and what that is worth, in the clause that names the
 * substitute.
 */
export function statesSubstitute(text: TextView): boolean {
  const substitute = text.match(SUBSTITUTE);
  if (!substitute) return false;
  const clauses = text instanceof ItemView ? text.clauses : [text];
  const clause = clauses.find((c) => c.start <= substitute.start && substitute.start < c.end);
  return SUBSTITUTE_VALUE.test(text.text.slice(substitute.start - text.start, clause?.end ?? text.end));
}

/** What a clause orders handed over (将挖掘机一台返还原告) or registered to another (房屋的过户登记), and its verb. */
export interface HandedOverObject {
  verb: TextSpan;
  object: TextView;
}

/** The object of a clause's handover or title registration; null when it hands over nothing, or only money. */
export function handedOverObject(clause: TextView): HandedOverObject | null {
  const transfer = transferIn(clause);
  const verb = clause.match(THING_DELIVERY) ?? transfer;
  if (!verb) return null;
  const object = transfer ? clause.sub(clause.start, transfer.start) : deliveredObject(clause, verb);
  if (!transfer && MONEY_OBJECT.test(object.text.slice(0, 20))) return null;
  return { verb, object };
}

/** Whether the facts say the object, by any name it goes by, is lost, sold or out of reach. */
export function lostInFacts(facts: string, object: TextView): boolean {
  return objectNames(object).some((name) => lostByName(facts, name));
}

/**
 * The first thing an item orders handed over or registered that the facts before the operative part say is lost,
 * sold or out of reach, with its clause, in a clause that does not dismiss or deny it; null when there is none.
 */
export function lostHandover(
  item: ItemView,
  document: DocumentModel,
): (HandedOverObject & { clause: TextView }) | null {
  if (!document.operative) return null;
  const facts = document.text.slice(0, document.operative.heading.start);
  for (const clause of item.clauses) {
    if (NOTHING_TO_ENFORCE.test(clause.text) || DENIAL.test(clause.text)) continue;
    const order = handedOverObject(clause);
    if (order && lostInFacts(facts, order.object)) return { ...order, clause };
  }
  return null;
}

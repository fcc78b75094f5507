/**
 * Where a criminal judgment says when its fines are paid, outside the item that imposes them (焦作山阳规定 第十九条、
 * 绵阳办法 第10项①): a note on a later line, a later sentence about 上述罚金, a sentence in the reasoning or the tail,
 * or a decided sentence in which the fines merged into the confiscation of the whole estate.
 */
import type { DocumentModel } from '../document/model.js';
import { FINE, FINE_SETTLED, SUM_BEGINS, WHOLE_ESTATE } from './criminal.js';
import type { TextView } from './item-view.js';
import { wordPattern } from '../lexicon/index.js';
import { BACK_REFERENCE_OR_ABOVE } from '../lexicon/patterns.js';

/** Where a sentence ends: a stop, or a line break (the notes and tails are written one a line). */
const SENTENCE_END = /[。\n]/;

/** A sentence outside the order items (a shared sentence, the reasoning, the tail) that settles the fines. */
export function fineSettledOutsideItems(document: DocumentModel, items: readonly TextView[]): boolean {
  const from = document.reasoning?.start ?? document.operative?.start ?? 0;
  let text = document.text.slice(from);
  for (const item of items) {
    if (item.start >= from)
      text = text.slice(0, item.start - from) + ' '.repeat(item.text.length) + text.slice(item.end - from);
  }
  return text.split(SENTENCE_END).some((sentence) => FINE.test(sentence) && FINE_SETTLED.test(sentence));
}

/**
 * A note on a line of its own after several sentences ("（缓刑考验期限…。罚金于…缴纳。）") covers the sentences before
 * it; one that computes a term (羁押一日折抵…, 即自…起) is one defendant's.
 */
const NOTE_LINE = /\n[\s　]*[（(][^\n]*[）)][\s　]*(?=\n|$)/g;
const OWN_TERM = wordPattern('own-term');

function settledByLaterNote(item: TextView, orders: readonly TextView[]): boolean {
  return orders.some(
    (later) =>
      later.start > item.start &&
      [...later.text.matchAll(NOTE_LINE)].some(
        ([note]) => !OWN_TERM.test(note) && FINE.test(note) && FINE_SETTLED.test(note),
      ),
  );
}

/**
 * A sentence after a later item that settles fines: it covers the earlier ones when it says so (上述罚金, 上列罚金,
 * 各被告人…罚金), or when that item imposes no fine of its own (二、…予以没收。罚金于本判决生效之日起十日内缴纳。).
 */
const SHARED_FINES = new RegExp(`${BACK_REFERENCE_OR_ABOVE}|各被告人|[二两三四五六七八九十]名?被告人`);
const IMPOSES_FINE = new RegExp(String.raw`(?:判|并|单)处罚金|[，,；]\s?罚金${SUM_BEGINS}`);
const NOTE = /[（(][^（）()]*[）)]/g;

function settledByLaterStatement(item: TextView, orders: readonly TextView[]): boolean {
  const settles = (text: string): boolean => FINE.test(text) && FINE_SETTLED.test(text);
  return orders.some((later) => {
    if (later.start <= item.start) return false;
    if ([...later.text.matchAll(NOTE)].some(([note]) => settles(note) && SHARED_FINES.test(note)))
      return true;
    const ownFine = IMPOSES_FINE.test(later.text);
    return later.text
      .replace(NOTE, '')
      .split(SENTENCE_END)
      .some((sentence) => settles(sentence) && (!ownFine || SHARED_FINES.test(sentence)));
  });
}

/** 决定执行无期徒刑…并处没收个人全部财产: the fines of the several offences merge into the whole estate. */
export function finesMergedIntoEstate(item: TextView): boolean {
  const decided = item.text.lastIndexOf('决定执行');
  if (decided < 0) return false;
  const sentence = item.text.slice(decided);
  return WHOLE_ESTATE.test(sentence) && !FINE.test(sentence);
}

/** A later item's note or sentence settles this item's fine. */
export function fineSettledByLaterItem(item: TextView, orders: readonly TextView[]): boolean {
  return settledByLaterNote(item, orders) || settledByLaterStatement(item, orders);
}

/**
 * Splits the operative part into its items. Real judgments number items 一、 / （一） / 1. / 1、 / 第一条, put a
 * whole operative part on one line, glue the costs paragraph and the late-performance warning onto the last item,
 * and state one time limit for several items ("上述款项于本判决生效之日起十日内付清"); all of that is handled here so
 * that rules see one item per obligation list.
 */
import { parseChineseNumber } from '../lexicon/numerals.js';
import { sentenceEnd, sentenceStart } from './sections.js';
import { type Span, type TextSpan, trimSpan } from './span.js';
import { BACK_REFERENCE_OR_ABOVE, CHINESE_DIGITS } from '../lexicon/patterns.js';
import { type WordClassName, alternation, wordAt } from '../lexicon/index.js';
import { chineseCharacters, isDigits, isOneOf, isSpace } from './characters.js';

export type ItemKind = 'order' | 'costs';

export interface OperativeItem extends TextSpan {
  /** 0-based position among the operative items. */
  index: number;
  /** The item's number as written (一, 2, （三）, 第四条), or null for an unnumbered item. */
  label: string | null;
  kind: ItemKind;
  /** Where the item's own words begin, after its number and the mark or space that follows it. */
  bodyStart: number;
}

export interface SplitResult {
  items: OperativeItem[];
  /** Sentences that give one time limit for several earlier items. */
  sharedDeadlines: TextSpan[];
  /** Sentences naming the account that payments go to. */
  accountNotices: TextSpan[];
}

interface MarkerStyle {
  name: string;
  pattern: RegExp;
}

const BOUNDARY_BEFORE = '(?<=^|[\\s　。；;：:）)】])';
const STYLES: MarkerStyle[] = [
  { name: 'chinese', pattern: new RegExp(`${BOUNDARY_BEFORE}([${CHINESE_DIGITS}]{1,3})\\s?[、．.]`, 'g') },
  { name: 'paren', pattern: new RegExp(`${BOUNDARY_BEFORE}[（(]([${CHINESE_DIGITS}]{1,3})[）)]`, 'g') },
  { name: 'arabic', pattern: new RegExp(`${BOUNDARY_BEFORE}(\\d{1,2})\\s?[、.．)）](?![\\d.．])`, 'g') },
  { name: 'article', pattern: new RegExp(`${BOUNDARY_BEFORE}第([${CHINESE_DIGITS}]{1,3})条`, 'g') },
  { name: 'paren-arabic', pattern: new RegExp(`${BOUNDARY_BEFORE}[（(](\\d{1,2})[）)]`, 'g') },
  // ① … ⑳ and ⑴ … ⒇, one character each.
  { name: 'circled', pattern: new RegExp(`${BOUNDARY_BEFORE}([①-⑳⑴-⒇])`, 'g') },
];

/**
 * An item number of any style at the start of a text, with the mark or space after it ("二、", "（三）", "第四条",
 * "5.", "⑥"), or the loose form of noisy archives (up to six characters before 、 or a full stop). Patterns that
 * read an item from its first word start with this.
 */
export const ITEM_NUMBER_PREFIX = `^(?:${STYLES.map((s) => s.pattern.source.replace(BOUNDARY_BEFORE, '')).join('|')}|[^、．.]{0,6}[、．.])?[、．.]?[\\s　]?`;

const ITEM_NUMBER = new RegExp(ITEM_NUMBER_PREFIX);

/**
 * An item whose own words open with a word of the given classes, after its number in any style (驳回…, 二、维持…,
 * （三）撤销…): what an item orders is told by its first word.
 */
export function itemOpening(...names: WordClassName[]): RegExp {
  return new RegExp(`${ITEM_NUMBER_PREFIX}${alternation(...names)}`);
}

/** Where the words of an item starting at `start` begin, after its number. */
function bodyStartOf(plain: string, start: number, end: number, label: string | null): number {
  if (label === null) return start;
  // A number and its mark take a few characters: the item's first 16 are enough to find where its words begin.
  const m = ITEM_NUMBER.exec(plain.slice(start, Math.min(end, start + 16)));
  return start + (m?.[0].length ?? 0);
}

function markerNumber(raw: string): number {
  if (isDigits(raw)) return Number(raw);
  const code = raw.codePointAt(0) ?? 0;
  if (raw.length === 1 && code >= 0x2460 && code <= 0x2487) return ((code - 0x2460) % 20) + 1;
  return parseChineseNumber(raw) ?? 0;
}

/** Whose costs (本诉, 上诉, 各案, 本案收取 …) before the fee's name. */
const COSTS_PREFIX =
  '(?:本案|本诉|反诉|一审|二审|两审|本案一审|本案二审|上诉|各案|原审|本)?(?:收取|征收|应收|收)?(?:的)?(?:案件|诉讼)?';
const COSTS_START = new RegExp(`${BOUNDARY_BEFORE}${COSTS_PREFIX}${alternation('court-fee')}`, 'g');
const COSTS_ITEM = new RegExp(`${ITEM_NUMBER_PREFIX}${COSTS_PREFIX}(?:受理费|诉讼费)`);
const SHARED_DEADLINE = new RegExp(
  String.raw`^(?:${BACK_REFERENCE_OR_ABOVE}|本判决)[^。；\n]{0,80}?(?:生效|发生法律效力|送达)[^。；\n]{0,12}?(?:内|前|立即|即时)[^。\n]{0,40}`,
);
const ACCOUNT_NOTICE =
  /(?:汇入|汇至|交至|转入|缴入|存入|支付至|打入)[^。\n]{0,40}(?:账户|专户|账号)|户\s?名\s?[：:]|开户(?:行|银行)\s?[：:]|账\s?号\s?[：:]/;

/** A sentence that opens with an item number of any style ("（二）余款…分期支付…；款项汇入原告账户") is a sub-item that
 * names its own account, not an account notice. */
function opensWithItemNumber(sentence: string): boolean {
  return STYLES.some((style) => {
    style.pattern.lastIndex = 0;
    return style.pattern.exec(sentence)?.index === 0;
  });
}

/** Remittance details that follow an account notice in sentences of their own ("汇款时请注明本案案号。"). */
const ACCOUNT_DETAIL = wordAt('start', 'account-detail');

/** Joins sentences separated only by white space into one span. */
function mergeAdjacent(plain: string, spans: TextSpan[]): TextSpan[] {
  const merged: TextSpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && plain.slice(last.end, span.start).trim() === '') {
      merged[merged.length - 1] = trimSpan(plain, last.start, span.end);
    } else merged.push(span);
  }
  return merged;
}

interface Marker {
  start: number;
  end: number;
  label: string;
  number: number;
  /** Preceded by white space or the start of the operative part. */
  spaced: boolean;
}

function findMarkers(plain: string, from: number, to: number, style: MarkerStyle): Marker[] {
  const found: Marker[] = [];
  const region = plain.slice(from, to);
  style.pattern.lastIndex = 0;
  for (let m = style.pattern.exec(region); m !== null; m = style.pattern.exec(region)) {
    const raw = m[1] ?? '';
    const number = markerNumber(raw);
    const start = from + m.index;
    const spaced = start === from || isSpace(plain[start - 1]);
    found.push({
      start,
      end: start + m[0].length,
      label: withoutMark(m[0]).trim(),
      number,
      spaced,
    });
  }
  const all = inSequence(plain, from, found);
  // One-line judgments separate their items by spaces and quote an earlier judgment's items after 即 or ；
  // ("一、维持…第一、二项，即一、…；二、… 二、撤销…"). When the space-separated numbers count 一、二、三… on their own,
  // they are the items and the glued ones are quotations.
  const spaced = inSequence(
    plain,
    from,
    found.filter((m) => m.spaced),
  );
  const counts = spaced.length >= 2 && spaced.every((m, i) => m.number === i + 1);
  return counts && spaced.length > all.filter((m) => m.spaced).length ? spaced : all;
}

/** A marker as written without the mark or space that closes it ("二、" → "二"). */
function withoutMark(marker: string): string {
  const last = marker.at(-1);
  return isOneOf(last, '、．.') || isSpace(last) ? marker.slice(0, -1) : marker;
}

/** Whether the white space that ends a text holds a line break: what follows starts a line. */
function followsLineBreak(text: string): boolean {
  return text.slice(text.trimEnd().length).includes('\n');
}

/** Inline numbers are trusted only in sequence; a line that starts with a number is an item even when the
 * numbering skips or repeats (一、三、三、). */
function inSequence(plain: string, from: number, candidates: Marker[]): Marker[] {
  const markers: Marker[] = [];
  let last = 0;
  for (const marker of candidates) {
    const atLineStart =
      marker.start === from || followsLineBreak(plain.slice(Math.max(from, marker.start - 8), marker.start));
    if (!atLineStart && marker.number !== last + 1) continue;
    markers.push(marker);
    last = marker.number;
  }
  return markers;
}

function chooseStyle(plain: string, from: number, to: number): Marker[] {
  let best: Marker[] = [];
  for (const style of STYLES) {
    const markers = findMarkers(plain, from, to, style);
    const first = markers[0];
    if (first && (best[0] === undefined || first.start < best[0].start)) best = markers;
  }
  return best;
}

/** Whole sentences matching `pattern` (tested from the sentence start), as spans to cut out of items. */
function findSentences(
  plain: string,
  from: number,
  to: number,
  test: (sentence: string) => boolean,
): TextSpan[] {
  const found: TextSpan[] = [];
  let start = from;
  while (start < to) {
    const end = Math.min(sentenceEnd(plain, start), to);
    const sentence = trimSpan(plain, start, end);
    if (sentence.text && test(sentence.text)) found.push(sentence);
    start = end + (plain[end] === '\n' || end === start ? 1 : 0);
  }
  return found;
}

interface Cut {
  at: number;
  kind: 'item' | 'costs' | 'skip';
  end?: number;
  label?: string;
}

/**
 * Where unnumbered items start: after a sentence-final 。 or ） followed by a line break or white space, unless a
 * parenthesis follows ("…罚金三万元。 （刑期从…）" belongs to the sentence before it).
 */
function unnumberedStarts(plain: string, from: number, to: number): number[] {
  const starts = [from];
  for (let at = from; at < to; at++) {
    if (!isOneOf(plain[at], '。）)')) continue;
    let next = at + 1;
    while (next < to && isSpace(plain[next])) next++;
    if (next > at + 1 && next < to && !isOneOf(plain[next], '（(')) {
      starts.push(next);
      at = next - 1;
    }
  }
  return starts;
}

export function splitItems(plain: string, from: number, to: number, tail: Span[]): SplitResult {
  const markers = chooseStyle(plain, from, to);
  const sharedDeadlines = findSentences(plain, from, to, (s) => SHARED_DEADLINE.test(s));
  const accountNotices = mergeAdjacent(
    plain,
    findSentences(plain, from, to, (s) => ACCOUNT_NOTICE.test(s) || ACCOUNT_DETAIL.test(s)),
  ).filter(
    (s) =>
      ACCOUNT_NOTICE.test(s.text) &&
      !opensWithItemNumber(s.text) &&
      !markers.some((m) => s.start <= m.start && m.start < s.end),
  );
  const skipped = [...tail, ...sharedDeadlines, ...accountNotices];

  const cuts: Cut[] = markers.map((m) => ({ at: m.start, kind: 'item', label: m.label }));
  COSTS_START.lastIndex = 0;
  const region = plain.slice(from, to);
  for (let m = COSTS_START.exec(region); m !== null; m = COSTS_START.exec(region)) {
    const at = from + m.index;
    const numbered = markers.find((mk) => mk.end <= at && plain.slice(mk.end, at).trim() === '');
    if (numbered) continue; // "五、本案受理费…" is a numbered costs item, classified below.
    if (sentenceStart(plain, at, from) < at && !isSpace(plain[at - 1])) continue;
    cuts.push({ at, kind: 'costs' });
  }
  for (const s of skipped) cuts.push({ at: s.start, kind: 'skip', end: s.end });
  cuts.sort((a, b) => a.at - b.at || (a.kind === 'skip' ? -1 : 1));

  const items: OperativeItem[] = [];
  const push = (start: number, end: number, label: string | null, kind: ItemKind) => {
    const span = trimSpan(plain, start, end);
    if (chineseCharacters(span.text, 1) === 0) return;
    // The pattern ends in either fee's name: an item without one is not tested (most are not).
    const costsLike =
      (span.text.includes('受理费') || span.text.includes('诉讼费')) && COSTS_ITEM.test(span.text);
    items.push({
      ...span,
      index: items.length,
      label,
      kind: kind === 'order' && costsLike ? 'costs' : kind,
      bodyStart: bodyStartOf(plain, span.start, span.end, label),
    });
  };

  let cursor = from;
  let open: { start: number; label: string | null; kind: ItemKind } | null = null;
  const close = (at: number) => {
    if (open) push(open.start, at, open.label, open.kind);
    else if (at > cursor) {
      // Unnumbered items are one per sentence group (one-line criminal judgments separate them by a space).
      const starts = markers.length === 0 ? unnumberedStarts(plain, cursor, at) : [cursor];
      starts.forEach((start, i) => {
        push(start, starts[i + 1] ?? at, null, 'order');
      });
    }
    open = null;
  };
  for (const cut of cuts) {
    if (cut.at < cursor) continue;
    close(cut.at);
    if (cut.kind === 'skip') {
      cursor = cut.end ?? cut.at;
      continue;
    }
    open = { start: cut.at, label: cut.label ?? null, kind: cut.kind === 'costs' ? 'costs' : 'order' };
    cursor = cut.at;
  }
  close(to);
  return { items, sharedDeadlines, accountNotices };
}

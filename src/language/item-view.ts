/**
 * The language stage's reading of the text: a view of any stretch of the document with its nodejieba tokens and
 * recognised entities, and of each operative item with its clauses and the parties it names. Computed on first
 * use and shared by every rule.
 */
import type { OperativeItem } from '../document/items.js';
import type { TextSpan } from '../document/span.js';
import type { Party } from '../document/parties.js';
import { type Entity, EntityRecognition, type EntityType } from './entities/index.js';
import { type Token, segment } from './segmenter.js';
import { splitClauses } from './clauses.js';
import { timed } from '../util/timing.js';
import { isOneOf } from '../document/characters.js';
import { type PartyMention, findPartyMentions } from './party-mentions.js';

/** The tokens lying in [start, end) of tokens sorted by position: a binary search, since an item may have 50,000. */
function tokensWithin(tokens: Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const within: Token[] = [];
  for (let i = lo; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.start >= end) break;
    if (token.end <= end) within.push(token);
  }
  return within;
}

/**
 * A pattern's copy without the `g` flag (match, test) and with it (matchAll), made once per pattern: rules call
 * these for every clause, and building a RegExp from the pattern's source each time cost more than most matches.
 * A copy carries no state from one use to the next: its lastIndex is reset before every use.
 */
const copies = { single: new WeakMap<RegExp, RegExp>(), global: new WeakMap<RegExp, RegExp>() };

function reusableCopy(pattern: RegExp, kind: keyof typeof copies): RegExp {
  let copy = copies[kind].get(pattern);
  if (!copy) {
    const flags = pattern.flags.replace('g', '');
    copy = new RegExp(pattern.source, kind === 'global' ? flags + 'g' : flags);
    copies[kind].set(pattern, copy);
  }
  copy.lastIndex = 0;
  return copy;
}

/** Where a global search goes on after an empty match at `index`. */
function nextIndex(text: string, index: number, pattern: RegExp): number {
  const unicode = pattern.unicode || pattern.flags.includes('v');
  const codePoint = unicode ? text.codePointAt(index) : undefined;
  return index + (codePoint !== undefined && codePoint > 0xffff ? 2 : 1);
}

function containsAny(text: string, words: ReadonlySet<string>): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** A text without one leading character of `leading` and one trailing character of `trailing`: （三） → 三. */
function stripEdges(text: string, leading: string, trailing: string): string {
  const from = isOneOf(text[0], leading) ? 1 : 0;
  const to = text.length > from && isOneOf(text.at(-1), trailing) ? text.length - 1 : text.length;
  return text.slice(from, to);
}

export class TextView implements TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  private entityCache: Entity[] | undefined;
  private recognition: EntityRecognition | undefined;
  private tokenCache: Token[] | undefined;
  private typeCache: Map<EntityType, readonly Entity[]> | undefined;

  /**
   * @param entities the entities already found in a larger text that holds this one
   * @param enclosingTokens that larger text's tokens: a clause is never segmented apart from its item
   * @param wordsStart where the text's own words begin: an item's number ("第三条", "（二）") is no quantity or date
   */
  constructor(
    span: TextSpan,
    entities?: Entity[],
    private readonly enclosingTokens?: () => Token[],
    private readonly wordsStart = span.start,
  ) {
    this.start = span.start;
    this.end = span.end;
    this.text = span.text;
    this.entityCache = entities;
  }

  get entities(): Entity[] {
    return (this.entityCache ??= timed('recognisers', () => this.ownWords(this.recognized().all())));
  }

  private ownWords<T extends readonly Entity[]>(entities: T): T | Entity[] {
    // Only an item's number lies before its words; any other text's words start with it.
    return this.wordsStart <= this.start ? entities : entities.filter((e) => e.start >= this.wordsStart);
  }

  private recognized(): EntityRecognition {
    return (this.recognition ??= new EntityRecognition(this.text, this.start));
  }

  /**
   * Until a rule asks for all the entities, asking for one type runs only the recognisers of that type. Kept per
   * type: rules ask an item whether it has a deadline, an amount … again and again.
   */
  private entitiesOfType(type: EntityType): readonly Entity[] {
    let entities = this.typeCache?.get(type);
    if (!entities) {
      entities = timed('recognisers', () => this.ownWords(this.recognized().ofType(type)));
      (this.typeCache ??= new Map()).set(type, entities);
    }
    return entities;
  }

  /** nodejieba tokens; loading the dictionary is paid only when a rule asks for tokens. */
  get tokens(): Token[] {
    this.tokenCache ??= this.enclosingTokens
      ? tokensWithin(this.enclosingTokens(), this.start, this.end)
      : timed('segmenter', () => segment(this.text, this.start));
    return this.tokenCache;
  }

  /** The part [start, end) of this text (document offsets), sharing its entities. */
  sub(start: number, end: number): TextView {
    const from = Math.max(start, this.start);
    const to = Math.min(end, this.end);
    return new TextView(
      { start: from, end: to, text: this.text.slice(from - this.start, to - this.start) },
      this.entities.filter((e) => e.start >= from && e.end <= to),
      () => this.tokens,
    );
  }

  has(type: EntityType): boolean {
    if (this.entityCache) return this.entityCache.some((e) => e.type === type);
    return this.entitiesOfType(type).length > 0;
  }

  find(type: EntityType): Entity[] {
    if (this.entityCache) return this.entityCache.filter((e) => e.type === type);
    return [...this.entitiesOfType(type)];
  }

  /** The first match of `pattern` as a span of the document, or null. */
  match(pattern: RegExp): TextSpan | null {
    const m = reusableCopy(pattern, 'single').exec(this.text);
    if (!m) return null;
    const start = this.start + m.index;
    return { start, end: start + m[0].length, text: m[0] };
  }

  /** Every match of `pattern` as spans of the document (as String.prototype.matchAll finds them). */
  matchAll(pattern: RegExp): TextSpan[] {
    const global = reusableCopy(pattern, 'global');
    const spans: TextSpan[] = [];
    for (let m = global.exec(this.text); m !== null; m = global.exec(this.text)) {
      // An empty match moves on by one character (a whole code point in Unicode mode), as matchAll does.
      if (m[0] === '') global.lastIndex = nextIndex(this.text, global.lastIndex, global);
      const start = this.start + m.index;
      spans.push({ start, end: start + m[0].length, text: m[0] });
    }
    global.lastIndex = 0;
    return spans;
  }

  test(pattern: RegExp): boolean {
    return reusableCopy(pattern, 'single').test(this.text);
  }

  /** The words of the text, segmented by nodejieba, that are in `words`. */
  tokensIn(words: ReadonlySet<string>): Token[] {
    // Every token is a stretch of the text: a text that holds none of the words needs no segmenting (most items'
    // clauses, asked for their payment verbs, have none).
    if (!containsAny(this.text, words)) return [];
    return this.tokens.filter((t) => words.has(t.word));
  }
}

export class ItemView extends TextView implements OperativeItem {
  readonly index: number;
  readonly label: string | null;
  readonly kind: OperativeItem['kind'];
  readonly bodyStart: number;
  private clauseCache: TextView[] | undefined;
  private mentionCache: PartyMention[] | undefined;

  constructor(
    item: OperativeItem,
    private readonly documentParties: readonly Party[] = [],
  ) {
    super(item, undefined, undefined, item.bodyStart);
    this.index = item.index;
    this.label = item.label;
    this.kind = item.kind;
    this.bodyStart = item.bodyStart;
  }

  /** The item's own words, without its number in whatever style it was written (二、, （三）, 第四条, ⑤). */
  get body(): TextView {
    return this.sub(this.bodyStart, this.end);
  }

  /** The parties of the document that this item names, in order of appearance. */
  get partyMentions(): PartyMention[] {
    return (this.mentionCache ??= findPartyMentions(this, this.documentParties));
  }

  /** Sentences and semicolon-separated clauses, parentheses kept whole, sharing the item's entities. */
  get clauses(): TextView[] {
    return (this.clauseCache ??= splitClauses(this).map((c) => this.sub(c.start, c.end)));
  }

  /** "第三项", "第2项", or "判项" for an unnumbered item, to begin a message with. */
  get ordinal(): string {
    if (this.kind === 'costs' && this.label === null) return '诉讼费用负担';
    if (this.label === null) return '判项';
    const bare = stripEdges(stripEdges(this.label, '（(', '）)'), '第', '条');
    return this.label.includes('条') ? `第${bare}条` : `第${bare}项`;
  }
}

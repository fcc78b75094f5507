/**
 * The one reading of a document that every rule reads: its operative items as the language stage sees them, the
 * frames of what each item orders (computed once per item and frame kind, however many rules start from it), the
 * payments and interest awards of each item, the frames of the document as a whole and whether one sentence gives a
 * time limit for several items. Built once per document; `--explain` prints the same reading.
 */
import type { DocumentModel } from '../document/model.js';
import { FRAMES, type Frame, type FrameName } from './frames.js';
import { ItemView } from './item-view.js';
import {
  type InterestAward,
  type PaymentClause,
  interestAwards,
  namedItemNumbers,
  paymentClauses,
  sharedTimeClauses,
} from './obligations.js';

/** The number an item is named by (二 for 二、, （二） and 第二条), or null for an unnumbered one. */
function itemNumber(item: ItemView): string | null {
  return item.label === null ? null : item.ordinal.slice(1, -1);
}

/** A value computed on first use: a rule may never ask, and many rules may ask. */
function lazily<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

export class DocumentReading {
  /** The operative items, in document order (costs and dismissals included). */
  readonly items: readonly ItemView[];
  readonly #orders: () => readonly ItemView[];
  /** The items each time limit stated once covers: the numbers it names, or null for every item. */
  readonly #sharedScopes: () => (Set<string> | null)[];
  readonly #itemFrames = new Map<ItemView, Map<FrameName, readonly Frame[]>>();
  readonly #documentFrames = new Map<FrameName, readonly Frame[]>();

  constructor(readonly document: DocumentModel) {
    const items = (document.operative?.items ?? []).map((item) => new ItemView(item, document.parties));
    this.items = items;
    this.#orders = lazily(() => items.filter((item) => item.kind === 'order'));
    this.#sharedScopes = lazily(() => {
      const numbers = new Set(items.map(itemNumber));
      // Numbers that are no item's (a law's article, a contract's clause) leave the sentence covering every item.
      const scopeOf = (text: string): Set<string> | null => {
        const named = namedItemNumbers(text);
        return named && [...named].some((n) => numbers.has(n)) ? named : null;
      };
      return [
        ...(document.operative?.sharedDeadlines ?? []).map((sentence) => scopeOf(sentence.text)),
        // Read without the item's own number (第二条 上述款项…付清 names no item).
        ...this.orders.flatMap((item) =>
          sharedTimeClauses(item).map((clause) =>
            scopeOf(clause.text.slice(Math.max(0, item.body.start - clause.start))),
          ),
        ),
      ];
    });
  }

  /** The items that order something (costs items excluded). */
  get orders(): readonly ItemView[] {
    return this.#orders();
  }

  /** Whether one sentence gives a time limit for several items (上述款项于…日内付清). */
  get sharedDeadline(): boolean {
    return this.#sharedScopes().length > 0;
  }

  /**
   * Whether a time limit stated once for several items covers this one: one for every item (上述款项于…付清), or one
   * that names it (上述第二项、第三项款项，于…付清 covers items 二 and 三, not 四).
   */
  sharedDeadlineFor(item: ItemView): boolean {
    const number = itemNumber(item);
    return this.#sharedScopes().some((scope) => scope === null || (number !== null && scope.has(number)));
  }

  /** The frames of one kind an item holds (none for a frame of the document as a whole). */
  frames(item: ItemView, name: FrameName): readonly Frame[] {
    let byName = this.#itemFrames.get(item);
    if (!byName) this.#itemFrames.set(item, (byName = new Map<FrameName, readonly Frame[]>()));
    let frames = byName.get(name);
    if (!frames) {
      const kind = FRAMES[name];
      frames = 'of' in kind ? kind.of(item, this.document, this.orders) : [];
      byName.set(name, frames);
    }
    return frames;
  }

  /** The frames of one kind the document holds as a whole (what the facts say was seized); none for an item's. */
  documentFrames(name: FrameName): readonly Frame[] {
    let frames = this.#documentFrames.get(name);
    if (!frames) {
      const kind = FRAMES[name];
      frames = 'inDocument' in kind ? kind.inDocument(this.document, this.items) : [];
      this.#documentFrames.set(name, frames);
    }
    return frames;
  }

  /** The clauses of an item that order money to be paid, each with its verb and what it pays. */
  payments(item: ItemView): readonly PaymentClause[] {
    return paymentClauses(item);
  }

  /** The interest, penalties and losses to be computed that an item awards. */
  interestAwards(item: ItemView): readonly InterestAward[] {
    return interestAwards(item);
  }
}

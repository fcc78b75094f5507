/** Runs every recogniser over a text; offsets in the result are shifted by `base`. */
import { toHalfWidthDigits } from '../../lexicon/numerals.js';
import { recognizeDates } from './dates.js';
import { recognizeDeadlines } from './deadline.js';
import type { Entity, EntityType } from './entity.js';
import { recognizeIdentifiers } from '../../lexicon/identifiers.js';
import { recognizeAreas, recognizeBoundaries } from './land.js';
import { recognizeMoney } from './money.js';
import { recognizePeriodBounds } from './period.js';
import { recognizePlaceholders } from './placeholder.js';
import { recognizeQuantities } from './quantity.js';
import { recognizeRates } from './rate.js';

export type { Entity, EntityType } from './entity.js';

interface Recognizer {
  recognize: (text: string) => Entity[];
  /** Every type of entity it finds (test/language.test.ts holds this to what it returns). */
  types: readonly EntityType[];
}

export const RECOGNIZERS: readonly Recognizer[] = [
  { recognize: recognizeMoney, types: ['money'] },
  { recognize: recognizeDates, types: ['date'] },
  { recognize: recognizeDeadlines, types: ['deadline'] },
  { recognize: recognizeRates, types: ['rate'] },
  { recognize: recognizePeriodBounds, types: ['periodStart', 'periodEnd'] },
  { recognize: recognizeAreas, types: ['area'] },
  { recognize: recognizeBoundaries, types: ['boundary'] },
  { recognize: recognizeQuantities, types: ['quantity'] },
  { recognize: recognizeIdentifiers, types: ['idNumber', 'creditCode'] },
  // Slots, and for a slot whose role is known a stand-in of that type.
  { recognize: recognizePlaceholders, types: ['placeholder', 'money', 'deadline', 'date', 'rate'] },
];

/** By position; of two entities starting together, the longer first. */
function byPosition(a: Entity, b: Entity): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * The entities of one text, each recogniser run only when first needed: a rule asking a long span for one type
 * (the slots of the whole operative part) runs one recogniser instead of ten. Asked for one type or for all, it
 * gives the same entity objects in the same order.
 */
export class EntityRecognition {
  private normalized: string | undefined;
  private readonly results: (Entity[] | undefined)[] = [];
  private readonly byType = new Map<EntityType, Entity[]>();

  /** @param base the text's offset in the document, added to every entity's offsets */
  constructor(
    private readonly text: string,
    private readonly base = 0,
  ) {}

  /** Every entity, by position. */
  all(): Entity[] {
    return RECOGNIZERS.flatMap((_recognizer, index) => this.found(index)).sort(byPosition);
  }

  /** The entities of one type, by position (a stable sort, so in the order all() gives them). */
  ofType(type: EntityType): readonly Entity[] {
    let entities = this.byType.get(type);
    if (!entities) {
      entities = RECOGNIZERS.flatMap((recognizer, index) =>
        recognizer.types.includes(type) ? this.found(index) : [],
      )
        .filter((entity) => entity.type === type)
        .sort(byPosition);
      this.byType.set(type, entities);
    }
    return entities;
  }

  private found(index: number): Entity[] {
    let entities = this.results[index];
    if (!entities) {
      this.normalized ??= toHalfWidthDigits(this.text);
      entities = RECOGNIZERS[index]?.recognize(this.normalized) ?? [];
      for (const entity of entities) {
        entity.text = this.text.slice(entity.start, entity.end);
        entity.start += this.base;
        entity.end += this.base;
      }
      this.results[index] = entities;
    }
    return entities;
  }
}

export function recognizeEntities(text: string, base = 0): Entity[] {
  return new EntityRecognition(text, base).all();
}

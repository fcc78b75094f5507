/** Runs every recogniser over a text; offsets in the result are shifted by `base`. */
import { toHalfWidthDigits } from '../numerals.js';
import { recognizeDates } from './dates.js';
import { recognizeDeadlines } from './deadline.js';
import type { Entity } from './entity.js';
import { recognizeIdentifiers } from './identity.js';
import { recognizeAreas, recognizeBoundaries } from './land.js';
import { recognizeMoney } from './money.js';
import { recognizePeriodBounds } from './period.js';
import { recognizePlaceholders } from './placeholder.js';
import { recognizeQuantities } from './quantity.js';
import { recognizeRates } from './rate.js';

export type { Entity, EntityType } from './entity.js';

const RECOGNIZERS = [
  recognizeMoney,
  recognizeDates,
  recognizeDeadlines,
  recognizeRates,
  recognizePeriodBounds,
  recognizeAreas,
  recognizeBoundaries,
  recognizeQuantities,
  recognizeIdentifiers,
  recognizePlaceholders,
];

export function recognizeEntities(text: string, base = 0): Entity[] {
  const normalized = toHalfWidthDigits(text);
  const entities = RECOGNIZERS.flatMap((recognize) => recognize(normalized));
  for (const entity of entities) {
    entity.start += base;
    entity.end += base;
    entity.text = text.slice(entity.start - base, entity.end - base);
  }
  return entities.sort((a, b) => a.start - b.start || b.end - a.end);
}

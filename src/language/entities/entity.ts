/** What the recognisers find in a text, with offsets into the plain text of the document. */
export type EntityType =
  | 'money'
  | 'date'
  | 'deadline'
  | 'rate'
  | 'periodStart'
  | 'periodEnd'
  | 'area'
  | 'boundary'
  | 'quantity'
  | 'idNumber'
  | 'creditCode'
  /** An unfilled template slot: [金额], 【履行期限】, XX元, ××××年××月××日, ＿＿日内, ……元. */
  | 'placeholder';

export interface Entity {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** Numeric value where one makes sense: yuan for money, the number for a quantity. */
  value?: number;
}

/** Runs a global regex over text and turns each match into an entity of `type`. */
export function matchAll(
  text: string,
  pattern: RegExp,
  type: EntityType,
  value?: (match: RegExpExecArray) => number | undefined,
): Entity[] {
  const found: Entity[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const entity: Entity = { type, start: m.index, end: m.index + m[0].length, text: m[0] };
    const v = value?.(m);
    if (v !== undefined && !Number.isNaN(v)) entity.value = v;
    found.push(entity);
  }
  return found;
}

/**
 * Array helpers for arrays whose length the input decides. `target.push(...items)` and `Math.max(...values)` pass
 * every element as an argument on the stack: past about 100,000 elements (a dictionary of 150,000 words, a file of
 * 200,000 page-number lines) they throw "Maximum call stack size exceeded". These take any length.
 */

/** Appends `items` to `target` one by one. */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/** The largest of `values`, or `floor` when none is larger (or there are none). */
export function maxOf(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

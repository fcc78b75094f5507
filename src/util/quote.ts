/** The start of a text on one line, cut to `limit` characters with an ellipsis: what a finding or a reading quotes. */
export function quoteOf(text: string, limit: number): string {
  // Only the start is quoted: flattening a whole item costs as much as the item is long, once per quote.
  const flat = text
    .slice(0, limit * 4)
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > limit ? `${flat.slice(0, limit)}…` : flat;
}

/** Tables as the input stage lays them out: one row a line, cells kept apart by the row's own separator. */
import { CELL_SEPARATOR } from '../input/markdown.js';

/** A line of a table: its cells are kept apart by the separator. */
export function isTableRow(text: string): boolean {
  return text.includes(CELL_SEPARATOR);
}

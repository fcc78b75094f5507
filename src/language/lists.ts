/**
 * Things listed after the clause that announces them: "下列夫妻共同财产归原告所有：" or "扣押在案的下列物品予以没收："
 * followed by a table (one row a line, cells kept apart by the row's own pipe) or by a list of lines.
 */
import type { ItemView, TextView } from './item-view.js';
import { CELL_SEPARATOR } from '../input/markdown.js';
import { isTableRow } from '../document/tables.js';
import { wordPattern } from '../lexicon/index.js';
import { isSpace } from '../document/characters.js';

/** A clause saying that what it disposes of is listed after it (下列财产, 如下, 按下表支付). */
export const LISTED_BELOW = wordPattern('listed-below');

/** The things are listed elsewhere: 具体物品详见所附清单, 以附表为准, 明细. */
const LISTED_ELSEWHERE = wordPattern('listed-elsewhere');

/** Whether a text leaves the things it names to a list elsewhere (详见所附清单, 以附表为准). */
export function listedElsewhere(text: string): boolean {
  return LISTED_ELSEWHERE.test(text);
}

/** A header cell giving its column's unit as yuan: 金额（元）, 应退赔金额(元), 单位：元. */
const YUAN_COLUMN = /[（(]\s*(?:人民币)?\s*万?元\s*[)）]|单位[:：]\s*(?:人民币)?万?元/;

/** A bare number, as a column whose header gives the unit holds it: 186000, 186,000.50. */
const BARE_NUMBER = /^\d[\d,，]*(?:\.\d+)?$/;

/** A row of a table's body, with the header row of its table. */
export interface TableRow {
  row: TextView;
  header: TextView;
}

/**
 * The lines of an item after `from` that list things: a list's lines, or a table's rows less its header row. Every
 * table opens with a header ("序号|财产名称|数量"), which names columns, not things: its 序号 is no house number.
 */
export function listedLines(item: ItemView, from: number): TextView[] {
  const lines = item.clauses.filter((line) => line.start >= from);
  return lines.filter((line, i) => !opensTable(line, lines[i - 1]));
}

function opensTable(line: TextView, previous: TextView | undefined): boolean {
  return isTableRow(line.text) && !(previous && isTableRow(previous.text));
}

/** The body rows of the tables in an item after `from`, each with its table's header row. */
export function tableRows(item: ItemView, from: number): TableRow[] {
  const rows: TableRow[] = [];
  let header: TextView | null = null;
  let previous: TextView | undefined;
  for (const line of item.clauses) {
    if (line.start >= from) {
      if (!isTableRow(line.text)) header = null;
      else if (opensTable(line, previous)) header = line;
      else if (header) rows.push({ row: line, header });
    }
    previous = line;
  }
  return rows;
}

/** The rows of a table after a clause that announces it ("扣押在案的下列物品予以没收："), less the header row. */
export function tableRowsBelow(item: ItemView, clause: TextView): TableRow[] {
  return LISTED_BELOW.test(clause.text) ? tableRows(item, clause.end) : [];
}

/** The cells of a table row, in order; the row's separators are left out. */
export function cellsOf(row: TextView): TextView[] {
  const cells: TextView[] = [];
  let start = row.start;
  for (const cell of row.text.split(CELL_SEPARATOR)) {
    cells.push(row.sub(start, start + cell.length));
    start += cell.length + CELL_SEPARATOR.length;
  }
  return cells;
}

/** A cell that is a sum and nothing else: a bare number, with 人民币 before it and 元 or 万元 after it if at all. */
function isWholeSum(cell: string): boolean {
  let number = cell.startsWith('人民币') ? cell.slice(3) : cell;
  if (isSpace(number[0])) number = number.slice(1);
  if (number.endsWith('元')) number = number.slice(0, -1);
  if (number.endsWith('万')) number = number.slice(0, -1);
  if (isSpace(number.at(-1))) number = number.slice(0, -1);
  return BARE_NUMBER.test(number);
}

/**
 * Whether a row states its own sum outright (| 2 | 违约金 | 5000 | under 金额（元））: what it names is a fixed sum, not
 * something still to be computed.
 */
export function statesFixedSum(row: TableRow): boolean {
  return sumCells(row).some((cell) => isWholeSum(cell.text.trim()));
}

/** The cells of a row that state a sum: "20000元", or a bare number in a column headed 金额（元）. */
export function sumCells({ row, header }: TableRow): TextView[] {
  const headings = cellsOf(header);
  return cellsOf(row).filter(
    (cell, i) =>
      cell.has('money') || (YUAN_COLUMN.test(headings[i]?.text ?? '') && BARE_NUMBER.test(cell.text.trim())),
  );
}

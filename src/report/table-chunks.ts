import Table from 'cli-table3';
import { withCachedMeasures } from './measure-cache.js';

/**
 * A cli-table3 table of many rows, drawn as one, in a fraction of the time one cli-table3 table
 * takes (its layout is superlinear in the rows, and it merges its options and measures the text
 * of every cell anew: 21,000 rows of seven cells took about 30 seconds in one table).
 *
 * The columns' widths are worked out once over all rows, as cli-table3 would, and every piece is
 * drawn by cli-table3 with those widths. The head and the first row make the first piece, whose
 * line between them is the line cli-table3 draws between any two rows (there are no spans).
 * The other rows follow, each after that line:
 *  - the rows of one line of text each (nearly all: a cell holds no line break and no colour
 *    code), a thousand at a time, as ONE cli-table3 row whose cells hold a thousand lines, one
 *    per row: cli-table3 draws each line of a cell as it draws a cell of that one line (its
 *    padding, alignment and borders), and puts no line between them, which is where the
 *    row line goes in. Seven cells to lay out for a thousand rows, not seven thousand;
 *  - the others (a note of several lines, say), a few dozen at a time as rows of their own.
 * All of it with cli-table3's measuring cached (see `withCachedMeasures`).
 *
 * For tables of plain rows, as `plan score` prints: as many cells in every row as in the head,
 * no spans, no wrapping; other tables are drawn as one cli-table3 table.
 */
export function chunkedTable(head: readonly string[], rows: readonly (readonly string[])[], options: { colAligns?: ('left' | 'right')[] } = {}): string {
  const aligns = options.colAligns ? { colAligns: options.colAligns } : {};
  const uniform = head.length > 0 && rows.length > 0 && rows.every((r) => r.length === head.length);
  if (!uniform) return draw(new Table({ style: { head: [], border: [] }, ...aligns, head: [...head] }), rows);
  return withCachedMeasures((strlen, cached) => {
    const padding = 2; // cli-table3's default: one space each side
    const colWidths = head.map((h, i) => {
      let widest = width(h, strlen);
      for (const row of rows) widest = Math.max(widest, width(row[i]!, strlen));
      return widest + padding;
    });
    const base = { style: { head: [], border: [] }, colWidths, ...aligns };
    const first = draw(new Table({ ...base, head: [...head] }), rows.slice(0, 1)).split('\n');
    // The line between two rows, as the first piece draws it under its head.
    const between = first.find((line, i) => i > 0 && line.startsWith('├'))!;
    const lines = first.slice(0, -1);
    // Without the cache, a cell of many lines is measured anew for each of its lines: rows of their own.
    const packed = (row: readonly string[]) => cached && isOneLine(row);
    for (let at = 1; at < rows.length; ) {
      const oneLine = packed(rows[at]!);
      let end = at + 1;
      const most = Math.min(rows.length, at + (oneLine ? rowsPerPack : rowsPerChunk));
      while (end < most && packed(rows[end]!) === oneLine) end++;
      const part = rows.slice(at, end);
      if (oneLine) {
        const table = new Table(base);
        table.push(head.map((_, i) => ({ content: part.map((row) => row[i]).join('\n'), truncate: wideMark })));
        const drawn = table.toString().split('\n');
        for (let k = 1; k < drawn.length - 1; k++) lines.push(between, drawn[k]!);
      } else {
        lines.push(between, ...draw(new Table(base), part).split('\n').slice(1, -1));
      }
      at = end;
    }
    lines.push(first[first.length - 1]!);
    return lines.join('\n');
  });
}

/** One-line rows (nearly all) at a time: one cli-table3 row of cells this many lines high. */
const rowsPerPack = 1000;
/** Rows of several lines at a time, as cli-table3 rows (its layout is quadratic in them). */
const rowsPerChunk = 25;

/**
 * A row cli-table3 draws as one line of text: no line break, and no colour code (cli-table3
 * carries a colour from one line of a cell to the next, not from one cell to the next).
 */
const isOneLine = (row: readonly string[]) => row.every((cell) => !/[\n\x1b]/.test(cell));

/**
 * The truncation mark of the cells of many lines, which is never shown: no line is wider than
 * its column, which is as wide as the widest. cli-table3 cuts every cell to ten columns for a
 * debug message it keeps only when asked to, by taking off one letter after the other and
 * measuring the rest anew, all lines of the cell each time: seconds for a cell of a thousand lines
 * (a thousand rows, seven seconds). With a mark of ten columns there are none left to fill, and it
 * stops at once.
 */
const wideMark = '…'.repeat(10);

function draw(table: Table.Table, rows: readonly (readonly string[])[]): string {
  for (const row of rows) table.push([...row]);
  return table.toString();
}

/** The widest line of a cell, in terminal columns (plain ASCII, most cells, without measuring). */
const width = (text: string, strlen: (text: string) => number) => (/^[\x20-\x7e]*$/.test(text) ? text.length : strlen(text));

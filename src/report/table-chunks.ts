import Table from 'cli-table3';
import stringWidth from 'string-width';

/** Rows per cli-table3 table: its layout takes time that grows faster than the rows (1,000 rows: about a second). */
const rowsPerChunk = 100;

/**
 * A cli-table3 table of many rows, drawn as one: the columns' widths are worked out once over all
 * rows, each hundred rows are laid out by cli-table3 on their own with those widths, and the pieces
 * are joined where one's bottom border would meet the next one's top border, by the line cli-table3
 * draws between two rows. For tables of plain rows (no spans, no wrapping), as `plan score` prints.
 */
export function chunkedTable(head: readonly string[], rows: readonly (readonly string[])[], options: { colAligns?: ('left' | 'right')[] } = {}): string {
  const padding = 2; // cli-table3's default: one space each side
  const colWidths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))) + padding);
  const base = { style: { head: [], border: [] }, colWidths, ...(options.colAligns ? { colAligns: options.colAligns } : {}) };
  if (rows.length <= rowsPerChunk) return draw(new Table({ ...base, head: [...head] }), rows);
  const pieces: string[][] = [];
  for (let at = 0; at < rows.length; at += rowsPerChunk) {
    const table = new Table({ ...base, head: at === 0 ? [...head] : [] });
    pieces.push(draw(table, rows.slice(at, at + rowsPerChunk)).split('\n'));
  }
  // The line between two rows, as the first piece draws it under its head.
  const between = pieces[0]!.find((line, i) => i > 0 && line.startsWith('├'))!;
  const lines = pieces.flatMap((piece, i) => [...(i > 0 ? [between] : []), ...piece.slice(i > 0 ? 1 : 0, i < pieces.length - 1 ? -1 : undefined)]);
  return lines.join('\n');
}

function draw(table: Table.Table, rows: readonly (readonly string[])[]): string {
  for (const row of rows) table.push([...row]);
  return table.toString();
}

/** The widest line of a cell, in terminal columns (plain ASCII, most cells, without string-width's work). */
const width = (text: string) =>
  /^[\x20-\x7e]*$/.test(text) ? text.length : Math.max(...text.split('\n').map((line) => stringWidth(line)));

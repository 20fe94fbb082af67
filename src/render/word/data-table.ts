import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { TableBlock } from '../blocks.js';
import { textWidth, type Layout } from '../layout.js';
import { widthMm } from './text.js';
import { halfPoints, twips } from './units.js';

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const grid = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(text: string, width: number, size: number, options: { bold?: boolean; align: keyof typeof alignments }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: text.split('\n').map(
      (part) =>
        new Paragraph({
          alignment: alignments[options.align],
          spacing: { before: 0, after: 0, line: 240 },
          children: [new TextRun({ text: part, size: halfPoints(size), ...(options.bold ? { bold: true } : {}) })],
        }),
    ),
  });
}

/** Left and right padding of a cell, mm. */
const padding = 1.5;

/**
 * Column widths that fit the content, in twips: no column narrower than its longest word (so
 * "19,25" or "31/01/2024" never breaks), and the room left shared by how much more text each
 * column holds, so the task column gets the most and the number columns stay narrow.
 */
export function fitColumns(block: TableBlock, size: number, total: number): number[] {
  const cells = (i: number) => [
    { text: block.columns[i]!.title, bold: true },
    ...block.rows.map((row) => ({ text: row[i] ?? '', bold: false })),
  ];
  const measure = (text: string, bold: boolean) => widthMm(text, { size, bold });
  const extra = 2 * padding + 0.6;
  const least = block.columns.map((_, i) =>
    Math.max(...cells(i).flatMap(({ text, bold }) => text.split(/\s+/).map((word) => measure(word, bold)))) + extra,
  );
  const natural = block.columns.map((_, i) =>
    Math.max(...cells(i).flatMap(({ text, bold }) => text.split('\n').map((line) => measure(line, bold)))) + extra,
  );
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const room = total - sum(least);
  let widths: number[];
  if (room <= 0) widths = least.map((w) => (w * total) / sum(least));
  else if (sum(natural) <= total) widths = natural.map((w) => w + ((total - sum(natural)) * w) / sum(natural));
  else {
    // By the square root of what each column would still take: a long task text must not starve
    // the lead unit's column of the few millimetres that keep its name on two lines.
    const want = natural.map((w, i) => Math.sqrt(w - least[i]!));
    widths = least.map((w, i) => w + (room * want[i]!) / sum(want));
  }
  const twipsWidths = widths.map((w) => Math.floor(twips(w)));
  // Rounding leaves a few twips: the widest column takes them, so the table is exactly the width.
  const widest = twipsWidths.indexOf(Math.max(...twipsWidths));
  twipsWidths[widest]! += twips(total) - sum(twipsWidths);
  return twipsWidths;
}

/**
 * A computed table with a full grid, its heading row bold and repeated on every page, no row
 * split across pages. It takes the text width of its page (landscape for a wide table).
 */
export function dataTable(block: TableBlock, layout: Layout): Table {
  const size = layout.sizes.table;
  const widths = fitColumns(block, size, textWidth(layout, block.landscape));
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: grid,
    margins: { left: twips(padding), right: twips(padding), top: twips(0.5), bottom: twips(0.5) },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) => cell(c.title, widths[i]!, size, { bold: true, align: 'center' })),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => cell(text, widths[i]!, size, { align: block.columns[i]!.align })),
          }),
      ),
    ],
  });
}

import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { twips } from './units.js';

/** Left and right padding of every cell, mm: Word's default (1.9 mm) narrows the letterhead for nothing. */
export const cellPadding = 1;

/**
 * A borderless table of two fixed columns: how Vietnamese documents set the letterhead (issuing
 * body left, national heading right) and the closing (recipients left, signature right).
 * Borders go on the table, not the cells: a later cell cannot drop borders the table keeps
 * (docx issue 2064).
 */
export function twoColumns(widths: readonly [number, number], rows: readonly (readonly [Paragraph[], Paragraph[]])[]): Table {
  const columnWidths = widths.map(twips);
  return new Table({
    width: { size: columnWidths[0]! + columnWidths[1]!, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: twips(cellPadding), right: twips(cellPadding), top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({ width: { size: columnWidths[i]!, type: WidthType.DXA }, children: children.length ? children : [new Paragraph({})] }),
          ),
        }),
    ),
  });
}

/** The width a cell leaves for its text, mm. */
export const innerWidth = (columnWidth: number) => columnWidth - 2 * cellPadding;

import type { Organisation } from '../model/types.js';

/**
 * The page and type sizes of a printed document, from Nghị định 30/2020/NĐ-CP, Phụ lục I: A4
 * portrait; margins top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm; Times New Roman,
 * body 13-14 pt. An organisation may choose within those bounds (its schema enforces them).
 */
export interface Layout {
  page: { width: number; height: number };
  /** Margins in millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  font: string;
  /** Point sizes, by element. */
  sizes: {
    body: number;
    /** Parent body, issuing body, national title, the number: 12-13 pt. */
    letterhead: number;
    /** The motto, the place and date, the document type, the summary, the signature: 13-14 pt. */
    heading: number;
    /** "Nơi nhận:", 12 pt. */
    recipientsHeading: number;
    /** The recipients, 11 pt. */
    recipients: number;
    pageNumber: number;
    /** Computed tables: 12 pt, so a row of numbers fits. */
    table: number;
  };
  /** First-line indent of body paragraphs, mm (1-1.27 cm). */
  firstLineIndent: number;
  /** Space between paragraphs, pt (at least 6). */
  paragraphSpacing: number;
  /** Line spacing as a multiple of single (1-1.5). */
  lineSpacing: number;
}

export const a4 = { width: 210, height: 297 } as const;

export const defaultMargins = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** [min, max] of each margin, mm (the organisation schema holds the same bounds). */
export const marginBounds = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
} as const satisfies Record<keyof typeof defaultMargins, readonly [number, number]>;

export function layoutFor(org: Pick<Organisation, 'layout'>): Layout {
  const body = org.layout?.fontSize ?? 14;
  return {
    page: a4,
    margins: { ...defaultMargins, ...org.layout?.margins },
    font: 'Times New Roman',
    sizes: {
      body,
      letterhead: 13,
      heading: body,
      recipientsHeading: 12,
      recipients: 11,
      pageNumber: body,
      table: 12,
    },
    firstLineIndent: 12.7,
    paragraphSpacing: 6,
    lineSpacing: 1.15,
  };
}

/** Width of the text area, mm; on a landscape page the page's height is its width. */
export function textWidth(layout: Layout, landscape = false): number {
  return (landscape ? layout.page.height : layout.page.width) - layout.margins.left - layout.margins.right;
}

import { AlignmentType, BorderStyle, Header, PageNumber, PageOrientation, Paragraph, TabStopType, TextRun, type ISectionOptions } from 'docx';
import { marginBounds, textWidth, type Layout } from '../layout.js';
import { halfPoints, twips, twipsWithin } from './units.js';

/** Distance of the page number from the top edge of the page, mm: inside the top margin. */
export const headerDistance = 10;

/** The words of the mark a draft carries on every page, in the document's language. */
export const draftMark = 'DỰ THẢO';

/** The mark in a box of its own, bold: a character border, so the box is as wide as the words. */
function draftRun(layout: Layout): TextRun {
  return new TextRun({
    text: draftMark,
    bold: true,
    size: halfPoints(layout.sizes.body),
    border: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 },
  });
}

/**
 * One header line: the page number centred (none on page 1) and, on a draft, the mark at the
 * right margin, placed by a centre and a right tab stop so both share the line.
 */
function headerLine(layout: Layout, pageNumber: boolean, draft: boolean, landscape: boolean): Paragraph {
  const size = halfPoints(layout.sizes.pageNumber);
  const number = pageNumber ? [new TextRun({ children: [PageNumber.CURRENT], size })] : [];
  if (!draft) return new Paragraph({ alignment: AlignmentType.CENTER, children: number });
  const width = twips(textWidth(layout, landscape));
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    tabStops: [
      { type: TabStopType.CENTER, position: Math.round(width / 2) },
      { type: TabStopType.RIGHT, position: width },
    ],
    children: [new TextRun({ text: '\t', size }), ...number, new TextRun({ text: '\t', size }), draftRun(layout)],
  });
}

export interface PageOptions {
  draft: boolean;
  /** The first section: its first page is the document's page 1, which shows no number. */
  first: boolean;
  /** A section of wide tables, on A4 turned sideways; page numbers run on through it. */
  landscape?: boolean;
}

/**
 * Page size, margins and headers: A4 portrait; the page number centred in the top margin from
 * page 2 on (`titlePage` gives page 1 its own, empty, header). A draft shows its mark on every page.
 */
export function pageSection(layout: Layout, options: PageOptions): Omit<ISectionOptions, 'children'> {
  const landscape = Boolean(options.landscape);
  const { margins } = layout;
  return {
    properties: {
      // Written only where it is on: docx writes `titlePage: false` as <w:titlePg w:val="false"/>.
      ...(options.first ? { titlePage: true } : {}),
      page: {
        // docx swaps width and height itself for a landscape page.
        size: {
          width: twips(layout.page.width),
          height: twips(layout.page.height),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: twipsWithin(margins.top, ...marginBounds.top),
          bottom: twipsWithin(margins.bottom, ...marginBounds.bottom),
          left: twipsWithin(margins.left, ...marginBounds.left),
          right: twipsWithin(margins.right, ...marginBounds.right),
          header: twips(headerDistance),
          footer: twips(headerDistance),
        },
      },
    },
    headers: {
      ...(options.first ? { first: new Header({ children: [headerLine(layout, false, options.draft, landscape)] }) } : {}),
      default: new Header({ children: [headerLine(layout, true, options.draft, landscape)] }),
    },
  };
}

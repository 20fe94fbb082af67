import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { LetterheadBlock } from '../blocks.js';
import { textWidth, type Layout } from '../layout.js';
import { innerWidth, twoColumns, cellPadding } from './columns.js';
import { paragraph, rule, widthMm, type Look } from './text.js';

/** Under the issuing body, a rule of this share of its length (Phụ lục I: 1/3 to 1/2). */
export const issuerRuleShare = 0.4;

export interface LetterheadLooks {
  parent: Look;
  issuer: Look;
  number: Look;
  nationalTitle: Look;
  motto: Look;
  placeDate: Look;
}

export function letterheadLooks(layout: Layout): LetterheadLooks {
  const centred = { alignment: AlignmentType.CENTER } as const;
  const { letterhead, heading } = layout.sizes;
  return {
    parent: { ...centred, size: letterhead },
    issuer: { ...centred, size: letterhead, bold: true },
    number: { ...centred, size: letterhead, before: 6 },
    nationalTitle: { ...centred, size: letterhead, bold: true },
    motto: { ...centred, size: heading, bold: true },
    placeDate: { ...centred, size: heading, italic: true, before: 6 },
  };
}

/**
 * Column widths that fit the widest line of each side, sharing what is left equally: a long
 * parent body name widens the left column, the national heading keeps what it needs.
 */
export function letterheadColumns(block: LetterheadBlock, number: string, placeDate: string, layout: Layout): [number, number] {
  const looks = letterheadLooks(layout);
  const total = textWidth(layout);
  const pad = 2 * cellPadding + 1;
  const left = Math.max(...block.parent.map((l) => widthMm(l, looks.parent)), widthMm(block.issuer, looks.issuer), widthMm(number, looks.number)) + pad;
  const right = Math.max(widthMm(block.nationalTitle, looks.nationalTitle), widthMm(block.motto, looks.motto), widthMm(placeDate, looks.placeDate)) + pad;
  const spare = total - left - right;
  if (spare <= 0) {
    // Too wide for one line each: the right side keeps its share, the left lines wrap.
    const rightWidth = Math.min(right, total * 0.6);
    return [round(total - rightWidth), round(rightWidth)];
  }
  const leftWidth = round(left + spare / 2);
  return [leftWidth, round(total - leftWidth)];
}

const round = (mm: number) => Math.round(mm * 10) / 10;

/**
 * The two-column head of the document. First row: parent body and issuing body with a short rule
 * under it, left; national title and motto with a rule as long as the motto, right. Second row:
 * the number left and the place and date right, so both sit on one line.
 */
export function letterheadTable(block: LetterheadBlock, number: string, placeDate: string, layout: Layout): Table {
  const looks = letterheadLooks(layout);
  const widths = letterheadColumns(block, number, placeDate, layout);
  const [leftInner, rightInner] = widths.map(innerWidth) as [number, number];
  const left: Paragraph[] = [
    ...block.parent.map((line) => paragraph(line, looks.parent)),
    paragraph(block.issuer, looks.issuer),
    rule(widthMm(block.issuer, looks.issuer) * issuerRuleShare, leftInner),
  ];
  const right: Paragraph[] = [
    paragraph(block.nationalTitle, looks.nationalTitle),
    paragraph(block.motto, looks.motto),
    rule(widthMm(block.motto, looks.motto), rightInner),
  ];
  return twoColumns(widths, [
    [left, right],
    [[paragraph(number, looks.number)], [paragraph(placeDate, looks.placeDate)]],
  ]);
}

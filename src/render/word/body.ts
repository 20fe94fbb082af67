import { AlignmentType, type Paragraph } from 'docx';
import type { Block } from '../blocks.js';
import { textWidth, type Layout } from '../layout.js';
import { paragraph, rule, widthMm, type Look } from './text.js';

/** Under the summary, a short rule of this share of its longest line. */
export const summaryRuleShare = 0.35;

export interface BodyLooks {
  title: Look;
  summary: Look;
  basis: Look;
  text: Look;
  /** Section headings by depth: "I." bold, "1." bold, "a)" bold italic, deeper italic. */
  headings: Look[];
}

export function bodyLooks(layout: Layout): BodyLooks {
  const { body, heading } = layout.sizes;
  const text: Look = {
    size: body,
    alignment: AlignmentType.JUSTIFIED,
    firstLine: layout.firstLineIndent,
    before: layout.paragraphSpacing,
    line: layout.lineSpacing,
  };
  const centred = { alignment: AlignmentType.CENTER, size: heading, bold: true } as const;
  return {
    title: { ...centred, before: 18, keepNext: true },
    // The summary's lines carry tone marks above capitals: body line spacing keeps them apart.
    summary: { ...centred, line: layout.lineSpacing, keepNext: true },
    basis: { ...text, italic: true },
    text,
    headings: [
      { ...text, bold: true, keepNext: true },
      { ...text, bold: true, keepNext: true },
      { ...text, bold: true, italic: true, keepNext: true },
      { ...text, italic: true, keepNext: true },
    ],
  };
}

/**
 * The paragraphs of one block of the body (everything but the letterhead and the closing).
 * `keepWithNext`: the block goes on the page of what follows it (a table it announces, the
 * signature it closes with).
 */
export function bodyParagraphs(block: Block, layout: Layout, keepWithNext = false): Paragraph[] {
  const base = bodyLooks(layout);
  const looks = keepWithNext ? { ...base, text: { ...base.text, keepNext: true }, basis: { ...base.basis, keepNext: true } } : base;
  switch (block.type) {
    case 'title':
      return [paragraph(block.text, looks.title)];
    case 'summary': {
      const longest = Math.max(...block.lines.map((line) => widthMm(line, looks.summary)));
      return [paragraph(block.lines, looks.summary), rule(longest * summaryRuleShare, textWidth(layout))];
    }
    case 'basis':
      return [paragraph(block.text, looks.basis)];
    case 'heading':
      return [paragraph(block.text, looks.headings[Math.min(block.level, looks.headings.length) - 1]!)];
    case 'intro':
    case 'item':
    case 'closing':
      return [paragraph(block.text, looks.text)];
    default:
      throw new Error(`block "${block.type}" is laid out by the letterhead or the closing, not the body`);
  }
}

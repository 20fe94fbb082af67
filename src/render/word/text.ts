import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { pointsToMm, textWidthPt, type Face } from '../text-width.js';
import { halfPoints, pointsToTwips, twips } from './units.js';

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** How one printed line or paragraph looks: the words come from the outline, the look from here. */
export interface Look {
  size: number;
  bold?: boolean;
  italic?: boolean;
  alignment?: Alignment;
  /** Points before the paragraph. */
  before?: number;
  /** Points after the paragraph. */
  after?: number;
  /** First-line indent, mm. */
  firstLine?: number;
  /** Line spacing as a multiple of single. */
  line?: number;
  keepNext?: boolean;
}

export function face(look: Pick<Look, 'bold' | 'italic'>): Face {
  if (look.bold && look.italic) return 'bold-italic';
  if (look.bold) return 'bold';
  return look.italic ? 'italic' : 'regular';
}

function runs(lines: readonly string[], look: Look): TextRun[] {
  // One run per line; a line break joins the lines of one paragraph (the summary's two lines).
  return lines.map(
    (text, i) =>
      new TextRun({
        text,
        size: halfPoints(look.size),
        ...(look.bold ? { bold: true } : {}),
        ...(look.italic ? { italics: true } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
}

/** A paragraph of one or more lines in one look. */
export function paragraph(text: string | readonly string[], look: Look, extra: IParagraphOptions = {}): Paragraph {
  const lines = typeof text === 'string' ? [text] : text;
  return new Paragraph({
    alignment: look.alignment ?? AlignmentType.JUSTIFIED,
    spacing: {
      before: pointsToTwips(look.before ?? 0),
      after: pointsToTwips(look.after ?? 0),
      line: Math.round((look.line ?? 1) * 240),
    },
    ...(look.firstLine ? { indent: { firstLine: twips(look.firstLine) } } : {}),
    ...(look.keepNext ? { keepNext: true } : {}),
    ...extra,
    children: runs(lines, look),
  });
}

/** Printed width of a line in a look, mm. */
export function widthMm(text: string, look: Pick<Look, 'bold' | 'italic' | 'size'>): number {
  return pointsToMm(textWidthPt(text, face(look), look.size));
}

/**
 * A solid horizontal rule `length` mm long, centred in a column `columnWidth` mm wide: the top
 * border of an empty, 1 pt high paragraph whose indents leave exactly that length. Word has no
 * "rule as long as the line above" of its own; the length comes from the font's metrics.
 */
export function rule(length: number, columnWidth: number, before = 2): Paragraph {
  const side = Math.max(0, (columnWidth - length) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // An exact line of 4 pt holds the empty paragraph; its top border is the rule, `before` below the text.
    spacing: { before: pointsToTwips(before), after: 0, line: 80, lineRule: LineRuleType.EXACT },
    indent: { left: twips(side), right: twips(side) },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    run: { size: 8 },
    children: [],
  });
}

import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';

/**
 * How wide a line of Vietnamese text prints, in points, from the Adobe metrics of Times (the
 * advance widths Times New Roman shares). Used to size the letterhead columns and the rules
 * drawn under the motto, the issuing body and the summary, which Word cannot size by itself.
 * Tone and vowel marks do not change a letter's advance: "Độ" is as wide as "Do".
 */
export type Face = 'regular' | 'bold' | 'italic' | 'bold-italic';

const fontNames: Record<Face, FontNames> = {
  regular: FontNames.TimesRoman,
  bold: FontNames.TimesRomanBold,
  italic: FontNames.TimesRomanItalic,
  'bold-italic': FontNames.TimesRomanBoldItalic,
};

const fonts = new Map<Face, Font>();
function font(face: Face): Font {
  let loaded = fonts.get(face);
  if (!loaded) {
    loaded = Font.load(fontNames[face]);
    fonts.set(face, loaded);
  }
  return loaded;
}

/** Letters outside WinAnsi that Vietnamese uses, by the letter whose width they share. */
const sameWidthAs: Record<string, string> = { đ: 'd', Đ: 'D' };

function glyphWidth(f: Font, char: string): number {
  const base = sameWidthAs[char] ?? char;
  const code = base.codePointAt(0)!;
  if (!Encodings.WinAnsi.canEncodeUnicodeCodePoint(code)) return f.getWidthOfGlyph('n') ?? 500;
  return f.getWidthOfGlyph(Encodings.WinAnsi.encodeUnicodeCodePoint(code).name) ?? 500;
}

export function textWidthPt(text: string, face: Face, sizePt: number): number {
  const f = font(face);
  let units = 0;
  // NFD splits "ệ" into "e" and its marks; the marks (U+0300-U+036F) take no width.
  for (const char of text.normalize('NFD')) {
    if (/[\u0300-\u036f]/.test(char)) continue;
    units += glyphWidth(f, char);
  }
  return (units / 1000) * sizePt;
}

export const pointsToMm = (pt: number) => (pt * 25.4) / 72;

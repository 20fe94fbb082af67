/**
 * The graphemes of a text (what the eye counts as one letter: "ệ" typed as e + two combining marks
 * is one), in time proportional to the text.
 *
 * Intl.Segmenter alone will not do on long texts: in Node 20 each step of its iterator costs time
 * proportional to the whole text, so the letters of a 100,000-letter line take 40 s and those of a
 * 10 MB line never come. It is given only the short stretches where a boundary is in doubt: between
 * two "simple" characters (Latin letters with their precomposed Vietnamese forms, digits,
 * punctuation, spaces) there is always a grapheme boundary, whatever surrounds them (no rule of
 * UAX #29 joins them), and a simple character with the combining marks that follow it is one
 * grapheme when a simple character comes next: Vietnamese, precomposed or not, needs no segmenter.
 */

// Created on first need: loading ICU's segmenter costs milliseconds that plain text never needs.
let segmenter: Intl.Segmenter | undefined;

/** The longest stretch given to the segmenter at once: a pathological run of marks is cut. */
const maxStretch = 256;

/** A character that forms a grapheme on its own next to any other simple character. */
function isSimple(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x2ff) || // Latin-1, Latin Extended-A and -B, IPA, spacing modifiers
    (code >= 0x1e00 && code <= 0x1eff) || // Latin Extended Additional: ạ ả ấ ầ ẩ ẫ ậ ... ỹ
    (code >= 0x2010 && code <= 0x2027) || // dashes, quotes, bullets, ellipsis
    (code >= 0x2030 && code <= 0x205e) ||
    code === 0x09
  );
}

/** Combining Diacritical Marks (U+0300–U+036F): what PDF copies put after a Vietnamese base letter. */
const isCombiningMark = (code: number): boolean => code >= 0x300 && code <= 0x36f;

/** A place where a cut cannot split a grapheme badly: not inside a surrogate pair, not before a mark. */
function looseCut(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  return !/[\p{M}\u200d\ufe0e\ufe0f]/u.test(text[at] ?? '');
}

/** [start, end) of each grapheme, in order, covering the text. */
export function* graphemeSpans(text: string): Generator<[number, number]> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSimple(text.charCodeAt(i))) {
      // A simple character and the combining marks after it (a decomposed "ệ" is e + two of them):
      // a grapheme, when a simple character or the end follows.
      let j = i + 1;
      while (j < n && isCombiningMark(text.charCodeAt(j))) j++;
      if (j === n || isSimple(text.charCodeAt(j))) {
        yield [i, j];
        i = j;
        continue;
      }
    }
    // A stretch in doubt: up to the next certain boundary (two simple characters), or cut short.
    let end = i + 1;
    while (end < n && !(isSimple(text.charCodeAt(end - 1)) && isSimple(text.charCodeAt(end)))) {
      if (end - i >= maxStretch && looseCut(text, end)) break;
      end++;
    }
    segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
    for (const { index, segment } of segmenter.segment(text.slice(i, end))) yield [i + index, i + index + segment.length];
    i = end;
  }
}

/** The graphemes of a text, as strings. */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSpans(text), ([start, end]) => text.slice(start, end));
}

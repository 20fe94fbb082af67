/** The part of a YAML scalar's source that is content, without its quote delimiters. */
export interface Content {
  /** [lo, hi) of the content in the text. */
  lo: number;
  hi: number;
  quoted?: '"' | "'";
}

/**
 * Skips the first character when it is the quote, and the last when it is the quote and not
 * escaped: in "...", a `"` after an odd run of backslashes is escaped; in '...', a `'` after an
 * odd run of quotes is the second half of a '' pair.
 */
export function contentOf(text: string, quoted?: '"' | "'"): Content {
  if (!quoted) return { lo: 0, hi: text.length };
  const lo = text.startsWith(quoted) ? 1 : 0;
  let hi = text.length;
  if (hi > lo && text.endsWith(quoted)) {
    const escape = quoted === '"' ? '\\' : "'";
    let run = 0;
    for (let i = hi - 2; i >= lo && text[i] === escape; i--) run++;
    // An even run before the last quote is escapes only (backslash pairs, '' pairs) and leaves it a delimiter.
    if (run % 2 === 0) hi--;
  }
  return { lo, hi, quoted };
}

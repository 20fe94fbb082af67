import utils from 'cli-table3/src/utils.js';
import stringWidth from 'string-width';

/**
 * Runs `work` (the drawing of a long cli-table3 table) with cli-table3's measuring and padding
 * cached: each text is measured with string-width once, not five to ten times per cell as
 * cli-table3 does (its debug message, the truncation, the padding and the cell's wanted width
 * each measure it again, and string-width builds its colour-code pattern anew on every call:
 * most of the time of a table of 20,000 rows). The three functions are pure, so the cache
 * changes no byte of the table; they are cli-table3's own, called through the exports of its
 * utils module, which its cells use at each call. They are put back when `work` ends, even by an
 * error: other tables (plan due's) are drawn as before. `work` is handed the cached width, in
 * the same columns as cli-table3 counts them, and whether the cache is in place: should a later
 * cli-table3 lay its helpers out otherwise, nothing is cached and the tables come out the same,
 * only slower.
 */
export function withCachedMeasures<T>(work: (strlen: (text: string) => number, cached: boolean) => T): T {
  const { strlen, truncate, pad } = utils;
  if (typeof strlen !== 'function' || typeof truncate !== 'function' || typeof pad !== 'function') return work(widestLine, false);
  const widths = new Map<string, number>();
  const lineWidth = (line: string) => {
    let w = widths.get(line);
    // Printable ASCII (most cells: numbers, codes) is as wide as it is long, colour codes or not aside.
    if (w === undefined) widths.set(line, (w = /^[\x20-\x7e]*$/.test(line) ? line.length : strlen(line)));
    return w;
  };
  // cli-table3 takes the widest line, its colour codes (which hold no line break) left out:
  // line by line, the width of each line is the same and is cached for the next cell holding it.
  const cachedStrlen = (text: string): number => {
    if (typeof text !== 'string') return strlen(text);
    if (!text.includes('\n')) return lineWidth(text);
    let widest = 0;
    for (const line of text.split('\n')) widest = Math.max(widest, lineWidth(line));
    return widest;
  };
  const truncated = new Map<string | undefined, Map<number, Map<string, string>>>();
  const padded = new Map<string | undefined, Map<string, Map<number, Map<string, string>>>>();
  utils.strlen = cachedStrlen;
  utils.truncate = (text, desiredLength, truncateChar) => {
    const byText = inner(inner(truncated, truncateChar), desiredLength);
    let out = byText.get(text);
    if (out === undefined) byText.set(text, (out = truncate(text, desiredLength, truncateChar)));
    return out;
  };
  utils.pad = (text, length, padding, dir) => {
    const byText = inner(inner(inner(padded, dir), padding), length);
    let out = byText.get(text);
    if (out === undefined) byText.set(text, (out = pad(text, length, padding, dir)));
    return out;
  };
  try {
    return work(cachedStrlen, true);
  } finally {
    Object.assign(utils, { strlen, truncate, pad });
  }
}

function inner<K, V extends Map<unknown, unknown>>(outer: Map<K, V>, key: K): V {
  let map = outer.get(key);
  if (map === undefined) outer.set(key, (map = new Map() as V));
  return map;
}

/** The widest line of a text as string-width counts it, which cli-table3 uses (and strips colour codes). */
const widestLine = (text: string) => Math.max(0, ...text.split('\n').map((line) => stringWidth(line)));

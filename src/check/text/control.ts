import type { TextProblem } from './types.js';

/**
 * What a character that has no place in a printed text is, by code point:
 * - `text/control-char`: control characters (C0 but tab and line breaks, DEL, C1), noncharacters
 *   (U+FFFE, U+FFFF...) and lone surrogates. Most cannot be written in a Word document at all
 *   (XML 1.0 has no place for them): pasting Word's Shift+Enter gives U+000B, a terminal's colours
 *   U+001B, a YAML escape like "\0" a NUL.
 * - `text/invisible-char`: zero-width characters that print nothing (U+200B, U+2060, and U+FEFF,
 *   a byte-order mark glued inside a text when files were joined).
 */
export type ControlKind =
  | 'nul'
  | 'line-break'
  | 'page-break'
  | 'escape'
  | 'control'
  | 'delete'
  | 'c1'
  | 'noncharacter'
  | 'surrogate'
  | 'zero-width-space'
  | 'word-joiner'
  | 'bom';

function kindOf(code: number): ControlKind | undefined {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return undefined;
  if (code === 0x00) return 'nul';
  if (code === 0x0b) return 'line-break';
  if (code === 0x0c) return 'page-break';
  if (code === 0x1b) return 'escape';
  if (code < 0x20) return 'control';
  if (code === 0x7f) return 'delete';
  if (code >= 0x80 && code <= 0x9f) return 'c1';
  if (code >= 0xd800 && code <= 0xdfff) return 'surrogate';
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return 'noncharacter';
  if (code === 0x200b) return 'zero-width-space';
  if (code === 0x2060) return 'word-joiner';
  if (code === 0xfeff) return 'bom';
  return undefined;
}

const invisible: ReadonlySet<ControlKind> = new Set(['zero-width-space', 'word-joiner', 'bom']);

/**
 * The safe replacement, where one is obvious: Word's line and page breaks become a space (what
 * the reader saw between the words), the invisible characters go (nothing printed changes).
 */
function fixOf(kind: ControlKind): string | undefined {
  if (kind === 'line-break' || kind === 'page-break') return ' ';
  return invisible.has(kind) ? '' : undefined;
}

/** The one-letter escapes of a YAML double-quoted scalar and the code points they stand for. */
const letterEscapes: Readonly<Record<string, number>> = {
  '0': 0x00, a: 0x07, b: 0x08, t: 0x09, '\t': 0x09, n: 0x0a, v: 0x0b, f: 0x0c, r: 0x0d, e: 0x1b,
  ' ': 0x20, '"': 0x22, '/': 0x2f, '\\': 0x5c, N: 0x85, _: 0xa0, L: 0x2028, P: 0x2029,
};

/** Cheap test first: most texts have none of these characters and no backslash at all. */
const suspect = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2060\ufeff\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff\\]/;

/**
 * `text/control-char` and `text/invisible-char` in a scalar's source, as written: the character
 * itself, or in a double-quoted scalar the escape that makes it ("\v", "\x1b", "\uFFFE").
 * args: { found, code: "U+000B", kind, escaped: "yes" | "" }; fix: see `fixOf`.
 */
export function controlProblems(text: string, quoted?: '"' | "'"): TextProblem[] {
  if (!suspect.test(text)) return [];
  const problems: TextProblem[] = [];
  const add = (start: number, end: number, code: number, escaped: boolean) => {
    const kind = kindOf(code);
    if (!kind) return;
    const fix = fixOf(kind);
    problems.push({
      rule: invisible.has(kind) ? 'text/invisible-char' : 'text/control-char',
      start,
      end,
      args: { found: text.slice(start, end), code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, kind, escaped: escaped ? 'yes' : '' },
      ...(fix !== undefined ? { fix } : {}),
    });
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c && quoted === '"') {
      const escape = decodeEscape(text, i);
      if (!escape) continue;
      // "\uD83D\uDE00": two escapes that make one character together.
      const low = escape.code >= 0xd800 && escape.code <= 0xdbff ? decodeEscape(text, escape.end) : undefined;
      if (low && isLow(low.code)) {
        const point = 0x10000 + ((escape.code - 0xd800) << 10) + (low.code - 0xdc00);
        if ((point & 0xfffe) === 0xfffe) add(i, low.end, point, true);
        i = low.end - 1;
        continue;
      }
      add(i, escape.end, escape.code, true);
      i = escape.end - 1;
      continue;
    }
    // A surrogate pair is one character (beyond the BMP), only a lone half is a problem.
    if (code >= 0xd800 && code <= 0xdbff && isLow(text.charCodeAt(i + 1))) {
      const point = text.codePointAt(i)!;
      if ((point & 0xfffe) === 0xfffe) add(i, i + 2, point, false);
      i++;
      continue;
    }
    add(i, i + 1, code, false);
  }
  return problems;
}

const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The escape starting at a backslash of a double-quoted scalar: the code point it stands for, and its end. */
function decodeEscape(text: string, at: number): { code: number; end: number } | undefined {
  if (text[at] !== '\\') return undefined;
  const letter = text[at + 1];
  if (letter === undefined) return undefined;
  const digits = letter === 'x' ? 2 : letter === 'u' ? 4 : letter === 'U' ? 8 : 0;
  if (digits === 0) {
    const code = letterEscapes[letter];
    // A backslash before a line break continues the line; anything else is the parser's to report.
    return code === undefined ? { code: 0x20, end: at + 2 } : { code, end: at + 2 };
  }
  const hex = text.slice(at + 2, at + 2 + digits);
  if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return { code: 0x20, end: at + 2 };
  return { code: Number.parseInt(hex, 16), end: at + 2 + digits };
}

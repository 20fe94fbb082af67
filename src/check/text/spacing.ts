import type { Content } from './scalar.js';
import type { SpacingKind, TextProblem } from './types.js';

const blanks = /[ \t]+/g;
const lineBreak = /[\r\n]/;
/** Marks that take no space before them. */
const closers = new Set([',', ';', ':', '.', ')', '!', '?']);
/** After "." and ":" only these may follow for the space before to be a mistake. */
const endsClause = /^(?:$|[\s"'”’)\]])/;

/**
 * `text/spacing`, within the content: blanks between two visible characters that should not be
 * there. Leading indentation and trailing blanks are not looked at.
 *  - before-punctuation: "huyện ," → "huyện," (the span is the blanks and the mark). Not before
 *    "./." (the end mark of a document), a run of dots ("..."), or a "." or ":" followed by a
 *    letter or digit (".docx", "8 :30" are not clause ends).
 *  - after-bracket: "( nội dung" → "(nội dung" (the span is the bracket and the blanks).
 *  - double / tab: two or more spaces, or any tab, between words → one space.
 * args: { found, kind }; fix: always.
 */
export function spacingProblems(text: string, content: Content): TextProblem[] {
  const problems: TextProblem[] = [];
  const inner = text.slice(0, content.hi);
  for (const match of inner.matchAll(blanks)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start <= content.lo || end >= content.hi) continue;
    const before = inner.charAt(start - 1);
    const after = inner.charAt(end);
    if (lineBreak.test(before) || lineBreak.test(after)) continue;
    const add = (kind: SpacingKind, from: number, to: number, fix: string) =>
      problems.push({ rule: 'text/spacing', start: from, end: to, args: { found: text.slice(from, to), kind }, fix });
    if (before === '(') add('after-bracket', start - 1, end, '(');
    else if (closers.has(after) && !excused(inner, end)) add('before-punctuation', start, end + 1, after);
    else if (match[0] !== ' ') add(match[0].includes('\t') ? 'tab' : 'double', start, end, ' ');
  }
  return problems;
}

/** The mark at `at` may follow a space: "./.", "...", ".docx". */
function excused(text: string, at: number): boolean {
  const mark = text.charAt(at);
  if (mark !== '.' && mark !== ':') return false;
  return !endsClause.test(text.slice(at + 1, at + 2));
}

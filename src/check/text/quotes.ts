import type { Content } from './scalar.js';
import type { TextProblem } from './types.js';

/**
 * Opening mark → closing mark. Each kind is matched on its own, so that one stray mark of a kind
 * does not put the marks of another kind out of step.
 */
const pairs: Readonly<Record<string, string>> = { '“': '”', '(': ')', '[': ']' };
const openerOf: Readonly<Record<string, string>> = { '”': '“', ')': '(', ']': '[' };

/**
 * A list marker: "a)", "đ)", "1)", "12)", "iv)" at the start of a line or after a blank, as in
 * "gồm: a) ...; b) ...". Such a ")" has no "(" and is no error.
 */
const listMarker = /(?:^|[\s(])(?:\p{L}|\d{1,3}|[ivxlcIVXLC]{1,6})$/u;

/**
 * `text/quotes`, within the content: a curly double quote, parenthesis or square bracket with no
 * partner, and an odd number of straight double quotes (the last one is reported). Quotes of a
 * YAML quoted scalar are not content (see `Content`); inside "...", `\"` is a literal quote.
 * Curly single quotes are not checked: ’ is also the apostrophe. args: { found, expected }; no fix.
 */
export function quoteProblems(text: string, content: Content): TextProblem[] {
  const problems: TextProblem[] = [];
  const report = (at: number, found: string, expected: string) =>
    problems.push({ rule: 'text/quotes', start: at, end: at + 1, args: { found, expected } });
  const open: Record<string, number[]> = { '“': [], '(': [], '[': [] };
  const straight: number[] = [];
  for (let i = content.lo; i < content.hi; i++) {
    const ch = text.charAt(i);
    if (content.quoted === '"' && ch === '\\') {
      if (text.charAt(i + 1) === '"') straight.push(i + 1);
      i++;
      continue;
    }
    if (ch === '"') straight.push(i);
    else if (pairs[ch]) open[ch]!.push(i);
    else if (openerOf[ch]) {
      const opener = openerOf[ch];
      if (open[opener]!.pop() !== undefined) continue;
      if (ch === ')' && listMarker.test(lineBefore(text, content.lo, i))) continue;
      report(i, ch, opener);
    }
  }
  for (const [opener, positions] of Object.entries(open)) {
    for (const at of positions) report(at, opener, pairs[opener]!);
  }
  const last = straight[straight.length - 1];
  if (straight.length % 2 === 1 && last !== undefined) report(last, '"', '"');
  return problems.sort((a, b) => a.start - b.start);
}

/** The text of the current line before `at`, from the content's start at most. */
function lineBefore(text: string, lo: number, at: number): string {
  const from = Math.max(lo, text.lastIndexOf('\n', at - 1) + 1);
  return text.slice(from, at);
}

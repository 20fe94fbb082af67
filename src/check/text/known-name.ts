import { knownNames, type KnownName } from './known-names.js';
import type { TextProblem } from './types.js';

const byWrong = new Map<string, KnownName>();
for (const name of knownNames) for (const wrong of name.wrong) byWrong.set(wrong, name);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so that "Hội Đồng Nhân Dân" is one problem and not "Hội Đồng" then the rest.
// The boundaries are Unicode-aware: \b would see "ế" in "Kế" as a word boundary.
const alternatives = [...byWrong.keys()].sort((a, b) => b.length - a.length).map(escape);
const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

/**
 * `text/known-name`, on NFC text: a misspelling from the `knownNames` table.
 * args: { found, expected }; fix: expected.
 */
export function knownNameProblems(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  for (const match of text.matchAll(pattern)) {
    const found = match[0];
    const name = byWrong.get(found);
    if (!name) continue;
    const start = match.index;
    const end = start + found.length;
    problems.push({ rule: 'text/known-name', start, end, args: { found, expected: name.right }, fix: name.right });
  }
  return problems;
}

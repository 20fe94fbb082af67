import type { TextProblem, TextRule } from './types.js';

/**
 * Which of two problems at the same place comes first. The NFC fix comes last: every other rule's
 * fix is written in NFC, so it also normalises the letters it replaces.
 */
const precedence: Readonly<Record<TextRule, number>> = {
  'text/control-char': -2,
  'text/invisible-char': -1,
  'text/known-name': 0,
  'text/tone-mark': 1,
  'text/spacing': 2,
  'text/quotes': 3,
  'text/nfc': 4,
};

/** By start; at the same start the longer first, then by `precedence`. */
export function compareTextProblems(a: TextProblem, b: TextProblem): number {
  return a.start - b.start || b.end - a.end || precedence[a.rule] - precedence[b.rule];
}

/**
 * Sorts the problems and drops the fix of any problem whose span overlaps that of an earlier
 * problem that keeps its fix, so that all remaining fixes can be applied together. The problem
 * itself stays: a second run reports it again if it is still there.
 */
export function settle(problems: readonly TextProblem[]): TextProblem[] {
  const sorted = [...problems].sort(compareTextProblems);
  let fixedUpTo = -1;
  return sorted.map((p) => {
    if (p.fix === undefined) return p;
    if (p.start < fixedUpTo) {
      const { fix: _dropped, ...rest } = p;
      return rest;
    }
    fixedUpTo = p.end;
    return p;
  });
}

/**
 * The text with the fixes of the problems applied, from the end. A fix overlapping one already
 * applied is skipped, so any list of problems gives a well-defined result.
 */
export function applyTextFixes(text: string, problems: readonly TextProblem[]): string {
  const fixes = problems.filter((p) => p.fix !== undefined).sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = text.length;
  for (const p of fixes) {
    if (p.end > limit) continue;
    result = result.slice(0, p.start) + p.fix + result.slice(p.end);
    limit = p.start;
  }
  return result;
}

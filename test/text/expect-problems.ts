import { expect } from 'vitest';
import { applyTextFixes, checkText, compareTextProblems, type TextOptions, type TextProblem, type TextRule } from '../../src/check/text/index.js';

/**
 * checkText, with the invariants every result must keep: `found` is the span's text, problems
 * are sorted, fixes never overlap.
 */
export function check(text: string, options?: TextOptions): TextProblem[] {
  const problems = checkText(text, options);
  for (const p of problems) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeGreaterThan(p.start);
    expect(p.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(p.start, p.end)).toBe(p.args.found);
  }
  expect([...problems].sort(compareTextProblems)).toEqual(problems);
  const fixed = problems.filter((p) => p.fix !== undefined);
  for (let i = 1; i < fixed.length; i++) expect(fixed[i]!.start).toBeGreaterThanOrEqual(fixed[i - 1]!.end);
  return problems;
}

/** The problems of one rule only. */
export function only(rule: TextRule, text: string, options?: TextOptions): TextProblem[] {
  return check(text, options).filter((p) => p.rule === rule);
}

/** The text with every fix applied. */
export function fixed(text: string, options?: TextOptions): string {
  return applyTextFixes(text, check(text, options));
}

/** The reference plan, NFC-normalised or as stored. */
export async function reference(form: 'nfc' | 'raw' = 'nfc'): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const raw = await readFile(new URL('../../../shared/reference/ke-hoach-109-2024.txt', import.meta.url), 'utf8');
  return form === 'nfc' ? raw.normalize('NFC') : raw;
}

import { letter, roman } from '../model/format.js';

/** Used for every level a plan's own `numbering` does not cover: "I.", "1.", "a)" (NĐ 30/2020). */
export const defaultNumbering: readonly string[] = ['I.', '1.', 'a)'];

/** The one placeholder of a pattern: "I" roman, "1" arabic, "a" Vietnamese letter. */
const placeholder = /[I1a]/;

/** The pattern of a nesting depth (1-based), or undefined when no pattern reaches that deep. */
export function patternAt(numbering: readonly string[] | undefined, depth: number): string | undefined {
  return numbering?.[depth - 1] ?? defaultNumbering[depth - 1];
}

/** "I/-" and 2 → "II/-"; "1." and 3 → "3."; "a)" and 5 → "đ)". The rest of the pattern is kept. */
export function numberLabel(pattern: string, n: number): string {
  return pattern.replace(placeholder, (kind) => (kind === 'I' ? roman(n) : kind === 'a' ? letter(n) : String(n)));
}

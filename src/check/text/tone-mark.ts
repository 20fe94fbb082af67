import { judgeSyllable, type ToneVerdict } from './syllable.js';
import type { TextProblem } from './types.js';

/** A word: letters, marks and (so that "A1ạ" is skipped whole) digits and underscores. */
const words = /[\p{L}\p{M}\p{N}_]+/gu;
const notLetters = /[\p{N}_]/u;
/**
 * A tone mark, combining or in a precomposed letter (with a few toneless letters in the ranges:
 * â ê ô): a quick test before the real one.
 */
const toned = new RegExp(
  '[\u0300\u0301\u0303\u0309\u0323' + // combining
    '\u00c0-\u00c3\u00c8-\u00cd\u00d2-\u00d5\u00d9-\u00dd' + // Latin-1 capitals
    '\u00e0-\u00e3\u00e8-\u00ed\u00f2-\u00f5\u00f9-\u00fd' + // and small letters
    '\u0128\u0129\u0168\u0169\u1ea0-\u1ef9]', // ĩ ũ, and Latin Extended Additional's Vietnamese block
  'u',
);

/**
 * Verdicts by word: the syllables of a text repeat, and judging one takes a decomposition and a
 * parse. Emptied when full, so that memory stays bounded.
 */
const verdicts = new Map<string, ToneVerdict | undefined>();
const maxVerdicts = 20_000;

/** The quick test: false means the word surely has no tone mark. */
export function mayHaveTone(word: string): boolean {
  return toned.test(word);
}

function judge(word: string): ToneVerdict | undefined {
  if (verdicts.has(word)) return verdicts.get(word);
  if (verdicts.size >= maxVerdicts) verdicts.clear();
  const verdict = judgeSyllable(word);
  verdicts.set(word, verdict);
  return verdict;
}

/**
 * `text/tone-mark`, on NFC text: a syllable whose tone mark is not where Vietnamese spelling puts
 * it ("Vịêt", "hòang", "qúa"), two tone marks in one syllable ("Vịệt"), or a tone on "ưo", which
 * lacks the horn of "ươ" ("thưóng").
 * args: { found, kind: 'misplaced' | 'stacked' | 'horn', expected? }; fix: the expected word when
 * only the tone moved (kinds misplaced, stacked with the same tone twice).
 */
export function toneMarkProblems(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  for (const match of text.matchAll(words)) {
    const word = match[0];
    if (!mayHaveTone(word) || notLetters.test(word)) continue;
    const verdict = judge(word);
    if (!verdict) continue;
    const start = match.index;
    const args: Record<string, string> = { found: word, kind: verdict.kind };
    if (verdict.expected !== undefined) args.expected = verdict.expected;
    const problem: TextProblem = { rule: 'text/tone-mark', start, end: start + word.length, args };
    if (verdict.safe && verdict.expected !== undefined) problem.fix = verdict.expected;
    problems.push(problem);
  }
  return problems;
}

import type { TextProblem } from './types.js';
import type { Segment, TextView } from './view.js';

const wordy = /^[\p{L}\p{M}\p{N}]/u;

/**
 * `text/nfc`: each run of text that NFC would change (letters decomposed by a PDF or an input
 * method: "va\u0300"), widened to whole words so that `found` and the fix read as a word.
 * args: { found, expected }; fix: the NFC form.
 */
export function nfcProblems(view: TextView): TextProblem[] {
  const { original, segments } = view;
  if (segments.length === 0) return [];
  const isWordy = segments.map((s) => wordy.test(original.slice(s.start, s.end)));
  const runs: { first: number; last: number }[] = [];
  segments.forEach((segment: Segment, i) => {
    if (!segment.changed) return;
    let first = i;
    let last = i;
    if (isWordy[i]) {
      while (first > 0 && isWordy[first - 1]) first--;
      while (last < segments.length - 1 && isWordy[last + 1]) last++;
    }
    const previous = runs[runs.length - 1];
    if (previous && first <= previous.last + 1) previous.last = Math.max(previous.last, last);
    else runs.push({ first, last });
  });
  return runs.map(({ first, last }) => {
    const start = segments[first]!.start;
    const end = segments[last]!.end;
    const found = original.slice(start, end);
    const expected = found.normalize('NFC');
    return { rule: 'text/nfc', start, end, args: { found, expected }, fix: expected };
  });
}

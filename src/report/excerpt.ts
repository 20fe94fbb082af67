import type { Range } from '../diagnostics/diagnostic.js';
import { graphemes } from '../text/graphemes.js';
import { printableLetter } from './printable.js';

export { graphemes };

export interface Excerpt {
  lineNumber: number;
  /** The line, or the window of it around the culprit ("…" where it was cut), printable. */
  line: string;
  /** Spaces (and the line's own tabs) up to the culprit, then carets under it. */
  marker: string;
}

/** Letters shown of a long line: a terminal's width, about. */
const windowLetters = 100;
/** Of which before the culprit, at most. */
const lettersBefore = 40;
/** Code units taken around the window before counting letters: a Vietnamese letter is at most 3. */
const unitsPerLetter = 4;

/**
 * The culprit's line, and a caret line under it, measured in letters (graphemes). A line longer
 * than a terminal is cut to a window around the culprit, so that a 10 MB line prints one short
 * line in the time of a short one. Control characters show as their pictures (␛, ␋), and
 * invisible ones as ◌: printed as they are, an escape character could drive the terminal, and a
 * caret would point at nothing. `starts`: the source's `lineStarts`, for many excerpts of one file.
 */
export function excerpt(source: string, range: Range, starts: readonly number[] = lineStarts(source)): Excerpt | undefined {
  const bounds = lineBounds(source, range, starts);
  if (!bounds) return undefined;
  const [lineStart, lineEnd] = bounds;
  const start = Math.min(lineStart + range.start.column - 1, lineEnd);
  const end = range.end.line === range.start.line ? Math.min(Math.max(lineStart + range.end.column - 1, start), lineEnd) : lineEnd;
  // Code units around the culprit, generously: letters are counted only in these.
  const from = Math.max(lineStart, start - lettersBefore * unitsPerLetter);
  const to = Math.min(lineEnd, start + windowLetters * unitsPerLetter);
  let before = graphemes(source.slice(from, start));
  // Units taken from inside the line may begin inside a letter: that first letter is not shown.
  if (from > lineStart) before = before.slice(1);
  let culprit = graphemes(source.slice(start, Math.min(end, to)).trimEnd());
  let after = graphemes(source.slice(start + culprit.join('').length, to));
  let cutLeft = from > lineStart;
  let cutRight = to < lineEnd;
  // The culprit first (after at least its share of the line before it), then what follows, then
  // what precedes it, as far as the window goes.
  const keep = Math.min(before.length, lettersBefore);
  if (culprit.length > windowLetters - keep) {
    culprit = culprit.slice(0, Math.max(1, windowLetters - keep));
    cutRight = true;
  }
  const afterRoom = Math.max(0, windowLetters - keep - culprit.length);
  if (after.length > afterRoom) {
    after = after.slice(0, afterRoom);
    cutRight = true;
  }
  const beforeRoom = Math.max(0, windowLetters - culprit.length - after.length);
  if (before.length > beforeRoom) {
    before = before.slice(before.length - beforeRoom);
    cutLeft = true;
  }
  const shown = (letters: string[]) => letters.map(printableLetter);
  const left = cutLeft ? ['…'] : [];
  const pad = [...left, ...before].map((g) => (g === '\t' ? '\t' : ' ')).join('');
  const line = [...left, ...shown(before), ...shown(culprit), ...shown(after), ...(cutRight ? ['…'] : [])].join('');
  return { lineNumber: range.start.line, line, marker: pad + '^'.repeat(Math.max(1, culprit.length)) };
}

/** The offset where each line of a text starts: worked out once per file, for all its excerpts. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** [start, end) of the culprit's line in the source, without its line break. */
function lineBounds(source: string, range: Range, starts: readonly number[]): [number, number] | undefined {
  const start = starts[range.start.line - 1];
  if (start === undefined) return undefined;
  let end = (starts[range.start.line] ?? source.length + 1) - 1;
  if (end > start && source[end - 1] === '\r') end--;
  return [start, end];
}

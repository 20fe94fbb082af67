import type { Range } from '../check/diagnostic.js';

let segmenter: Intl.Segmenter | undefined;

/** Counts what the eye counts: "ệ" typed as e + two combining marks is one letter. */
export function graphemes(text: string): string[] {
  // Plain ASCII needs no segmenter (loading ICU's costs milliseconds at start-up).
  if (/^[\x20-\x7e]*$/.test(text)) return [...text];
  segmenter ??= new Intl.Segmenter('vi', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export interface Excerpt {
  lineNumber: number;
  line: string;
  /** Spaces (and the line's own tabs) up to the culprit, then carets under it. */
  marker: string;
}

/** The culprit's line, and a caret line under it, measured in letters (graphemes). */
export function excerpt(source: string, range: Range): Excerpt | undefined {
  const lines = source.split(/\r?\n/);
  const line = lines[range.start.line - 1];
  if (line === undefined) return undefined;
  const startIndex = Math.min(range.start.column - 1, line.length);
  const endIndex = range.end.line === range.start.line ? Math.min(range.end.column - 1, line.length) : line.length;
  const before = graphemes(line.slice(0, startIndex));
  const under = Math.max(1, graphemes(line.slice(startIndex, Math.max(startIndex, endIndex)).trimEnd()).length);
  const pad = before.map((g) => (g === '\t' ? '\t' : ' ')).join('');
  return { lineNumber: range.start.line, line, marker: pad + '^'.repeat(under) };
}

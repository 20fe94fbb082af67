import { graphemeSpans } from '../text/graphemes.js';
import { printableText } from './printable.js';

/**
 * A text as a terminal table cell shows it: whole when it is of a readable length, else its start
 * and "…". A pasted paragraph of 200,000 letters would be thousands of wrapped lines, and
 * cli-table3's word wrap takes time that grows with the square of a cell's length. The JSON and
 * CSV formats keep the whole text. Controls are shown as their pictures (see `printableText`).
 */
export function clipCell(text: string, max = maxCell): string {
  if (text.length <= max) return printableText(text, { newlines: true });
  let cut = 0;
  for (const [, end] of graphemeSpans(text)) {
    if (end > max - 1) break;
    cut = end;
  }
  return `${printableText(text.slice(0, cut).trimEnd(), { newlines: true })}…`;
}

/** Characters: about ten lines of the task column of an 80-column terminal, a long paragraph of a plan. */
const maxCell = 600;

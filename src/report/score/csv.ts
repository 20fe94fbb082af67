import { toPoints, type Hundredths } from '../../score/points.js';
import type { ScoreContext, ScoreReport } from './context.js';
import { toGrid } from './grid.js';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV with a header line and CRLF line ends, UTF-8 with BOM; numbers with a decimal point. */
export function scoreCsv(report: ScoreReport, context: ScoreContext): string {
  const grid = toGrid(report, context, (q: Hundredths) => String(toPoints(q)));
  const lines = [grid.head, ...grid.rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import { formatPoints } from '../../score/points.js';
import type { ScoreContext, ScoreReport } from './context.js';
import { toGrid } from './grid.js';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A Markdown table (GitHub style), numbers right-aligned, for pasting into a report. */
export function scoreMarkdown(report: ScoreReport, context: ScoreContext): string {
  const grid = toGrid(report, context, formatPoints);
  const lines = [
    ...(report.kind === 'units' ? [`## ${context.catalogue.score.title(report.year, report.stage)}`, ''] : []),
    `| ${grid.head.map(cell).join(' | ')} |`,
    `| ${grid.head.map((_, i) => (grid.numeric.has(i) ? '---:' : '---')).join(' | ')} |`,
    ...grid.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    grid.summary,
    ...(report.kind === 'units' && report.bands ? ['', report.bands] : []),
    ...(report.note ? ['', `> ${report.note}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

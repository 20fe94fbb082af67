import Table from 'cli-table3';
import { formatPoints } from '../../score/points.js';
import { clipCell } from '../clip.js';
import type { ScoreContext, ScoreReport } from './context.js';
import { toGrid } from './grid.js';

/** For people at a terminal: a title, one table, a summary line. Points written "87,75". */
export function scoreTable(report: ScoreReport, context: ScoreContext): string {
  const { catalogue, chalk } = context;
  const empty = report.kind === 'diff' ? report.rows.length === 0 : report.units.length === 0;
  if (empty) return `${report.kind === 'diff' ? catalogue.score.noDiff : catalogue.score.none}\n`;
  const grid = toGrid(report, context, formatPoints);
  const table = new Table({
    head: grid.head.map((h) => chalk.bold(h)),
    colAligns: grid.head.map((_, i) => (grid.numeric.has(i) ? 'right' : 'left')),
    style: { head: [], border: [] },
  });
  // Cells are not wrapped here: a pasted paragraph in a name or a note would widen every row.
  for (const row of grid.rows) table.push(row.map((cell) => clipCell(cell, 200)));
  const title = report.kind === 'units' ? `${chalk.bold(catalogue.score.title(report.year, report.stage))}\n` : '';
  const note = report.kind === 'units' && report.note ? `${chalk.yellow(report.note)}\n` : '';
  return `${title}${table.toString()}\n${grid.summary}\n${note}`;
}

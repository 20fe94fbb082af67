import { formatPoints } from '../../score/points.js';
import { clipCell } from '../clip.js';
import { chunkedTable } from '../table-chunks.js';
import type { ScoreContext, ScoreReport } from './context.js';
import { toGrid } from './grid.js';

/** For people at a terminal: a title, one table, a summary line. Points written "87,75". */
export function scoreTable(report: ScoreReport, context: ScoreContext): string {
  const { catalogue, chalk } = context;
  const empty = report.kind === 'diff' ? report.rows.length === 0 : report.units.length === 0;
  const note = report.note ? `${chalk.yellow(report.note)}\n` : '';
  if (empty) return `${report.kind === 'diff' ? catalogue.score.noDiff(report.from, report.to) : catalogue.score.none}\n${note}`;
  const grid = toGrid(report, context, formatPoints);
  // Cells are not wrapped here: a pasted paragraph in a name or a note would widen every row.
  const rows = grid.rows.map((row) => row.map((cell) => clipCell(cell, 200)));
  const table = chunkedTable(
    grid.head.map((h) => chalk.bold(h)),
    rows,
    { colAligns: grid.head.map((_, i) => (grid.numeric.has(i) ? 'right' : 'left')) },
  );
  const title = report.kind === 'units' ? `${chalk.bold(catalogue.score.title(report.year, report.stage))}\n` : '';
  const bands = report.kind === 'units' && report.bands ? `${report.bands}\n` : '';
  return `${title}${table}\n${grid.summary}\n${bands}${note}`;
}


import Table from 'cli-table3';
import type { DueRow } from '../../due/rows.js';
import { clipCell } from '../clip.js';
import { vnDate, type DueContext } from './context.js';
import { groupRows, taskLabel } from './group.js';

/** For people at a terminal: one table, a title row per group, long texts wrapped to the width. */
export function dueTable(rows: readonly DueRow[], context: DueContext): string {
  const { catalogue, chalk } = context;
  const c = catalogue.due.columns;
  if (rows.length === 0) return `${catalogue.due.none(vnDate(context.window.from), vnDate(context.window.to))}\n`;
  // Fixed columns first, narrower on a narrow terminal; the task text takes what is left (6 borders).
  const narrow = context.width < 100;
  const fixed = { deadline: 12, lead: narrow ? 16 : 22, status: narrow ? 11 : 12, late: narrow ? 9 : 10 };
  const taskWidth = Math.max(20, context.width - fixed.deadline - fixed.lead - fixed.status - fixed.late - 6);
  const table = new Table({
    head: [c.deadline, c.task, c.lead, c.status, c.late].map((h) => chalk.bold(h)),
    colWidths: [fixed.deadline, taskWidth, fixed.lead, fixed.status, fixed.late],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const group of groupRows(rows, catalogue)) {
    table.push([{ colSpan: 5, content: chalk.bold(clipCell(group.title)) }]);
    for (const row of group.rows) {
      const late = row.daysLate !== null ? chalk.red(catalogue.due.daysLate(row.daysLate)) : '';
      const status = catalogue.due.status[row.status];
      table.push([
        row.overdue ? chalk.red(vnDate(row.deadline)) : vnDate(row.deadline),
        clipCell(taskLabel(row, catalogue)),
        clipCell(row.leadName ?? ''),
        row.status === 'done' ? chalk.green(status) : status,
        late,
      ]);
    }
  }
  const overdue = rows.filter((r) => r.overdue).length;
  return `${table.toString()}\n${catalogue.due.summary(rows.length, overdue)}\n`;
}

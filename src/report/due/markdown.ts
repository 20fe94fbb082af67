import type { DueRow } from '../../due/rows.js';
import { vnDate, type DueContext } from './context.js';
import { groupRows, taskLabel } from './group.js';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' ');

/** Markdown tables, one per group, for a wiki page or a message. */
export function dueMarkdown(rows: readonly DueRow[], context: DueContext): string {
  const { catalogue } = context;
  const c = catalogue.due.columns;
  if (rows.length === 0) return `${catalogue.due.none(vnDate(context.window.from), vnDate(context.window.to))}\n`;
  const out: string[] = [];
  for (const group of groupRows(rows, catalogue)) {
    out.push(`## ${group.title}`, '', `| ${c.deadline} | ${c.task} | ${c.lead} | ${c.status} | ${c.late} |`, '|---|---|---|---|---|');
    for (const row of group.rows) {
      const late = row.daysLate !== null ? catalogue.due.daysLate(row.daysLate) : '';
      out.push(`| ${vnDate(row.deadline)} | ${cell(taskLabel(row, catalogue))} | ${cell(row.leadName ?? '')} | ${catalogue.due.status[row.status]} | ${late} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

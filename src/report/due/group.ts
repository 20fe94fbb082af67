import type { Catalogue } from '../../i18n/catalogue.js';
import type { DueRow } from '../../due/rows.js';

export interface Group {
  title: string;
  rows: DueRow[];
}

/** Rows in the order given, cut into groups: carried over, each quarter, then all-year. */
export function groupRows(rows: readonly DueRow[], catalogue: Catalogue): Group[] {
  const groups: Group[] = [];
  for (const row of rows) {
    const title = row.carried
      ? catalogue.due.carriedTitle
      : row.quarter === null
        ? catalogue.due.allYearTitle(row.year)
        : catalogue.due.quarterTitle(row.quarter, row.year);
    const last = groups.at(-1);
    if (last && last.title === title) last.rows.push(row);
    else groups.push({ title, rows: [row] });
  }
  return groups;
}

/** The task text with what kind of occurrence it is: "(cả năm)", "(kỳ 2024-H1)". */
export function taskLabel(row: DueRow, catalogue: Catalogue): string {
  const mark = row.allYear ? catalogue.due.allYearMark : row.period ? catalogue.due.recurringMark(row.period) : '';
  return mark ? `${row.text} (${mark})` : row.text;
}

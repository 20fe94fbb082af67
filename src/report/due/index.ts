import type { DueRow } from '../../due/rows.js';
import type { DueContext } from './context.js';
import { dueCsv } from './csv.js';
import { dueJson } from './json.js';
import { dueMarkdown } from './markdown.js';
import { dueTable } from './table.js';

/** Output formats of `plan due`, each a pure function of the rows. */
export const dueFormatters: Record<'table' | 'json' | 'csv' | 'md', (rows: readonly DueRow[], context: DueContext) => string> = {
  table: dueTable,
  json: (rows) => dueJson(rows),
  csv: (rows) => dueCsv(rows),
  md: dueMarkdown,
};

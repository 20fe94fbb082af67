import type { DueRow } from '../../due/rows.js';
import type { DueContext } from './context.js';

export type DueFormatter = (rows: readonly DueRow[], context: DueContext) => string;
export type DueFormat = 'table' | 'json' | 'csv' | 'md';

/** Output formats of `plan due`, each a pure function of the rows, loaded only when chosen. */
export const dueFormatters: Record<DueFormat, () => Promise<DueFormatter>> = {
  table: async () => (await import('./table.js')).dueTable,
  json: async () => {
    const { dueJson } = await import('./json.js');
    return (rows) => dueJson(rows);
  },
  csv: async () => {
    const { dueCsv } = await import('./csv.js');
    return (rows) => dueCsv(rows);
  },
  md: async () => (await import('./markdown.js')).dueMarkdown,
};

import type { ScoreFormatter } from './context.js';

export type ScoreFormat = 'table' | 'json' | 'csv' | 'md';

/** Output formats of `plan score`, each a pure function of the report, loaded only when chosen. */
export const scoreFormatters: Record<ScoreFormat, () => Promise<ScoreFormatter>> = {
  table: async () => (await import('./table.js')).scoreTable,
  json: async () => {
    const { scoreJson } = await import('./json.js');
    return (report) => scoreJson(report);
  },
  csv: async () => (await import('./csv.js')).scoreCsv,
  md: async () => (await import('./markdown.js')).scoreMarkdown,
};

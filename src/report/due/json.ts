import type { DueRow } from '../../due/rows.js';

/** An array of rows, as programs want them. */
export function dueJson(rows: readonly DueRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

import type { DueRow } from '../../due/rows.js';

const columns = ['id', 'body', 'year', 'quarter', 'period', 'deadline', 'lead', 'leadName', 'status', 'overdue', 'daysLate', 'allYear', 'recurring', 'carried', 'done', 'evidence', 'text'] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV with a header line and CRLF line ends, for Excel and LibreOffice (UTF-8 with BOM so Excel reads the diacritics). */
export function dueCsv(rows: readonly DueRow[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Calendar dates as the YAML writes them: "2024-01-25", or a month "2024-03". */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A real calendar date, or undefined ("2024-02-30" is not one). */
export function parseDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** A deadline: a day, or a month meaning its last day. */
export function parseDeadline(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m) return parseDate(text);
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return undefined;
  return { year, month, day: daysInMonth(year, month) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO strings of real dates compare as text; this keeps the intent visible. */
export function isoOf(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

/**
 * Today's date in Vietnam (Asia/Ho_Chi_Minh), whatever the machine's time zone. Vietnam keeps UTC+7
 * all year (no daylight saving since 1975), so a fixed offset gives the same answer as the time
 * zone database without loading it.
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

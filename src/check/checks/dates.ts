import { isoOf, parseDate, parseDeadline } from '../../model/dates.js';
import type { Plan } from '../../model/types.js';
import type { Report } from '../../model/report-types.js';
import type { Finding } from '../../diagnostics/diagnostic.js';
import type { FileCheck } from './context.js';
import { tasksOf, type Path } from '../../repo/tasks.js';

/** Every date a plan holds, with its path, so that each is checked to be a real calendar date. */
function datesOf(plan: Plan): { path: Path; value: string; deadline: boolean }[] {
  const found: { path: Path; value: string; deadline: boolean }[] = [{ path: ['date'], value: plan.date, deadline: false }];
  if (plan.period) {
    found.push({ path: ['period', 'from'], value: plan.period.from, deadline: false });
    found.push({ path: ['period', 'to'], value: plan.period.to, deadline: false });
  }
  plan.bases?.forEach((b, i) => b.date && found.push({ path: ['bases', i, 'date'], value: b.date, deadline: false }));
  for (const { task, path } of tasksOf(plan)) {
    if (task.deadline) found.push({ path: [...path, 'deadline'], value: task.deadline, deadline: true });
    if (task.done) found.push({ path: [...path, 'done'], value: task.done, deadline: false });
    for (const [key, occurrence] of Object.entries(task.occurrences ?? {})) {
      if (occurrence.done) found.push({ path: [...path, 'occurrences', key, 'done'], value: occurrence.done, deadline: false });
    }
  }
  return found;
}

const quarterRange = (year: number, quarter: number) => ({
  from: isoOf({ year, month: quarter * 3 - 2, day: 1 }),
  to: isoOf({ year, month: quarter * 3, day: quarter === 1 || quarter === 4 ? 31 : 30 }),
});

/** A period whose end comes before its start (both real dates): every date "in" it would be outside. */
function reversed(period: { from: string; to: string } | undefined): Finding[] {
  if (!period || !parseDate(period.from) || !parseDate(period.to) || period.from <= period.to) return [];
  return [{ rule: 'date/period-reversed', path: ['period', 'to'], args: { from: period.from, to: period.to } }];
}

/** A report's dates are real calendar dates: its own, and its period's, in order. */
export function checkReportDates(report: Report): Finding[] {
  const found: { path: Path; value: string }[] = [{ path: ['date'], value: report.date }];
  if (report.period) found.push({ path: ['period', 'from'], value: report.period.from }, { path: ['period', 'to'], value: report.period.to });
  return [...found.filter(({ value }) => !parseDate(value)).map(({ path, value }): Finding => ({ rule: 'date/invalid', path, args: { value } })), ...reversed(report.period)];
}

/** Dates: real ones; the plan's in its year; bases before the plan; deadlines in their quarter; done dates. */
export const checkDates: FileCheck = (input, { today }) => {
  if (input.kind !== 'ke-hoach') return [];
  const plan = input.data;
  const findings: Finding[] = [];
  for (const { path, value, deadline } of datesOf(plan)) {
    if (!(deadline ? parseDeadline(value) : parseDate(value))) findings.push({ rule: 'date/invalid', path, args: { value } });
  }
  findings.push(...reversed(plan.period));
  const date = parseDate(plan.date);
  if (date) {
    // A plan may be issued in the last quarter of the year before the one it plans.
    const inYear = date.year === plan.year || (date.year === plan.year - 1 && date.month >= 10);
    if (!inYear) findings.push({ rule: 'date/plan-year', path: ['date'], args: { value: plan.date, year: plan.year } });
    plan.bases?.forEach((basis, i) => {
      if (basis.date && parseDate(basis.date) && basis.date > plan.date) {
        findings.push({ rule: 'date/basis-after-plan', path: ['bases', i, 'date'], args: { value: basis.date, planDate: plan.date } });
      }
    });
  }
  for (const { task, path, quarter } of tasksOf(plan)) {
    const due = task.deadline ? parseDeadline(task.deadline) : undefined;
    if (due && task.deadline) {
      const period = quarter
        ? quarterRange(plan.year, quarter)
        : (plan.period ?? { from: `${plan.year}-01-01`, to: `${plan.year}-12-31` });
      // A month deadline counts as its last day, as the schema documents.
      const iso = isoOf(due);
      if (iso < period.from || iso > period.to) {
        findings.push({
          rule: 'date/deadline-outside-period',
          path: [...path, 'deadline'],
          args: { value: task.deadline, quarter: quarter ?? 0, from: period.from, to: period.to, year: plan.year },
        });
      }
    }
    findings.push(...doneFindings(task, path, today));
  }
  return findings;
};

function doneFindings(
  entry: { status?: string; done?: string; occurrences?: Record<string, { status: string; done?: string }> },
  path: Path,
  today: string,
): Finding[] {
  const findings: Finding[] = [];
  const one = (status: string | undefined, done: string | undefined, at: Path, label: string) => {
    if (status === 'done' && !done) findings.push({ rule: 'task/done-without-date', path: [...at, 'status'], args: { period: label } });
    if (done && status !== 'done') findings.push({ rule: 'task/date-without-done', path: [...at, 'done'], args: { status: status ?? 'planned', period: label } });
    if (done && parseDate(done) && done > today) findings.push({ rule: 'date/done-in-future', path: [...at, 'done'], args: { value: done, today } });
  };
  one(entry.status, entry.done, path, '');
  for (const [key, occurrence] of Object.entries(entry.occurrences ?? {})) {
    one(occurrence.status, occurrence.done, [...path, 'occurrences', key], key);
  }
  return findings;
}

import { daysInMonth, isoOf, parseDeadline } from '../model/dates.js';
import type { Plan, Repeat, Status, Task } from '../model/types.js';

/** One thing to do by one date: a task, or one period of a repeating task. */
export interface Occurrence {
  task: Task;
  /** Index path of the task in its plan, for editing it. */
  path: (string | number)[];
  body: string;
  /** The year of its date: a campaign's task due in January of the next year is of that year. */
  year: number;
  /** The year of its plan (its organisation is that year's). */
  planYear: number;
  /** The period key of a repeating task's occurrence ("2024-H1", "2024-Q2", "2024-06", "2024"). */
  period?: string;
  /** The quarter it falls in; undefined for a task that runs all year. */
  quarter?: number;
  /** Last day, YYYY-MM-DD; undefined when neither the task nor its section gives one. */
  deadline?: string;
  status: Status;
  done?: string;
  evidence?: string;
  /** Runs the whole year (repeat: year): shown in every window of its year. */
  allYear: boolean;
  recurring: boolean;
}

const doneOf = (done: string | undefined) => (done ? { done } : {});

const lastDayOf = (year: number, month: number) => isoOf({ year, month, day: daysInMonth(year, month) });

type Period = { key: string; year: number; quarter?: number; deadline: string; first: string };

/** The periods of a repeating task in a year, each with its key, quarter, first and last day. */
function periodsOfYear(repeat: Repeat, year: number): Period[] {
  const first = (month: number) => isoOf({ year, month, day: 1 });
  return periodsIn(repeat, year).map((p) => ({ ...p, year, first: first(p.firstMonth) }));
}

function periodsIn(repeat: Repeat, year: number): { key: string; quarter?: number; deadline: string; firstMonth: number }[] {
  switch (repeat) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => ({
        key: `${year}-${String(i + 1).padStart(2, '0')}`,
        quarter: Math.floor(i / 3) + 1,
        deadline: lastDayOf(year, i + 1),
        firstMonth: i + 1,
      }));
    case 'quarter':
      return [1, 2, 3, 4].map((q) => ({ key: `${year}-Q${q}`, quarter: q, deadline: lastDayOf(year, q * 3), firstMonth: q * 3 - 2 }));
    case 'half-year':
      return [
        { key: `${year}-H1`, quarter: 2, deadline: lastDayOf(year, 6), firstMonth: 1 },
        { key: `${year}-H2`, quarter: 4, deadline: lastDayOf(year, 12), firstMonth: 7 },
      ];
    case 'year':
      return [{ key: `${year}`, deadline: lastDayOf(year, 12), firstMonth: 1 }];
  }
}

/**
 * The periods a repeating task runs in: those of the plan's year, or of every year of its
 * `period` (a campaign over two years), that have not ended before the plan starts (its period's
 * first day, else the day it is signed: a plan signed on 28/02 has no January to report on).
 * A period the plan already records a status for is kept whatever its dates: nothing recorded is
 * dropped.
 */
function periods(plan: Plan, task: Task): Period[] {
  const from = plan.period && plan.period.from <= plan.period.to ? plan.period : undefined;
  const years = from ? range(Number(from.from.slice(0, 4)), Number(from.to.slice(0, 4))) : [plan.year];
  // Signed in the year before (its last quarter): the whole year is ahead of it.
  const signed = typeof plan.date === 'string' && plan.date.startsWith(`${plan.year}-`) ? plan.date : `${plan.year}-01-01`;
  const start = from?.from ?? signed;
  const end = from?.to;
  return years
    .flatMap((year) => periodsOfYear(task.repeat!, year))
    .filter((p) => task.occurrences?.[p.key] !== undefined || (p.deadline >= start && (end === undefined || p.first <= end)));
}

const range = (first: number, last: number) => Array.from({ length: Math.max(0, last - first) + 1 }, (_, i) => first + i);

/** Every occurrence of every task of a plan: repeating tasks expanded into their periods. */
export function occurrencesOf(plan: Plan, tasks: { task: Task; path: (string | number)[]; quarter?: number }[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const { task, path, quarter } of tasks) {
    const base = { task, path, body: plan.body, year: plan.year, planYear: plan.year };
    if (task.repeat) {
      for (const p of periods(plan, task)) {
        const own = task.occurrences?.[p.key];
        out.push({
          ...base,
          year: p.year,
          period: p.key,
          ...(p.quarter ? { quarter: p.quarter } : {}),
          deadline: p.deadline,
          // A status on the task itself stands for every period that has none of its own.
          status: own?.status ?? task.status ?? 'planned',
          ...doneOf(own ? own.done : task.done),
          ...(own?.evidence ? { evidence: own.evidence } : {}),
          allYear: task.repeat === 'year',
          recurring: true,
        });
      }
      continue;
    }
    const due = task.deadline ? parseDeadline(task.deadline) : undefined;
    // A deadline in another year than the plan's (a campaign's) is of that year and its quarter.
    const crosses = due !== undefined && due.year !== plan.year;
    const q = crosses ? Math.ceil(due.month / 3) : (quarter ?? (due ? Math.ceil(due.month / 3) : undefined));
    out.push({
      ...base,
      ...(crosses ? { year: due.year } : {}),
      ...(q ? { quarter: q } : {}),
      ...(due ? { deadline: isoOf(due) } : q ? { deadline: lastDayOf(plan.year, q * 3) } : {}),
      status: task.status ?? 'planned',
      ...doneOf(task.done),
      ...(task.evidence ? { evidence: task.evidence } : {}),
      allYear: q === undefined && !due,
      recurring: false,
    });
  }
  return out;
}

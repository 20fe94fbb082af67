import { daysInMonth, isoOf, parseDeadline } from '../model/dates.js';
import type { Plan, Repeat, Status, Task } from '../model/types.js';

/** One thing to do by one date: a task, or one period of a repeating task. */
export interface Occurrence {
  task: Task;
  /** Index path of the task in its plan, for editing it. */
  path: (string | number)[];
  body: string;
  year: number;
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

/** The periods of a repeating task in a year, each with its key, quarter and last day. */
function periods(repeat: Repeat, year: number): { key: string; quarter?: number; deadline: string }[] {
  switch (repeat) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => ({
        key: `${year}-${String(i + 1).padStart(2, '0')}`,
        quarter: Math.floor(i / 3) + 1,
        deadline: lastDayOf(year, i + 1),
      }));
    case 'quarter':
      return [1, 2, 3, 4].map((q) => ({ key: `${year}-Q${q}`, quarter: q, deadline: lastDayOf(year, q * 3) }));
    case 'half-year':
      return [
        { key: `${year}-H1`, quarter: 2, deadline: lastDayOf(year, 6) },
        { key: `${year}-H2`, quarter: 4, deadline: lastDayOf(year, 12) },
      ];
    case 'year':
      return [{ key: `${year}`, deadline: lastDayOf(year, 12) }];
  }
}

/** Every occurrence of every task of a plan: repeating tasks expanded into their periods. */
export function occurrencesOf(plan: Plan, tasks: { task: Task; path: (string | number)[]; quarter?: number }[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const { task, path, quarter } of tasks) {
    const base = { task, path, body: plan.body, year: plan.year };
    if (task.repeat) {
      for (const p of periods(task.repeat, plan.year)) {
        const own = task.occurrences?.[p.key];
        out.push({
          ...base,
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
    const q = quarter ?? (due ? Math.ceil(due.month / 3) : undefined);
    out.push({
      ...base,
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

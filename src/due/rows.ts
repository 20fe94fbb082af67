import type { Organisation, Status } from '../model/types.js';
import type { DueItem } from './select.js';
import { nameableLists } from '../model/nameable.js';

/** One line of `plan due`, with names resolved: what every output format prints. */
export interface DueRow {
  id: string;
  body: string;
  year: number;
  /** 1-4; null for an all-year task. */
  quarter: number | null;
  /** The period of a repeating task's occurrence, else null. */
  period: string | null;
  text: string;
  lead: string | null;
  leadName: string | null;
  with: string[];
  deadline: string | null;
  status: Status;
  overdue: boolean;
  daysLate: number | null;
  allYear: boolean;
  recurring: boolean;
  carried: boolean;
  done: string | null;
  evidence: string | null;
}

/** The name of a unit, department or cluster an id names, as the organisation writes it. */
export function unitName(org: Organisation | undefined, id: string, allUnits: string): string {
  if (id === 'all-units') return allUnits;
  for (const list of nameableLists.map((name) => org?.[name])) {
    const found = list?.find((x) => x.id === id);
    if (found) return 'kind' in found && typeof found.kind === 'string' ? `${found.kind} ${found.name}` : found.name;
  }
  return id;
}

export function toRow(item: DueItem, org: Organisation | undefined, allUnits: string): DueRow {
  const { task } = item;
  return {
    id: task.id,
    body: item.body,
    year: item.year,
    quarter: item.quarter ?? null,
    period: item.period ?? null,
    text: task.text,
    lead: task.lead ?? null,
    leadName: task.lead ? unitName(org, task.lead, allUnits) : null,
    with: task.with ?? [],
    deadline: item.deadline ?? null,
    status: item.status,
    overdue: item.overdue,
    daysLate: item.daysLate ?? null,
    allYear: item.allYear,
    recurring: item.recurring,
    carried: item.carried,
    done: item.done ?? null,
    evidence: item.evidence ?? null,
  };
}

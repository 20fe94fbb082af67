import { isoOf } from '../model/dates.js';
import type { Status } from '../model/types.js';
import type { Occurrence } from './occurrences.js';

/** The dates asked for: a year, narrowed by quarter, month or a from/to range. */
export interface Window {
  from: string;
  to: string;
}

export interface Filters {
  window: Window;
  today: string;
  overdueOnly?: boolean;
  /** Matches the lead or a cooperating unit; a task for all units, or for a cluster, matches each of its units. */
  unit?: string;
  body?: string;
  status?: Status;
  /** Show undone tasks of earlier periods as overdue in this one (default true). */
  carry?: boolean;
  /** Ids of the member units, for "all-units". */
  memberUnits?: (body: string) => readonly string[];
  /** The emulation clusters of a body that hold a unit: a task led by its cluster is the unit's too. */
  clustersOf?: (body: string, unit: string) => readonly string[];
}

/** What `plan due` shows for one occurrence. */
export interface DueItem extends Occurrence {
  overdue: boolean;
  /** Days past the deadline, when overdue. */
  daysLate?: number;
  /** An undone occurrence of an earlier period, brought into this window. */
  carried: boolean;
}

export function windowOf(year: number, part: { quarter?: number; month?: number; from?: string; to?: string }): Window {
  if (part.month) {
    const last = new Date(Date.UTC(year, part.month, 0)).getUTCDate();
    return { from: isoOf({ year, month: part.month, day: 1 }), to: isoOf({ year, month: part.month, day: last }) };
  }
  if (part.quarter) {
    const q = part.quarter;
    const last = new Date(Date.UTC(year, q * 3, 0)).getUTCDate();
    return { from: isoOf({ year, month: q * 3 - 2, day: 1 }), to: isoOf({ year, month: q * 3, day: last }) };
  }
  return { from: part.from ?? `${year}-01-01`, to: part.to ?? `${year}-12-31` };
}

const finished = (status: Status) => status === 'done' || status === 'cancelled';

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The occurrences due in a window, with whether each is overdue (deadline passed, not done) and
 * the undone ones of earlier periods carried in, as org-mode keeps a missed deadline in view.
 */
export function selectDue(all: readonly Occurrence[], filters: Filters): DueItem[] {
  const { window, today } = filters;
  const items: DueItem[] = [];
  for (const o of all) {
    const overdue = o.deadline !== undefined && o.deadline < today && !finished(o.status);
    const daysLate = overdue ? daysBetween(o.deadline!, today) : undefined;
    // An all-year task is in any window that overlaps its year.
    const inWindow = o.allYear ? window.from <= `${o.year}-12-31` && window.to >= `${o.year}-01-01` : o.deadline !== undefined && o.deadline >= window.from && o.deadline <= window.to;
    const carried = !inWindow && filters.carry !== false && overdue && o.deadline! < window.from && o.year <= Number(window.to.slice(0, 4));
    if (!inWindow && !carried) continue;
    const item: DueItem = { ...o, overdue, carried, ...(daysLate !== undefined ? { daysLate } : {}) };
    if (matches(item, filters)) items.push(item);
  }
  return items.sort(compareItems);
}

function matches(item: DueItem, filters: Filters): boolean {
  if (filters.overdueOnly && !item.overdue) return false;
  if (filters.body && item.body !== filters.body) return false;
  if (filters.status && item.status !== filters.status) return false;
  if (filters.unit) {
    const named = [item.task.lead, ...(item.task.with ?? [])].filter((x): x is string => Boolean(x));
    const all = named.includes('all-units') && (filters.memberUnits?.(item.body) ?? []).includes(filters.unit);
    const cluster = (filters.clustersOf?.(item.body, filters.unit) ?? []).some((c) => named.includes(c));
    if (!named.includes(filters.unit) && !all && !cluster) return false;
  }
  return true;
}

/** Carried-in first, then by quarter (all-year last), deadline, body, and plan order. */
function compareItems(a: DueItem, b: DueItem): number {
  const qa = a.carried ? 0 : (a.quarter ?? 9);
  const qb = b.carried ? 0 : (b.quarter ?? 9);
  if (qa !== qb) return qa - qb;
  const da = a.deadline ?? '9999';
  const db = b.deadline ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  if (a.body !== b.body) return a.body < b.body ? -1 : 1;
  return comparePaths(a.path, b.path);
}

function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

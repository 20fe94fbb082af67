import { compareNames } from '../model/collate.js';
import type { TieBreakKey } from '../model/scoring-types.js';
import type { Hundredths } from './points.js';

export interface Rankable {
  name: string;
  total: Hundredths;
  selfTotal: Hundredths;
  clusterTotal: Hundredths;
  deductions: Hundredths;
}


/** Negative when a ranks before b on this key. */
function byKey(key: TieBreakKey, a: Rankable, b: Rankable): number {
  switch (key) {
    case 'total':
      return b.total - a.total;
    case 'selfTotal':
      return b.selfTotal - a.selfTotal;
    case 'clusterTotal':
      return b.clusterTotal - a.clusterTotal;
    case 'deductions':
      return a.deductions - b.deductions;
    case 'name':
      return compareNames(a.name, b.name);
  }
}

/** The order the keys give; 0 when equal on every key (a tie). */
export function compareBy(keys: readonly TieBreakKey[]): (a: Rankable, b: Rankable) => number {
  return (a, b) => {
    for (const key of keys) {
      const d = byKey(key, a, b);
      if (d !== 0) return d;
    }
    return 0;
  };
}

/**
 * Ranks as in a sports table (1, 2, 2, 4): a unit's rank is one more than the number of units
 * strictly before it. Units equal on every key share the rank and are marked as tied.
 */
export function rankAll<T extends Rankable>(units: readonly T[], keys: readonly TieBreakKey[]): Map<T, { rank: number; tie: boolean }> {
  const compare = compareBy(keys);
  const result = new Map<T, { rank: number; tie: boolean }>();
  for (const unit of units) {
    let before = 0;
    let equal = 0;
    for (const other of units) {
      if (other === unit) continue;
      const d = compare(other, unit);
      if (d < 0) before++;
      else if (d === 0) equal++;
    }
    result.set(unit, { rank: before + 1, tie: equal > 0 });
  }
  return result;
}

/** The order to list units in: by the keys, ties by name (Vietnamese collation, numbers by value), never by file order. */
export function listOrder(keys: readonly TieBreakKey[]): (a: Rankable, b: Rankable) => number {
  const compare = compareBy(keys);
  return (a, b) => compare(a, b) || compareNames(a.name, b.name);
}

import type { Scoring } from '../model/scoring-types.js';
import { toPoints, toHundredths } from './points.js';

/** A criterion's way of scoring, as the checks need it: the points it can give, and how "achieved" maps to them. */
export interface MethodFacts {
  method: Scoring['method'];
  /** Every number of points the method can give (whole points and quarters); absent: any within the maximum. */
  allowed?: number[];
  /** From the highest: reaching `from` gives `points` (percent, graded with steps, per-item as its multiples). */
  steps?: { from: number; points: number }[];
  perItem?: number;
}

/**
 * What a scoring method allows: yes-no gives 0 or the maximum; percent and graded with steps give
 * a step's points or 0; per-item gives whole multiples of its points, the maximum at most.
 */
export function methodFacts(scoring: Scoring, max: number): MethodFacts {
  const { method } = scoring;
  if (method === 'yes-no') return { method, allowed: [0, max] };
  if ((method === 'percent' || method === 'graded') && scoring.steps) {
    return { method, steps: scoring.steps.map(({ from, points }) => ({ from, points })), allowed: [...new Set([0, ...scoring.steps.map((s) => s.points)])].sort((a, b) => a - b) };
  }
  if (method === 'per-item' && scoring.perItem !== undefined) {
    const per = toHundredths(scoring.perItem);
    const top = toHundredths(max);
    const allowed: number[] = [];
    for (let q = 0; q <= top && per > 0; q += per) allowed.push(toPoints(q as typeof per));
    if (!allowed.includes(max)) allowed.push(max);
    return { method, perItem: scoring.perItem, allowed };
  }
  return { method };
}

/** The points a method gives for what was achieved; undefined when it cannot tell (no steps, no per-item). */
export function pointsFor(facts: MethodFacts, achieved: number, max: number): number | undefined {
  if (facts.steps) return [...facts.steps].sort((a, b) => b.from - a.from).find((s) => achieved >= s.from)?.points ?? 0;
  if (facts.perItem !== undefined) return Math.min(max, toPoints(toHundredths(facts.perItem) * Math.floor(achieved) as ReturnType<typeof toHundredths>));
  if (facts.method === 'yes-no') return achieved > 0 ? max : 0;
  return undefined;
}

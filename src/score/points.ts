/**
 * Exact arithmetic on emulation points. Guides give points in halves and quarters; summed as
 * floats they drift (0.1 + 0.2 !== 0.3), so points are handled as whole quarters: 12.5 is 50.
 * Pure: no I/O.
 */

/** A number of quarter points: an integer. */
export type Quarters = number & { readonly __quarters: unique symbol };

export class PointsError extends Error {
  constructor(readonly value: unknown) {
    super(`not a number of quarter points: ${String(value)}`);
  }
}

/** 12.5 → 50 quarters. Throws on anything that is not a finite multiple of 0.25. */
export function toQuarters(points: number): Quarters {
  if (typeof points !== 'number' || !Number.isFinite(points)) throw new PointsError(points);
  const quarters = points * 4;
  // A multiple of 0.25 is exact in binary: times 4 it is an integer, with no rounding to hide.
  if (!Number.isSafeInteger(quarters)) throw new PointsError(points);
  return (quarters === 0 ? 0 : quarters) as Quarters;
}

/** True when the number is a finite multiple of 0.25. */
export function isQuarterPoints(points: number): boolean {
  return typeof points === 'number' && Number.isFinite(points) && Number.isSafeInteger(points * 4);
}

export const zero = 0 as Quarters;

/** The sum, exact. */
export function add(...terms: readonly Quarters[]): Quarters {
  let sum = 0;
  for (const term of terms) sum += term;
  return sum as Quarters;
}

export function subtract(from: Quarters, amount: Quarters): Quarters {
  return (from - amount) as Quarters;
}

/** The sum of numbers of points, each checked, as quarters. */
export function sumPoints(points: readonly number[]): Quarters {
  return add(...points.map(toQuarters));
}

export const min = (a: Quarters, b: Quarters): Quarters => (a < b ? a : b);

/** 50 quarters → 12.5 (exact: a quarter is a power of two). */
export function toPoints(quarters: Quarters): number {
  const points = quarters / 4;
  return points === 0 ? 0 : points;
}

/** Vietnamese text: decimal comma, no trailing zeros: 50 → "12,5", 351 → "87,75", 40 → "10". */
export function formatPoints(quarters: Quarters): string {
  const sign = quarters < 0 ? '-' : '';
  const abs = Math.abs(quarters);
  const whole = Math.floor(abs / 4);
  const fraction = ['', ',25', ',5', ',75'][abs % 4]!;
  return `${sign}${whole}${fraction}`;
}

/**
 * Exact arithmetic on emulation points. Guides give points in steps of 0.25, 0.5, or 0.1 (some
 * 0.05); summed as floats they drift (0.1 + 0.2 !== 0.3), so points are handled as whole
 * hundredths: 12.5 is 1250, 8.1 is 810. Every step a guide uses is a whole number of hundredths.
 * Pure: no I/O.
 */

/** A number of hundredths of a point: an integer. */
export type Hundredths = number & { readonly __hundredths: unique symbol };

export class PointsError extends Error {
  constructor(readonly value: unknown) {
    super(`not a whole number of hundredths of a point: ${String(value)}`);
  }
}

/**
 * 12.5 → 1250. Throws on anything that is not a finite multiple of 0.01: the number read from
 * YAML is the double nearest its decimal, and so is the quotient of its hundredths by 100.
 */
export function toHundredths(points: number): Hundredths {
  if (typeof points !== 'number' || !Number.isFinite(points)) throw new PointsError(points);
  const hundredths = Math.round(points * 100);
  if (!Number.isSafeInteger(hundredths) || hundredths / 100 !== points) throw new PointsError(points);
  return (hundredths === 0 ? 0 : hundredths) as Hundredths;
}

/** True when the number is a finite multiple of 0.01 (a number of points this arithmetic holds). */
export function isExactPoints(points: number): boolean {
  if (typeof points !== 'number' || !Number.isFinite(points)) return false;
  const hundredths = Math.round(points * 100);
  return Number.isSafeInteger(hundredths) && hundredths / 100 === points;
}

/** The step of a guide that says none: a quarter point, as every guide before `step` existed. */
export const defaultStep = 0.25;

/** True when the points are a whole number of steps (0.3 is not, in quarters; it is, in tenths). */
export function isOnStep(points: number, step: number): boolean {
  return isExactPoints(points) && isExactPoints(step) && toHundredths(points) % toHundredths(step) === 0;
}

/** The two multiples of the step either side of exact points, for a message ("1,25 hoặc 1,5"). */
export function stepsAround(points: number, step: number): [number, number] {
  const unit = toHundredths(step);
  const below = Math.floor(toHundredths(points) / unit) * unit;
  return [below / 100, (below + unit) / 100];
}

export const zero = 0 as Hundredths;

/** The sum, exact. */
export function add(...terms: readonly Hundredths[]): Hundredths {
  let sum = 0;
  for (const term of terms) sum += term;
  return sum as Hundredths;
}

export function subtract(from: Hundredths, amount: Hundredths): Hundredths {
  return (from - amount) as Hundredths;
}

/** The sum of numbers of points, each checked, as hundredths. */
export function sumPoints(points: readonly number[]): Hundredths {
  return add(...points.map(toHundredths));
}

export const min = (a: Hundredths, b: Hundredths): Hundredths => (a < b ? a : b);

/** 1250 hundredths → 12.5 (the double nearest the decimal, as YAML would read "12.5"). */
export function toPoints(hundredths: Hundredths): number {
  const points = hundredths / 100;
  return points === 0 ? 0 : points;
}

/** Vietnamese text: decimal comma, no trailing zeros: 1250 → "12,5", 8775 → "87,75", 810 → "8,1", 1000 → "10". */
export function formatPoints(hundredths: Hundredths): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  const fraction = cents === 0 ? '' : `,${String(cents).padStart(2, '0').replace(/0$/, '')}`;
  return `${sign}${whole}${fraction}`;
}

import { describe, expect, it } from 'vitest';
import { add, formatPoints, isQuarterPoints, PointsError, subtract, sumPoints, toPoints, toQuarters, zero, type Quarters } from '../../src/score/points.js';

describe('toQuarters', () => {
  it('counts quarter points', () => {
    expect(toQuarters(0)).toBe(0);
    expect(toQuarters(12.5)).toBe(50);
    expect(toQuarters(87.75)).toBe(351);
    expect(toQuarters(0.25)).toBe(1);
    expect(toQuarters(100)).toBe(400);
    expect(toQuarters(-1.5)).toBe(-6);
    expect(Object.is(toQuarters(-0), 0)).toBe(true);
  });

  it.each([0.1, 0.3, 0.2 + 0.1, 1.1, 12.6, 0.125, Number.NaN, Number.POSITIVE_INFINITY])('throws on %s', (value) => {
    expect(() => toQuarters(value)).toThrow(PointsError);
    expect(isQuarterPoints(value)).toBe(false);
  });

  it('throws on what is not a number', () => {
    expect(() => toQuarters('1' as unknown as number)).toThrow(PointsError);
  });
});

describe('exact sums', () => {
  it('0.25 forty times is exactly 10', () => {
    const q = toQuarters(0.25);
    const sum = add(...Array.from({ length: 40 }, () => q));
    expect(toPoints(sum)).toBe(10);
    expect(formatPoints(sum)).toBe('10');
  });

  it('33.75 + 0.5 + 12.25 is exactly 46.5', () => {
    expect(toPoints(sumPoints([33.75, 0.5, 12.25]))).toBe(46.5);
    expect(formatPoints(sumPoints([33.75, 0.5, 12.25]))).toBe('46,5');
  });

  it('where floats drift, quarters do not', () => {
    // Floats: 0.1 + 0.2 is not 0.3. Points never are tenths, but sums of many quarter
    // points must not depend on the order of the terms either.
    expect(0.1 + 0.2).not.toBe(0.3);
    const terms = [19.75, 0.25, 7.5, 12.75, 0.5, 33.25, 0.75, 20.25];
    const forward = sumPoints(terms);
    const backward = sumPoints([...terms].reverse());
    expect(forward).toBe(backward);
    expect(toPoints(forward)).toBe(95);
    const many = sumPoints(Array.from({ length: 1000 }, (_, i) => [0.25, 0.5, 0.75][i % 3]!));
    expect(toPoints(many)).toBe(333 * 1.5 + 0.25);
  });

  it('subtracts and adds nothing', () => {
    expect(add()).toBe(zero);
    expect(toPoints(subtract(toQuarters(97.5), toQuarters(1.75)))).toBe(95.75);
    expect(formatPoints(subtract(toQuarters(1), toQuarters(1.25)))).toBe('-0,25');
  });
});

describe('formatPoints', () => {
  it.each([
    [0, '0'],
    [0.25, '0,25'],
    [0.5, '0,5'],
    [0.75, '0,75'],
    [12.5, '12,5'],
    [87.75, '87,75'],
    [100, '100'],
    [-2.5, '-2,5'],
  ])('%s → %s', (points, text) => {
    expect(formatPoints(toQuarters(points))).toBe(text);
  });

  it('round-trips through toPoints', () => {
    for (let q = -8; q <= 800; q++) expect(toQuarters(toPoints(q as Quarters))).toBe(q);
  });
});

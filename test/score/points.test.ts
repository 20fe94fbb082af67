import { describe, expect, it } from 'vitest';
import {
  add,
  formatPoints,
  isExactPoints,
  isOnStep,
  PointsError,
  stepsAround,
  subtract,
  sumPoints,
  toHundredths,
  toPoints,
  zero,
  type Hundredths,
} from '../../src/score/points.js';

describe('toHundredths', () => {
  it('counts hundredths of a point', () => {
    expect(toHundredths(0)).toBe(0);
    expect(toHundredths(12.5)).toBe(1250);
    expect(toHundredths(87.75)).toBe(8775);
    expect(toHundredths(0.25)).toBe(25);
    expect(toHundredths(0.1)).toBe(10);
    expect(toHundredths(8.1)).toBe(810);
    expect(toHundredths(0.05)).toBe(5);
    expect(toHundredths(100)).toBe(10000);
    expect(toHundredths(-1.5)).toBe(-150);
    expect(Object.is(toHundredths(-0), 0)).toBe(true);
  });

  it.each([0.125, 1.005, 0.001, 12.345, Number.NaN, Number.POSITIVE_INFINITY, 1e300])('throws on %s', (value) => {
    expect(() => toHundredths(value)).toThrow(PointsError);
    expect(isExactPoints(value)).toBe(false);
  });

  it('0.2 + 0.1 as a float is not a number of points read from a file (0.30000000000000004)', () => {
    expect(isExactPoints(0.2 + 0.1)).toBe(false);
    expect(isExactPoints(0.3)).toBe(true);
  });

  it('throws on what is not a number', () => {
    expect(() => toHundredths('1' as unknown as number)).toThrow(PointsError);
  });

  it('every decimal of two places a file can hold reads back exactly', () => {
    for (let h = -1000; h <= 12000; h++) {
      const points = Number((h / 100).toFixed(2));
      expect(toHundredths(points)).toBe(h === 0 ? 0 : h);
      expect(toPoints(toHundredths(points))).toBe(points);
    }
  });
});

describe('steps', () => {
  it.each([
    [1.3, 0.25, false],
    [1.25, 0.25, true],
    [1.3, 0.1, true],
    [8.15, 0.1, false],
    [8.15, 0.05, true],
    [2.5, 0.5, true],
    [2.5, 1, false],
    [0.7, 0.2, false],
    [0.6, 0.2, true],
  ])('%s on a step of %s: %s', (points, step, on) => {
    expect(isOnStep(points, step)).toBe(on);
  });

  it('the two multiples of the step either side', () => {
    expect(stepsAround(1.3, 0.25)).toEqual([1.25, 1.5]);
    expect(stepsAround(8.15, 0.1)).toEqual([8.1, 8.2]);
    expect(stepsAround(0.07, 0.05)).toEqual([0.05, 0.1]);
  });
});

describe('exact sums', () => {
  it('0.25 forty times is exactly 10; 0.1 a hundred times exactly 10', () => {
    const sum = add(...Array.from({ length: 40 }, () => toHundredths(0.25)));
    expect(toPoints(sum)).toBe(10);
    expect(formatPoints(sum)).toBe('10');
    expect(toPoints(sumPoints(Array.from({ length: 100 }, () => 0.1)))).toBe(10);
  });

  it('33.75 + 0.5 + 12.25 is exactly 46.5; 8.1 + 0.2 + 1.7 is exactly 10', () => {
    expect(toPoints(sumPoints([33.75, 0.5, 12.25]))).toBe(46.5);
    expect(formatPoints(sumPoints([33.75, 0.5, 12.25]))).toBe('46,5');
    expect(toPoints(sumPoints([8.1, 0.2, 1.7]))).toBe(10);
  });

  it('where floats drift, hundredths do not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(toPoints(sumPoints([0.1, 0.2]))).toBe(0.3);
    const terms = [19.75, 0.25, 7.5, 12.75, 0.5, 33.25, 0.75, 20.25, 0.1, 0.9];
    expect(sumPoints(terms)).toBe(sumPoints([...terms].reverse()));
    expect(toPoints(sumPoints(terms))).toBe(96);
    const many = sumPoints(Array.from({ length: 1000 }, (_, i) => [0.1, 0.2, 0.3][i % 3]!));
    expect(toPoints(many)).toBe(199.9);
  });

  it('subtracts and adds nothing', () => {
    expect(add()).toBe(zero);
    expect(toPoints(subtract(toHundredths(97.5), toHundredths(1.75)))).toBe(95.75);
    expect(formatPoints(subtract(toHundredths(1), toHundredths(1.25)))).toBe('-0,25');
  });
});

describe('formatPoints', () => {
  it.each([
    [0, '0'],
    [0.25, '0,25'],
    [0.5, '0,5'],
    [0.75, '0,75'],
    [0.1, '0,1'],
    [8.1, '8,1'],
    [0.05, '0,05'],
    [12.5, '12,5'],
    [87.75, '87,75'],
    [100, '100'],
    [-2.5, '-2,5'],
    [-0.05, '-0,05'],
  ])('%s → %s', (points, text) => {
    expect(formatPoints(toHundredths(points))).toBe(text);
  });

  it('round-trips through toPoints', () => {
    for (let h = -800; h <= 12000; h++) expect(toHundredths(toPoints(h as Hundredths))).toBe(h);
  });
});

// The scoring core (src/score/score-units.ts) on the shipped example, checked against sums
// recomputed here from the YAML in whole quarters, with no code of src/score.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Criterion, ScoreSheets, ScoringScheme, Stage } from '../../src/model/scoring-types.js';
import type { Organisation } from '../../src/model/types.js';
import { toPoints } from '../../src/score/points.js';
import { scoreUnits } from '../../src/score/score-units.js';

const folder = '../../plans/2024/dinh-quan/';
const load = <T>(file: string) => parse(readFileSync(new URL(folder + file, import.meta.url), 'utf8')) as T;
const scheme = load<ScoringScheme>('huong-dan-cham-diem.yaml');
const sheets = load<ScoreSheets>('cham-diem.yaml');
const org = load<Organisation>('to-chuc.yaml');

const leaves = (list: Criterion[]): Criterion[] => list.flatMap((c) => (c.criteria ? leaves(c.criteria) : [c]));
const q = (n: unknown) => Math.round(((n as number | undefined) ?? 0) * 100);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Criteria + bonus (capped) - deductions, in integer quarters, straight from the YAML. */
function recomputed(unit: string, stage: Stage): number {
  const sheet = sheets.sheets.find((s) => s.unit === unit)!;
  const criteria = sum(scheme.sections.flatMap((s) => leaves(s.criteria)).map((l) => q(sheet.scores[l.id]?.[stage])));
  const bonus = Math.min(q(scheme.bonus!.cap), sum((sheet.bonus ?? []).map((b) => q(b[stage]))));
  const deductions = sum((sheet.deductions ?? []).map((d) => q(d[stage])));
  return criteria + bonus - deductions;
}

describe('scoreUnits on the shipped example', () => {
  const units = scoreUnits(scheme, sheets.sheets, org, 'final');
  const byId = new Map(units.map((u) => [u.unit, u]));

  it('scores the 14 units, totals equal to the recomputed sums at every stage', () => {
    expect(units).toHaveLength(14);
    for (const stage of ['self', 'cluster', 'final'] as const) {
      for (const u of scoreUnits(scheme, sheets.sheets, org, stage)) {
        expect(u.total, `${u.unit} ${stage}`).toBe(recomputed(u.unit, stage));
        expect(u.total).toBe(q(sheets.sheets.find((s) => s.unit === u.unit)!.totals![stage]));
      }
    }
    for (const u of units) expect(sum(u.sections.map((s) => s.subtotal)) + u.bonus - u.deductions).toBe(u.total);
    expect(toPoints(byId.get('tuc-trung')!.total)).toBe(59.75);
  });

  it('separates the two units at 90,25 by their self total; ranks 1..14 in order', () => {
    const [a, b] = [byId.get('tt-dinh-quan')!, byId.get('phu-vinh')!];
    expect(toPoints(a.total)).toBe(90.25);
    expect(toPoints(b.total)).toBe(90.25);
    expect(a.selfTotal).toBeGreaterThan(b.selfTotal);
    expect(a.rank).toBeLessThan(b.rank);
    expect([a.tie, b.tie]).toEqual([false, false]);
    expect(units.map((u) => u.rank)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(a.clusterRank).toBe(1);
    expect(b.clusterRank).toBe(2);
  });

  it('shows units equal on every tie-break key as tied, sharing the rank, listed by name', () => {
    const scored = scoreUnits({ ...scheme, tieBreak: ['total'] }, sheets.sheets, org, 'final');
    const tied = scored.filter((u) => toPoints(u.total) === 90.25);
    expect(tied.map((u) => u.name)).toEqual(['Định Quán', 'Phú Vinh']);
    expect(tied.map((u) => [u.rank, u.tie])).toEqual([[2, true], [2, true]]);
    expect(scored.find((u) => u.rank === 3)).toBeUndefined();
    expect(scored.find((u) => u.unit === 'la-nga')!.rank).toBe(4);
    // The file order does not matter.
    const reversed = scoreUnits({ ...scheme, tieBreak: ['total'] }, [...sheets.sheets].reverse(), org, 'final');
    expect(reversed.map((u) => [u.unit, u.rank])).toEqual(scored.map((u) => [u.unit, u.rank]));
  });

  it('does not rank tt-dinh-quan "xuất sắc": a criterion below half its points', () => {
    expect(toPoints(byId.get('tt-dinh-quan')!.total)).toBeGreaterThanOrEqual(90);
    expect(byId.get('tt-dinh-quan')!.class).toBe('tot');
    expect(byId.get('phu-vinh')!.class).toBe('xuat-sac');
    expect(byId.get('tuc-trung')!.class).toBe('khong-hoan-thanh');
  });

  it('proposes at most one Cờ thi đua per cluster, and keeps the awards within their limits', () => {
    for (const cluster of org.clusters!) {
      const flags = units.filter((u) => u.cluster === cluster.id && u.award === 'co-thi-dua');
      expect(flags.length).toBeLessThanOrEqual(1);
      for (const u of flags) expect([u.clusterRank, u.class]).toEqual([1, 'xuat-sac']);
    }
    expect(byId.get('phu-loi')!.award).toBe('co-thi-dua');
    expect(units.filter((u) => u.award === 'bang-khen').length).toBeLessThanOrEqual(2);
    expect(units.filter((u) => u.award === 'giay-khen').length).toBeLessThanOrEqual(4);
    for (const u of units.filter((x) => x.award === 'giay-khen')) expect(toPoints(u.total)).toBeGreaterThanOrEqual(85);
  });

  it('gives no award to part of a tie that the limit cannot hold whole', () => {
    const tight = { ...scheme, tieBreak: ['total' as const], awards: [{ id: 'x', name: 'X', limits: { overall: 2 } }] };
    const scored = scoreUnits(tight, sheets.sheets, org, 'final');
    expect(scored.filter((u) => u.award === 'x').map((u) => u.unit)).toEqual(['phu-loi']);
  });

  it('adds quarter points exactly: 0.1 + 0.2 style sums do not drift', () => {
    const sheet = { unit: 'gia-canh', scores: { 'i-1-1': { final: 0.25 }, 'i-1-2': { final: 0.5 }, 'i-3': { final: 0.75 } } };
    const [u] = scoreUnits(scheme, [sheet], org, 'final');
    expect(toPoints(u!.total)).toBe(1.5);
    expect(toPoints(u!.sections[0]!.subtotal)).toBe(1.5);
  });
});

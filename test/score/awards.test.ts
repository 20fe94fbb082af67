// Award quotas (src/score/awards.ts): a per-cluster quota is decided inside the cluster, by the
// cluster's ranking; the overall limit by the overall ranking; a tie a limit cannot hold whole gets
// nothing, nor does anyone below it in that scope. Checked on the two-cluster case and on
// 1,000 units against an allocation worked out here, independently of src/score.
import { describe, expect, it } from 'vitest';
import type { AwardRule, ScoringScheme, Sheet } from '../../src/model/scoring-types.js';
import type { Organisation } from '../../src/model/types.js';
import { scoreUnits } from '../../src/score/score-units.js';
import { checkSchemeSums } from '../../src/check/checks/scores.js';
import { testScheme } from '../helpers/scheme.js';

/** One criterion worth 100; bands by total; the awards given. */
function schemeWith(awards: AwardRule[]): ScoringScheme {
  return testScheme({
    classes: [
      { id: 'xuat-sac', name: 'Xuất sắc', min: 90 },
      { id: 'tot', name: 'Tốt', min: 70, max: 90 },
      { id: 'kha', name: 'Khá', min: 0, max: 70 },
    ],
    awards,
    tieBreak: ['total'],
  });
}

function run(clusters: Record<string, Record<string, number>>, awards: AwardRule[]) {
  const org = {
    kind: 'to-chuc',
    id: 'x',
    name: 'X',
    units: Object.values(clusters).flatMap((m) => Object.keys(m).map((id) => ({ id, kind: 'xã', name: id }))),
    clusters: Object.entries(clusters).map(([id, members]) => ({ id, name: `Cụm ${id}`, members: Object.keys(members) })),
  } as unknown as Organisation;
  const sheets: Sheet[] = Object.values(clusters).flatMap((m) => Object.entries(m).map(([unit, total]) => ({ unit, scores: { c: { final: total } } })));
  return scoreUnits(schemeWith(awards), sheets, org, 'final');
}

const awarded = (units: ReturnType<typeof run>, id: string) =>
  units
    .filter((u) => u.awards.some((a) => a.id === id))
    .map((u) => u.unit)
    .sort();

describe('a per-cluster quota is decided inside the cluster', () => {
  it('the issue\'s case: a1 leads Cụm A alone and gets the Giấy khen though it ties b2 of Cụm B overall', () => {
    const units = run({ A: { a1: 90, a2: 85 }, B: { b1: 95, b2: 90 } }, [{ id: 'giay-khen', name: 'Giấy khen', limits: { perCluster: 1 } }]);
    expect(awarded(units, 'giay-khen')).toEqual(['a1', 'b1']);
  });

  it('a tie inside a cluster that the quota cannot hold: neither gets it, nor anyone below them there; the other cluster is not touched', () => {
    const units = run({ A: { a1: 90, a2: 90, a3: 80 }, B: { b1: 90, b2: 70 } }, [{ id: 'g', name: 'G', limits: { perCluster: 1 } }]);
    expect(awarded(units, 'g')).toEqual(['b1']);
  });

  it('the overall limit after the cluster quotas, by overall rank; a tie it cannot hold closes the award', () => {
    const rules = [{ id: 'g', name: 'G', limits: { perCluster: 2, overall: 3 } }];
    // Quotas admit a1, a2, b1, b2; overall 3: a1 95, b1 92, then a2 and b2 tie at 88: none of them.
    expect(awarded(run({ A: { a1: 95, a2: 88, a3: 87 }, B: { b1: 92, b2: 88 } }, rules), 'g')).toEqual(['a1', 'b1']);
    expect(awarded(run({ A: { a1: 95, a2: 88, a3: 87 }, B: { b1: 92, b2: 86 } }, rules), 'g')).toEqual(['a1', 'a2', 'b1']);
  });

  it('a unit passed over for one award is considered for the next', () => {
    const rules: AwardRule[] = [
      { id: 'co', name: 'Cờ', limits: { perCluster: 1 } },
      { id: 'bk', name: 'Bằng khen', classes: ['xuat-sac'], limits: { overall: 2 } },
    ];
    const units = run({ A: { a1: 99, a2: 95, a3: 91 }, B: { b1: 97, b2: 93 } }, rules);
    expect(awarded(units, 'co')).toEqual(['a1', 'b1']);
    expect(awarded(units, 'bk')).toEqual(['a2', 'b2']);
  });
});

/** A deterministic stream of numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('1,000 units in 50 clusters, against an allocation worked out here', () => {
  it('the same awards as the rule says, unit by unit (many ties across clusters)', () => {
    const next = random(2025);
    const clusters: Record<string, Record<string, number>> = {};
    for (let c = 0; c < 50; c++) {
      clusters[`c${c}`] = {};
      // Totals on a coarse grid (whole points 60..100): ties across and within clusters are common.
      for (let u = 0; u < 20; u++) clusters[`c${c}`]![`u${c}-${u}`] = 60 + Math.floor(next() * 41);
    }
    const rules: AwardRule[] = [
      { id: 'co', name: 'Cờ thi đua', classes: ['xuat-sac'], limits: { perCluster: 1 } },
      { id: 'gk', name: 'Giấy khen', minTotal: 85, limits: { perCluster: 2, overall: 60 } },
    ];
    const units = run(clusters, rules);

    // Independently: per cluster, sort by total; take whole ties while the quota holds.
    const total = new Map(Object.values(clusters).flatMap((m) => Object.entries(m)));
    const cluster = new Map(Object.entries(clusters).flatMap(([c, m]) => Object.keys(m).map((u) => [u, c] as const)));
    const given = new Map<string, string>();
    const inQuota = (candidates: string[], quota: number) => {
      const out: string[] = [];
      const levels = [...new Set(candidates.map((u) => total.get(u)!))].sort((a, b) => b - a);
      for (const level of levels) {
        const tied = candidates.filter((u) => total.get(u) === level);
        if (out.length + tied.length > quota) break;
        out.push(...tied);
      }
      return out;
    };
    for (const rule of rules) {
      const eligible = [...total.keys()].filter(
        (u) => !given.has(u) && (rule.classes ? total.get(u)! >= 90 : true) && (rule.minTotal === undefined || total.get(u)! >= rule.minTotal),
      );
      const admitted = Object.keys(clusters).flatMap((c) => inQuota(eligible.filter((u) => cluster.get(u) === c), rule.limits!.perCluster!));
      for (const u of inQuota(admitted, rule.limits!.overall ?? Infinity)) given.set(u, rule.id);
    }

    const mine = new Map(units.filter((u) => u.award !== null).map((u) => [u.unit, u.award!]));
    expect(units).toHaveLength(1000);
    expect(mine.size).toBeGreaterThan(50);
    expect([...mine].sort()).toEqual([...given].sort());
    // Every cluster with a unit of 90 or more that leads it alone has its flag.
    for (const c of Object.keys(clusters)) {
      const members = Object.entries(clusters[c]!).sort((a, b) => b[1] - a[1]);
      const [first, second] = members;
      if (first![1] >= 90 && first![1] > second![1]) expect(mine.get(first![0]), c).toBe('co');
    }
  });
});

describe('several awards per unit, and awards that exclude each other', () => {
  it('a Cờ per cluster, then a Bằng khen that combines: the flag-holder may hold both unless excluded', () => {
    const clusters = { A: { a1: 99, a2: 95, a3: 91 }, B: { b1: 97, b2: 93 } };
    const both: AwardRule[] = [
      { id: 'co', name: 'Cờ', limits: { perCluster: 1 } },
      { id: 'bk', name: 'Bằng khen', combines: true, limits: { overall: 3 } },
    ];
    const units = run(clusters, both);
    expect(awarded(units, 'co')).toEqual(['a1', 'b1']);
    expect(awarded(units, 'bk')).toEqual(['a1', 'a2', 'b1']);
    const a1 = units.find((u) => u.unit === 'a1')!;
    expect(a1.awards.map((a) => a.id)).toEqual(['co', 'bk']);
    expect(a1.award).toBe('co'); // the first, as before

    const excluded: AwardRule[] = [both[0]!, { ...both[1]!, excludes: ['co'] }];
    const again = run(clusters, excluded);
    expect(awarded(again, 'bk')).toEqual(['a2', 'a3', 'b2']);
    for (const u of again) expect(u.awards.length).toBeLessThanOrEqual(1);
  });

  it('without "combines", one award per unit, as every guide written before meant', () => {
    const units = run({ A: { a1: 99, a2: 95 } }, [
      { id: 'co', name: 'Cờ', limits: { perCluster: 1 } },
      { id: 'bk', name: 'Bằng khen', limits: { overall: 5 } },
    ]);
    expect(units.map((u) => u.awards.map((a) => a.id))).toEqual([['co'], ['bk']]);
  });
});

describe('the council\'s recorded decision on a tie', () => {
  const rules: AwardRule[] = [{ id: 'co', name: 'Cờ', limits: { perCluster: 1 } }];
  const clusters = { A: { a1: 95, a2: 95, a3: 90 }, B: { b1: 92 } };

  it('without one, a tie the quota cannot hold gets nothing; with one, the chosen unit gets it and no one below', () => {
    expect(awarded(run(clusters, rules), 'co')).toEqual(['b1']);
    const org = {
      kind: 'to-chuc',
      id: 'x',
      name: 'X',
      units: ['a1', 'a2', 'a3', 'b1'].map((id) => ({ id, kind: 'xã', name: id })),
      clusters: [
        { id: 'A', name: 'Cụm A', members: ['a1', 'a2', 'a3'] },
        { id: 'B', name: 'Cụm B', members: ['b1'] },
      ],
    } as unknown as Organisation;
    const sheets: Sheet[] = Object.values(clusters).flatMap((m) => Object.entries(m).map(([unit, total]) => ({ unit, scores: { c: { final: total } } })));
    const decided = scoreUnits(schemeWith(rules), sheets, org, 'final', [{ award: 'co', units: ['a2'], note: 'Biên bản họp Hội đồng ngày 10/12/2024' }]);
    expect(awarded(decided, 'co')).toEqual(['a2', 'b1']);
  });
});

describe('an award that excludes one the guide does not have', () => {
  it('is reported at that id (score/unknown-criterion), not ignored', () => {
    const scheme = schemeWith([
      { id: 'co', name: 'Cờ' },
      { id: 'bk', name: 'Bằng khen', combines: true, excludes: ['co-thi-dau'] },
    ]);
    expect(checkSchemeSums({ kind: 'huong-dan-cham-diem', data: scheme } as never, {} as never)).toEqual([
      { rule: 'score/unknown-criterion', path: ['awards', 1, 'excludes', 0], args: { id: 'co-thi-dau', what: 'award' } },
    ]);
  });
});

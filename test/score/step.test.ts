// A guide in tenths of a point ("step: 0.1"): scores such as 8,1 add up exactly (0.1 + 0.2 is 0,3,
// not 0.30000000000000004), are printed as the guide writes them, and a guide that says nothing
// keeps its quarter points.
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../../src/model/scoring-types.js';
import { formatPoints, toPoints } from '../../src/score/points.js';
import { scoreUnits } from '../../src/score/score-units.js';
import { tempFolders } from '../helpers/fixtures.js';
import { run } from '../helpers/run.js';
import { testScheme } from '../helpers/scheme.js';
import { shippedYear } from '../helpers/scoring-repo.js';

const write = tempFolders();

/** A small deterministic generator (no Math.random: the same run every time). */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('a guide in tenths', () => {
  // Three sections of 4 criteria, 8,5 points each (tenths): 102 points, capped bonus of 3,5.
  const criteria = (s: number) => Array.from({ length: 4 }, (_, k) => ({ id: `c${s}-${k}`, code: String(k + 1), title: 'C', max: 8.5 }));
  const scheme = testScheme({
    step: 0.1,
    total: 105.5,
    sections: [1, 2, 3].map((s) => ({ id: `s${s}`, code: 'I'.repeat(s), title: 'S', max: 34, criteria: criteria(s) })),
    bonus: { cap: 3.5, items: [{ id: 'b', title: 'B', max: 2.7 }, { id: 'b2', title: 'B2', max: 2.3 }] },
    deductions: { items: [{ id: 'd', title: 'D', max: 1.9 }] },
  });
  const leafIds = scheme.sections.flatMap((s) => s.criteria.map((c) => c.id));

  it('1,000 units: every total equals an independent sum in whole tenths', () => {
    const next = lcg(7);
    const tenth = (max: number) => Math.floor(next() * (max * 10 + 1)) / 10;
    const sheets: Sheet[] = Array.from({ length: 1000 }, (_, i) => ({
      unit: `u${i}`,
      scores: Object.fromEntries(leafIds.map((id) => [id, { final: tenth(8.5) }])),
      bonus: [{ item: 'b', final: tenth(2.7) }, { item: 'b2', final: tenth(2.3) }],
      deductions: [{ item: 'd', final: tenth(1.9) }],
    }));
    const units = scoreUnits(scheme, sheets, undefined, 'final');
    const t = (n: unknown) => Math.round((n as number) * 10);
    let floatsDrift = 0;
    for (const u of units) {
      const sheet = sheets.find((s) => s.unit === u.unit)!;
      const criteriaTenths = leafIds.reduce((sum, id) => sum + t(sheet.scores[id]!.final), 0);
      const bonusTenths = Math.min(35, t(sheet.bonus![0]!.final) + t(sheet.bonus![1]!.final));
      const expected = criteriaTenths + bonusTenths - t(sheet.deductions![0]!.final);
      expect(toPoints(u.total)).toBe(expected / 10);
      expect(formatPoints(u.total)).toBe((expected / 10).toFixed(1).replace(/\.0$/, '').replace('.', ','));
      // The same sum in floats, as a spreadsheet would add it.
      const float = leafIds.reduce((sum, id) => sum + (sheet.scores[id]!.final as number), 0);
      if (float !== criteriaTenths / 10) floatsDrift++;
    }
    // Floats would have been wrong on many of these sums: the test is not one they pass by luck.
    expect(floatsDrift).toBeGreaterThan(100);
  });
});

describe('plan score and plan check of a guide in twentieths (step: 0.05)', () => {
  const year = () =>
    write(
      shippedYear({
        guide: (g) => {
          g.step = 0.05;
        },
        texts: {
          'cham-diem.yaml': (t) =>
            t
              .replace('i-3: { self: 3.25, cluster: 3.25, final: 3.25 }', "i-3: { self: 3.25, cluster: 3.25, final: 3.1, reason: 'Hội đồng chấm lại.' }")
              .replace('i-4: { self: 3.75, cluster: 3.75, final: 3.75 }', "i-4: { self: 3.75, cluster: 3.75, final: 3.85, reason: 'Hội đồng chấm lại.' }")
              .replace('totals: { self: 93.5, cluster: 90.5, final: 90.25 }', 'totals: { self: 93.5, cluster: 90.5, final: 90.2 }'),
        },
      }),
    );

  it('checks clean, and the first unit totals 90,2 (90,25 - 0,15 + 0,1)', async () => {
    const cwd = year();
    const check = await run(['check', '--today', '2024-12-31'], { cwd });
    expect(check.code, check.stdout).toBe(0);
    const json = JSON.parse((await run(['score', '--format', 'json'], { cwd })).stdout) as { unit: string; total: number }[];
    expect(json.find((u) => u.unit === 'tt-dinh-quan')!.total).toBe(90.2);
    const table = await run(['score'], { cwd });
    expect(table.stdout).toMatch(/│ +90,2 │/);
  });

  it('the same points under the default step (a quarter): reported at each, with the nearest quarters', async () => {
    const cwd = write(
      shippedYear({
        texts: { 'cham-diem.yaml': (t) => t.replace('i-3: { self: 3.25, cluster: 3.25, final: 3.25 }', "i-3: { self: 3.25, cluster: 3.25, final: 3.1, reason: 'Hội đồng chấm lại.' }") },
      }),
    );
    const check = await run(['check', '--today', '2024-12-31', '--format', 'json'], { cwd });
    const rules = (JSON.parse(check.stdout) as { diagnostics: { rule: string; args: Record<string, unknown> }[] }).diagnostics;
    expect(rules.filter((d) => d.rule === 'score/step').map((d) => d.args)).toMatchObject([{ value: 3.1, below: 3, above: 3.25 }]);
    expect(check.code).toBe(1);
  });
});

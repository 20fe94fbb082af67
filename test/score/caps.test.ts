// Guides as they are written (issue 16, points 4 and 5): a cap on the total ("95 + bonus, at most
// 100"), a nominal maximum apart from the bonus (97 + 10 = 107 on a scale of 100), and a group
// whose maximum bounds its items (group 15, items adding to 17). Every scheme valid before keeps
// its meaning: without these fields nothing changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScoringScheme, Sheet } from '../../src/model/scoring-types.js';
import { toPoints } from '../../src/score/points.js';
import { tally } from '../../src/score/tally.js';
import { checkSchemeSums } from '../../src/check/checks/scores.js';
import { printedLines, readDocx } from '../helpers/docx.js';
import { tempFolders } from '../helpers/fixtures.js';
import { run, type JsonReport } from '../helpers/run.js';
import { shippedYear } from '../helpers/scoring-repo.js';
import { testScheme } from '../helpers/scheme.js';

const write = tempFolders();

function scheme(over: Partial<ScoringScheme> = {}): ScoringScheme {
  return testScheme({
    sections: [
      {
        id: 'a',
        code: 'I',
        title: 'A',
        max: 15,
        capped: true,
        criteria: [
          { id: 'a1', code: '1', title: 'a1', max: 9 },
          { id: 'a2', code: '2', title: 'a2', max: 8 },
        ],
      },
      {
        id: 'b',
        code: 'II',
        title: 'B',
        max: 80,
        criteria: [
          {
            id: 'b1',
            code: '1',
            title: 'b1',
            max: 40,
            capped: true,
            criteria: [
              { id: 'b11', code: '1.1', title: 'b11', max: 25 },
              { id: 'b12', code: '1.2', title: 'b12', max: 25 },
            ],
          },
          { id: 'b2', code: '2', title: 'b2', max: 40 },
        ],
      },
    ],
    bonus: { cap: 10, items: [{ id: 'x', title: 'x', max: 10 }] },
    deductions: { items: [{ id: 'd', title: 'd', max: 5 }] },
    cap: 100,
    ...over,
  });
}

const sheet = (points: Record<string, number>, bonus = 0, deduction = 0): Sheet => ({
  unit: 'u',
  scores: Object.fromEntries(Object.entries(points).map(([id, p]) => [id, { final: p }])),
  bonus: [{ item: 'x', final: bonus }],
  deductions: [{ item: 'd', final: deduction }],
});

describe('a group whose maximum bounds its items', () => {
  it('items scored 9 + 8 = 17 in a group of 15: the section counts 15; a nested group of 40 whose items make 50 counts 40', () => {
    const t = tally(scheme({ cap: undefined, total: 105 }), sheet({ a1: 9, a2: 8, b11: 25, b12: 25, b2: 30 }), 'final');
    expect(t.sections.map((s) => toPoints(s.subtotal))).toEqual([15, 70]);
    expect(toPoints(t.total)).toBe(85);
  });

  it('below the cap the items count as they are', () => {
    const t = tally(scheme({ cap: undefined, total: 105 }), sheet({ a1: 5, a2: 4, b11: 10, b12: 12, b2: 20 }), 'final');
    expect(t.sections.map((s) => toPoints(s.subtotal))).toEqual([9, 42]);
  });

  it('the check: a capped group whose items add up to more passes; to less, it cannot be reached (score/scheme-sum)', () => {
    const ok = scheme({ cap: undefined, total: 105 });
    expect(checkSchemeSums({ kind: 'huong-dan-cham-diem', data: ok } as never, {} as never)).toEqual([]);
    const short = structuredClone(ok);
    short.sections[0]!.criteria[1]!.max = 5; // 9 + 5 = 14 < 15
    const found = checkSchemeSums({ kind: 'huong-dan-cham-diem', data: short } as never, {} as never);
    expect(found).toEqual([{ rule: 'score/scheme-sum', path: ['sections', 0, 'max'], args: { expected: 14, found: 15, what: 'section', capped: 'yes' } }]);
    // Without "capped", the maximum must equal the sum as before.
    const plain = structuredClone(ok);
    delete plain.sections[0]!.capped;
    expect(checkSchemeSums({ kind: 'huong-dan-cham-diem', data: plain } as never, {} as never)[0]).toMatchObject({ args: { expected: 17, found: 15, what: 'section' } });
  });
});

describe('a cap on the total: 95 + bonus, at most 100; deductions after', () => {
  const capped = scheme();

  it('93 + a bonus of 9 is 100, not 102; a deduction of 1 then makes 99', () => {
    const full = { a1: 9, a2: 8, b11: 25, b12: 25, b2: 38 }; // 15 + 78 = 93
    expect(toPoints(tally(capped, sheet(full, 9), 'final').total)).toBe(100);
    expect(toPoints(tally(capped, sheet(full, 9, 1), 'final').total)).toBe(99);
    expect(toPoints(tally(capped, sheet(full, 3), 'final').total)).toBe(96);
  });

  it('the check: total 100 with a cap of 100 (sections 95, bonus cap 10) adds up; without the cap it would be 105', () => {
    expect(checkSchemeSums({ kind: 'huong-dan-cham-diem', data: capped } as never, {} as never)).toEqual([]);
    const uncapped = scheme({ cap: undefined });
    expect(checkSchemeSums({ kind: 'huong-dan-cham-diem', data: uncapped } as never, {} as never)).toEqual([
      { rule: 'score/scheme-sum', path: ['total'], args: { expected: 105, found: 100, what: 'total' } },
    ]);
  });
});

describe('the shipped guide with these fields, end to end', () => {
  const repo = (change: (g: Record<string, unknown>) => void) => write(shippedYear({ guide: change }));

  it('a nominal maximum: the scoring report prints "100 điểm", not sections plus bonus', async () => {
    // The shipped guide: sections 95, bonus cap 5, total 100. Raised to a bonus cap of 25 (total 120), nominal 100.
    const cwd = repo((g) => {
      (g.bonus as { cap: number }).cap = 25;
      g.total = 120;
      g.nominal = 100;
    });
    const check = await run(['check', '--today', '2024-12-31', '--format', 'json'], { cwd });
    expect((JSON.parse(check.stdout) as JsonReport).diagnostics.filter((d) => d.file.endsWith('huong-dan-cham-diem.yaml'))).toEqual([]);
    const r = await run(['render', 'cham-diem', '-o', 'out.docx'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const text = printedLines(await readDocx(readFileSync(join(cwd, 'out.docx')))).join('\n');
    expect(text).toContain('100 điểm của hướng dẫn');
    expect(text).not.toContain('120 điểm của hướng dẫn');
  });

  it('a total cap on the shipped guide: every total at most the cap, stated totals checked against the capped sum', async () => {
    const cwd = repo((g) => {
      g.cap = 90;
      g.total = 90;
    });
    const check = await run(['check', '--today', '2024-12-31', '--format', 'json'], { cwd });
    const found = (JSON.parse(check.stdout) as JsonReport).diagnostics.map((d) => d.rule);
    // The shipped sheets state totals above 90: each is now off by the cap.
    expect(found.every((r) => r === 'score/stated-total')).toBe(true);
    expect(found.length).toBeGreaterThan(0);
    const score = JSON.parse((await run(['score', '--format', 'json'], { cwd })).stdout) as { total: number }[];
    expect(Math.max(...score.map((u) => u.total))).toBeLessThanOrEqual(90);
  });
});

// Names in order as a clerk lists them ("Quận 2" before "Quận 10", Vietnamese letters), and the
// clusters by their names in the tables, JSON and --diff (src/model/collate.ts, src/score/).
import { describe, expect, it } from 'vitest';
import type { ScoringScheme, Sheet } from '../../src/model/scoring-types.js';
import type { Organisation } from '../../src/model/types.js';
import { scoreUnits } from '../../src/score/score-units.js';
import { compareNames } from '../../src/model/collate.js';
import { run } from '../helpers/run.js';
import { testScheme } from '../helpers/scheme.js';

const scheme: ScoringScheme = testScheme({ tieBreak: ['total', 'name'] });

describe('names in natural Vietnamese order', () => {
  it('compareNames: numbers by value, đ after d, tones after the bare letter', () => {
    const names = ['Quận 10', 'Quận 2', 'Phường Đông', 'Phường Dương', 'Quận 1', 'Xã Ấp 3', 'Xã An'];
    expect([...names].sort(compareNames)).toEqual(['Phường Dương', 'Phường Đông', 'Quận 1', 'Quận 2', 'Quận 10', 'Xã An', 'Xã Ấp 3']);
  });

  it('a tie broken by name: "Quận 2" ranks before "Quận 10"', () => {
    const org = {
      kind: 'to-chuc',
      id: 'x',
      name: 'X',
      units: [
        { id: 'q10', kind: 'quận', name: 'Quận 10' },
        { id: 'q2', kind: 'quận', name: 'Quận 2' },
      ],
    } as unknown as Organisation;
    const sheets: Sheet[] = [
      { unit: 'q10', scores: { c: { final: 90 } } },
      { unit: 'q2', scores: { c: { final: 90 } } },
    ];
    const units = scoreUnits(scheme, sheets, org, 'final');
    expect(units.map((u) => [u.name, u.rank])).toEqual([
      ['Quận 2', 1],
      ['Quận 10', 2],
    ]);
  });
});

describe('clusters by their names', () => {
  it('the table and --diff show "Cụm thi đua số 1", the JSON gives id and name', async () => {
    const table = await run(['score']);
    expect(table.stdout).toContain('│ Cụm thi đua số 2 │');
    expect(table.stdout).not.toMatch(/│ cum-\d/);
    const diff = await run(['score', '--diff']);
    expect(diff.stdout).toContain('│ Cụm thi đua số 1 │');
    const json = JSON.parse((await run(['score', '--format', 'json'])).stdout) as { cluster: string; clusterName: string }[];
    expect(json[0]).toMatchObject({ cluster: 'cum-2', clusterName: 'Cụm thi đua số 2' });
    const diffJson = JSON.parse((await run(['score', '--diff', '--format', 'json'])).stdout) as { cluster: string; clusterName: string }[];
    expect(diffJson[0]).toMatchObject({ cluster: 'cum-1', clusterName: 'Cụm thi đua số 1' });
  });
});

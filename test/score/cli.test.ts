// `plan score` in-process, on the shipped plans/.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

describe('plan score', () => {
  it('--year 2024 --format json: 14 units with the required keys', async () => {
    const { code, stdout, stderr } = await run(['score', '--year', '2024', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const units = JSON.parse(stdout) as Record<string, unknown>[];
    expect(units).toHaveLength(14);
    for (const u of units) {
      for (const key of ['unit', 'name', 'cluster', 'total', 'rank', 'clusterRank', 'class', 'award', 'sections', 'bonus', 'deductions', 'tie']) {
        expect(u, key).toHaveProperty(key);
      }
      expect(Object.keys(u.sections as object)).toHaveLength(5);
    }
  });

  it('the table writes points the Vietnamese way', async () => {
    const { code, stdout } = await run(['score']);
    expect(code).toBe(0);
    expect(stdout).toContain('90,25');
    expect(stdout).toContain('Hoàn thành xuất sắc nhiệm vụ');
  });

  it('--cluster cum-2 keeps its 7 units; --diff lists what the council changed', async () => {
    const cluster = JSON.parse((await run(['score', '--cluster', 'cum-2', '--format', 'json'])).stdout) as { cluster: string }[];
    expect(cluster).toHaveLength(7);
    expect(new Set(cluster.map((u) => u.cluster))).toEqual(new Set(['cum-2']));
    const diff = JSON.parse((await run(['score', '--diff', '--format', 'json'])).stdout) as { self: number; final: number; difference: number }[];
    expect(diff.length).toBeGreaterThan(10);
    for (const d of diff) expect(d.final - d.self).toBe(d.difference);
  });

  it.each([
    [['--cluster', 'nope'], 'cum-1, cum-2'],
    [['--year', '1999'], '2024'],
    [['--body', 'nope'], 'dinh-quan'],
    [['--stage', 'nope'], 'final'],
  ])('%s: exit 2, listing the valid values', async (args, listed) => {
    const { code, stdout, stderr } = await run(['score', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(listed);
  });
});

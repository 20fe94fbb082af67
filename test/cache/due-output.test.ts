import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../helpers/run.js';

const folder = mkdtempSync(join(tmpdir(), 'plan-due-output-'));
cpSync(join(repoRoot, 'plans'), join(folder, 'plans'), { recursive: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `plan due` in-process with a terminal of the given width (and colour when asked). */
async function due(columns: number, env: Record<string, string> = {}, extra: string[] = []): Promise<string> {
  let out = '';
  const stdout = { write: (s: string) => (out += s), isTTY: false, columns };
  const stderr = { write: () => true };
  const code = await main({ argv: ['due', '--quarter', '2', '--year', '2024', '--today', '2024-07-10', ...extra], cwd: folder, env, stdout, stderr });
  expect(code).toBe(0);
  return out;
}

const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('the cached output of plan due', () => {
  it('is printed again only for the same rows, format, width and colour', async () => {
    const first = await due(120);
    expect(await due(120)).toBe(first);
    // Another width: laid out again, not the cached text.
    const narrow = await due(80);
    expect(widest(narrow)).toBeLessThanOrEqual(80);
    expect(widest(first)).toBeGreaterThan(80);
    // Colour forced: escapes, not the plain cached text.
    expect(await due(120, { FORCE_COLOR: '1' })).toMatch(/\u001b\[/);
    expect(await due(120)).toBe(first);
  });

  it('follows a change of the data and of today', async () => {
    const before = await due(100);
    const plan = join(folder, 'plans/2024/dinh-quan/ke-hoach.yaml');
    const text = readFileSync(plan, 'utf8');
    writeFileSync(plan, text.replace('Tổ chức sơ kết phong trào thi đua yêu nước gắn với', 'Tổ chức hội nghị sơ kết phong trào thi đua yêu nước gắn với'));
    const after = await due(100);
    expect(after).not.toBe(before);
    expect(after).toContain('hội nghị sơ kết');
    writeFileSync(plan, text);
    expect(await due(100)).toBe(before);
    // Another day: other days late.
    let other = '';
    await main({
      argv: ['due', '--quarter', '2', '--year', '2024', '--today', '2024-07-20'],
      cwd: folder,
      env: {},
      stdout: { write: (s: string) => (other += s), isTTY: false, columns: 100 } as never,
      stderr: { write: () => true },
    });
    expect(other).toContain('20 ngày');
    expect(before).not.toContain('20 ngày');
  });
});

// No edit is lost when edits race: `plan done`/`plan status` from two terminals (and `--fix`,
// and an editor saving meanwhile) on the same plan file, round after round. The file lock and the
// compare-and-swap are in src/io/ (lock.ts, update.ts).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { tasksOf } from '../../src/repo/tasks.js';
import { IoFailure } from '../../src/io/failure.js';
import { lockFile } from '../../src/io/lock.js';
import { updateFile } from '../../src/io/update.js';
import type { Plan } from '../../src/model/types.js';
import { emptyFolders, shipped, tempFolders } from '../helpers/fixtures.js';
import { repoRoot } from '../helpers/run.js';
import { ensureBuilt, spawnPlan, type SpawnResult } from '../helpers/spawn.js';

const write = tempFolders();
const emptyFolder = emptyFolders();
const PLAN = 'plans/2024/dinh-quan/ke-hoach.yaml';
const repo = () => write({ [PLAN]: shipped('ke-hoach'), 'plans/2024/dinh-quan/to-chuc.yaml': shipped('to-chuc') });

/** `plan ARGV` in `cwd`, started now and awaited later: several run at once. */
function start(argv: readonly string[], cwd: string): Promise<SpawnResult> {
  ensureBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'plan.js'), ...argv], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Each task's status and done date, by id, as the file says now. */
function statuses(cwd: string): Map<string, { status?: string; done?: string }> {
  const plan = parseDocument(readFileSync(join(cwd, PLAN), 'utf8')).toJS() as Plan;
  return new Map(tasksOf(plan).map(({ task }) => [task.id, { ...(task.status ? { status: task.status } : {}), ...(task.done ? { done: task.done } : {}) }]));
}

describe('edits that race on one plan file', () => {
  // Tasks that are not done in the shipped plan (as of its 20/06/2024 statuses).
  const open = ['kiem-tra', 'binh-xet', 'ke-hoach-kiem-tra', 'huong-dan-tong-ket'];

  it('three commands at once, round after round: every change is in the file, and each says so', async () => {
    const cwd = repo();
    const before = statuses(cwd);
    for (const id of open) expect(before.get(id)?.status, id).not.toBe('done');
    for (let round = 1; round <= 6; round++) {
      const date = `2024-06-${String(round).padStart(2, '0')}`;
      const results = await Promise.all([
        start(['done', 'kiem-tra', '--on', date], cwd),
        start(['done', 'binh-xet', '--on', date], cwd),
        start(['status', round % 2 ? 'ke-hoach-kiem-tra' : 'huong-dan-tong-ket', 'in-progress'], cwd),
      ]);
      for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0, stderr: '' });
      const now = statuses(cwd);
      expect(now.get('kiem-tra'), `round ${round}`).toEqual({ status: 'done', done: date });
      expect(now.get('binh-xet'), `round ${round}`).toEqual({ status: 'done', done: date });
      expect(now.get(round % 2 ? 'ke-hoach-kiem-tra' : 'huong-dan-tong-ket')?.status, `round ${round}`).toBe('in-progress');
      // Nothing else moved, and nothing is left beside the file.
      for (const [id, state] of before) if (!open.includes(id)) expect(now.get(id), id).toEqual(state);
      expect(readdirSync(join(cwd, 'plans/2024/dinh-quan')).sort()).toEqual(['ke-hoach.yaml', 'to-chuc.yaml']);
    }
    expect(spawnPlan(['check', '--today', '2024-06-30'], cwd).code).toBe(0);
  });

  it('plan check --fix and plan done at once: the fix and the status both land', async () => {
    // A doubled space in a text (line 73; the first match, line 3, is a comment, which --fix leaves).
    const text = shipped('ke-hoach').replace('  Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng', '  Ban Thường trực  Ủy ban MTTQ Việt Nam huyện xây dựng');
    expect(text).not.toBe(shipped('ke-hoach'));
    for (let round = 1; round <= 3; round++) {
      const cwd = write({ [PLAN]: text, 'plans/2024/dinh-quan/to-chuc.yaml': shipped('to-chuc') });
      const [fix, done] = await Promise.all([start(['check', '--fix', '--today', '2024-06-30'], cwd), start(['done', 'binh-xet', '--on', '2024-06-30'], cwd)]);
      expect(done.code, done.stderr).toBe(0);
      expect(fix.code, fix.stdout + fix.stderr).toBe(0);
      const after = readFileSync(join(cwd, PLAN), 'utf8');
      expect(after).not.toContain('Ban Thường trực  Ủy ban MTTQ Việt Nam huyện xây dựng');
      expect(after).toContain('Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng');
      expect(statuses(cwd).get('binh-xet')).toEqual({ status: 'done', done: '2024-06-30' });
    }
  });

  it('a lock another command holds: plan done waits for it, then writes', async () => {
    const cwd = repo();
    const path = join(cwd, PLAN);
    const held = await lockFile(path);
    expect(existsSync(`${path}.lock`)).toBe(true);
    const edit = start(['done', 'kiem-tra', '--on', '2024-06-10'], cwd);
    await new Promise((r) => setTimeout(r, 1500));
    // While the lock is held the file is not written...
    expect(statuses(cwd).get('kiem-tra')?.status).not.toBe('done');
    held.release();
    // ...and once it is let go, the edit is made.
    expect((await edit).code).toBe(0);
    expect(statuses(cwd).get('kiem-tra')).toEqual({ status: 'done', done: '2024-06-10' });
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('a lock left by a killed command (its process gone) is broken at once', () => {
    const cwd = repo();
    const path = join(cwd, PLAN);
    writeFileSync(`${path}.lock`, `${JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), token: 'dead' })}\n`);
    const r = spawnPlan(['done', 'kiem-tra', '--on', '2024-06-10'], cwd);
    expect(r, r.stderr).toMatchObject({ code: 0 });
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});

describe('updateFile: compare and swap (src/io/update.ts)', () => {
  const file = (text: string) => {
    const path = join(emptyFolder('plan-update-'), 'ke-hoach.yaml');
    writeFileSync(path, text);
    return path;
  };

  it('a change made by someone else meanwhile is kept: the edit is made again on the new bytes', async () => {
    const path = file('a: 1\n');
    let calls = 0;
    const written = await updateFile(path, (bytes) => {
      calls++;
      // An editor saves between our read and our write, the first time only.
      if (calls === 1) writeFileSync(path, 'a: 1\nb: 2\n');
      return `${bytes.toString()}c: 3\n`;
    });
    expect(written).toBe(true);
    expect(calls).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe('a: 1\nb: 2\nc: 3\n');
  });

  it('a file that changes under every attempt: nothing written, ECHANGED', async () => {
    const path = file('a: 0\n');
    let n = 0;
    const attempt = updateFile(path, () => {
      writeFileSync(path, `a: ${++n}\n`);
      return 'mine: 1\n';
    });
    await expect(attempt).rejects.toMatchObject({ name: 'IoFailure', code: 'ECHANGED', action: 'write' });
    expect(readFileSync(path, 'utf8')).toBe(`a: ${n}\n`);
  });

  it('a lock held longer than the wait: ELOCKED, naming the holder; the file untouched', async () => {
    const path = file('a: 1\n');
    const held = await lockFile(path);
    try {
      const failure = await updateFile(path, () => 'a: 2\n', { waitMs: 200 }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(IoFailure);
      expect(failure).toMatchObject({ code: 'ELOCKED', holder: { pid: process.pid, host: hostname() } });
    } finally {
      held.release();
    }
    expect(readFileSync(path, 'utf8')).toBe('a: 1\n');
  });

  it('the same content asked for: nothing written (the file keeps its time)', async () => {
    const path = file('a: 1\n');
    expect(await updateFile(path, (bytes) => bytes)).toBe(false);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});

describe('updateFile through a symbolic link', () => {
  it('takes the lock of the file itself: a command holding it through the real path holds it off', async () => {
    const folder = emptyFolder('plan-link-');
    const real = join(folder, 'ke-hoach.yaml');
    writeFileSync(real, 'a: 1\n');
    const link = join(folder, 'link.yaml');
    symlinkSync(real, link);
    const held = await lockFile(real);
    try {
      const failure = await updateFile(link, () => 'a: 2\n', { waitMs: 200 }).catch((e: unknown) => e);
      expect(failure).toMatchObject({ name: 'IoFailure', code: 'ELOCKED' });
    } finally {
      held.release();
    }
    expect(await updateFile(link, () => 'a: 2\n')).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('a: 2\n');
    expect(existsSync(`${link}.lock`)).toBe(false);
  });
});

// What a killed `plan` leaves behind, and what the next command does with it. A command killed
// while writing leaves its temp file (`<name>.<pid>.tmp`, src/io/write-atomic.ts) or its lock
// (`<name>.lock`, src/io/lock.ts): the next command removes the temp files of dead processes
// (and those over an hour old), and breaks a dead process's lock at once. A live process's fresh
// temp file is its own and stays. And a command killed at any moment leaves the plan file whole:
// the old content or the new, never a part.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, utimesSync, watch, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shipped, tempFolders } from '../helpers/fixtures.js';
import { repoRoot } from '../helpers/run.js';
import { ensureBuilt, spawnPlan } from '../helpers/spawn.js';

const write = tempFolders();
const FOLDER = 'plans/2024/dinh-quan';
const PLAN = `${FOLDER}/ke-hoach.yaml`;
const bin = join(repoRoot, 'bin', 'plan.js');
const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };
const DONE = ['done', 'kiem-tra', '--on', '2024-06-10'];

/** A process id no process has: above the kernel's largest (pid_max), so never alive. */
const deadPid = (() => {
  let max = 4_194_304; // the largest pid_max Linux allows
  try {
    max = Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8').trim()) || max;
  } catch {
    // not Linux: the Linux ceiling is beyond any other system's ids too
  }
  return Math.max(max, 4_194_304) + 4321;
})();

/** The shipped example in a temp repo. */
function repo(): string {
  const folder = write({});
  cpSync(join(repoRoot, FOLDER), join(folder, FOLDER), { recursive: true });
  return folder;
}

const plan = (argv: readonly string[], cwd: string) => spawnPlan(argv, cwd, env);

const hourAndMore = () => new Date(Date.now() - 2 * 60 * 60 * 1000);
/** Leftovers of every kind: temp files, locks, a lock's own temp and aside files. */
const leftovers = (folder: string) => readdirSync(folder).filter((n) => /\.(tmp|lock|stale)$/.test(n)).sort();

describe('temp files left beside a plan file', () => {
  it('the dead process id is one no process has', () => {
    expect(() => process.kill(deadPid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });

  it("a dead process's ke-hoach.yaml.<pid>.tmp is removed by the next plan done; a live one's, younger than an hour, is kept", () => {
    const cwd = repo();
    const folder = join(cwd, FOLDER);
    const dead = `ke-hoach.yaml.${deadPid}.tmp`;
    const live = `ke-hoach.yaml.${process.pid}.tmp`;
    writeFileSync(join(folder, dead), 'kind: ke-hoach\nhalf a fi');
    writeFileSync(join(folder, live), 'being written by a live process');
    const run = plan(DONE, cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(cwd, PLAN), 'utf8')).toContain('done: 2024-06-10');
    expect(leftovers(folder)).toEqual([live]);
    expect(readFileSync(join(folder, live), 'utf8')).toBe('being written by a live process');
  });

  it("a live process's temp file over an hour old is taken as stale (its id reused) and removed", () => {
    const cwd = repo();
    const folder = join(cwd, FOLDER);
    const old = join(folder, `ke-hoach.yaml.${process.pid}.tmp`);
    writeFileSync(old, 'left long ago');
    utimesSync(old, hourAndMore(), hourAndMore());
    expect(plan(DONE, cwd).code).toBe(0);
    expect(leftovers(folder)).toEqual([]);
  });

  it('temp files of other names are not touched: another file\'s, a name that is not <name>.<pid>.tmp', () => {
    const cwd = repo();
    const folder = join(cwd, FOLDER);
    const others = [`to-chuc.yaml.${deadPid}.tmp`, 'ke-hoach.yaml.backup.tmp', `ke-hoach.yaml.0${deadPid}.tmp`];
    for (const name of others) writeFileSync(join(folder, name), 'not plan done\'s');
    expect(plan(DONE, cwd).code).toBe(0);
    expect(leftovers(folder)).toEqual([...others].sort());
  });

  it("a dead process's lock, the lock's own temp file and a lock moved aside: all gone after the next plan done", () => {
    const cwd = repo();
    const folder = join(cwd, FOLDER);
    const lock = `${JSON.stringify({ pid: deadPid, host: hostname(), token: 'killed' })}\n`;
    writeFileSync(join(folder, 'ke-hoach.yaml.lock'), lock);
    // tryCreate (src/io/lock.ts) writes the lock as `<lock>.<pid>.tmp`, then links it into place.
    writeFileSync(join(folder, `ke-hoach.yaml.lock.${deadPid}.tmp`), lock);
    // breakStale moves a stale lock aside before it removes it.
    writeFileSync(join(folder, `ke-hoach.yaml.lock.stale.${deadPid}.tmp`), lock);
    const started = Date.now();
    const run = plan(DONE, cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(8_000); // broken at once, not waited out
    expect(leftovers(folder)).toEqual([]);
  });
});

describe('temp files left beside a rendered document', () => {
  it("out.docx.<dead pid>.tmp is removed by the next plan render -o out.docx; a live one's is kept", () => {
    const cwd = repo();
    const dead = `out.docx.${deadPid}.tmp`;
    const live = `out.docx.${process.pid}.tmp`;
    writeFileSync(join(cwd, dead), 'PK half a zip');
    writeFileSync(join(cwd, live), 'PK being written');
    const run = plan(['render', 'so-ket', '-o', 'out.docx'], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'out.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(leftovers(cwd)).toEqual([live]);
  });

  it('in the default output folder too (out/2024/dinh-quan/)', () => {
    const cwd = repo();
    const out = join(cwd, 'out', '2024', 'dinh-quan');
    const name = `ke-hoach-109-2024.docx.${deadPid}.tmp`;
    cpSync(join(cwd, PLAN), join(out, name)); // any bytes: a document cut short
    expect(existsSync(join(out, name))).toBe(true);
    expect(plan(['render', 'ke-hoach'], cwd).code).toBe(0);
    expect(readdirSync(out)).toEqual(['ke-hoach-109-2024.docx']);
  });
});

describe('plan done killed (SIGKILL) at any moment', () => {
  /** `plan done`, killed `delay` ms after it starts, or after its temp or lock file appears. */
  function killed(cwd: string, delay: { afterStart: number } | { afterWrite: number }): Promise<{ signal: NodeJS.Signals | null; sawWrite: boolean }> {
    ensureBuilt();
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...DONE], { cwd, env, stdio: 'ignore' });
      let sawWrite = false;
      const kill = () => child.kill('SIGKILL');
      const watcher = watch(join(cwd, FOLDER), (_event, name) => {
        if (sawWrite || !name || !/^ke-hoach\.yaml\.(lock|\d+\.tmp)/.test(String(name)) || String(name).includes(`.${deadPid}.`)) return;
        sawWrite = true;
        if ('afterWrite' in delay) setTimeout(kill, delay.afterWrite);
      });
      const timers = [setTimeout(kill, 'afterStart' in delay ? delay.afterStart : 10_000)];
      child.on('error', reject);
      child.on('close', (_code, signal) => {
        watcher.close();
        for (const t of timers) clearTimeout(t);
        resolve({ signal, sawWrite });
      });
    });
  }

  it('20 rounds: the plan file always parses, and is the old or the new content, never a part; then no *.tmp, no *.lock', async () => {
    const before = shipped('ke-hoach');
    // What plan done makes of it, and how long a whole run takes.
    const reference = repo();
    const started = Date.now();
    expect(plan(DONE, reference).code).toBe(0);
    const runMs = Date.now() - started;
    const after = readFileSync(join(reference, PLAN), 'utf8');
    expect(after).not.toBe(before);

    const cwd = repo();
    const folder = join(cwd, FOLDER);
    const names = readdirSync(folder).sort();
    const seen = { old: 0, new: 0, killed: 0, killedWhileWriting: 0 };
    for (let round = 0; round < 20; round++) {
      writeFileSync(join(cwd, PLAN), before);
      // Odd rounds: at a random moment of the run (most of it is start-up and reading); even
      // rounds: 0-6 ms after the temp file or the lock appears, while the file is being written.
      const delay = round % 2 ? { afterStart: Math.random() * runMs * 1.1 } : { afterWrite: Math.random() * 6 };
      const { signal, sawWrite } = await killed(cwd, delay);
      if (signal === 'SIGKILL') seen.killed++;
      if (signal === 'SIGKILL' && sawWrite) seen.killedWhileWriting++;
      const text = readFileSync(join(cwd, PLAN), 'utf8');
      expect(() => parse(text), `round ${round}`).not.toThrow();
      if (text === before) seen.old++;
      else if (text === after) seen.new++;
      else expect.fail(`round ${round} (${JSON.stringify(delay)}): the plan file is neither the old nor the new content (${text.length} characters)`);
    }
    expect(seen.old + seen.new).toBe(20);
    expect(seen.killed, JSON.stringify(seen)).toBeGreaterThanOrEqual(5);
    expect(seen.killedWhileWriting, JSON.stringify(seen)).toBeGreaterThanOrEqual(1);

    // A normal run after the kills: it writes, and clears what they left (temp files of dead
    // processes, a dead process's lock) at once.
    writeFileSync(join(cwd, PLAN), before);
    const last = Date.now();
    const run = plan(DONE, cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(Date.now() - last).toBeLessThan(8_000);
    expect(readFileSync(join(cwd, PLAN), 'utf8')).toBe(after);
    expect(leftovers(folder)).toEqual([]);
    expect(readdirSync(folder).sort()).toEqual(names);
  });
});

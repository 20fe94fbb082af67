// bin/plan.js writes to its file descriptors itself (no process.stdout, for start-up): the output
// must still arrive whole and in order through a pipe, and a reader that goes away early must not
// give a stack trace.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../helpers/fixtures.js';
import { repoRoot, run } from '../helpers/run.js';
import { ensureBuilt } from '../helpers/spawn.js';

const bin = join(repoRoot, 'bin', 'plan.js');
const argv = ['due', '--year', '2016', '--quarter', '1', '--format', 'json', '--today', '2016-03-01'];

const folders = tempFolders();
let repo: string | undefined;

/** Ten communes' plans: `plan due` then prints far more than a pipe holds (64 kB). */
function bigRepo(): string {
  if (repo) return repo;
  const root = (repo = folders({}));
  const made = spawnSync(process.execPath, [join(repoRoot, 'bench/corpus.mjs'), root, '10', '1', '3'], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  return root;
}

describe('bin/plan.js output', () => {
  it('a long output through a pipe is whole and in order: the same text as in-process', async () => {
    ensureBuilt();
    const root = bigRepo();
    const spawned = spawnSync(process.execPath, [bin, ...argv], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, maxBuffer: 1 << 26 });
    expect(spawned.status, spawned.stderr).toBe(0);
    expect(spawned.stdout.length).toBeGreaterThan(128 * 1024);
    const inProcess = await run(argv, { cwd: root });
    expect(spawned.stdout).toBe(inProcess.stdout);
    expect(JSON.parse(spawned.stdout)).toBeInstanceOf(Array);
  });

  it('`plan due | head -c 100`: the reader leaves early, plan stops quietly, no stack trace', () => {
    ensureBuilt();
    const root = bigRepo();
    const script = `"${process.execPath}" "${bin}" ${argv.join(' ')} | head -c 100; echo " exit=\${PIPESTATUS[0]}"`;
    const piped = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    expect(piped.stdout).toMatch(/^\[/);
    expect(piped.stdout).toMatch(/ exit=0\n$/);
    expect(piped.stderr).toBe('');
  });
});

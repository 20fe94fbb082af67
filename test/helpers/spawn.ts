// Runs the real binary, `node bin/plan.js`, as a user's shell would.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './run.js';

const bin = join(repoRoot, 'bin', 'plan.js');
let built = false;

function newest(folder: string): number {
  let time = 0;
  for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (entry.endsWith('.ts')) time = Math.max(time, statSync(join(folder, entry)).mtimeMs);
  }
  return time;
}

/** bin/plan.js runs dist/: build it when it is missing or older than src/ (as `npm test` does). */
export function ensureBuilt(): void {
  if (built) return;
  const entry = join(repoRoot, 'dist', 'cli', 'main.js');
  if (!existsSync(entry) || statSync(entry).mtimeMs < newest(join(repoRoot, 'src'))) {
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, encoding: 'utf8' });
    if (!existsSync(entry)) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
  }
  built = true;
}

export interface SpawnResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node bin/plan.js ARGV...` in `cwd`, with NO_COLOR=1 and nothing else of this process's environment but PATH. */
export function spawnPlan(argv: readonly string[], cwd: string, env: Record<string, string> = {}): SpawnResult {
  ensureBuilt();
  const result = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

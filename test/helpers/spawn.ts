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

export interface SpawnOptions {
  /** Killed (SIGKILL) after this long: a hang fails the test instead of the suite (default 15 s). */
  timeoutMs?: number;
  /** Run as this user and group (the permission tests, as root). */
  uid?: number;
  gid?: number;
  /** For outputs of many megabytes (default 64 MB). */
  maxBuffer?: number;
}

/**
 * `node bin/plan.js ARGV...` in `cwd`, with NO_COLOR=1 and nothing else of this process's environment
 * but PATH (and `env`). Throws, naming the command, when it could not run or did not finish in time.
 */
export function spawnPlan(argv: readonly string[], cwd: string, env: Record<string, string> = {}, options: SpawnOptions = {}): SpawnResult {
  ensureBuilt();
  const timeout = options.timeoutMs ?? 15_000;
  const result = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout,
    killSignal: 'SIGKILL',
    maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024,
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  });
  if (result.error) throw new Error(`plan ${argv.join(' ')} (limit ${timeout / 1000} s): ${result.error.message}`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

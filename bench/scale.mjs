// A province's decade of files: generates 10,000 plan files (bench/corpus.mjs) into a temp folder
// and prints cold and warm `plan check` throughput beside the `yaml` parser's own on the same
// files (the floor), and the check's peak resident memory.
// Usage: node bench/scale.mjs [communes=100] [years=10] [plansPerYear=9]   (build first)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const folder = mkdtempSync(join(tmpdir(), 'plan-scale-'));

function node(script, argv, cwd = folder) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [script, ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${script} ${argv.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return { seconds, stdout: result.stdout, status: result.status };
}

try {
  const { files, bytes } = JSON.parse(node(join(root, 'bench/corpus.mjs'), [folder, ...args], root).stdout);
  const mb = bytes / 1e6;
  console.log(`corpus: ${files} files, ${mb.toFixed(1)} MB, in ${folder}`);

  const floor = JSON.parse(node(join(root, 'bench/parse-floor.mjs'), [join(folder, 'plans')], root).stdout);
  const rate = (s) => `${(files / s).toFixed(0).padStart(6)} files/s ${(mb / s).toFixed(2).padStart(6)} MB/s`;
  console.log(`yaml parseDocument, one thread (floor)  ${rate(floor.seconds)}  ${floor.seconds.toFixed(2)} s`);

  const run = join(root, 'bench/run-check.mjs');
  const cold = node(run, ['--today', '2026-11-25']);
  const coldStats = JSON.parse(cold.stdout.trim().split('\n').at(-1));
  console.log(`plan check, cold (empty cache)          ${rate(cold.seconds)}  ${cold.seconds.toFixed(2)} s  peak RSS ${coldStats.maxRssMB} MB  exit ${coldStats.code}  cores busy ${coldStats.cores}`);
  const warm = node(run, ['--today', '2026-11-25']);
  const warmStats = JSON.parse(warm.stdout.trim().split('\n').at(-1));
  console.log(`plan check, warm (nothing changed)      ${rate(warm.seconds)}  ${warm.seconds.toFixed(2)} s  peak RSS ${warmStats.maxRssMB} MB  exit ${warmStats.code}`);
  console.log(`same output cold and warm: ${coldStats.digest === warmStats.digest ? 'yes' : 'NO'} (${coldStats.diagnostics} diagnostics)`);
  console.log(`cold time over the one-thread parse floor: ${((cold.seconds / floor.seconds) * 100).toFixed(0)}% (goal ≤ 110%)`);
  console.log(`goals: warm ≥ 5000 files/s; peak RSS < 150 MB`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

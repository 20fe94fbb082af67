// Start-up of `plan check` and `plan due` on the shipped example, against `node -e 0` (the floor
// every command pays): several runs after a warm-up, medians, printed as ratios.
// Usage: node bench/startup.mjs [runs]   (build first: npm run build)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 21);
const bin = join(root, 'bin', 'plan.js');
const commands = {
  'node -e 0': ['-e', '0'],
  'plan --version': [bin, '--version'],
  'plan check': [bin, 'check'],
  'plan due --quarter 2 --year 2024': [bin, 'due', '--quarter', '2', '--year', '2024'],
};

function once(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
// Interleaved rounds, so that a busy moment of the machine weighs on every command alike.
for (let round = -3; round < runs; round++) {
  for (const [name, args] of Object.entries(commands)) {
    const ms = once(args);
    if (round >= 0) samples[name].push(ms); // the first rounds warm the disk cache and .plan-cache/
  }
}
const floor = median(samples['node -e 0']);
console.log(`runs: ${runs} each, after 3 warm-up rounds; medians`);
for (const [name, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(`${name.padEnd(36)} ${m.toFixed(1).padStart(7)} ms   ${(m / floor).toFixed(2)}×`);
}
console.log('goal: plan check and plan due ≤ 1.50× node -e 0');

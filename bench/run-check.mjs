// Runs `plan check` in this process (its worker threads count in this process's memory) and
// prints a line of figures: exit code, diagnostics, a digest of the output, peak resident memory,
// and the CPU time of all its threads (over the wall time: how many cores it kept busy).
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = process.hrtime.bigint();
const { main } = await import(join(root, 'dist/cli/main.js'));
let out = '';
const code = await main({
  argv: ['check', '--format', 'json', ...process.argv.slice(2)],
  cwd: process.cwd(),
  env: process.env.PLAN_PARALLEL_MIN ? { PLAN_PARALLEL_MIN: process.env.PLAN_PARALLEL_MIN } : {},
  stdout: { write: (s) => (out += s) },
  stderr: { write: (s) => process.stderr.write(s) },
});
const report = JSON.parse(out);
console.log(
  JSON.stringify({
    code,
    diagnostics: report.diagnostics.length,
    digest: createHash('sha1').update(out).digest('hex'),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    cores: (() => {
      const { user, system } = process.cpuUsage();
      return Number(((user + system) / 1e3 / (Number(process.hrtime.bigint() - started) / 1e6)).toFixed(2));
    })(),
  }),
);

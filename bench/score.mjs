// `plan score` on one year of many units: a district's guide and sheets copied to N communes in
// 50 clusters (N = 1,000 by default), self-scores a quarter below the council's on most criteria of
// two thirds of them, so that --diff has some 20,000 rows. Wall time of the table, JSON, Markdown
// and --diff (table and JSON), medians of a few runs, with `node -e 0` as the floor. Prints figures,
// asserts nothing. Usage: node bench/score.mjs [units=1000] [runs=5] [--keep]   (build first: npm
// run build). --keep leaves the repo and prints its folder, to profile a run in it, e.g.
// `NO_COLOR=1 node --cpu-prof <plan>/bin/plan.js score --diff > /dev/null` there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const [unitsArg, runsArg] = process.argv.slice(2).filter((a) => a !== '--keep');
const units = Number(unitsArg ?? 1000);
const runs = Number(runsArg ?? 5);
const bin = join(root, 'bin', 'plan.js');
const shipped = join(root, 'plans', '2024', 'dinh-quan');
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.log('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

const folder = mkdtempSync(join(tmpdir(), 'plan-score-bench-'));
const body = join(folder, 'plans', '2024', 'dinh-quan');
mkdirSync(body, { recursive: true });
writeFileSync(join(body, 'huong-dan-cham-diem.yaml'), readFileSync(join(shipped, 'huong-dan-cham-diem.yaml')));
const org = parse(readFileSync(join(shipped, 'to-chuc.yaml'), 'utf8'));
org.units = Array.from({ length: units }, (_, i) => ({ id: `xa-${i}`, kind: 'xã', name: `Xã ${i + 1}` }));
const perCluster = Math.ceil(units / 50);
org.clusters = Array.from({ length: Math.ceil(units / perCluster) }, (_, c) => ({
  id: `cum-${c + 1}`,
  name: `Cụm thi đua số ${c + 1}`,
  members: org.units.slice(c * perCluster, (c + 1) * perCluster).map((u) => u.id),
}));
writeFileSync(join(body, 'to-chuc.yaml'), stringify(org));
const base = parse(readFileSync(join(shipped, 'cham-diem.yaml'), 'utf8'));
const sheets = { ...base, sheets: org.units.map((u, i) => {
  const sheet = structuredClone(base.sheets[i % base.sheets.length]);
  sheet.unit = u.id;
  delete sheet.totals;
  if (i % 3 !== 2) for (const s of Object.values(sheet.scores)) s.self = s.final === 0 ? 0.25 : s.final - 0.25;
  return sheet;
}) };
writeFileSync(join(body, 'cham-diem.yaml'), stringify(sheets));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function timed(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { ms, lines: r.stdout.toString().split('\n').length };
}
const cases = [
  ['node -e 0', ['-e', '0']],
  ['plan score (table)', [bin, 'score']],
  ['plan score --format json', [bin, 'score', '--format', 'json']],
  ['plan score --format md', [bin, 'score', '--format', 'md']],
  ['plan score --diff (table)', [bin, 'score', '--diff']],
  ['plan score --diff --format json', [bin, 'score', '--diff', '--format', 'json']],
];
timed([bin, 'score']); // warm the cache of parsed files, as a second run in an office would be
const rows = JSON.parse(spawnSync(process.execPath, [bin, 'score', '--diff', '--format', 'json'], { cwd: folder, maxBuffer: 1 << 30 }).stdout).length;
console.log(`${units} units in ${org.clusters.length} clusters, --diff ${rows} rows; medians of ${runs} runs`);
for (const [name, args] of cases) {
  const times = Array.from({ length: runs }, () => timed(args).ms);
  console.log(`${name.padEnd(34)} ${median(times).toFixed(0).padStart(6)} ms`);
}
if (keep) console.log(`repo kept in ${folder}`);
else rmSync(folder, { recursive: true, force: true });

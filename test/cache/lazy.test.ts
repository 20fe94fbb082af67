// Start-up discipline of the built tool: which module files each command loads. The binary runs
// under `node --import register.mjs`, which registers (module.register, Node ≥ 20.6) a resolve
// hook that appends every resolved URL to a log file; the hook runs for static and dynamic
// imports alike, and for worker threads (they inherit --import).
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFolders } from '../helpers/fixtures.js';
import { repoRoot } from '../helpers/run.js';
import { ensureBuilt } from '../helpers/spawn.js';

const tempFolder = emptyFolders();

const hooks = `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(log, result.url + '\\n');
  return result;
}
`;
const register = `import { register } from 'node:module';
register('./hooks.mjs', import.meta.url, { data: { log: process.env.PLAN_TEST_LOAD_LOG } });
`;

let tracer: string;
let plans: string; // a generated corpus (2 communes, 1 year, 2 plans; one file with an error)
let shipped: string; // the repository's plans/, for `plan due`

beforeAll(() => {
  ensureBuilt();
  tracer = tempFolder('plan-lazy-hooks-');
  writeFileSync(join(tracer, 'hooks.mjs'), hooks);
  writeFileSync(join(tracer, 'register.mjs'), register);
  plans = tempFolder('plan-lazy-');
  const result = spawnSync(process.execPath, [join(repoRoot, 'bench', 'corpus.mjs'), plans, '2', '1', '2'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`corpus failed:\n${result.stdout}${result.stderr}`);
  shipped = tempFolder('plan-lazy-due-');
  cpSync(join(repoRoot, 'plans'), join(shipped, 'plans'), { recursive: true });
});

interface Traced {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Every URL resolved, once each. */
  urls: string[];
  /** The files of this repository that were loaded, relative: `dist/cli/main.js`. */
  files: string[];
}

let runs = 0;
/** `node --import register.mjs bin/plan.js ARGV...` in `cwd`, with the URLs it resolved. */
function traced(argv: readonly string[], cwd: string, env: Record<string, string> = {}): Traced {
  const log = join(tracer, `log-${++runs}.txt`);
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(tracer, 'register.mjs')).href, join(repoRoot, 'bin', 'plan.js'), ...argv], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', PLAN_TEST_LOAD_LOG: log, ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  if (result.error) throw result.error;
  const urls = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))].sort();
  const root = pathToFileURL(repoRoot).href.replace(/\/?$/, '/');
  const files = urls.filter((u) => u.startsWith(root)).map((u) => u.slice(root.length));
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, urls, files };
}

/** Nothing of the Word renderer, the fixer, or an unbundled package. */
function expectLean(run: Traced): void {
  for (const url of run.urls) {
    expect(url).not.toMatch(/docx|\/render\/|check-fix|node_modules/);
  }
  // The bundles are self-contained: a package inside them would not show as a URL, so look inside.
  for (const file of run.files.filter((f) => f.startsWith('dist/'))) {
    expect(readFileSync(join(repoRoot, file), 'utf8'), file).not.toContain('wordprocessingml');
  }
}

describe('plan --help and plan --version', () => {
  const cases = [['--help'], ['--version'], ['check', '--help'], ['due', '--help']].map((argv) => [argv.join(' '), argv] as const);
  it.each(cases)('plan %s loads only the command list and the Vietnamese words', (_name, argv) => {
    const run = traced(argv, repoRoot);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toBe('');
    expect(run.files).toEqual(['bin/plan.js', 'dist/cli/main.js', 'dist/i18n/vi.js']);
    expect(run.urls.filter((u) => u.startsWith('file:'))).toHaveLength(3);
  });

  it('dist/cli/main.js holds neither the YAML parser nor docx; nor do the command chunks hold the parser', () => {
    const main = readFileSync(join(repoRoot, 'dist/cli/main.js'), 'utf8');
    expect(main).not.toContain('YAMLParseError');
    expect(main).not.toContain('wordprocessingml');
    // "docx" appears only as a dependency's name in the package.json inlined for the version.
    expect(main.replaceAll(/docx:"[^"]*"/g, '')).not.toContain('docx');
    for (const chunk of ['dist/cli/check-action.js', 'dist/cli/due-action.js']) {
      expect(readFileSync(join(repoRoot, chunk), 'utf8'), chunk).not.toContain('YAMLParseError');
    }
  });
});

describe('plan check', () => {
  it('cold then warm, JSON: the warm run parses nothing; no renderer, no fixer', () => {
    const root = tempFolder('plan-lazy-check-');
    cpSync(join(plans, 'plans'), join(root, 'plans'), { recursive: true });
    const cold = traced(['check', '--format', 'json'], root);
    expect(cold.code).toBe(1);
    expectLean(cold);
    // The hook sees dynamic imports: the checker was loaded.
    expect(cold.files).toEqual(expect.arrayContaining(['dist/cli/check-action.js', 'dist/engine/file-pass.js', 'dist/report/json.js']));

    const warm = traced(['check', '--format', 'json'], root);
    expect(warm.stdout).toBe(cold.stdout);
    expectLean(warm);
    expect(warm.files).toContain('dist/report/json.js');
    for (const parser of ['dist/engine/file-pass.js', 'dist/repo/document.js', 'dist/engine/worker.js', 'dist/engine/parallel.js']) {
      expect(warm.files).not.toContain(parser);
    }
  });

  it('the human format, cold and warm', () => {
    const root = tempFolder('plan-lazy-human-');
    cpSync(join(plans, 'plans'), join(root, 'plans'), { recursive: true });
    const cold = traced(['check'], root);
    expectLean(cold);
    // The default format comes with the command: no module of its own to load.
    expect(cold.files.filter((f) => f.startsWith('dist/report/'))).toEqual([]);
    const warm = traced(['check'], root);
    expect(warm.stdout).toBe(cold.stdout);
    expectLean(warm);
    expect(warm.files).not.toContain('dist/engine/file-pass.js');
  });

  it.skipIf(availableParallelism() < 2)('PLAN_PARALLEL_MIN=1 starts the worker threads', () => {
    const run = traced(['check', '--format', 'json', '--no-cache'], plans, { PLAN_PARALLEL_MIN: '1' });
    expect(run.code).toBe(1);
    expectLean(run);
    expect(run.files).toEqual(expect.arrayContaining(['dist/engine/parallel.js', 'dist/engine/worker.js']));
  });
});

describe('plan due', () => {
  it('cold then warm: no checker, no renderer; the warm run does not load the parser', () => {
    const argv = ['due', '--year', '2024', '--format', 'json', '--today', '2024-06-20'];
    const cold = traced(argv, shipped);
    expect(cold.code).toBe(0);
    expectLean(cold);
    expect(cold.files).toContain('dist/cli/due-action.js');
    expect(cold.files).not.toContain('dist/cli/check-action.js');
    expect(cold.files).not.toContain('dist/engine/file-pass.js');

    const warm = traced(argv, shipped);
    expect(warm.stdout).toBe(cold.stdout);
    expectLean(warm);
    expect(warm.files).not.toContain('dist/repo/document.js');
  });
});

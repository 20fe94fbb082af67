// The real binary, `node bin/plan.js`, as a user's shell runs it: exit codes, streams, no stack traces.
import { describe, expect, it } from 'vitest';
import { concat, fixture, tempFolders, utf8 } from '../helpers/fixtures.js';
import { ansi, repoRoot, stackLines } from '../helpers/run.js';
import { spawnPlan } from '../helpers/spawn.js';

const write = tempFolders();

describe('node bin/plan.js', () => {
  it('plan check at the repository root: exit 0, the summary on stdout, nothing on stderr', () => {
    const { code, stdout, stderr } = spawnPlan(['check'], repoRoot);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^✔ Không có vấn đề nào trong \d+ tệp\.\n$/);
    expect(code).toBe(0);
  });

  it('errors: exit 1, the report on stdout, nothing on stderr, no colour with NO_COLOR=1', () => {
    const { code, stdout, stderr } = spawnPlan(['check', '.'], fixture('many-errors'));
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('b/ke-hoach.yaml:5:9: lỗi [schema/range]\n');
    expect(stdout).toContain('c.yaml:2:7: lỗi [yaml/syntax]\n');
    expect(stdout).toContain('Cách sửa:');
    expect(stdout).toMatch(/✖ 15 lỗi trong 3\/3 tệp\.\n$/);
    expect(stdout).not.toMatch(ansi);
  });

  it('--format json: stdout is JSON and nothing else; after a usage error, stdout is empty', () => {
    const json = spawnPlan(['check', '--format', 'json', 'plan.yaml'], fixture('unknown-kind'));
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
    const report = JSON.parse(json.stdout) as { diagnostics: { rule: string; line: number; column: number }[] };
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['1:7 file/unknown-kind']);

    const missing = spawnPlan(['check', '--format', 'json', 'khong-co.yaml'], fixture('unknown-kind'));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('plan: Không tìm thấy «khong-co.yaml».\n');
  });

  it('warnings alone: exit 0; with --strict, exit 1', () => {
    expect(spawnPlan(['check', 'to-chuc.yaml'], fixture('warning-only')).code).toBe(0);
    expect(spawnPlan(['check', '--strict', 'to-chuc.yaml'], fixture('warning-only')).code).toBe(1);
  });

  it.each([
    ['an unknown flag', ['check', '--nope']],
    ['a missing path', ['check', 'khong-co.yaml']],
    ['an invalid --format', ['check', '--format', 'xml']],
    ['--lang xx', ['--lang', 'xx', 'check']],
    ['plan schema nosuch', ['schema', 'nosuch']],
    ['an unknown command', ['frobnicate']],
  ])('%s: exit 2, one short message on stderr, no stack trace', (_name, argv) => {
    const { code, stdout, stderr } = spawnPlan(argv, repoRoot);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^plan: /);
    expect(stackLines(stderr)).toEqual([]);
    expect(stderr.split('\n').length).toBeLessThanOrEqual(3);
  });

  it('plan check where there is no plans/: exit 2, no stack trace', () => {
    const { code, stdout, stderr } = spawnPlan(['check'], write({ 'a.txt': 'x\n' }));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('«plans»');
    expect(stackLines(stderr)).toEqual([]);
  });

  it('files the tool cannot parse are reported, not crashed on', () => {
    const folder = write({
      'nul.yaml': concat(utf8('kind: '), [0], utf8('\n')),
      'utf16.yaml': concat([0xff, 0xfe], [0x6b, 0]),
      'alias.yaml': `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `b${i}: &b${i} [${Array(10).fill(i ? `*b${i - 1}` : '*a').join(', ')}]`).join('\n')}\n`,
    });
    const { code, stdout, stderr } = spawnPlan(['check', '.'], folder);
    expect(code).toBe(1);
    expect(stackLines(stderr)).toEqual([]);
    expect(stackLines(stdout)).toEqual([]);
    expect(stdout).toContain('nul.yaml: lỗi [file/binary]');
    expect(stdout).toContain('utf16.yaml: lỗi [file/binary]');
    expect(stdout).toContain('alias.yaml:1:1: lỗi [yaml/syntax]');
  });

  it('--version and --help on stdout, exit 0', () => {
    const version = spawnPlan(['--version'], repoRoot);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = spawnPlan(['--help'], repoRoot);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Cách dùng:');
    expect(help.stdout).toContain('Lệnh:');
    expect(help.stderr).toBe('');
  });

  it('plan schema ke-hoach: JSON on stdout', () => {
    const { code, stdout } = spawnPlan(['schema', 'ke-hoach'], repoRoot);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { $schema: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

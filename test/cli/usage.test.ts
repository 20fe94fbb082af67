// Exit codes, usage errors, `plan schema`, --version and --help, run in-process.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, tempFolders } from '../helpers/fixtures.js';
import { repoRoot, run, stackLines } from '../helpers/run.js';

const write = tempFolders();
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** A folder with no plans/ in it nor in any folder above it. */
function folderWithoutPlans(): string {
  const folder = write({ 'ghi-chu.txt': 'không có kế hoạch ở đây\n' });
  for (let f = folder; dirname(f) !== f; f = dirname(f)) {
    if (existsSync(join(f, 'plans'))) throw new Error(`${f} has a plans folder: the test needs a clean temp folder`);
  }
  return folder;
}

describe('exit codes of plan check', () => {
  it('0 for the shipped plans/, run at the repository root with no path', async () => {
    const { code, stdout, stderr } = await run(['check'], { cwd: repoRoot });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^✔ Không có vấn đề nào trong \d+ tệp\.\n$/);
    expect(code).toBe(0);
  });

  it('0 for the shipped plans/, from a folder inside the repository', async () => {
    const { code, stdout } = await run(['check'], { cwd: join(repoRoot, 'plans', '2024') });
    expect(stdout).toMatch(/^✔/);
    expect(code).toBe(0);
  });

  it('1 when there are errors', async () => {
    const { code } = await run(['check', '.'], { cwd: fixture('many-errors') });
    expect(code).toBe(1);
  });

  it('warnings alone: 0, and 1 with --strict', async () => {
    const cwd = fixture('warning-only');
    const plain = await run(['check', '--format', 'json', 'to-chuc.yaml'], { cwd });
    const report = JSON.parse(plain.stdout) as { summary: { errors: number; warnings: number } };
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(plain.code).toBe(0);
    const strict = await run(['check', '--strict', 'to-chuc.yaml'], { cwd });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('cảnh báo [yaml/syntax]');
  });

  it('--strict changes nothing for a clean run', async () => {
    const { code } = await run(['check', '--strict', '.'], { cwd: fixture('valid-minimal') });
    expect(code).toBe(0);
  });
});

describe('usage errors: exit 2, a message on stderr, nothing on stdout, no stack trace', () => {
  const cases: [string, string[], () => string, RegExp][] = [
    ['an unknown flag', ['check', '--nope'], () => repoRoot, /^plan: Không có tùy chọn --nope\.\nXem "plan --help"\.\n$/],
    ['a missing path', ['check', 'khong-co.yaml'], () => repoRoot, /^plan: Không tìm thấy «khong-co\.yaml»\.\n$/],
    ['plan check where there is no plans/', ['check'], folderWithoutPlans, /^plan: .*«plans».*\n$/],
    ['an invalid --format', ['check', '--format', 'xml'], () => repoRoot, /«xml».*--format.*human, json, github, sarif hoặc junit/],
    ['--format without a value', ['check', '--format'], () => repoRoot, /--format/],
    ['--lang xx', ['--lang', 'xx', 'check'], () => repoRoot, /^plan: Giá trị «xx» không hợp lệ cho --lang; chọn một trong: vi hoặc en\.\n$/],
    ['--lang=xx after the command', ['check', '--lang=xx'], () => repoRoot, /«xx».*--lang/],
    ['plan schema nosuch', ['schema', 'nosuch'], () => repoRoot, /^plan: Không có loại tệp «nosuch»; các loại có: to-chuc, ke-hoach, huong-dan-cham-diem, cham-diem, bao-cao hoặc mau-bao-cao\.\n$/],
    ['an unknown command', ['frobnicate'], () => repoRoot, /^plan: Không có lệnh «frobnicate»\.\nXem "plan --help"\.\n$/],
    ['a mistyped command', ['chek'], () => repoRoot, /^plan: Không có lệnh «chek»\. Có phải là «check»\?\n/],
  ];

  it.each(cases)('%s', async (_name, argv, cwd, message) => {
    const { code, stdout, stderr } = await run(argv, { cwd: cwd() });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stackLines(stderr)).toEqual([]);
  });

  it('in English with --lang en', async () => {
    const { code, stderr } = await run(['--lang', 'en', 'check', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^plan: "xml" is not valid for --format.*human, json, github, sarif, or junit\.\nSee "plan --help"\.\n$/);
  });

  it('plan alone: the help, on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Cách dùng: plan');
  });

  it('too many arguments to plan schema: says how many too many', async () => {
    const one = await run(['schema', 'ke-hoach', 'to-chuc']);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('Thừa 1 tham số.');
    const two = await run(['schema', 'ke-hoach', 'to-chuc', 'khac']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('Thừa 2 tham số.');
  });
});

describe('plan schema', () => {
  it('with no kind, lists the kinds with their titles', async () => {
    const { code, stdout, stderr } = await run(['schema']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Các loại tệp:');
    expect(lines.some((l) => /^ {2}to-chuc +Tổ chức: /.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}ke-hoach +Kế hoạch: /.test(l))).toBe(true);
  });

  it.each(['ke-hoach', 'to-chuc'])('plan schema %s prints a draft 2020-12 JSON Schema', async (kind) => {
    const { code, stdout, stderr } = await run(['schema', kind]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const schema = JSON.parse(stdout) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect((schema.properties as Record<string, { const?: string }>).kind?.const).toBe(kind);
  });
});

describe('--version and --help', () => {
  it('--version prints the version of package.json', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
    expect((await run(['-V'])).stdout).toBe(`${version}\n`);
  });

  it('--help shows the Vietnamese section titles and the commands, on stdout', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Cách dùng: plan');
    expect(stdout).toContain('Lệnh:');
    expect(stdout).toContain('Tùy chọn:');
    expect(stdout).toMatch(/^ {2}check /m);
    expect(stdout).toMatch(/^ {2}schema /m);
    expect(stdout).not.toContain('Usage:');
    expect(stdout).not.toContain('Commands:');
  });

  it('--lang en --help shows the English titles', async () => {
    const { stdout } = await run(['--lang', 'en', '--help']);
    expect(stdout).toContain('Usage: plan');
    expect(stdout).toContain('Commands:');
  });

  it('plan check --help: Vietnamese titles, the options, and no English left in the Vietnamese text', async () => {
    const { code, stdout } = await run(['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Cách dùng: plan check');
    expect(stdout).toContain('Tham số:');
    expect(stdout).toContain('--format <name>');
    expect(stdout).toContain('--strict');
    expect(stdout).not.toMatch(/choices:|default:/);
  });
});

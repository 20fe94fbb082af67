// Every message a user sees comes from the catalogue: no English of the YAML package or of ajv
// ("multipleOf: must be multiple of 0.25", "Maximum call stack size exceeded", "ALIAS_LIMIT",
// "KEY_OVER_1024_CHARS", "Map comment with trailing content") in a Vietnamese run, and the edit
// failures of `plan done` worded by their reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { edit, shipped, tempFolders } from '../helpers/fixtures.js';
import { repoRoot, run, type JsonDiagnostic, type JsonReport } from '../helpers/run.js';

const write = tempFolders();

/** What the package says, which must not reach the user: its message without the position. */
const packageWords = (text: string) => parseDocument(text).errors.map((e) => e.message.split(' at line ')[0]!);

/** Words of English, and error codes, that no Vietnamese message holds. */
const english = /\b(must|should|Maximum|exceeded|Excessive|alias|indicator|implicit|trailing|content|expected|allowed)\b|[A-Z]{2,}_[A-Z_]+/;

async function diagnostics(file: string, text: string, lang?: 'en'): Promise<JsonDiagnostic[]> {
  const cwd = write({ [file]: text });
  const r = await run(['check', file, '--format', 'json', ...(lang ? ['--lang', lang] : [])], { cwd });
  expect(r.code, r.stderr).toBe(1);
  return (JSON.parse(r.stdout) as JsonReport).diagnostics;
}

const cases: { name: string; code: string; text: string; rule?: string }[] = [
  {
    name: 'aliases that multiply (a "billion laughs")',
    code: 'ALIAS_LIMIT',
    text: `kind: ke-hoach\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(9)}*a]\nc: &c [${'*b, '.repeat(9)}*b]\nd: [${'*c, '.repeat(9)}*c]\n`,
  },
  { name: 'brackets nested 30,000 deep', code: 'RESOURCE_EXHAUSTION', text: `kind: ke-hoach\nx: ${'['.repeat(30_000)}${']'.repeat(30_000)}\n` },
  { name: 'a key of 1,100 letters', code: 'KEY_OVER_1024_CHARS', text: `kind: ke-hoach\n${'k'.repeat(1100)}: 1\n` },
  { name: 'an alias to no anchor', code: 'BAD_ALIAS', text: 'kind: ke-hoach\nname: *foo\n' },
  { name: 'a map comment with trailing content', code: 'IMPOSSIBLE', text: '  : v\n  |\n&a b: 1\n---\n' },
  { name: 'a tab as indentation', code: 'TAB_AS_INDENT', text: 'kind: ke-hoach\na:\n\tb: 1\n' },
  { name: 'a key written twice', code: 'DUPLICATE_KEY', rule: 'yaml/duplicate-key', text: 'kind: ke-hoach\nyear: 2024\nyear: 2025\n' },
  { name: 'an unclosed quote', code: 'MISSING_CHAR', text: 'kind: ke-hoach\nsummary: "về công tác\n' },
  { name: 'a bad escape', code: 'BAD_DQ_ESCAPE', text: 'kind: ke-hoach\nsummary: "C:\\q"\n' },
  { name: 'two documents', code: 'MULTIPLE_DOCS', rule: 'file/multiple-documents', text: 'kind: ke-hoach\n---\nkind: to-chuc\n' },
];

describe('YAML problems, in the catalogue\'s words', () => {
  for (const { name, code, text, rule = 'yaml/syntax' } of cases) {
    it(`${name}: ${rule} (${code}), in Vietnamese and in English, never the package's sentence`, async () => {
      const file = 'plans/2024/x/ke-hoach.yaml';
      const words = packageWords(text);
      for (const lang of [undefined, 'en'] as const) {
        const found = (await diagnostics(file, text, lang)).filter((d) => d.rule === rule);
        expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
        if (rule === 'yaml/syntax') expect(found.map((d) => d.args.code)).toContain(code);
        for (const d of found) {
          expect(d.line, d.message).toBeGreaterThan(0);
          const shown = `${d.message}\n${d.hint ?? ''}`;
          for (const w of words) expect(shown).not.toContain(w);
          expect(shown).not.toMatch(/[A-Z]{2,}_[A-Z_]+/);
          if (lang === undefined) expect(shown).not.toMatch(english);
          if (rule === 'yaml/syntax') expect(d.message).toMatch(lang === undefined ? /^Lỗi cú pháp YAML: / : /^YAML syntax error: /);
        }
      }
    });
  }
});

describe('schema problems, in the catalogue\'s words', () => {
  const sheets = readFileSync(join(repoRoot, 'plans/2024/dinh-quan/cham-diem.yaml'), 'utf8');
  const file = 'plans/2024/dinh-quan/cham-diem.yaml';
  const text = sheets.replace('i-1-1: { self: 3,', 'i-1-1: { self: 1.333,');

  // The guide's own step (a quarter by default, 0.1 when it says so) is score/step, against the guide.
  it('a score finer than a hundredth (self: 1.333): schema/multiple-of at the value, with the nearest steps', async () => {
    const [d, ...rest] = await diagnostics(file, text);
    expect(rest.filter((x) => x.rule.startsWith('schema/'))).toEqual([]);
    expect(d).toMatchObject({ rule: 'schema/multiple-of', severity: 'error', args: { value: '1.333', step: 0.01, below: 1.33, above: 1.34 } });
    expect(d!.message).toBe('«Tự chấm» (self) là 1,333, phải theo bước 0,01 (là bội của 0,01).');
    expect(d!.hint).toMatch(/^Làm tròn thành 1,33 hoặc 1,34\./);
    expect(`${d!.message}${d!.hint}`).not.toMatch(/multipleOf|must be/);
    const [en] = await diagnostics(file, text, 'en');
    expect(en!.message).toBe('"self" is 1.333; it goes in steps of 0.01.');
  });

  it('a comma inside { } that cut a value in two: the comma named as the cause, the value as meant', async () => {
    const org = readFileSync(join(repoRoot, 'plans/2024/dinh-quan/to-chuc.yaml'), 'utf8');
    const orgFile = 'plans/2024/dinh-quan/to-chuc.yaml';
    const broken = org.replace('{ id: la-nga, kind: xã, name: La Ngà }', '{ id: la-nga, kind: xã, name: La Ngà, Định Quán }');
    expect(broken).not.toBe(org);
    const [d, ...rest] = await diagnostics(orgFile, broken);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'schema/unknown-property', args: { property: 'Định Quán', comma: 'yes', key: 'name', meant: 'La Ngà, Định Quán' } });
    expect(d!.message).toBe('Dấu phẩy trong ngoặc { } đã cắt «name» làm hai: «Định Quán» thành một trường mới, không có trong mẫu.');
    expect(d!.hint).toBe('Trong ngoặc { }, giá trị có dấu phẩy phải đặt trong ngoặc kép: name: "La Ngà, Định Quán". Hoặc viết trường đó trên dòng riêng (không dùng ngoặc { }).');
    // A misspelt field of a flow map is still a misspelt field.
    const typos = await diagnostics(orgFile, org.replace('{ id: la-nga, kind: xã, name: La Ngà }', '{ id: la-nga, kind: xã, nam: La Ngà }'));
    const unknown = typos.find((t) => t.rule === 'schema/unknown-property');
    expect(unknown!.args).toMatchObject({ property: 'nam', suggestion: 'name' });
    expect(unknown!.args).not.toHaveProperty('comma');
  });

  it('no schema message of a Vietnamese run holds ajv\'s English', async () => {
    const broken = edit(shipped('ke-hoach'), 'body: ', 'dinh-quan', '[1, 2]').replace(/^year: 2024$/m, 'year: 20.5');
    const found = await diagnostics('plans/2024/dinh-quan/ke-hoach.yaml', broken);
    expect(found.length).toBeGreaterThan(1);
    for (const d of found) expect(`${d.message} ${d.hint ?? ''}`).not.toMatch(/\bmust\b|\bshould\b|multipleOf|NOT have/);
  });
});

describe('plan done and plan status that cannot edit safely: the reason in words, exit 2, the file unchanged', () => {
  const PLAN = 'plans/2024/dinh-quan/ke-hoach.yaml';
  const repo = (plan: string) => write({ [PLAN]: plan, 'plans/2024/dinh-quan/to-chuc.yaml': shipped('to-chuc') });
  const attempt = async (plan: string, argv: string[], lang?: 'en') => {
    const cwd = repo(plan);
    const r = await run([...argv, ...(lang ? ['--lang', lang] : [])], { cwd });
    expect(readFileSync(join(cwd, PLAN), 'utf8')).toBe(plan);
    return r;
  };

  it('a file mixing CR and LF line ends', async () => {
    const plan = shipped('ke-hoach').replace('\n', '\r');
    const r = await attempt(plan, ['done', 'kiem-tra', '--on', '2024-06-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: Không sửa được plans\/2024\/dinh-quan\/ke-hoach\.yaml an toàn, tệp giữ nguyên: .*xuống dòng/m);
  });

  it('a status given by an alias (status: *st)', async () => {
    const withAnchor = edit(shipped('ke-hoach'), 'id: kiem-tra', 'status: planned', 'status: &st planned');
    const plan = edit(withAnchor, 'id: binh-xet', 'status: planned', 'status: *st');
    const r = await attempt(plan, ['done', 'binh-xet', '--on', '2024-06-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tệp giữ nguyên: «status» không phải một giá trị đơn');
    expect(r.stderr).not.toMatch(english);
    const en = await attempt(plan, ['done', 'binh-xet', '--on', '2024-06-30'], 'en');
    expect(en.stderr).toContain('Could not edit plans/2024/dinh-quan/ke-hoach.yaml safely; it is unchanged: ');
  });

  it('a done date on the line of the "- " (- done: ...), to be removed by a status that is not done', async () => {
    const plan = edit(shipped('ke-hoach'), '- quarter: 4', '- id: kiem-tra', '- done: 2024-06-01\n            id: kiem-tra').replace(
      /(id: kiem-tra[\s\S]*?status: )planned/,
      '$1done',
    );
    expect(parseDocument(plan).errors).toEqual([]);
    const r = await attempt(plan, ['status', 'kiem-tra', 'in-progress']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«done» nằm ngay sau "- " trên cùng một dòng');
  });
});

describe('plan.config.yaml that does not parse: the catalogue\'s words at its line and column, exit 2', () => {
  const configs: [string, string, RegExp][] = [
    ['an unclosed bracket', 'rules:\n  text/spacing: [off\n', /^plan: plan\.config\.yaml:3:1: lỗi cú pháp YAML: Ngoặc vuông "\[" mở mà chưa đóng "\]"\. Cách sửa: /],
    ['a rule set twice', 'rules:\n  text/spacing: off\n  text/spacing: error\n', /^plan: plan\.config\.yaml:3:3: lỗi cú pháp YAML: Một trường được ghi hai lần/],
    ['an alias to no anchor', 'rules: &a\n  x: *b\n', /^plan: plan\.config\.yaml: lỗi cú pháp YAML: Tham chiếu \* tới một neo & chưa có\./],
    ['aliases that multiply', cases[0]!.text, /^plan: plan\.config\.yaml: lỗi cú pháp YAML: Quá nhiều tham chiếu \*/],
  ];
  for (const [name, text, expected] of configs) {
    it(name, async () => {
      const cwd = write({ 'plan.config.yaml': text, 'plans/2024/dinh-quan/to-chuc.yaml': shipped('to-chuc') });
      const r = await run(['check'], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(expected);
      for (const w of packageWords(text)) expect(r.stderr).not.toContain(w);
      expect(r.stderr).not.toMatch(english);
      const en = await run(['check', '--lang', 'en'], { cwd });
      expect(en.stderr).toMatch(/^plan: plan\.config\.yaml(:\d+:\d+)?: YAML syntax error: .*\. Fix: /);
    });
  }
});

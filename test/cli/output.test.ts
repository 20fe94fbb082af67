// What `plan check` prints: the JSON format, the human format, colours, and the words.
import { describe, expect, it } from 'vitest';
import { edit, fixture, positionOf, shipped, tempFolders } from '../helpers/fixtures.js';
import { ansi, checkJson, run, type JsonDiagnostic } from '../helpers/run.js';

const write = tempFolders();
const plan = shipped('ke-hoach');
const withLead5 = edit(plan, 'id: phan-cong-cum-truong', 'lead: ban-thuong-truc', 'lead: 5');
const lead5 = positionOf(withLead5, '5', 'id: phan-cong-cum-truong');

/** A folder with three problems: a wrong type, an unknown kind, an empty file. */
const mixed = () =>
  write({
    'ke-hoach.yaml': withLead5,
    'khac/plan.yaml': 'kind: ke-hoch\n',
    'rong.yaml': '# chưa viết\n',
  });

describe('--format json', () => {
  it('prints the summary and every diagnostic with its place, rule, severity and message', async () => {
    const { code, report, stderr } = await checkJson(mixed(), ['.']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(report.summary).toEqual({ errors: 3, warnings: 0, infos: 0, files: 3, filesWithProblems: 3 });
    const pick = (d: JsonDiagnostic) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      rule: d.rule,
      severity: d.severity,
      message: d.message,
    });
    expect(report.diagnostics.map(pick)).toEqual([
      {
        file: 'ke-hoach.yaml',
        line: lead5.line,
        column: 19,
        endLine: lead5.line,
        endColumn: 20,
        rule: 'schema/type',
        severity: 'error',
        message: '«Đơn vị chủ trì» (lead) phải là chuỗi chữ, không phải số nguyên.',
      },
      {
        file: 'khac/plan.yaml',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 14,
        rule: 'file/unknown-kind',
        severity: 'error',
        message: 'Loại tệp «ke-hoch» không có.',
      },
      {
        file: 'rong.yaml',
        line: undefined,
        column: undefined,
        endLine: undefined,
        endColumn: undefined,
        rule: 'file/empty',
        severity: 'error',
        message: 'Tệp trống: không có dữ liệu nào ngoài dòng trống và chú thích.',
      },
    ]);
  });

  it('leaves the position keys out for a problem of the whole file, and gives the data path', async () => {
    const { report } = await checkJson(mixed(), ['.']);
    const [typed, , empty] = report.diagnostics;
    expect(Object.keys(empty ?? {})).not.toContain('line');
    expect(Object.keys(empty ?? {})).not.toContain('endColumn');
    expect(typed?.path).toEqual(['sections', 1, 'sections', 0, 'tasks', 2, 'lead']);
    expect(typed?.hint).toContain('all-units');
  });

  it('speaks English with --lang en', async () => {
    const folder = mixed();
    const { report } = await checkJson(folder, ['.'], ['--lang', 'en']);
    expect(report.diagnostics.map((d) => d.message)).toEqual([
      '"lead" must be text, not a whole number.',
      'There is no kind of file "ke-hoch".',
      'The file is empty: nothing but blank lines and comments.',
    ]);
  });

  it('a clean run: an empty list and the file count', async () => {
    const { code, report } = await checkJson(fixture('valid-minimal'), ['.']);
    expect(code).toBe(0);
    expect(report).toEqual({ summary: { errors: 0, warnings: 0, infos: 0, files: 1, filesWithProblems: 0 }, diagnostics: [] });
  });

  it('is plain JSON even when colours are forced', async () => {
    const { stdout } = await run(['check', '--format', 'json', '.'], { cwd: mixed(), env: { FORCE_COLOR: '3' }, tty: true });
    expect(stdout).not.toMatch(ansi);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });
});

describe('the human format', () => {
  it('shows file:line:col, the numbered line, a caret under the culprit, the message, the fix and the summary', async () => {
    const { code, stdout, stderr } = await run(['check', 'ke-hoach.yaml'], { cwd: write({ 'ke-hoach.yaml': withLead5 }) });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const n = String(lead5.line);
    const pad = ' '.repeat(n.length);
    expect(stdout).toBe(
      [
        `ke-hoach.yaml:${n}:19: lỗi [schema/type]`,
        `${pad} |`,
        `${n} |             lead: 5`,
        `${pad} |                   ^`,
        '«Đơn vị chủ trì» (lead) phải là chuỗi chữ, không phải số nguyên.',
        'Cách sửa: Mã một bộ phận, đơn vị trực thuộc hoặc cụm thi đua trong tệp tổ chức; "all-units" là tất cả đơn vị trực thuộc.',
        '',
        '✖ 1 lỗi trong 1/1 tệp.',
        '',
      ].join('\n'),
    );
  });

  it('underlines the whole culprit with carets', async () => {
    const { stdout } = await run(['check', 'plan.yaml'], { cwd: fixture('unknown-kind') });
    expect(stdout).toContain('1 | kind: ke-hoch\n  |       ^^^^^^^\n');
  });

  it('in English with --lang en: error, Fix:, and the English summary', async () => {
    const folder = write({ 'ke-hoach.yaml': plan.replace('summary: |-', 'summery: |-') });
    const at = positionOf(plan, 'summary: |-');
    const { code, stdout } = await run(['--lang', 'en', 'check', 'ke-hoach.yaml'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toContain(`ke-hoach.yaml:${at.line}:1: error [schema/unknown-property]\n`);
    expect(stdout).toContain(`${at.line} | summery: |-\n`);
    expect(stdout).toContain('The field "summery" is not part of this kind of file.\n');
    expect(stdout).toContain('Fix: Did you mean "summary"?');
    expect(stdout).toMatch(/✖ 2 error\(s\) in 1\/1 file\(s\)\.\n$/);
    expect(stdout).not.toContain('lỗi');
    expect(stdout).not.toContain('Cách sửa');
  });

  it('--lang=en and PLAN_LANG=en speak English too', async () => {
    const cwd = fixture('unknown-kind');
    const flag = await run(['check', '--lang=en', 'plan.yaml'], { cwd });
    const env = await run(['check', 'plan.yaml'], { cwd, env: { PLAN_LANG: 'en' } });
    for (const { stdout } of [flag, env]) {
      expect(stdout).toContain('plan.yaml:1:7: error [file/unknown-kind]');
      expect(stdout).toContain('Fix: Did you mean "ke-hoach"?');
    }
  });

  it('a problem of the whole file: the file name alone, no excerpt', async () => {
    const { stdout } = await run(['check', 'ke-hoach.yaml'], { cwd: fixture('empty') });
    expect(stdout).toBe(
      [
        'ke-hoach.yaml: lỗi [file/empty]',
        'Tệp trống: không có dữ liệu nào ngoài dòng trống và chú thích.',
        'Cách sửa: Điền nội dung theo mẫu (xem "plan schema ke-hoach"), hoặc xóa tệp nếu không dùng.',
        '',
        '✖ 1 lỗi trong 1/1 tệp.',
        '',
      ].join('\n'),
    );
  });

  it('a warning: "cảnh báo" and the warning summary', async () => {
    const { code, stdout } = await run(['check', 'to-chuc.yaml'], { cwd: fixture('warning-only') });
    expect(code).toBe(0);
    expect(stdout).toContain('to-chuc.yaml:5:8: cảnh báo [yaml/syntax]\n');
    expect(stdout).toContain('5 | place: !!foo Thử\n  |        ^^^^^\n');
    expect(stdout).toMatch(/⚠ 1 cảnh báo trong 1\/1 tệp\.\n$/);
  });

  it('a clean run: one line', async () => {
    const { code, stdout } = await run(['check', '.'], { cwd: fixture('valid-minimal') });
    expect(code).toBe(0);
    expect(stdout).toBe('✔ Không có vấn đề nào trong 1 tệp.\n');
    const en = await run(['--lang', 'en', 'check', '.'], { cwd: fixture('valid-minimal') });
    expect(en.stdout).toBe('✔ No problems in 1 file(s).\n');
  });

  it('puts the caret under the right letter after decomposed (NFD) Vietnamese on the same line', async () => {
    const name = 'Phú Hòa Thượng'.normalize('NFD');
    const text = `${shipped('to-chuc').replace('{ id: phu-hoa, kind: xã, name: Phú Hòa }', `{ name: ${name}, id: Phu Hoa, kind: xã }`)}`;
    const { stdout } = await run(['check', 'to-chuc.yaml'], { cwd: write({ 'to-chuc.yaml': text }) });
    const lines = stdout.split('\n');
    // The last excerpt of that line: the id's pattern error (the name's text/nfc comes first).
    const shown = lines.findLastIndex((l) => /^\s*\d+ \| /.test(l) && l.includes('Phu Hoa'));
    expect(shown).toBeGreaterThan(0);
    // Without the gutters ("46 | ", "   | "), which are as wide as each other.
    const line = lines[shown]!.slice(lines[shown]!.indexOf('| ') + 2);
    const marker = lines[shown + 1]!.slice(lines[shown + 1]!.indexOf('| ') + 2);
    expect(lines[shown]!.indexOf('| ')).toBe(lines[shown + 1]!.indexOf('| '));
    // What the eye counts: the letters before "Phu Hoa", one column each.
    const before = line.slice(0, line.indexOf('Phu Hoa'));
    const letters = [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(before)].length;
    expect(before.length).toBeGreaterThan(letters);
    expect(marker).toBe(`${' '.repeat(letters)}^^^^^^^`);
  });
});

describe('colours', () => {
  const cwd = () => write({ 'ke-hoach.yaml': withLead5 });

  it('none when the environment is empty and stdout is not a terminal', async () => {
    const { stdout } = await run(['check', 'ke-hoach.yaml'], { cwd: cwd(), env: {} });
    expect(stdout).not.toMatch(ansi);
  });

  it('FORCE_COLOR=1 turns them on, even off a terminal', async () => {
    const { stdout } = await run(['check', 'ke-hoach.yaml'], { cwd: cwd(), env: { FORCE_COLOR: '1' } });
    expect(stdout).toMatch(ansi);
    // Colour changes how it looks, not what it says.
    const plain = await run(['check', 'ke-hoach.yaml'], { cwd: cwd() });
    // eslint-disable-next-line no-control-regex
    expect(stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });

  it('on a terminal by default', async () => {
    const { stdout } = await run(['check', 'ke-hoach.yaml'], { cwd: cwd(), env: {}, tty: true });
    expect(stdout).toMatch(ansi);
  });

  it('NO_COLOR=1 turns them off, even on a terminal', async () => {
    const { stdout } = await run(['check', 'ke-hoach.yaml'], { cwd: cwd(), env: { NO_COLOR: '1' }, tty: true });
    expect(stdout).not.toMatch(ansi);
  });

  it('TERM=dumb turns them off on a terminal', async () => {
    const { stdout } = await run(['check', 'ke-hoach.yaml'], { cwd: cwd(), env: { TERM: 'dumb' }, tty: true });
    expect(stdout).not.toMatch(ansi);
  });

  it('FORCE_COLOR=0 turns them off on a terminal', async () => {
    const { stdout } = await run(['check', 'ke-hoach.yaml'], { cwd: cwd(), env: { FORCE_COLOR: '0' }, tty: true });
    expect(stdout).not.toMatch(ansi);
  });
});

describe('Vietnamese messages are NFC', () => {
  it('every message and hint of a corpus of broken files', async () => {
    const folder = write({
      'lead.yaml': withLead5,
      'summery.yaml': plan.replace('summary: |-', 'summery: |-'),
      'person.yaml': plan.replace('  person: duong-thi-kim-phu\n', ''),
      'status.yaml': edit(plan, 'id: hoi-nghi-can-bo', 'status: done', 'status: donee'),
      'nul.yaml': 'kind: \u0000\n',
    });
    const fixtures = await checkJson(fixture('.'), ['.']);
    const written = await checkJson(folder, ['.']);
    const all = [...fixtures.report.diagnostics, ...written.report.diagnostics];
    expect(all.length).toBeGreaterThan(30);
    const rules = new Set(all.map((d) => d.rule));
    expect(rules.size).toBeGreaterThanOrEqual(14);
    const notNfc = all.filter((d) => d.message !== d.message.normalize('NFC') || (d.hint ?? '') !== (d.hint ?? '').normalize('NFC'));
    expect(notNfc.map((d) => `${d.file} ${d.rule}`)).toEqual([]);
  });

  it('even when they quote text the user typed in decomposed form (NFD)', async () => {
    const organisation = shipped('to-chuc');
    const folder = write({
      'a/to-chuc.yaml': organisation.replace('kind: to-chuc', 'kind: tổ-chức'.normalize('NFD')),
      'b/to-chuc.yaml': organisation.replace('place: Định Quán', `place: Định Quán\n${'nơi: x'.normalize('NFD')}`),
      'c/ke-hoach.yaml': edit(plan, 'id: hoi-nghi-can-bo', 'status: done', `status: ${'xong rồi'.normalize('NFD')}`),
    });
    const { report } = await checkJson(folder, ['.']);
    // text/nfc also reports the decomposed value itself (its message quotes it, in NFC).
    expect(report.diagnostics.map((d) => d.rule)).toEqual(['file/unknown-kind', 'schema/unknown-property', 'schema/enum', 'text/nfc']);
    for (const d of report.diagnostics) {
      expect(d.message, `${d.file} ${d.rule}`).toBe(d.message.normalize('NFC'));
    }
  });
});

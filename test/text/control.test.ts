// Issue case 2, "Corrupt .docx", on the checking side: a character that has no place in a printed
// text (U+000B that Word's Shift+Enter becomes when pasted, U+000C, ESC, U+FFFE, a lone surrogate,
// or a YAML escape that makes one: "\0", "\x01", "\v", "\e", "\uFFFE") is reported by `plan check`
// as `text/control-char` (error) at its line:column, and an invisible one (U+FEFF, U+200B, U+2060)
// as `text/invisible-char` (warning). `--fix` turns U+000B and U+000C into a space and removes the
// invisible ones, and changes no other byte of the file.
//
// Each case is the shipped plan (plans/2024/dinh-quan/) with one character typed into a task's
// text, checked in-process with --format json (test/helpers/run.ts); a few run the real binary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/text/index.js';
import { BOM, concat, edit, positionOf, shipped, tempFolders, utf8 } from '../helpers/fixtures.js';
import { checkJson, run, where, type CheckResult, type JsonDiagnostic } from '../helpers/run.js';
import { spawnPlan } from '../helpers/spawn.js';

const planFile = 'plans/2024/dinh-quan/ke-hoach.yaml';
const orgFile = 'plans/2024/dinh-quan/to-chuc.yaml';
const today = ['--today', '2024-06-20'];

const folder = tempFolders();
/** A repo of the shipped organisation and this plan (text, or bytes as written). */
const repo = (plan: string | Uint8Array) => folder({ [planFile]: plan, [orgFile]: shipped('to-chuc') });
const readPlan = (root: string) => readFileSync(join(root, planFile), 'utf8');

/** `plan check --format json --today 2024-06-20` of the repo. */
const checkRepo = (root: string, extra: readonly string[] = []): Promise<CheckResult> => checkJson(root, [], [...today, ...extra]);
const checkPlan = async (plan: string, extra: readonly string[] = []) => checkRepo(repo(plan), extra);

/** The one diagnostic of the report, failing with the whole list when there is not exactly one. */
function only(result: CheckResult): JsonDiagnostic {
  const all = result.report.diagnostics;
  if (all.length !== 1) throw new Error(`expected one diagnostic, found:\n${all.map(where).join('\n') || '(none)'}`);
  return all[0]!;
}

// The one-line plain text of a task: the character goes between "chấm" and "điểm".
const anchor = 'id: bao-cao-cham-diem';
const taskLine = 'text: Xây dựng báo cáo chấm điểm theo hướng dẫn của Ủy ban MTTQ Việt Nam tỉnh.';
const quotedLine = (middle: string) => `text: "Xây dựng báo cáo chấm${middle}điểm theo hướng dẫn của Ủy ban MTTQ Việt Nam tỉnh."`;

interface Case {
  /** "U+000B". */
  code: string;
  kind: string;
  rule: 'text/control-char' | 'text/invisible-char';
  /** The character itself, when a UTF-8 YAML file can hold it raw. */
  raw?: string;
  /** Double-quoted escapes that make it. */
  escapes: string[];
  /** What the Vietnamese message says of it, and the English one. */
  vi: string;
  en: string;
  /** The fix: a space, nothing, or none. */
  fix?: string;
}

const cases: Case[] = [
  { code: 'U+0000', kind: 'nul', rule: 'text/control-char', escapes: ['\\0', '\\x00', '\\u0000'], vi: 'ký tự điều khiển U+0000 (NUL)', en: 'the control character U+0000 (NUL)' },
  { code: 'U+0001', kind: 'control', rule: 'text/control-char', raw: '\x01', escapes: ['\\x01', '\\u0001'], vi: 'ký tự điều khiển U+0001', en: 'the control character U+0001' },
  {
    code: 'U+000B', kind: 'line-break', rule: 'text/control-char', raw: '\x0b', escapes: ['\\v', '\\x0b', '\\u000B'], fix: ' ',
    vi: 'ký tự điều khiển U+000B (ngắt dòng của Word, Shift+Enter)', en: "the control character U+000B (Word's line break, Shift+Enter)",
  },
  {
    code: 'U+000C', kind: 'page-break', rule: 'text/control-char', raw: '\x0c', escapes: ['\\f', '\\x0C'], fix: ' ',
    vi: 'ký tự điều khiển U+000C (ngắt trang)', en: 'the control character U+000C (page break)',
  },
  {
    code: 'U+001B', kind: 'escape', rule: 'text/control-char', raw: '\x1b', escapes: ['\\e', '\\x1b', '\\u001B'],
    vi: 'ký tự điều khiển U+001B (ESC, mã điều khiển của cửa sổ lệnh)', en: "the control character U+001B (ESC, a terminal's control code)",
  },
  { code: 'U+007F', kind: 'delete', rule: 'text/control-char', raw: '\x7f', escapes: ['\\x7f'], vi: 'ký tự điều khiển U+007F (DEL)', en: 'the control character U+007F (DEL)' },
  {
    code: 'U+0085', kind: 'c1', rule: 'text/control-char', raw: '\x85', escapes: ['\\x85', '\\N'],
    vi: 'ký tự điều khiển U+0085 (ký tự điều khiển C1, thường do chuyển bảng mã sai)', en: 'the control character U+0085 (a C1 control character, usually from a wrong encoding conversion)',
  },
  {
    code: 'U+FFFE', kind: 'noncharacter', rule: 'text/control-char', raw: '\ufffe', escapes: ['\\uFFFE'],
    vi: 'ký tự không hợp lệ U+FFFE (không phải ký tự Unicode)', en: 'the invalid character U+FFFE (not a Unicode character)',
  },
  {
    code: 'U+FFFF', kind: 'noncharacter', rule: 'text/control-char', raw: '\uffff', escapes: ['\\uFFFF'],
    vi: 'ký tự không hợp lệ U+FFFF (không phải ký tự Unicode)', en: 'the invalid character U+FFFF (not a Unicode character)',
  },
  {
    code: 'U+1FFFE', kind: 'noncharacter', rule: 'text/control-char', escapes: ['\\U0001FFFE', '\\uD83F\\uDFFE'],
    vi: 'ký tự không hợp lệ U+1FFFE (không phải ký tự Unicode)', en: 'the invalid character U+1FFFE (not a Unicode character)',
  },
  {
    code: 'U+D800', kind: 'surrogate', rule: 'text/control-char', escapes: ['\\uD800'],
    vi: 'ký tự không hợp lệ U+D800 (nửa lẻ của một cặp UTF-16)', en: 'the invalid character U+D800 (half of a UTF-16 pair)',
  },
  {
    code: 'U+DE00', kind: 'surrogate', rule: 'text/control-char', escapes: ['\\uDE00'],
    vi: 'ký tự không hợp lệ U+DE00 (nửa lẻ của một cặp UTF-16)', en: 'the invalid character U+DE00 (half of a UTF-16 pair)',
  },
  {
    code: 'U+FEFF', kind: 'bom', rule: 'text/invisible-char', raw: '\ufeff', escapes: ['\\uFEFF'], fix: '',
    vi: 'ký tự vô hình U+FEFF (dấu BOM, thường dính vào khi ghép tệp)', en: 'the invisible character U+FEFF (a byte-order mark, usually glued in when files were joined)',
  },
  {
    code: 'U+200B', kind: 'zero-width-space', rule: 'text/invisible-char', raw: '\u200b', escapes: ['\\u200B'], fix: '',
    vi: 'ký tự vô hình U+200B (khoảng trắng độ rộng 0)', en: 'the invisible character U+200B (zero-width space)',
  },
  {
    code: 'U+2060', kind: 'word-joiner', rule: 'text/invisible-char', raw: '\u2060', escapes: ['\\u2060'], fix: '',
    vi: 'ký tự vô hình U+2060 (ký tự nối từ)', en: 'the invisible character U+2060 (word joiner)',
  },
];

/**
 * Where the character goes: in place of the space between "chấm" and "điểm" when its fix is a
 * space, before that space otherwise, so that a fix gives back the shipped text exactly.
 */
const middle = (c: Case, written: string) => (c.fix === ' ' ? written : `${written} `);
const severity = (c: Case) => (c.rule === 'text/control-char' ? 'error' : 'warning');
const exitCode = (c: Case) => (c.rule === 'text/control-char' ? 1 : 0);
const viLead = (c: Case) => `Văn bản có ${c.vi}`;

/** The diagnostic is this case's, at `line:column` of `written` in `plan`, `written` long. */
function expectAt(d: JsonDiagnostic, c: Case, plan: string, written: string, escaped: boolean): void {
  const { line, column } = positionOf(plan, written, anchor);
  expect(`${d.file}:${d.line}:${d.column}`).toBe(`${planFile}:${line}:${column}`);
  expect(d.endLine).toBe(line);
  expect(d.endColumn).toBe(column + written.length);
  expect(d.rule).toBe(c.rule);
  expect(d.severity).toBe(severity(c));
  expect(d.args).toEqual({ found: written, code: c.code, kind: c.kind, escaped: escaped ? 'yes' : '' });
}

const rawCases = cases.filter((c) => c.raw !== undefined);
const escapeCases = cases.flatMap((c) => c.escapes.map((escape) => ({ ...c, escape })));

describe('a control or invisible character typed raw into a plain text', () => {
  it.each(rawCases.map((c) => [c.code, c] as const))('%s: reported at its line:column, with its name (vi)', async (_, c) => {
    const plan = edit(shipped('ke-hoach'), anchor, 'chấm điểm', `chấm${middle(c, c.raw!)}điểm`);
    const r = await checkPlan(plan);
    const d = only(r);
    expectAt(d, c, plan, c.raw!, false);
    expect(d.message).toMatch(new RegExp(`^${escapeRegExp(viLead(c))}: `));
    // The message names the character by its code point, never by the character itself.
    expect(d.message).not.toContain(c.raw);
    expect(d.hint).toBe(
      c.fix === ' '
        ? 'Thay bằng dấu cách (muốn xuống dòng thì viết thành đoạn hay dòng riêng); "plan check --fix" tự sửa.'
        : c.fix === ''
          ? 'Xóa ký tự này; "plan check --fix" tự sửa.'
          : 'Xóa ký tự này (thường dính vào khi dán từ chương trình khác; trình soạn thảo hiện nó ở cột được chỉ).',
    );
    expect(r.code).toBe(exitCode(c));
  });

  it.each(rawCases.map((c) => [c.code, c] as const))('%s: in English with --lang en', async (_, c) => {
    const plan = edit(shipped('ke-hoach'), anchor, 'chấm điểm', `chấm${middle(c, c.raw!)}điểm`);
    const d = only(await checkPlan(plan, ['--lang', 'en']));
    expectAt(d, c, plan, c.raw!, false);
    expect(d.message).toMatch(new RegExp(`^The text has ${escapeRegExp(c.en)}: `));
  });

  it('U+000B on the continuation line of a folded (>-) text: at that line and column', async () => {
    const folded = 'id: trinh-ho-so-khen-thuong-2023';
    const plan = edit(shipped('ke-hoach'), folded, 'thưởng năm 2023.', 'thưởng\x0bnăm 2023.');
    const d = only(await checkPlan(plan));
    const { line, column } = positionOf(plan, '\x0b', folded);
    expect(plan.split('\n')[line - 1]).toBe('              thưởng\x0bnăm 2023.');
    expect([d.line, d.column, d.endColumn, d.rule, d.severity]).toEqual([line, column, column + 1, 'text/control-char', 'error']);
  });

  it('several in one file: each reported, in the order of the file', async () => {
    let plan = shipped('ke-hoach');
    plan = edit(plan, 'id: dang-ky-thi-dua', 'nội dung', 'nội\x0bdung');
    plan = edit(plan, 'id: huong-dan-tong-ket', 'tổng kết', 'tổng\u200b kết');
    plan = edit(plan, 'id: kiem-tra', 'kiểm tra', 'kiểm\x1b tra');
    const r = await checkPlan(plan);
    const at = (needle: string, a: string) => {
      const { line, column } = positionOf(plan, needle, a);
      return `${planFile}:${line}:${column}`;
    };
    expect(r.report.diagnostics.map(where)).toEqual([
      `${at('\x0b', 'id: dang-ky-thi-dua')} text/control-char`,
      `${at('\u200b', 'id: huong-dan-tong-ket')} text/invisible-char`,
      `${at('\x1b', 'id: kiem-tra')} text/control-char`,
    ]);
    expect(r.report.summary).toMatchObject({ errors: 2, warnings: 1 });
    expect(r.code).toBe(1);
  });

  it('the terminal report shows the character as its picture (␛, ␋), never the raw byte', async () => {
    let plan = edit(shipped('ke-hoach'), anchor, 'chấm điểm', 'chấm\x1b điểm');
    plan = edit(plan, 'id: dang-ky-thi-dua', 'nội dung', 'nội\x0bdung');
    const r = await run(['check', ...today], { cwd: repo(plan) });
    expect(r.code).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(r.stdout).toContain('text: Xây dựng báo cáo chấm␛ điểm theo hướng dẫn');
    expect(r.stdout).toContain('text: Đăng ký nội␋dung thi đua');
    const { line, column } = positionOf(plan, '\x1b', anchor);
    expect(r.stdout).toContain(`${planFile}:${line}:${column}: lỗi [text/control-char]\n`);
    expect(r.stdout).toContain('✖ 2 lỗi trong 1/2 tệp.');
  });

  // YAML cannot carry every character raw: the reader must still see an error, never silence.
  it('NUL raw: the file is refused as binary (file/binary, error), not passed', async () => {
    const plan = edit(shipped('ke-hoach'), anchor, 'chấm điểm', 'chấm\x00 điểm');
    const r = await checkPlan(plan);
    const d = only(r);
    expect([d.file, d.rule, d.severity, d.args.reason]).toEqual([planFile, 'file/binary', 'error', 'nul']);
    expect(d.message).toBe('Tệp chứa ký tự NUL: đây là tệp nhị phân, không phải văn bản YAML.');
    expect(r.code).toBe(1);
  });

  it('a lone surrogate raw cannot be UTF-8: its bytes (ED A0 80) make the file not UTF-8 (file/binary)', async () => {
    const [before, after] = shipped('ke-hoach').split('chấm điểm theo hướng dẫn của Ủy ban MTTQ Việt Nam tỉnh.');
    expect(after).toBeDefined();
    const bytes = concat(utf8(`${before}chấm`), [0xed, 0xa0, 0x80], utf8(` điểm theo hướng dẫn của Ủy ban MTTQ Việt Nam tỉnh.${after}`));
    const r = await checkRepo(repo(bytes));
    const d = only(r);
    expect([d.file, d.rule, d.severity, d.args.reason]).toEqual([planFile, 'file/binary', 'error', 'utf8']);
    expect(r.code).toBe(1);
  });

  it('in a comment, not a text: nothing to report (it never reaches the document)', async () => {
    const plan = edit(shipped('ke-hoach'), '# VÍ DỤ: lead, with', 'VÍ DỤ:', 'VÍ DỤ:\x0b\ufeff');
    const r = await checkPlan(plan);
    expect(r.report.diagnostics.map(where)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('a control or invisible character written as a double-quoted escape', () => {
  it.each(escapeCases.map((c) => [c.escape, c] as const))('"%s": reported at the escape, naming the escape (vi, en)', async (_, c) => {
    const plan = edit(shipped('ke-hoach'), anchor, taskLine, quotedLine(middle(c, c.escape)));
    const r = await checkPlan(plan);
    const d = only(r);
    expectAt(d, c, plan, c.escape, true);
    expect(d.message).toMatch(new RegExp(`^${escapeRegExp(`${viLead(c)}, viết bằng «${c.escape}»`)}: `));
    if (c.fix === undefined) expect(d.hint).toBe(`Xóa «${c.escape}» khỏi chuỗi trong nháy kép.`);
    expect(r.code).toBe(exitCode(c));

    const en = only(await checkPlan(plan, ['--lang', 'en']));
    expectAt(en, c, plan, c.escape, true);
    expect(en.message).toMatch(new RegExp(`^${escapeRegExp(`The text has ${c.en}, written "${c.escape}"`)}: `));
  });

  it.each([
    ['an emoji as a surrogate pair', '\\uD83D\\uDE00'],
    ['an emoji as one 8-digit escape', '\\U0001F600'],
    ['an emoji raw', '😀'],
    ['a tab', '\\t'],
    ['an escaped backslash before v', '\\\\v'],
    ['a no-break space', '\\_'],
  ])('%s ("%s"): not reported', async (_, written) => {
    const plan = edit(shipped('ke-hoach'), anchor, taskLine, quotedLine(`${written} `));
    const r = await checkPlan(plan);
    expect(r.report.diagnostics.filter((d) => d.rule.startsWith('text/control') || d.rule.startsWith('text/invisible')).map(where)).toEqual([]);
    expect(r.report.diagnostics.filter((d) => d.severity === 'error').map(where)).toEqual([]);
  });

  it('a backslash outside double quotes is a backslash: \'...\\v...\' and a folded \\v are not escapes', async () => {
    let plan = edit(shipped('ke-hoach'), anchor, taskLine, "text: 'Xây dựng báo cáo chấm\\v điểm theo hướng dẫn của Ủy ban MTTQ Việt Nam tỉnh.'");
    plan = edit(plan, 'id: trinh-ho-so-khen-thuong-2023', 'thưởng năm 2023.', 'thưởng\\e năm 2023.');
    const r = await checkPlan(plan);
    expect(r.report.diagnostics.filter((d) => d.rule.startsWith('text/')).map(where)).toEqual([]);
  });

  it('the checker on its own: a pair of escapes is one character, its lone halves are two problems', () => {
    expect(checkText('"a\\uD83D\\uDE00b"', { quoted: '"' })).toEqual([]);
    expect(checkText('"a\\uDE00\\uD83Db"', { quoted: '"' }).map((p) => [p.rule, p.start, p.end, p.args.code])).toEqual([
      ['text/control-char', 2, 8, 'U+DE00'],
      ['text/control-char', 8, 14, 'U+D83D'],
    ]);
    // The same text unquoted, or single-quoted: backslashes and letters, nothing to report.
    expect(checkText('a\\uD800b')).toEqual([]);
    expect(checkText("'a\\x01b'", { quoted: "'" })).toEqual([]);
  });
});

describe('plan check --fix', () => {
  it('U+000B and U+000C become a space, U+FEFF, U+200B, U+2060 go: the file is the shipped one again, byte for byte', async () => {
    const original = shipped('ke-hoach');
    let plan = edit(original, anchor, 'chấm điểm', 'chấm\x0bđiểm');
    plan = edit(plan, 'id: dang-ky-thi-dua', 'nội dung', 'nội\x0cdung');
    plan = edit(plan, 'id: huong-dan-tong-ket', 'tổng kết', 'tổng\ufeff kết');
    plan = edit(plan, 'id: ke-hoach-kiem-tra', 'kiểm tra', 'kiểm\u200b tra');
    plan = edit(plan, 'id: kiem-tra', 'kiểm tra', 'kiểm\u2060 tra');
    plan = edit(plan, 'id: trinh-ho-so-khen-thuong-2023', 'thưởng năm 2023.', 'thưởng\x0bnăm 2023.');
    const root = repo(plan);

    const before = await checkRepo(root);
    expect(before.report.diagnostics.map((d) => d.rule).sort()).toEqual([
      'text/control-char', 'text/control-char', 'text/control-char', 'text/invisible-char', 'text/invisible-char', 'text/invisible-char',
    ]);

    const fixed = await checkRepo(root, ['--fix']);
    expect(fixed.stderr).toContain(`Đã sửa 6 chỗ trong ${planFile}:`);
    expect(fixed.report.diagnostics.map(where)).toEqual([]);
    expect(fixed.code).toBe(0);
    // Comments, blank lines, indentation, the folded text's lines: all as shipped.
    expect(readPlan(root)).toBe(original);

    const again = await checkRepo(root);
    expect(again.report.diagnostics.map(where)).toEqual([]);
    expect(again.code).toBe(0);
  });

  it('escapes in double quotes: "\\v" becomes a space, "\\uFEFF" goes; the quotes stay', async () => {
    const original = shipped('ke-hoach');
    const plan = edit(original, anchor, taskLine, quotedLine('\\v').replace('Xây dựng', 'Xây\\uFEFF dựng'));
    const root = repo(plan);
    const fixed = await checkRepo(root, ['--fix']);
    expect(fixed.report.diagnostics.map(where)).toEqual([]);
    expect(fixed.code).toBe(0);
    expect(readPlan(root)).toBe(edit(original, anchor, taskLine, quotedLine(' ')));
  });

  it('a character with no safe replacement (U+0001, ESC, "\\uFFFE") is left alone, still an error', async () => {
    const original = shipped('ke-hoach');
    let plan = edit(original, anchor, taskLine, quotedLine('\\uFFFE '));
    plan = edit(plan, 'id: dang-ky-thi-dua', 'nội dung', 'nội\x01 dung');
    plan = edit(plan, 'id: kiem-tra', 'kiểm tra', 'kiểm\x1b tra');
    const root = repo(plan);
    const fixed = await checkRepo(root, ['--fix']);
    expect(fixed.report.diagnostics.map((d) => `${d.rule} ${d.args.code}`)).toEqual([
      'text/control-char U+0001',
      'text/control-char U+001B',
      'text/control-char U+FFFE',
    ]);
    expect(fixed.code).toBe(1);
    expect(readPlan(root)).toBe(plan);
  });

  it('keeps the file\'s own BOM and CRLF line ends while it takes a U+FEFF out of a text', async () => {
    const original = shipped('ke-hoach');
    const plan = edit(original, anchor, 'chấm điểm', 'chấm\ufeff điểm').replace(/\n/g, '\r\n');
    const root = repo(concat(BOM, utf8(plan)));
    const before = only(await checkRepo(root));
    const { line, column } = positionOf(plan.replace(/\r\n/g, '\n'), '\ufeff', anchor);
    expect([before.rule, before.line, before.column]).toEqual(['text/invisible-char', line, column]);

    const fixed = await checkRepo(root, ['--fix']);
    expect(fixed.report.diagnostics.map(where)).toEqual([]);
    expect(new Uint8Array(readFileSync(join(root, planFile)))).toEqual(concat(BOM, utf8(original.replace(/\n/g, '\r\n'))));
  });

  it('--dry-run says what it would fix and writes nothing', async () => {
    const plan = edit(shipped('ke-hoach'), anchor, 'chấm điểm', 'chấm\x0bđiểm');
    const root = repo(plan);
    const r = await checkRepo(root, ['--fix', '--dry-run']);
    const { line, column } = positionOf(plan, '\x0b', anchor);
    expect(r.stderr).toContain(`Sẽ sửa 1 chỗ trong ${planFile}:\n  ${line}:${column} [text/control-char] Văn bản có ký tự điều khiển U+000B`);
    expect(r.code).toBe(1);
    expect(readPlan(root)).toBe(plan);
  });
});

describe('the real binary (node bin/plan.js)', () => {
  const plan = edit(shipped('ke-hoach'), anchor, 'chấm điểm', 'chấm\x0bđiểm');
  const { line, column } = positionOf(plan, '\x0b', anchor);

  it('plan check: the error at file:line:column, in Vietnamese, exit 1', () => {
    const r = spawnPlan(['check', ...today], repo(plan));
    expect(r.stdout).toContain(
      `${planFile}:${line}:${column}: lỗi [text/control-char]\n` +
        '    |\n' +
        `${line} |             text: Xây dựng báo cáo chấm␋điểm theo hướng dẫn của Ủy ban MTTQ Việt Nam tỉnh.\n` +
        `    |${' '.repeat(column)}^\n` +
        'Văn bản có ký tự điều khiển U+000B (ngắt dòng của Word, Shift+Enter): không in ra được, và văn bản Word có ký tự này thì Word, LibreOffice không mở được.\n',
    );
    expect(r.stdout).toContain('✖ 1 lỗi trong 1/2 tệp.');
    expect(r.code).toBe(1);
  });

  it('plan check --lang en: the same place, in English', () => {
    const r = spawnPlan(['check', ...today, '--lang', 'en'], repo(plan));
    expect(r.stdout).toContain(`${planFile}:${line}:${column}: error [text/control-char]\n`);
    expect(r.stdout).toContain(
      "The text has the control character U+000B (Word's line break, Shift+Enter): it does not print, and Word and LibreOffice refuse a Word document that holds it.\n",
    );
    expect(r.code).toBe(1);
  });

  it('plan check --fix: fixed on disk, then clean, exit 0', () => {
    const root = repo(plan);
    const r = spawnPlan(['check', ...today, '--fix'], root);
    expect(r.stderr).toContain(`Đã sửa 1 chỗ trong ${planFile}:`);
    expect(r.code).toBe(0);
    expect(readPlan(root)).toBe(shipped('ke-hoach'));
    expect(spawnPlan(['check', ...today], root).code).toBe(0);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

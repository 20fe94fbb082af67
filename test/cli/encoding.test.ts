// Bytes as editors on Windows save them: BOM, CRLF, no final newline, UTF-16, old encodings.
// These fixtures are written at run time: git would rewrite them if they were committed.
import { describe, expect, it } from 'vitest';
import { BOM, concat, edit, positionOf, shipped, tempFolders, utf8 } from '../helpers/fixtures.js';
import { checkJson, run, where } from '../helpers/run.js';

const write = tempFolders();
const plan = shipped('ke-hoach');
const organisation = shipped('to-chuc');

const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const noFinalNewline = (text: string) => text.replace(/(\r?\n)+$/, '');

describe('files that are not UTF-8 text: file/binary', () => {
  it.each([
    ['NUL bytes', concat(utf8('kind: ke-hoach\n'), [0, 0], utf8('\n')), 'nul', 'ký tự NUL'],
    ['UTF-16 LE with BOM', concat([0xff, 0xfe], [...'kind: to-chuc\n'].flatMap((c) => [c.charCodeAt(0), 0])), 'utf16', 'UTF-16'],
    ['UTF-16 BE with BOM', concat([0xfe, 0xff], [...'kind: to-chuc\n'].flatMap((c) => [0, c.charCodeAt(0)])), 'utf16', 'UTF-16'],
    ['invalid UTF-8 (0xC3 0x28)', concat(utf8('kind: to-chuc\nplace: '), [0xc3, 0x28], utf8('\n')), 'utf8', 'không phải văn bản UTF-8'],
    ['TCVN3 bytes', concat(utf8('place: '), [0xa7, 0xdd, 0x6e, 0x68, 0x20, 0x51, 0x75, 0xb8, 0x6e], utf8('\n')), 'utf8', 'TCVN3'],
  ])('%s: exit 1, file/binary, no position', async (_name, bytes, reason, words) => {
    const folder = write({ 'to-chuc.yaml': bytes });
    const { code, report } = await checkJson(folder, ['to-chuc.yaml']);
    expect(code).toBe(1);
    expect(report.diagnostics.map(where)).toEqual(['to-chuc.yaml file/binary']);
    const d = report.diagnostics[0]!;
    expect(d.args.reason).toBe(reason);
    expect(d.message).toContain(words);
    expect(d.line).toBeUndefined();
    expect(d.hint).toContain('UTF-8');
  });

  it('the UTF-16 message is not the one for binary files', async () => {
    const folder = write({
      'a.yaml': concat([0xff, 0xfe], [0x6b, 0, 0x3a, 0]),
      'b.yaml': concat(utf8('k: '), [0], utf8('\n')),
    });
    const { report } = await checkJson(folder, ['.']);
    const [utf16, nul] = report.diagnostics;
    expect(utf16?.message).toBe('Tệp được lưu dạng UTF-16 ("Unicode" của Notepad), không phải UTF-8.');
    expect(nul?.message).toBe('Tệp chứa ký tự NUL: đây là tệp nhị phân, không phải văn bản YAML.');
  });

  it('the human format names a binary file without printing its bytes', async () => {
    const folder = write({ 'to-chuc.yaml': concat(utf8('kind: '), [0, 1, 2], utf8('\n')) });
    const { code, stdout } = await run(['check', 'to-chuc.yaml'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toContain('to-chuc.yaml: lỗi [file/binary]');
    expect(stdout).not.toContain('\u0000');
    expect(stdout).not.toContain(' | ');
  });

  it('a file that is only a UTF-8 BOM is empty', async () => {
    const folder = write({ 'ke-hoach.yaml': Uint8Array.from(BOM) });
    const { code, report } = await checkJson(folder, ['ke-hoach.yaml']);
    expect(code).toBe(1);
    expect(report.diagnostics.map(where)).toEqual(['ke-hoach.yaml file/empty']);
  });
});

describe('a valid plan saved the Windows way stays valid', () => {
  it.each([
    ['with a UTF-8 BOM', (t: string) => concat(BOM, utf8(t))],
    ['with CRLF line ends', (t: string) => utf8(crlf(t))],
    ['without a final newline', (t: string) => utf8(noFinalNewline(t))],
    ['with BOM, CRLF and no final newline', (t: string) => concat(BOM, utf8(noFinalNewline(crlf(t))))],
  ])('%s: exit 0, no diagnostics', async (_name, save) => {
    const folder = write({ 'ke-hoach.yaml': save(plan), 'to-chuc.yaml': save(organisation) });
    const { code, report, stderr } = await checkJson(folder, ['.']);
    expect(report.diagnostics.map(where)).toEqual([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0, files: 2, filesWithProblems: 0 });
  });
});

describe('positions in files saved the Windows way', () => {
  const withLead5 = edit(plan, 'id: phan-cong-cum-truong', 'lead: ban-thuong-truc', 'lead: 5');
  const lead5 = positionOf(withLead5, '5', 'id: phan-cong-cum-truong');

  it('CRLF does not shift columns: the value, its end, and the excerpt', async () => {
    const folder = write({ 'ke-hoach.yaml': utf8(crlf(withLead5)) });
    const { code, report } = await checkJson(folder, ['ke-hoach.yaml']);
    expect(code).toBe(1);
    expect(report.diagnostics.map(where)).toEqual([`ke-hoach.yaml:${lead5.line}:${lead5.column} schema/type`]);
    expect([report.diagnostics[0]?.endLine, report.diagnostics[0]?.endColumn]).toEqual([lead5.line, lead5.column + 1]);

    const human = await run(['check', 'ke-hoach.yaml'], { cwd: folder });
    expect(human.stdout).not.toContain('\r');
    expect(human.stdout).toContain(`${lead5.line} |             lead: 5\n`);
    expect(human.stdout).toContain(`${' '.repeat(String(lead5.line).length)} |                   ^\n`);
  });

  it('CRLF does not shift the column of an error at the end of a line', async () => {
    const text = edit(organisation, 'issuer:\n  name:', 'symbol: MTTQ-BTT', 'symbol: mttq-btt');
    const at = positionOf(text, 'mttq-btt');
    const folder = write({ 'to-chuc.yaml': utf8(crlf(text)) });
    const { report } = await checkJson(folder, ['to-chuc.yaml']);
    const d = report.diagnostics[0];
    expect(report.diagnostics.map(where)).toEqual([`to-chuc.yaml:${at.line}:${at.column} schema/pattern`]);
    expect([d?.endLine, d?.endColumn]).toEqual([at.line, at.column + 'mttq-btt'.length]);
  });

  it('CRLF: a syntax error is placed as without it', async () => {
    const text = 'kind: to-chuc\r\nid: thu\r\nname: Xã: Thử\r\n';
    const folder = write({ 'to-chuc.yaml': utf8(text) });
    const { report } = await checkJson(folder, ['to-chuc.yaml']);
    expect(report.diagnostics.map(where)).toEqual(['to-chuc.yaml:3:7 yaml/syntax']);
  });

  it('a BOM does not shift column 1 of line 1: an unknown key on the first line', async () => {
    const text = `summery: x\n${plan}`;
    const folder = write({ 'ke-hoach.yaml': concat(BOM, utf8(text)) });
    const { code, report } = await checkJson(folder, ['ke-hoach.yaml']);
    expect(code).toBe(1);
    expect(report.diagnostics.map(where)).toEqual(['ke-hoach.yaml:1:1 schema/unknown-property']);
    expect([report.diagnostics[0]?.endLine, report.diagnostics[0]?.endColumn]).toEqual([1, 8]);

    const human = await run(['check', 'ke-hoach.yaml'], { cwd: folder });
    expect(human.stdout).toContain('ke-hoach.yaml:1:1:');
    expect(human.stdout).toContain('1 | summery: x\n');
    expect(human.stdout).toContain('  | ^^^^^^^\n');
    expect(human.stdout).not.toContain('\uFEFF');
  });

  it('a BOM does not shift columns of line 1: kind: ke-hoch', async () => {
    const folder = write({ 'ke-hoach.yaml': concat(BOM, utf8('kind: ke-hoch\n')) });
    const { report } = await checkJson(folder, ['ke-hoach.yaml']);
    expect(report.diagnostics.map(where)).toEqual(['ke-hoach.yaml:1:7 file/unknown-kind']);
    expect(report.diagnostics[0]?.endColumn).toBe(14);
  });

  it('a BOM does not shift later lines either', async () => {
    const folder = write({ 'ke-hoach.yaml': concat(BOM, utf8(withLead5)) });
    const { report } = await checkJson(folder, ['ke-hoach.yaml']);
    expect(report.diagnostics.map(where)).toEqual([`ke-hoach.yaml:${lead5.line}:${lead5.column} schema/type`]);
  });

  it('no final newline: an error on the last line is placed right', async () => {
    const text = noFinalNewline(plan.replace('person: duong-thi-kim-phu', 'person: 5'));
    expect(text.endsWith('person: 5')).toBe(true);
    const at = positionOf(text, 'person: 5');
    const folder = write({ 'ke-hoach.yaml': utf8(text) });
    const { code, report } = await checkJson(folder, ['ke-hoach.yaml']);
    expect(code).toBe(1);
    expect(report.diagnostics.map(where)).toEqual([`ke-hoach.yaml:${at.line}:${at.column + 8} schema/type`]);
    const human = await run(['check', 'ke-hoach.yaml'], { cwd: folder });
    expect(human.stdout).toContain(`${at.line} |   person: 5\n`);
  });

  it('BOM, CRLF and no final newline together: still the exact place', async () => {
    const folder = write({ 'ke-hoach.yaml': concat(BOM, utf8(noFinalNewline(crlf(withLead5)))) });
    const { report } = await checkJson(folder, ['ke-hoach.yaml']);
    expect(report.diagnostics.map(where)).toEqual([`ke-hoach.yaml:${lead5.line}:${lead5.column} schema/type`]);
  });
});

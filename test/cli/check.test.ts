// `plan check`: each kind of problem is reported with the right rule, at the right place.
import { describe, expect, it } from 'vitest';
import { edit, fixture, positionOf, shipped, tempFolders } from '../helpers/fixtures.js';
import { checkJson, where, type JsonDiagnostic } from '../helpers/run.js';

const write = tempFolders();

/** The one diagnostic of a run, failing with the whole list when there are more or none. */
function only(diagnostics: JsonDiagnostic[]): JsonDiagnostic {
  expect(diagnostics.map(where)).toHaveLength(1);
  return diagnostics[0]!;
}

/** Checks a copy of the shipped plan (or organisation) changed by `change`, as `ke-hoach.yaml` (or `to-chuc.yaml`). */
async function checkShipped(kind: 'ke-hoach' | 'to-chuc', change: (text: string) => string) {
  const text = change(shipped(kind));
  const folder = write({ [`${kind}.yaml`]: text });
  return { text, ...(await checkJson(folder, [`${kind}.yaml`])) };
}

describe('YAML syntax errors', () => {
  it('a text with ": " in a plain scalar: yaml/syntax at the start of the text', async () => {
    const { code, report } = await checkJson(fixture('syntax-colon'), ['to-chuc.yaml']);
    expect(code).toBe(1);
    const d = only(report.diagnostics);
    expect(where(d)).toBe('to-chuc.yaml:3:7 yaml/syntax');
    expect(d.severity).toBe('error');
    expect(d.message).toContain('Có hai dấu ":" trên một dòng');
    expect(d.hint).toContain('nháy kép');
  });

  it('a text with ": " deep in a task of the shipped plan: the line and column of that text', async () => {
    const needle = 'Đăng ký nội dung thi đua năm 2024';
    const { text, code, report } = await checkShipped('ke-hoach', (t) =>
      edit(t, 'id: dang-ky-thi-dua', needle, 'Đăng ký: nội dung thi đua năm 2024'),
    );
    expect(code).toBe(1);
    const at = positionOf(text, 'Đăng ký: nội dung');
    expect(where(only(report.diagnostics))).toBe(`ke-hoach.yaml:${at.line}:${at.column} yaml/syntax`);
  });

  it('an unclosed "[": yaml/syntax at the "[" that is never closed', async () => {
    const { code, report } = await checkJson(fixture('syntax-unclosed-bracket'), ['ke-hoach.yaml']);
    expect(code).toBe(1);
    const d = only(report.diagnostics);
    expect(d.rule).toBe('yaml/syntax');
    expect(d.message).toContain('Ngoặc vuông "[" mở mà chưa đóng "]"');
    // Line 3, `numbering: ["I/-", "1."`: the bracket is the culprit, not `sections:` three lines below.
    expect(where(d)).toBe('ke-hoach.yaml:3:12 yaml/syntax');
  });

  it('an unclosed "[": the hint is about closing the bracket, not about indentation', async () => {
    const { report } = await checkJson(fixture('syntax-unclosed-bracket'), ['ke-hoach.yaml']);
    const d = only(report.diagnostics);
    expect(d.hint).not.toMatch(/thụt/i);
    expect(d.hint).toMatch(/ngoặc/i);
  });

  it('an unclosed "[" at the end of a file: exit 1, yaml/syntax, nothing else', async () => {
    const folder = write({ 'ke-hoach.yaml': 'kind: ke-hoach\nnumbering: ["I/-"\n' });
    const { code, report } = await checkJson(folder, ['ke-hoach.yaml']);
    expect(code).toBe(1);
    expect(only(report.diagnostics).rule).toBe('yaml/syntax');
  });

  it('duplicate keys: yaml/duplicate-key at the second key, at each level', async () => {
    const { code, report } = await checkJson(fixture('duplicate-key'), ['to-chuc.yaml']);
    expect(code).toBe(1);
    expect(report.diagnostics.map(where)).toEqual([
      'to-chuc.yaml:9:3 yaml/duplicate-key', // letterhead.parent, again
      'to-chuc.yaml:13:1 yaml/duplicate-key', // place, again
    ]);
  });

  it('duplicate keys: the message names the whole key, and the range covers it', async () => {
    const { report } = await checkJson(fixture('duplicate-key'), ['to-chuc.yaml']);
    const [nested, top] = report.diagnostics;
    expect(nested?.args.key).toBe('parent');
    expect(nested?.message).toContain('«parent»');
    expect(top?.args.key).toBe('place');
    expect(top?.message).toContain('«place»');
    expect([nested?.endLine, nested?.endColumn]).toEqual([9, 9]);
  });
});

describe('schema errors in a copy of the shipped plan', () => {
  it('a wrong type deep in a task: schema/type at the value', async () => {
    const { text, code, report } = await checkShipped('ke-hoach', (t) =>
      edit(t, 'id: phan-cong-cum-truong', 'lead: ban-thuong-truc', 'lead: 5'),
    );
    expect(code).toBe(1);
    const d = only(report.diagnostics);
    const at = positionOf(text, '5', 'id: phan-cong-cum-truong');
    expect(where(d)).toBe(`ke-hoach.yaml:${at.line}:${at.column} schema/type`);
    expect(at.column).toBe(19);
    expect([d.endLine, d.endColumn]).toEqual([at.line, at.column + 1]);
    expect(d.path).toEqual(['sections', 1, 'sections', 0, 'tasks', 2, 'lead']);
    expect(d.args).toMatchObject({ field: 'lead', expected: ['string'], actual: 'integer' });
    expect(d.message).toBe('«Đơn vị chủ trì» (lead) phải là chuỗi chữ, không phải số nguyên.');
  });

  it('a missing required field of the root: schema/required at the first key', async () => {
    const { text, code, report } = await checkShipped('ke-hoach', (t) =>
      t.replace(/^summary: \|-\n(?: {2}.*\n)+/m, ''),
    );
    expect(code).toBe(1);
    const d = only(report.diagnostics);
    const at = positionOf(text, 'kind: ke-hoach');
    expect(at.column).toBe(1);
    expect(where(d)).toBe(`ke-hoach.yaml:${at.line}:1 schema/required`);
    expect(d.args.property).toBe('summary');
    expect(d.message).toBe('Thiếu trường bắt buộc «summary» (Trích yếu).');
  });

  it('a task without id: schema/required at the first key of the list item', async () => {
    const { text, code, report } = await checkShipped('ke-hoach', (t) =>
      t.replace('- id: trinh-ho-so-khen-thuong-2023\n            text: >-', '- text: >-'),
    );
    expect(code).toBe(1);
    const d = only(report.diagnostics);
    const at = positionOf(text, 'text: >-', 'Tổ chức Hội nghị cán bộ');
    expect(where(d)).toBe(`ke-hoach.yaml:${at.line}:${at.column} schema/required`);
    expect(at.column).toBe(13);
    expect(d.path).toEqual(['sections', 1, 'sections', 0, 'tasks', 1]);
    expect(d.args.property).toBe('id');
  });

  it('signer without person: schema/required at the "signer" key', async () => {
    const { text, code, report } = await checkShipped('ke-hoach', (t) => t.replace('  person: duong-thi-kim-phu\n', ''));
    expect(code).toBe(1);
    const d = only(report.diagnostics);
    const at = positionOf(text, 'signer:');
    expect(where(d)).toBe(`ke-hoach.yaml:${at.line}:1 schema/required`);
    expect([d.endLine, d.endColumn]).toEqual([at.line, 7]);
    expect(d.message).toBe('Thiếu trường bắt buộc «person» (Người ký) trong «Người ký» (signer).');
  });

  it('an unknown key: schema/unknown-property at the key, suggesting the right one', async () => {
    const { text, code, report } = await checkShipped('ke-hoach', (t) => t.replace('summary: |-', 'summery: |-'));
    expect(code).toBe(1);
    const unknown = report.diagnostics.find((d) => d.rule === 'schema/unknown-property');
    const at = positionOf(text, 'summery:');
    expect(unknown && where(unknown)).toBe(`ke-hoach.yaml:${at.line}:1 schema/unknown-property`);
    expect([unknown?.endLine, unknown?.endColumn]).toEqual([at.line, 8]);
    expect(unknown?.args.suggestion).toBe('summary');
    expect(unknown?.hint).toContain('Có phải là «summary»?');
    // And summary itself is now missing.
    expect(report.diagnostics.map((d) => d.rule).sort()).toEqual(['schema/required', 'schema/unknown-property']);
  });

  it('an unknown key in a task: at the key, with the task fields as the choice', async () => {
    const { text, report } = await checkShipped('ke-hoach', (t) => edit(t, 'id: kiem-tra', 'deadline:', 'dealine:'));
    const unknown = report.diagnostics.find((d) => d.rule === 'schema/unknown-property');
    const at = positionOf(text, 'dealine:');
    expect(unknown && where(unknown)).toBe(`ke-hoach.yaml:${at.line}:${at.column} schema/unknown-property`);
    expect(unknown?.args.suggestion).toBe('deadline');
    expect(unknown?.args.allowed).toContain('lead');
  });

  it.each([
    ['schema/enum', 'status: done', 'status: donee', 'id: hoi-nghi-can-bo', 'donee'],
    ['schema/pattern', 'deadline: 2024-01', 'deadline: 2024/01', 'id: hoi-nghi-can-bo', '2024/01'],
    ['schema/range', 'year: 2024', 'year: 1900', 'kind: ke-hoach', '1900'],
    ['schema/min-items', 'numbering: ["I/-", "1."]', 'numbering: []', 'kind: ke-hoach', '[]'],
    ['schema/duplicate-item', 'with: [van-phong]', 'with: [van-phong, van-phong]', 'id: trinh-ho-so-khen-thuong-2023', 'van-phong]'],
    ['schema/key-name', '2024-H2:', '2024-H3:', 'id: xa-bao-cao-dinh-ky', '2024-H3'],
    ['schema/empty', 'text: Đăng ký nội dung thi đua năm 2024 gửi Hội đồng Thi đua - Khen thưởng huyện.', 'text: ""', 'id: dang-ky-thi-dua', '""'],
  ])('%s: "%s" → "%s" is reported at the culprit', async (rule, from, to, anchor, culprit) => {
    const { text, code, report } = await checkShipped('ke-hoach', (t) => edit(t, anchor, from, to));
    expect(code).toBe(1);
    const at = positionOf(text, culprit, to);
    expect(where(only(report.diagnostics))).toBe(`ke-hoach.yaml:${at.line}:${at.column} ${rule}`);
  });

  it('an enum typo is answered with the closest value', async () => {
    const { report } = await checkShipped('ke-hoach', (t) => edit(t, 'id: hoi-nghi-can-bo', 'status: done', 'status: donee'));
    const d = only(report.diagnostics);
    expect(d.args.suggestion).toBe('done');
    expect(d.hint).toContain('Có phải là «done»?');
  });

  it('a wrong type in the organisation file: schema/type at the value', async () => {
    const { text, code, report } = await checkShipped('to-chuc', (t) => edit(t, 'letterhead:', 'issuer: BAN THƯỜNG TRỰC', 'issuer: [BAN]'));
    expect(code).toBe(1);
    const at = positionOf(text, '[BAN]');
    expect(where(only(report.diagnostics))).toBe(`to-chuc.yaml:${at.line}:${at.column} schema/type`);
  });
});

describe('the file as a whole', () => {
  it('an empty file: file/empty, without a position, suggesting the kind its name says', async () => {
    const { code, report } = await checkJson(fixture('empty'), ['ke-hoach.yaml']);
    expect(code).toBe(1);
    const d = only(report.diagnostics);
    expect(where(d)).toBe('ke-hoach.yaml file/empty');
    expect(d.line).toBeUndefined();
    expect(d.hint).toContain('plan schema ke-hoach');
  });

  it('a file of comments only: file/empty', async () => {
    const { code, report } = await checkJson(fixture('comments-only'), ['to-chuc.yaml']);
    expect(code).toBe(1);
    expect(where(only(report.diagnostics))).toBe('to-chuc.yaml file/empty');
  });

  it('a file of blank lines only: file/empty', async () => {
    const folder = write({ 'x.yaml': '\n\n   \n' });
    const { code, report } = await checkJson(folder, ['x.yaml']);
    expect(code).toBe(1);
    expect(where(only(report.diagnostics))).toBe('x.yaml file/empty');
  });

  it('several documents: file/multiple-documents at the second "---"', async () => {
    const { code, report } = await checkJson(fixture('multiple-documents'), ['to-chuc.yaml']);
    expect(code).toBe(1);
    const d = only(report.diagnostics);
    expect(where(d)).toBe('to-chuc.yaml:14:1 file/multiple-documents');
    expect(d.args.count).toBe(2);
  });

  it('a list at the root: file/not-a-map at the list', async () => {
    const { code, report } = await checkJson(fixture('not-a-map'), ['ke-hoach.yaml']);
    expect(code).toBe(1);
    expect(where(only(report.diagnostics))).toBe('ke-hoach.yaml:2:1 file/not-a-map');
  });

  it('a line of text at the root: file/not-a-map', async () => {
    const folder = write({ 'to-chuc.yaml': 'Ủy ban MTTQ Việt Nam xã Thử\n' });
    const { code, report } = await checkJson(folder, ['to-chuc.yaml']);
    expect(code).toBe(1);
    expect(where(only(report.diagnostics))).toBe('to-chuc.yaml:1:1 file/not-a-map');
  });

  it('no kind, in ke-hoach.yaml: file/missing-kind suggesting kind: ke-hoach', async () => {
    const { code, report } = await checkJson(fixture('missing-kind'), ['ke-hoach.yaml']);
    expect(code).toBe(1);
    const d = only(report.diagnostics);
    expect(where(d)).toBe('ke-hoach.yaml:2:1 file/missing-kind');
    expect(d.args.suggestion).toBe('ke-hoach');
    expect(d.hint).toContain('kind: ke-hoach');
  });

  it('no kind, in a file whose name says nothing: file/missing-kind listing the kinds', async () => {
    const { report } = await checkJson(fixture('missing-kind'), ['khac.yaml']);
    const d = only(report.diagnostics);
    expect(where(d)).toBe('khac.yaml:1:1 file/missing-kind');
    expect(d.args.suggestion).toBe('');
    expect(d.hint).toContain('to-chuc');
    expect(d.hint).toContain('ke-hoach');
  });

  it('kind: ke-hoch: file/unknown-kind at the value, suggesting ke-hoach', async () => {
    const { code, report } = await checkJson(fixture('unknown-kind'), ['plan.yaml']);
    expect(code).toBe(1);
    const d = only(report.diagnostics);
    expect(where(d)).toBe('plan.yaml:1:7 file/unknown-kind');
    expect([d.endLine, d.endColumn]).toEqual([1, 14]);
    expect(d.args).toMatchObject({ value: 'ke-hoch', suggestion: 'ke-hoach' });
    expect(d.hint).toContain('Có phải là «ke-hoach»?');
  });
});

describe('every problem of every file', () => {
  it('a folder with three bad files: all their problems, sorted by file, line, column', async () => {
    const { code, report } = await checkJson(fixture('many-errors'), ['.']);
    expect(code).toBe(1);
    expect(report.diagnostics.map(where)).toEqual([
      'a.yaml:2:5 schema/pattern',
      'a.yaml:3:7 schema/empty',
      'a.yaml:6:1 schema/required',
      'a.yaml:10:11 schema/pattern',
      'a.yaml:12:11 schema/pattern',
      'a.yaml:12:30 schema/empty',
      'b/ke-hoach.yaml:4:1 yaml/duplicate-key',
      'b/ke-hoach.yaml:5:9 schema/range',
      'b/ke-hoach.yaml:6:9 schema/pattern',
      'b/ke-hoach.yaml:7:7 schema/pattern',
      'b/ke-hoach.yaml:14:17 schema/enum',
      'b/ke-hoach.yaml:15:13 schema/min-items',
      'b/ke-hoach.yaml:16:1 schema/required',
      'c.yaml:2:7 yaml/syntax',
      'c.yaml:4:1 yaml/syntax',
    ]);
    expect(report.summary).toEqual({ errors: 15, warnings: 0, infos: 0, files: 3, filesWithProblems: 3 });
  });

  it('the files are named in the order given or found, the report is sorted all the same', async () => {
    const { report } = await checkJson(fixture('many-errors'), ['c.yaml', 'b', 'a.yaml']);
    const keys = report.diagnostics.map((d) => [d.file, d.line ?? 0, d.column ?? 0] as const);
    const sorted = [...keys].sort((x, y) => (x[0] !== y[0] ? (x[0] < y[0] ? -1 : 1) : x[1] - y[1] || x[2] - y[2]));
    expect(keys).toEqual(sorted);
    expect(new Set(report.diagnostics.map((d) => d.file))).toEqual(new Set(['a.yaml', 'b/ke-hoach.yaml', 'c.yaml']));
    expect(report.diagnostics).toHaveLength(15);
  });

  it('a file named twice is checked once', async () => {
    const { report } = await checkJson(fixture('many-errors'), ['c.yaml', './c.yaml', '.']);
    expect(report.summary.files).toBe(3);
    expect(report.diagnostics).toHaveLength(15);
  });
});

describe('which files are checked', () => {
  const bad = 'kind: khac\n';
  const tree = () =>
    write({
      'a.yaml': bad,
      'b.yml': bad,
      'C.YAML': bad,
      'sub/d.yaml': bad,
      'ghi-chu.txt': bad,
      '.an/e.yaml': bad,
      'node_modules/f.yaml': bad,
      '.g.yaml': bad,
    });

  it('a folder: its *.yaml and *.yml files at any depth, not hidden ones, not node_modules', async () => {
    const { report } = await checkJson(tree(), ['.']);
    expect(report.diagnostics.map((d) => d.file).sort()).toEqual(['C.YAML', 'a.yaml', 'b.yml', 'sub/d.yaml']);
    expect(report.summary.files).toBe(4);
  });

  it('a file named on the command line is checked whatever its name', async () => {
    const folder = tree();
    const { report } = await checkJson(folder, ['ghi-chu.txt', '.an/e.yaml']);
    expect(report.diagnostics.map(where)).toEqual(['.an/e.yaml:1:7 file/unknown-kind', 'ghi-chu.txt:1:7 file/unknown-kind']);
  });

  it('paths are shown relative to the working folder, with "/"', async () => {
    const folder = tree();
    const { report } = await checkJson(`${folder}/sub`, ['../a.yaml', 'd.yaml']);
    expect(report.diagnostics.map((d) => d.file)).toEqual(['../a.yaml', 'd.yaml']);
  });
});

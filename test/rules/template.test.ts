// template/*: report templates (mau-bao-cao) and the reports printed from them (bao-cao).
//
// template/placeholder and template/table are `plan check` rules on a template file: each case is
// a temp repo holding the shipped district's plan and organisation, and a templates/so-ket.yaml
// (or cham-diem.yaml) beside plans/ that is the shipped template with one change; `plan check`
// checks that folder with plans/ by default. --today 2024-06-20.
//
// template/missing-value and template/unused-narrative come from `plan render`: each case is a temp
// repo holding every shipped file of plans/2024/dinh-quan/ (plan, organisation, scoring files, the
// three reports), one changed, rendered in-process; its diagnostics are read from stderr (the human
// format: `file:line:column: lỗi [rule]`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx, printedLines } from '../helpers/docx.js';
import { positionOf } from '../helpers/fixtures.js';
import { repoRoot, run, type RunResult } from '../helpers/run.js';
import { useRepos } from './repo.js';

const { write, check } = useRepos();

type ReportType = 'so-ket' | 'tong-ket' | 'cham-diem';

const templateFile = (type: ReportType) => `templates/${type}.yaml`;
const soKetFile = templateFile('so-ket');
/** A shipped template's text. */
const shippedTemplate = (type: ReportType) => readFileSync(join(repoRoot, 'templates', `${type}.yaml`), 'utf8');

/**
 * The text with its one `from` replaced by `to`, failing when there is none or more (a stale
 * case). Only the data is searched: a template's or a report's opening comment quotes its lines.
 */
function once(text: string, from: string, to: string): string {
  const start = text.indexOf('\nkind: ') + 1;
  const at = text.indexOf(from, start);
  if (at < start) throw new Error(`not found: ${from}`);
  if (text.indexOf(from, at + 1) >= 0) throw new Error(`found more than once: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The shipped so-ket template, with `from` (found once) changed to `to`, in the repo's templates/. */
const soKet = (from: string, to: string) => ({ extra: { [soKetFile]: once(shippedTemplate('so-ket'), from, to) } });

/** `file:line:column` of the first `needle` after `anchor` in `text`. */
const where = (file: string, text: string, needle: string, anchor?: string) => {
  const { line, column } = positionOf(text, needle, anchor);
  return `${file}:${line}:${column}`;
};

describe('template/placeholder', () => {
  it('an unknown name: at its {{...}}, with the closest name as a suggestion', async () => {
    const r = await check(soKet('{{nhiem_vu.tong}} nhiệm vụ', '{{nhiem_vu.tongg}} nhiệm vụ'));
    expect(r.found).toEqual([`${r.at(soKetFile, '{{nhiem_vu.tongg}}')} template/placeholder`]);
    const d = r.one('template/placeholder');
    expect(d.severity).toBe('error');
    expect(d.args).toEqual({ problem: 'unknown', name: 'nhiem_vu.tongg', type: 'so-ket', suggestion: 'nhiem_vu.tong' });
    // The span is the whole tag, braces included.
    expect(d.endColumn! - d.column!).toBe('{{nhiem_vu.tongg}}'.length);
    expect(d.message).toContain('{{nhiem_vu.tong}}');
    expect(r.code).toBe(1);
  });

  it('a name of another report type ({{diem.cao_nhat}} in a so-ket template): unknown there', async () => {
    const r = await check(soKet('của {{co_quan.ban_hanh}}./.', 'của {{co_quan.ban_hanh}}, {{diem.cao_nhat}} điểm./.'));
    expect(r.found).toEqual([`${r.at(soKetFile, '{{diem.cao_nhat}}')} template/placeholder`]);
    expect(r.one('template/placeholder').args).toMatchObject({ problem: 'unknown', name: 'diem.cao_nhat', type: 'so-ket' });
    expect(r.code).toBe(1);
  });

  it('sections {{#nam}}...{{/nam}} and {{^nam}}...{{/nam}} over known names pass', async () => {
    const r = await check(soKet('6 THÁNG CUỐI NĂM {{nam}}', '6 THÁNG CUỐI NĂM {{#nam}}{{nam}}{{/nam}}{{^nam}}(chưa có năm){{/nam}}'));
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('a name inside a section is checked too: {{#nam}}{{nam_hoc}}{{/nam}} at the unknown name', async () => {
    const r = await check(soKet('6 THÁNG CUỐI NĂM {{nam}}', '6 THÁNG CUỐI NĂM {{#nam}}{{nam_hoc}}{{/nam}}'));
    expect(r.found).toEqual([`${r.at(soKetFile, '{{nam_hoc}}')} template/placeholder`]);
    expect(r.one('template/placeholder').args).toMatchObject({ problem: 'unknown', name: 'nam_hoc' });
  });

  it('a section over an unknown name: at its opening tag', async () => {
    const r = await check(soKet('6 THÁNG CUỐI NĂM {{nam}}', '6 THÁNG CUỐI NĂM {{^nam_hoc}}x{{/nam_hoc}}'));
    expect(r.found).toEqual([`${r.at(soKetFile, '{{^nam_hoc}}')} template/placeholder`]);
    expect(r.one('template/placeholder').args).toMatchObject({ problem: 'unknown', name: 'nam_hoc' });
  });

  it.each([
    ['{{>nam}}', '{{>nam}}'],
    ['{{{nam}}}', '{{{nam}}}'],
    ['{{&nam}}', '{{&nam}}'],
    ['{{! ghi chú }}', '{{! ghi chú }}'],
  ])('%s: not a plain {{name}}, problem "tag" at %s', async (written, tag) => {
    const r = await check(soKet('6 THÁNG CUỐI NĂM {{nam}}', `6 THÁNG CUỐI NĂM ${written}`));
    expect(r.found).toEqual([`${r.at(soKetFile, tag)} template/placeholder`]);
    expect(r.one('template/placeholder').args).toMatchObject({ problem: 'tag', tag });
  });

  it('an unclosed {{nam at the end of a heading: problem "syntax", at the "{{" that has no "}}"', async () => {
    const r = await check(soKet('6 THÁNG CUỐI NĂM {{nam}}', '6 THÁNG CUỐI NĂM {{nam'));
    expect(r.found).toEqual([`${r.at(soKetFile, '{{nam', '6 THÁNG CUỐI NĂM')} template/placeholder`]);
    expect(r.one('template/placeholder').args).toEqual({ problem: 'syntax', name: '' });
    expect(r.code).toBe(1);
  });

  it('a "}}" forgotten mid-sentence: the tag runs to the next "}}", reported from its "{{" as an unknown name', async () => {
    const r = await check(soKet('số {{ke_hoach.so_ky_hieu}}, ngày', 'số {{ke_hoach.so_ky_hieu, ngày'));
    expect(r.found).toEqual([`${r.at(soKetFile, '{{ke_hoach.so_ky_hieu,')} template/placeholder`]);
    expect(r.one('template/placeholder').args).toMatchObject({ problem: 'unknown', name: 'ke_hoach.so_ky_hieu, ngày {{ke_hoach.ngay' });
  });

  // Mustache's "Unclosed section"/"Unopened section" errors, reported at that tag.
  it.each([
    ['{{#nam}}', 'a section opened and never closed', 'unclosed'],
    ['{{/nam}}', 'a section closed and never opened', 'unopened'],
  ])('%s (%s): problem "%s" at the tag', async (tag, _what, problem) => {
    const r = await check(soKet('6 THÁNG CUỐI NĂM {{nam}}', `6 THÁNG CUỐI NĂM ${tag}`));
    expect(r.found).toEqual([`${r.at(soKetFile, tag)} template/placeholder`]);
    expect(r.one('template/placeholder').args).toMatchObject({ problem, tag });
  });

  it('in a folded multi-line string (>-): at the line and column of the tag in the file', async () => {
    // The fifth line of the paragraph "Kế hoạch số ... có {{nhiem_vu.tong}} nhiệm vụ ...".
    const r = await check(soKet('{{nhiem_vu.chua_lam}} nhiệm vụ', '{{nhiem_vu.chua_lamm}} nhiệm vụ'));
    const at = r.at(soKetFile, '{{nhiem_vu.chua_lamm}}');
    expect(at).toBe('templates/so-ket.yaml:52:13');
    expect(r.found).toEqual([`${at} template/placeholder`]);
    expect(r.one('template/placeholder').args).toMatchObject({ name: 'nhiem_vu.chua_lamm', suggestion: 'nhiem_vu.chua_lam' });
  });

  it('in a literal block (|-) and on its second line: at the tag', async () => {
    const r = await check(soKet('trong hệ thống Mặt trận {{co_quan.cap}}\n\nintro', 'trong hệ thống Mặt trận {{co_quan.capp}}\n\nintro'));
    expect(r.found).toEqual([`${r.at(soKetFile, '{{co_quan.capp}}')} template/placeholder`]);
  });

  it('one report per tag: two unknown names in one paragraph, in the order of the file', async () => {
    const text = once(once(shippedTemplate('so-ket'), '(đạt {{nhiem_vu.ty_le_da_xong}})', '(đạt {{nhiem_vu.ty_le_xong}})'), '({{nhiem_vu.ty_le_dang_lam}})', '({{nhiem_vu.ty_le_dang}})');
    const r = await check({ extra: { [soKetFile]: text } });
    expect(r.found).toEqual([
      `${r.at(soKetFile, '{{nhiem_vu.ty_le_xong}}')} template/placeholder`,
      `${r.at(soKetFile, '{{nhiem_vu.ty_le_dang}}')} template/placeholder`,
    ]);
  });

  it('checked with plans/ by default, by its path, and not when only plans/ is named', async () => {
    const c = soKet('{{nhiem_vu.tong}} nhiệm vụ', '{{nhiem_vu.tongg}} nhiệm vụ');
    const byPath = await check(c, { paths: [soKetFile] });
    expect(byPath.found).toEqual([`${byPath.at(soKetFile, '{{nhiem_vu.tongg}}')} template/placeholder`]);
    expect(byPath.report.summary.files).toBe(1);
    const folder = await check(c, { paths: ['templates'] });
    expect(folder.found).toEqual(byPath.found);
    const plansOnly = await check(c, { paths: ['plans'] });
    expect(plansOnly.found).toEqual([]);
  });

  it('plan render stops on a broken template: the same report, at its place, exit 1, nothing written', async () => {
    const template = once(shippedTemplate('so-ket'), '{{nhiem_vu.tong}} nhiệm vụ', '{{nhiem_vu.tongg}} nhiệm vụ');
    const r = await render('so-ket', { [soKetFile]: template });
    expect(r.found).toEqual([`${where(soKetFile, template, '{{nhiem_vu.tongg}}')} template/placeholder`]);
    expect(r.code).toBe(1);
    expect(r.written).toBe(false);
    // Even a draft: a broken template is not printed.
    const draft = await render('so-ket', { [soKetFile]: template }, ['--draft']);
    expect(draft.found).toEqual(r.found);
    expect(draft.code).toBe(1);
    expect(draft.written).toBe(false);
  });

  describe('passes', () => {
    it.each<ReportType>(['so-ket', 'tong-ket', 'cham-diem'])('the shipped %s template in the repo: no finding', async (type) => {
      const r = await check({ extra: { [templateFile(type)]: shippedTemplate(type) } });
      expect(r.found).toEqual([]);
      expect(r.report.summary.files).toBe(3);
      expect(r.code).toBe(0);
    });

    it('the shipped templates/ folder of the tool: no finding', async () => {
      const r = await check({ extra: Object.fromEntries((['so-ket', 'tong-ket', 'cham-diem'] as const).map((t) => [templateFile(t), shippedTemplate(t)])) });
      expect(r.found).toEqual([]);
    });

    it.each([
      ['a name of every report type, {{co_quan.ten}}, in a heading', '6 THÁNG CUỐI NĂM {{nam}}', '6 THÁNG CUỐI NĂM {{nam}} CỦA {{co_quan.ten}}'],
      ['a new sentence with task placeholders', "- 'Kết quả thực hiện từng nhiệm vụ:'", "- 'Không thực hiện nữa: {{nhiem_vu.khong_lam}} nhiệm vụ.'\n          - 'Kết quả thực hiện từng nhiệm vụ:'"],
      ['single braces and text that only looks like a tag', 'Kết quả thực hiện từng nhiệm vụ:', 'Kết quả {thực hiện} từng nhiệm vụ:'],
      ['a sentence with no placeholder', 'Đến ngày {{bao_cao.ngay}}', 'Đến ngày báo cáo'],
    ])('%s', async (_name, from, to) => {
      const r = await check(soKet(from, to));
      expect(r.found).toEqual([]);
      expect(r.code).toBe(0);
    });
  });
});

describe('template/table', () => {
  it('{ table: diem } in a so-ket template: at "diem"', async () => {
    const r = await check(soKet('- table: nhiem-vu', '- table: diem'));
    expect(r.found).toEqual([`${r.at(soKetFile, 'diem', '- table: diem')} template/table`]);
    const d = r.one('template/table');
    expect(d.severity).toBe('error');
    expect(d.path).toEqual(['sections', 0, 'sections', 1, 'content', 3, 'table']);
    expect(d.args).toEqual({ table: 'diem', type: 'so-ket', allowed: ['nhiem-vu'] });
    expect(r.code).toBe(1);
  });

  it('{ table: nhiem-vu } in a cham-diem template: at "nhiem-vu"', async () => {
    const file = templateFile('cham-diem');
    const r = await check({ extra: { [file]: once(shippedTemplate('cham-diem'), '- table: diem', '- table: nhiem-vu') } });
    expect(r.found).toEqual([`${r.at(file, 'nhiem-vu', '- table: nhiem-vu')} template/table`]);
    expect(r.one('template/table').args).toEqual({ table: 'nhiem-vu', type: 'cham-diem', allowed: ['diem'] });
  });

  describe('passes', () => {
    it('the table placed twice, and in another section', async () => {
      const r = await check(soKet('      - narrative: kien-nghi\n', '      - narrative: kien-nghi\n      - table: nhiem-vu\n'));
      expect(r.found).toEqual([]);
      expect(r.code).toBe(0);
    });

    it('a so-ket template turned into a tong-ket one keeps its table: nhiem-vu is in both', async () => {
      const r = await check({ extra: { [templateFile('tong-ket')]: once(shippedTemplate('so-ket'), 'type: so-ket', 'type: tong-ket') } });
      expect(r.found).toEqual([]);
    });
  });
});

// ---- plan render ------------------------------------------------------------------------------

const district = join(repoRoot, 'plans', '2024', 'dinh-quan');
const reportFile = (type: ReportType) => `plans/2024/dinh-quan/bao-cao-${type}.yaml`;
const orgFile = 'plans/2024/dinh-quan/to-chuc.yaml';

/** Every shipped file of plans/2024/dinh-quan/, by its path in the repo. */
function shippedDistrict(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(district)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [`plans/2024/dinh-quan/${name}`, readFileSync(join(district, name), 'utf8')]),
  );
}

interface Rendered extends RunResult {
  folder: string;
  /** `file:line:column rule` of each diagnostic printed on stderr, in order. */
  found: string[];
  /** Whether the report's .docx was written. */
  written: boolean;
}

/** `plan render <type>` in a temp repo of the shipped district, `files` written over it (null: left out). */
async function render(type: ReportType, files: Record<string, string | null> = {}, options: string[] = []): Promise<Rendered> {
  const all: Record<string, string> = shippedDistrict();
  for (const [path, text] of Object.entries(files)) {
    if (text === null) delete all[path];
    else all[path] = text;
  }
  const folder = write(all);
  const result = await run(['render', type, ...options], { cwd: folder });
  const found = [...result.stderr.matchAll(/^(\S+):(\d+):(\d+): .*\[([a-z-]+\/[a-z-]+)\]$/gm)].map((m) => `${m[1]}:${m[2]}:${m[3]} ${m[4]}`);
  const number = /^number: (\d+)$/m.exec(all[reportFile(type)]!)![1];
  return { ...result, folder, found, written: existsSync(join(folder, 'out', '2024', 'dinh-quan', `${type}-${number}-2024.docx`)) };
}

/** The report without the narrative `slot` (its key and the lines indented under it). */
function dropNarrative(report: string, slot: string): string {
  const lines = report.split('\n');
  const from = lines.indexOf(`  ${slot}:`);
  if (from < 0) throw new Error(`no narrative ${slot}`);
  let to = from + 1;
  while (to < lines.length && (lines[to] === '' || lines[to]!.startsWith('    '))) to++;
  lines.splice(from, to - from);
  return lines.join('\n');
}

/** The shipped template as `plan render` names it from the repo's folder (it has none of its own). */
/** A shipped template lies outside the temp repo: messages name it by its whole path. */
const shippedDisplay = (_folder: string, type: ReportType) => join(repoRoot, 'templates', `${type}.yaml`).split(sep).join('/');

describe('template/missing-value', () => {
  it('a narrative slot the report does not write: at the slot name in the shipped template, exit 1, nothing written', async () => {
    const report = dropNarrative(readFileSync(join(district, 'bao-cao-so-ket.yaml'), 'utf8'), 'han-che');
    const r = await render('so-ket', { [reportFile('so-ket')]: report });
    const at = where(shippedDisplay(r.folder, 'so-ket'), shippedTemplate('so-ket'), 'han-che', '- narrative: han-che');
    expect(r.found).toEqual([`${at} template/missing-value`]);
    expect(r.stderr).toContain('Mẫu cần phần tự viết «han-che» mà tệp báo cáo plans/2024/dinh-quan/bao-cao-so-ket.yaml không có.');
    expect(r.code).toBe(1);
    expect(r.written).toBe(false);
  });

  it('a placeholder without a value ({{co_quan.cap_tren}}, no "parent"): at the tag in the repo\'s own template', async () => {
    const template = once(shippedTemplate('so-ket'), 'của {{co_quan.ban_hanh}}./.', 'của {{co_quan.ban_hanh}}, gửi {{co_quan.cap_tren}}./.');
    const org = once(readFileSync(join(district, 'to-chuc.yaml'), 'utf8'), 'parent:\n  name: Ủy ban MTTQ Việt Nam tỉnh Đồng Nai\n  level: tỉnh\n', '');
    const r = await render('so-ket', { [soKetFile]: template, [orgFile]: org });
    expect(r.found).toEqual([`${where(soKetFile, template, '{{co_quan.cap_tren}}')} template/missing-value`]);
    expect(r.stderr).toContain('tệp tổ chức không ghi cơ quan cấp trên');
    expect(r.code).toBe(1);
    expect(r.written).toBe(false);
  });

  it('--draft writes it anyway and says what is still missing', async () => {
    const template = once(shippedTemplate('so-ket'), 'của {{co_quan.ban_hanh}}./.', 'của {{co_quan.ban_hanh}}, gửi {{co_quan.cap_tren}}./.');
    const org = once(readFileSync(join(district, 'to-chuc.yaml'), 'utf8'), 'parent:\n  name: Ủy ban MTTQ Việt Nam tỉnh Đồng Nai\n  level: tỉnh\n', '');
    const r = await render('so-ket', { [soKetFile]: template, [orgFile]: org }, ['--draft']);
    expect(r.found).toEqual([`${where(soKetFile, template, '{{co_quan.cap_tren}}')} template/missing-value`]);
    expect(r.stderr).toContain('Bản dự thảo còn 1 lỗi chưa sửa');
    expect(r.code).toBe(0);
    expect(r.written).toBe(true);
    // The place prints as "[name]", for the clerk to see in the draft.
    const docx = await readDocx(readFileSync(join(r.folder, 'out', '2024', 'dinh-quan', 'so-ket-142-2024.docx')));
    expect(printedLines(docx).join('\n')).toContain('gửi [co_quan.cap_tren]./.');
  });

  it('a table without its data (a cham-diem report, no scoring scheme): at the table', async () => {
    const r = await render('cham-diem', { 'plans/2024/dinh-quan/huong-dan-cham-diem.yaml': null });
    const at = where(shippedDisplay(r.folder, 'cham-diem'), shippedTemplate('cham-diem'), 'diem', '\n          - table: diem');
    // Beside score/no-scheme of the sheets, which name a scheme that is not there.
    // Beside it, each placeholder that needs the scheme (next case).
    expect(r.found.filter((f) => f.includes(' template/'))).toContain(`${at} template/missing-value`);
    expect(r.code).toBe(1);
    expect(r.written).toBe(false);
  });

  // With no scheme, {{huong_dan.trich_dan}} and every {{diem.*}} are missing too, each at its tag.
  it('...and each of its placeholders that needs the scheme, at its tag', async () => {
    const r = await render('cham-diem', { 'plans/2024/dinh-quan/huong-dan-cham-diem.yaml': null });
    const at = where(shippedDisplay(r.folder, 'cham-diem'), shippedTemplate('cham-diem'), '{{huong_dan.trich_dan}}', '\nintro:');
    expect(r.found).toContain(`${at} template/missing-value`);
  });

  describe('passes', () => {
    it.each<ReportType>(['so-ket', 'tong-ket', 'cham-diem'])('the shipped %s report renders with no diagnostic', async (type) => {
      const r = await render(type);
      expect(r.found).toEqual([]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.written).toBe(true);
    });
  });
});

describe('template/unused-narrative', () => {
  const extraSlot = (report: string) => once(report, '\nrecipients:', '\n  ket-qua-khac: Một đoạn mà mẫu không có chỗ in.\n\nrecipients:');

  it('a narrative the template has no slot for: a warning at its key in the report, the report still written', async () => {
    const report = extraSlot(readFileSync(join(district, 'bao-cao-so-ket.yaml'), 'utf8'));
    const r = await render('so-ket', { [reportFile('so-ket')]: report });
    expect(r.found).toEqual([`${where(reportFile('so-ket'), report, 'ket-qua-khac:')} template/unused-narrative`]);
    expect(r.stderr).toContain('cảnh báo [template/unused-narrative]');
    expect(r.stderr).toContain('Các chỗ của mẫu: chi-dao, phong-trao, khen-thuong, han-che, phuong-huong, kien-nghi.');
    expect(r.code).toBe(0);
    expect(r.written).toBe(true);
  });

  it('a slot renamed in the report: the name it lacks (error) and the one it has (warning)', async () => {
    const report = once(readFileSync(join(district, 'bao-cao-so-ket.yaml'), 'utf8'), '\n  han-che:\n', '\n  han-che-x:\n');
    const r = await render('so-ket', { [reportFile('so-ket')]: report });
    expect(r.found).toEqual([
      `${where(shippedDisplay(r.folder, 'so-ket'), shippedTemplate('so-ket'), 'han-che', '- narrative: han-che')} template/missing-value`,
      `${where(reportFile('so-ket'), report, 'han-che-x:')} template/unused-narrative`,
    ]);
    expect(r.code).toBe(1);
  });

  describe('passes', () => {
    it('every narrative of the shipped reports has its slot', async () => {
      for (const type of ['so-ket', 'tong-ket', 'cham-diem'] as const) {
        const r = await render(type);
        expect(r.found).toEqual([]);
      }
    });
  });
});

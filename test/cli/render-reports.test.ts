// `plan render so-ket|tong-ket|cham-diem` and `--all` as a user runs them, in a copy of the
// shipped example (plans/2024/dinh-quan/*). The copy has no templates/ folder: the shipped
// templates are used unless a test writes its own.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Report, ReportType } from '../../src/model/report-types.js';
import { isLandscape, readSections } from '../helpers/docx-sections.js';
import { printedLines, readDocx } from '../helpers/docx.js';
import { positionOf, tempFolders } from '../helpers/fixtures.js';
import { missingTools, officeRequired } from '../helpers/office.js';
import { exampleFolder, exampleText, reportFile, reportTypes, templateText } from '../helpers/reports.js';
import { repoRoot, run } from '../helpers/run.js';

const folder = tempFolders();

/** A copy of plans/2024/dinh-quan/, with files replaced or added by name (relative to the root). */
function repo(changes: Record<string, string> = {}): string {
  const files: Record<string, string> = {};
  for (const name of readdirSync(exampleFolder)) files[`plans/2024/dinh-quan/${name}`] = exampleText(name);
  return folder({ ...files, ...changes });
}

const reportPath = (type: ReportType) => `plans/2024/dinh-quan/${reportFile(type)}`;
const numberOf = (type: ReportType) => (parse(exampleText(reportFile(type))) as Report).number;
const outName = (type: ReportType | 'ke-hoach', number: number) => `out/2024/dinh-quan/${type}-${number}-2024.docx`;
const outOf = (type: ReportType) => outName(type, numberOf(type));

/** The report file's text with one narrative slot (its key and its paragraphs) taken out. */
function withoutSlot(text: string, slot: string): string {
  const start = text.indexOf(`\n  ${slot}:\n`);
  if (start < 0) throw new Error(`no slot ${slot}`);
  // The slot ends where the next line starts at two spaces or less, then a key.
  const rest = text.slice(start + 1);
  const next = /\n(?: {2})?[a-z][a-z-]*:/.exec(rest.slice(1));
  if (!next) throw new Error(`no end of slot ${slot}`);
  return text.slice(0, start + 1) + rest.slice(next.index + 2);
}

/** The closing sentence of the shipped so-ket template, and one an office words its own way. */
const oldClosing = 'Trên đây là báo cáo sơ kết phong trào thi đua yêu nước';
const newClosing = 'Ban Thường trực báo cáo để Ủy ban MTTQ Việt Nam tỉnh và Hội đồng Thi đua - Khen thưởng huyện biết, chỉ đạo./.';

function ownSoKet(): string {
  const shipped = templateText('so-ket');
  const at = shipped.indexOf('\nclosing: >-\n');
  expect(at).toBeGreaterThan(0);
  return `${shipped.slice(0, at)}\nclosing: ${newClosing}\n`;
}

describe.each(reportTypes)('plan render %s', (type) => {
  it('writes out/2024/dinh-quan/<kind>-<number>-2024.docx, exit 0, and leaves it alone on a second run', async () => {
    const root = repo();
    const first = await run(['render', type], { cwd: root });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`Đã ghi ${outOf(type)}.\n`);
    const docx = await readDocx(readFileSync(join(root, outOf(type))));
    expect(printedLines(docx)).toContain(`Số: ${numberOf(type)}/BC-MTTQ-BTT`);
    expect(readdirSync(join(root, 'out', '2024', 'dinh-quan'))).toEqual([`${type}-${numberOf(type)}-2024.docx`]);

    const second = await run(['render', type], { cwd: root });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(`${outOf(type)} đã đúng như bản sẽ ghi, không ghi lại.\n`);
  });
});

describe('plan render so-ket: the plans repo may word the report its own way', () => {
  it('takes templates/so-ket.yaml beside plans/ over the shipped template', async () => {
    const root = repo({ 'templates/so-ket.yaml': ownSoKet() });
    const { code, stderr } = await run(['render', 'so-ket'], { cwd: root });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const text = printedLines(await readDocx(readFileSync(join(root, outOf('so-ket'))))).join('\n');
    expect(text).toContain(newClosing);
    expect(text).not.toContain(oldClosing);
  });

  it('stops at an unknown placeholder of the override: exit 1, its line and column, the closest name, no file', async () => {
    const own = ownSoKet().replace('{{nhiem_vu.tong}}', '{{nhiem_vu.tongg}}');
    expect(own).toContain('{{nhiem_vu.tongg}}');
    const { line, column } = positionOf(own, '{{nhiem_vu.tongg}}');
    const root = repo({ 'templates/so-ket.yaml': own });
    const { code, stdout, stderr } = await run(['render', 'so-ket'], { cwd: root });
    expect(code, stdout + stderr).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`templates/so-ket.yaml:${line}:${column}: lỗi [template/placeholder]`);
    expect(stderr).toContain('«{{nhiem_vu.tong}}»');
    expect(stderr).toContain('Mẫu templates/so-ket.yaml có 1 lỗi');
    expect(existsSync(join(root, 'out'))).toBe(false);

    // A broken template stops a draft too: there is nothing sound to fill.
    const draft = await run(['render', 'so-ket', '--draft'], { cwd: root });
    expect(draft.code).toBe(1);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });
});

describe('plan render so-ket: the report and its template disagree', () => {
  const shippedTemplate = join(repoRoot, 'templates', 'so-ket.yaml');

  it('refuses a report that lacks a narrative slot of the template, pointing at the slot in the template', async () => {
    const root = repo({ [reportPath('so-ket')]: withoutSlot(exampleText(reportFile('so-ket')), 'kien-nghi') });
    const { line, column } = positionOf(templateText('so-ket'), 'kien-nghi', 'narrative: kien-nghi');
    const { code, stdout, stderr } = await run(['render', 'so-ket'], { cwd: root });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    // Outside the repo, the shipped template is named by its whole path.
    expect(stderr).toContain(`${shippedTemplate}:${line}:${column}: lỗi [template/missing-value]`);
    expect(stderr).toContain('«kien-nghi»');
    expect(stderr).toContain(reportPath('so-ket'));
    expect(stderr).toContain('--draft');
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('--draft renders it, "[kien-nghi]" where the paragraphs go, marked DỰ THẢO', async () => {
    const root = repo({ [reportPath('so-ket')]: withoutSlot(exampleText(reportFile('so-ket')), 'kien-nghi') });
    const { code, stdout, stderr } = await run(['render', 'so-ket', '--draft'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toBe(`Đã ghi ${outOf('so-ket')}.\n`);
    expect(stderr).toContain('[template/missing-value]');
    expect(stderr).toContain('Bản dự thảo còn 1 lỗi');
    const bytes = readFileSync(join(root, outOf('so-ket')));
    const lines = printedLines(await readDocx(bytes));
    const heading = lines.findIndex((l) => l.endsWith('ĐỀ XUẤT, KIẾN NGHỊ'));
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 1]).toBe('[kien-nghi]');
    for (const s of await readSections(bytes)) for (const h of s.headers) expect(h.text).toContain('DỰ THẢO');
  });

  // A report is not a plan: the sentence that refuses it must not say "kế hoạch còn 1 lỗi".
  it('words the refusal of a report for any document, not as a plan', async () => {
    const root = repo({ [reportPath('so-ket')]: withoutSlot(exampleText(reportFile('so-ket')), 'kien-nghi') });
    const { code, stderr } = await run(['render', 'so-ket'], { cwd: root });
    expect(code).toBe(1);
    expect(stderr).not.toContain('kế hoạch còn');
    expect(stderr).toMatch(/^plan: Không xuất văn bản: .*còn 1 lỗi/m);
  });

  it('warns of a narrative no slot prints, on the report file, and still writes the report', async () => {
    const text = exampleText(reportFile('so-ket')).replace(
      '\nnarrative:\n',
      '\nnarrative:\n  thanh-tich-khac:\n    - Các đơn vị tích cực tham gia hiến máu tình nguyện.\n',
    );
    const { line, column } = positionOf(text, 'thanh-tich-khac:');
    const root = repo({ [reportPath('so-ket')]: text });
    const { code, stdout, stderr } = await run(['render', 'so-ket'], { cwd: root });
    expect(stderr).toContain(`${reportPath('so-ket')}:${line}:${column}: cảnh báo [template/unused-narrative]`);
    expect(stderr).toContain('«thanh-tich-khac»');
    expect(stderr).not.toContain('lỗi [');
    expect(code).toBe(0);
    expect(stdout).toBe(`Đã ghi ${outOf('so-ket')}.\n`);
    const lines = printedLines(await readDocx(readFileSync(join(root, outOf('so-ket')))));
    expect(lines.join('\n')).not.toContain('hiến máu');
  });
});

describe('plan render --all', () => {
  const all = [outName('ke-hoach', 109), ...reportTypes.map(outOf)];

  it('writes the plan and the three reports of the year, and sums up on stdout', async () => {
    const root = repo();
    const { code, stdout, stderr } = await run(['render', '--all', '--year', '2024'], { cwd: root });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1).sort()).toEqual(all.map((f) => `Đã ghi ${f}.`).sort());
    expect(lines.at(-1)).toBe('4 văn bản đã ghi, 0 không đổi.');
    for (const f of all) expect(existsSync(join(root, f)), f).toBe(true);
    const again = await run(['render', '--all', '--year', '2024'], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stdout.trimEnd().split('\n').at(-1)).toBe('0 văn bản đã ghi, 4 không đổi.');
  });

  it('writes the others when one report fails, exit 1, the failure listed at the end of stderr', async () => {
    const root = repo({ [reportPath('tong-ket')]: withoutSlot(exampleText(reportFile('tong-ket')), 'bai-hoc') });
    const { code, stdout, stderr } = await run(['render', '--all', '--year', '2024'], { cwd: root });
    expect(code).toBe(1);
    for (const f of all.filter((f) => !f.includes('tong-ket'))) expect(existsSync(join(root, f)), f).toBe(true);
    expect(existsSync(join(root, outOf('tong-ket')))).toBe(false);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('3 văn bản đã ghi, 0 không đổi, 1 không xuất được (ở trên).');
    // Nothing but the failure on stderr, after what was written: its title, its diagnostics, why.
    const failure = stderr.indexOf(`✖ ${outOf('tong-ket')}`);
    expect(failure).toBe(0);
    expect(stderr.slice(failure)).toContain('[template/missing-value]');
    expect(stderr.slice(failure)).toContain('«bai-hoc»');
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(/^plan: Không xuất văn bản/);
  });

  // plan check does not check the dates of a report (src/check/checks/dates.ts returns [] for any
  // kind but ke-hoach): "date: 2024-06-31" passes, and the report prints "ngày 31 tháng 6".
  it('fails a report dated 2024-06-31 and writes the others', async () => {
    const root = repo({ [reportPath('tong-ket')]: exampleText(reportFile('tong-ket')).replace(/^date: 2024-12-13$/m, 'date: 2024-06-31') });
    const { code, stderr } = await run(['render', '--all', '--year', '2024'], { cwd: root });
    expect(stderr).toContain('[date/invalid]');
    expect(code).toBe(1);
    expect(existsSync(join(root, outOf('tong-ket')))).toBe(false);
    expect(existsSync(join(root, outOf('so-ket')))).toBe(true);
  });

  it('counts the documents off on a terminal: [1/4] to [4/4] on stderr', async () => {
    const root = repo();
    const { code, stderr } = await run(['render', '--all', '--year', '2024'], { cwd: root, tty: true });
    expect(code).toBe(0);
    for (const n of [1, 2, 3, 4]) expect(stderr).toContain(`[${n}/4] out/2024/dinh-quan/`);
    // The progress line is cleared at the end, so the terminal is left clean.
    expect(stderr.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('does not count off when stderr is not a terminal', async () => {
    const { stderr } = await run(['render', '--all', '--year', '2024'], { cwd: repo() });
    expect(stderr).not.toContain('[1/4]');
  });

  it('--all with -o is a usage error (exit 2), nothing written', async () => {
    const root = repo();
    const { code, stderr } = await run(['render', '--all', '-o', 'x'], { cwd: root });
    expect(code).toBe(2);
    expect(stderr).toContain('-o');
    expect(existsSync(join(root, 'out'))).toBe(false);
    expect(existsSync(join(root, 'x'))).toBe(false);
  });
});

const missingOffice = missingTools(['soffice', 'pdfinfo']);
const required = officeRequired;

describe('plan render --pdf', () => {
  it('without LibreOffice: writes the .docx, exit 2, says what to install', async () => {
    const root = repo();
    const { code, stdout, stderr } = await run(['render', 'so-ket', '--pdf'], { cwd: root, env: { PATH: '/nonexistent' } });
    expect(code).toBe(2);
    expect(stdout).toBe(`Đã ghi ${outOf('so-ket')}.\n`);
    expect(existsSync(join(root, outOf('so-ket')))).toBe(true);
    expect(existsSync(join(root, outOf('so-ket').replace(/\.docx$/, '.pdf')))).toBe(false);
    expect(stderr).toContain('LibreOffice');
    expect(stderr).toContain('apt-get install libreoffice-writer-nogui');
  });

  it.skipIf(missingOffice.length > 0 && !required)(
    'with LibreOffice: a PDF beside the .docx that pdfinfo opens, with the landscape page of the score table',
    { timeout: 180_000 },
    async () => {
      expect(missingOffice, `PLAN_REQUIRE_LIBREOFFICE=1 but not on PATH: ${missingOffice.join(', ')}`).toEqual([]);
      const root = repo();
      const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
      if (process.env.HOME) env.HOME = process.env.HOME;
      const { code, stdout, stderr } = await run(['render', 'cham-diem', '--pdf'], { cwd: root, env });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const pdf = outOf('cham-diem').replace(/\.docx$/, '.pdf');
      expect(stdout).toBe(`Đã ghi ${outOf('cham-diem')}.\nĐã ghi ${pdf}.\n`);
      const info = spawnSync('pdfinfo', ['-f', '1', '-l', '50', join(root, pdf)], { encoding: 'utf8' });
      expect(info.status, info.stderr).toBe(0);
      expect(info.stdout).toMatch(/^Page\s+1 size:\s+595(\.\d+)? x 841(\.\d+)? pts/m);
      expect(info.stdout).toMatch(/^Page\s+\d+ size:\s+841(\.\d+)? x 595(\.\d+)? pts/m);
      // The .docx it was made from has that page as its one landscape section.
      expect((await readSections(readFileSync(join(root, outOf('cham-diem'))))).filter(isLandscape)).toHaveLength(1);
    },
  );
});

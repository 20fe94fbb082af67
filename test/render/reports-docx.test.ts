// The three shipped reports (sơ kết, tổng kết, chấm điểm) rendered from their YAML files and
// shipped templates, read back from the .docx as Word reads them. The figures they print are
// checked against an independent computation from the plan's YAML, and the score table against
// `plan score --format json`.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportTemplate, ReportType, TemplateSection } from '../../src/model/report-types.js';
import type { Plan, Section, Status, Task } from '../../src/model/types.js';
import { renderReport } from '../../src/render/report-document.js';
import { isLandscape, readSections, type SectionInfo } from '../helpers/docx-sections.js';
import { printedLines, readDocx, twipsToMm, type Docx, type Para, type TableInfo } from '../helpers/docx.js';
import { tempFolders } from '../helpers/fixtures.js';
import { exampleOrg, examplePlan, exampleScheme, exampleSources, exampleText, reportFile, reportTypes, shippedTemplate } from '../helpers/reports.js';
import { run } from '../helpers/run.js';

// ---------------------------------------------------------------------------------------------
// What the documents should say, computed here from the YAML, not by the code under test.

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const monthEnd = (year: number, month: number) => iso(year, month, lastDayOfMonth(year, month));

/** "2024-03" → "2024-03-31"; a day stays as written. */
function deadlineDay(text: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  return m ? monthEnd(Number(m[1]), Number(m[2])) : text;
}

/** "ngày 14 tháng 6 năm 2024": day padded, month padded only for 1 and 2 (format.ts, Nghị định 30). */
function placeDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : String(m)} năm ${y}`;
}

const dmy = (isoDate: string) => isoDate.split('-').reverse().join('/');

/** "82,4%": one decimal at most, decimal comma. */
function percent(part: number, whole: number): string {
  const value = whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
  return `${String(value).replace('.', ',')}%`;
}

/** "90,25" → 90.25; "1.234,5" → 1234.5. */
const viNumber = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

interface Expected {
  text: string;
  lead: string | undefined;
  status: Status;
  /** Last day, or undefined for a task of the whole year. */
  deadline: string | undefined;
  quarter: number | undefined;
  evidence: string | undefined;
  done: string | undefined;
  order: number;
}

/** The period of a report: its own, or the first half-year (sơ kết), or the year. */
function periodOf(report: Report): { from: string; to: string } {
  if (report.period) return report.period;
  return report.type === 'so-ket' ? { from: `${report.year}-01-01`, to: `${report.year}-06-30` } : { from: `${report.year}-01-01`, to: `${report.year}-12-31` };
}

/**
 * The plan's tasks due in a period, one per occurrence: a task by its deadline (or the end of its
 * section's quarter); a repeating task once per period of its kind (its own status for that
 * period, else the task's); a task of the whole year in any period of its year. In table order:
 * by quarter (the whole year last), deadline, then as written in the plan.
 */
function expectedTasks(plan: Plan, period: { from: string; to: string }): Expected[] {
  const out: Expected[] = [];
  let order = 0;
  const inPeriod = (day: string) => day >= period.from && day <= period.to;
  const add = (task: Task, e: Omit<Expected, 'text' | 'lead' | 'order'>) => out.push({ text: task.text, lead: task.lead, order: order++, ...e });
  const walk = (sections: readonly Section[], quarter: number | undefined) => {
    for (const section of sections) {
      const q = section.quarter ?? quarter;
      for (const task of section.tasks ?? []) {
        const { year } = plan;
        if (task.repeat) {
          const periods: { key: string; quarter?: number; end: string }[] =
            task.repeat === 'year'
              ? [{ key: String(year), end: monthEnd(year, 12) }]
              : task.repeat === 'half-year'
                ? [
                    { key: `${year}-H1`, quarter: 2, end: monthEnd(year, 6) },
                    { key: `${year}-H2`, quarter: 4, end: monthEnd(year, 12) },
                  ]
                : task.repeat === 'quarter'
                  ? [1, 2, 3, 4].map((n) => ({ key: `${year}-Q${n}`, quarter: n, end: monthEnd(year, n * 3) }))
                  : Array.from({ length: 12 }, (_, i) => ({ key: iso(year, i + 1, 1).slice(0, 7), quarter: Math.ceil((i + 1) / 3), end: monthEnd(year, i + 1) }));
          for (const p of periods) {
            const own = task.occurrences?.[p.key];
            const whole = task.repeat === 'year';
            const inside = whole ? period.from <= `${year}-12-31` && period.to >= `${year}-01-01` : inPeriod(p.end);
            if (!inside) continue;
            add(task, {
              status: own?.status ?? task.status ?? 'planned',
              deadline: whole ? undefined : p.end,
              quarter: p.quarter,
              evidence: own?.evidence,
              done: own ? own.done : task.done,
            });
          }
          continue;
        }
        const day = task.deadline ? deadlineDay(task.deadline) : q ? monthEnd(plan.year, q * 3) : undefined;
        if (day === undefined || !inPeriod(day)) continue;
        add(task, {
          status: task.status ?? 'planned',
          deadline: day,
          quarter: q ?? Math.ceil(Number(day.slice(5, 7)) / 3),
          evidence: task.evidence,
          done: task.done,
        });
      }
      walk(section.sections ?? [], q);
    }
  };
  walk(plan.sections, undefined);
  return out.sort((a, b) => (a.quarter ?? 9) - (b.quarter ?? 9) || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.order - b.order);
}

const statusWords: Record<Status, string> = {
  done: 'Đã hoàn thành',
  'in-progress': 'Đang thực hiện',
  planned: 'Chưa thực hiện',
  cancelled: 'Không thực hiện',
};

const overdue = (t: Expected, today: string) => t.deadline !== undefined && t.deadline < today && t.status !== 'done' && t.status !== 'cancelled';

/** The narrative slots of a template, in the order it prints them. */
function slotsOf(template: ReportTemplate): string[] {
  const slots: string[] = [];
  const walk = (sections: readonly TemplateSection[]) => {
    for (const s of sections) {
      for (const item of s.content ?? []) if (typeof item === 'object' && 'narrative' in item) slots.push(item.narrative);
      walk(s.sections ?? []);
    }
  };
  walk(template.sections);
  return slots;
}

// ---------------------------------------------------------------------------------------------
// Reading the documents.

const tables = (docx: Docx) => docx.body.filter((b): b is TableInfo => b.kind === 'table');
const bodyParagraphs = (docx: Docx) => docx.body.filter((b): b is Extract<Docx['body'][number], { kind: 'paragraph' }> => b.kind === 'paragraph');
const cellText = (paras: readonly Para[]) => paras.map((p) => p.text).filter((t) => t !== '').join('\n');
const rowTexts = (table: TableInfo) => table.rows.map((row) => row.map((cell) => cellText(cell.paragraphs)));
const find = (paras: readonly Para[], text: string | RegExp) => {
  const found = paras.find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
  if (!found) throw new Error(`no paragraph ${String(text)} among: ${paras.map((p) => p.text).join(' | ')}`);
  return found;
};
const tableWithHeader = (docx: Docx, second: string) => {
  const found = tables(docx).filter((t) => rowTexts(t)[0]?.[1] === second);
  if (found.length !== 1) throw new Error(`${found.length} tables with "${second}" in the heading row`);
  return found[0]!;
};

interface Rendered {
  type: ReportType;
  report: Report;
  template: ReportTemplate;
  bytes: Uint8Array;
  docx: Docx;
  sections: SectionInfo[];
}

const folder = tempFolders();
const rendered = new Map<ReportType, Rendered>();
beforeAll(async () => {
  for (const type of reportTypes) {
    const sources = exampleSources(type);
    const template = shippedTemplate(type);
    const bytes = await renderReport(sources, template);
    rendered.set(type, { type, report: sources.report, template, bytes, docx: await readDocx(bytes), sections: await readSections(bytes) });
  }
});
const get = (type: ReportType) => rendered.get(type)!;

// ---------------------------------------------------------------------------------------------

describe.each(reportTypes)('plan render %s: head and closing as the plan has them', (type) => {
  it('opens with the letterhead: a borderless two-column table with the organisation lines', () => {
    const { docx } = get(type);
    const org = exampleOrg();
    expect(docx.body[0]!.kind).toBe('table');
    const head = docx.body[0] as TableInfo;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(head.borders[side], side).toBe('none');
    expect(head.grid).toHaveLength(2);
    const left = head.rows[0]![0]!.paragraphs.map((p) => p.text).filter(Boolean);
    expect(left).toEqual([...org.letterhead.parent.split('\n'), org.letterhead.issuer]);
    expect(head.rows[0]![0]!.paragraphs.find((p) => p.text === org.letterhead.issuer)!.bold).toBe(true);
    const right = head.rows[0]![1]!.paragraphs.map((p) => p.text).filter(Boolean);
    expect(right).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
  });

  it('prints the report number and the italic place and date from the report file', () => {
    const { docx, report } = get(type);
    const head = docx.body[0] as TableInfo;
    const [number, date] = head.rows[1]!.map((cell) => cell.paragraphs[0]!);
    expect(number!.text).toBe(`Số: ${report.number}/${report.symbol}`);
    expect([number!.bold, number!.italic]).toEqual([false, false]);
    expect(date!.text).toBe(`${report.place ?? exampleOrg().place}, ${placeDate(report.date)}`);
    expect([date!.bold, date!.italic, date!.alignment]).toEqual([false, true, 'center']);
  });

  it('sets "BÁO CÁO" bold and centred, the summary under it bold and centred', () => {
    const { docx, template } = get(type);
    const paras = bodyParagraphs(docx);
    const title = find(paras, 'BÁO CÁO');
    expect([title.bold, title.alignment]).toEqual([true, 'center']);
    const summary = paras[paras.indexOf(title as (typeof paras)[number]) + 1]!;
    expect(summary.text.split('\n')).toHaveLength(template.summary.split('\n').length);
    expect(summary.text).toMatch(/^(Sơ kết|Tổng kết|Kết quả chấm điểm)/);
    expect([summary.bold, summary.alignment]).toEqual([true, 'center']);
  });

  it('ends with "Nơi nhận:" and the recipients ending "- Lưu: VT.", and the signer block', () => {
    const { docx, report } = get(type);
    const closing = tables(docx).at(-1)!;
    expect(docx.body.at(-1)).toBe(closing);
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(closing.borders[side], side).toBe('none');
    const [heading, ...recipients] = closing.rows[0]![0]!.paragraphs;
    expect(heading!.text).toBe('Nơi nhận:');
    expect(recipients.map((p) => p.text)).toEqual(report.recipients.map((r, i) => `- ${r}${i === report.recipients.length - 1 ? '.' : ';'}`));
    expect(recipients.at(-1)!.text).toBe('- Lưu: VT.');
    const signer = closing.rows[0]![1]!.paragraphs;
    expect(signer.map((p) => p.text)).toEqual(['TM. BAN THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH', 'Dương Thị Kim Phú']);
    for (const p of signer) expect([p.bold, p.alignment]).toEqual([true, 'center']);
  });

  it('sets Times New Roman in all four font slots of the default style, no run naming another font', () => {
    const { docx } = get(type);
    expect(docx.defaults.fonts).toEqual({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'Times New Roman', cs: 'Times New Roman' });
    expect(docx.defaults.size).toBe(14);
    expect(docx.parts.get('word/document.xml')).not.toMatch(/<w:rFonts/);
  });

  it('is A4 on every section, within the margins of Nghị định 30, page 1 with its own header', () => {
    const { sections } = get(type);
    expect(sections.length).toBeGreaterThanOrEqual(1);
    for (const [i, s] of sections.entries()) {
      const [short, long] = [Math.min(s.pageWidth, s.pageHeight), Math.max(s.pageWidth, s.pageHeight)];
      expect(twipsToMm(short), `section ${i + 1}`).toBeCloseTo(210, 0);
      expect(twipsToMm(long), `section ${i + 1}`).toBeCloseTo(297, 0);
      const within = (twips: number, min: number, max: number, side: string) => {
        expect(twipsToMm(twips), `section ${i + 1} ${side}`).toBeGreaterThanOrEqual(min - 0.05);
        expect(twipsToMm(twips), `section ${i + 1} ${side}`).toBeLessThanOrEqual(max + 0.05);
      };
      within(s.margins.top, 20, 25, 'top');
      within(s.margins.bottom, 20, 25, 'bottom');
      within(s.margins.left, 30, 35, 'left');
      within(s.margins.right, 15, 20, 'right');
      expect(s.titlePage, `section ${i + 1}`).toBe(i === 0);
    }
    expect(isLandscape(sections[0]!)).toBe(false);
    expect(isLandscape(sections.at(-1)!)).toBe(false);
  });

  it("prints every narrative paragraph of the report file, in the order of the template's slots", () => {
    const { docx, report, template } = get(type);
    const texts = docx.paragraphs.map((p) => p.text);
    const slots = slotsOf(template);
    expect(slots.length).toBeGreaterThan(0);
    expect(Object.keys(report.narrative ?? {}).sort()).toEqual([...new Set(slots)].sort());
    let at = -1;
    for (const slot of slots) {
      const value = report.narrative![slot]!;
      for (const paragraph of typeof value === 'string' ? [value] : value) {
        const index = texts.indexOf(paragraph, at + 1);
        expect(index, `«${slot}»: ${paragraph.slice(0, 60)}… after paragraph ${at}`).toBeGreaterThan(at);
        at = index;
      }
    }
  });

  it('leaves no "{{" and no "[slot]" anywhere: body, headers, document properties', () => {
    const { docx } = get(type);
    for (const [name, xml] of docx.parts) {
      if (!name.endsWith('.xml')) continue;
      expect(xml.includes('{{'), name).toBe(false);
    }
    expect(printedLines(docx).filter((l) => /\{\{|\[[a-z_.-]+\]/.test(l))).toEqual([]);
  });

  it('names the document after the report in its properties', () => {
    const { docx, report } = get(type);
    const core = docx.parts.get('docProps/core.xml')!;
    expect(core).toContain(`<dc:title>Báo cáo số ${report.number}/${report.symbol}: `);
    expect(core).toContain('<dc:creator>Ban Thường trực Ủy ban MTTQ Việt Nam huyện</dc:creator>');
  });

  it('gives identical bytes on two runs, every zip entry and core.xml dated with the report date', async () => {
    const { bytes, docx, report, template } = get(type);
    const again = await renderReport(exampleSources(type), template);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
    const when = new Date(`${report.date}T00:00:00Z`).getTime();
    for (const entry of docx.entries) expect(entry.date.getTime(), entry.name).toBe(when);
    const core = docx.parts.get('docProps/core.xml')!;
    expect(core).toContain(`>${report.date}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`>${report.date}T00:00:00Z</dcterms:modified>`);
  });

  it('marks a draft "DỰ THẢO" in every header of every section, and the final report nowhere', async () => {
    const { sections, template } = get(type);
    const draft = await readSections(await renderReport(exampleSources(type), template, { draft: true }));
    expect(draft.length).toBe(sections.length);
    for (const [i, s] of draft.entries()) {
      expect(s.headers.length, `section ${i + 1}`).toBeGreaterThan(0);
      for (const h of s.headers) expect(h.text, `section ${i + 1} ${h.type} header`).toContain('DỰ THẢO');
    }
    expect(draft[0]!.headers.map((h) => h.type).sort()).toEqual(['default', 'first']);
    for (const s of sections) for (const h of s.headers) expect(h.text).not.toContain('DỰ THẢO');
  });
});

// ---------------------------------------------------------------------------------------------

describe.each(['so-ket', 'tong-ket'] as const)('plan render %s: the tasks of the period', (type) => {
  let expected: Expected[];
  let table: TableInfo;
  let rows: string[][];
  beforeAll(() => {
    const { report, docx } = get(type);
    expected = expectedTasks(examplePlan(), periodOf(report));
    table = tableWithHeader(docx, 'Nhiệm vụ');
    rows = rowTexts(table);
  });

  it('has the heading row TT, Nhiệm vụ, Chủ trì, Thời hạn, Kết quả, minh chứng, in bold', () => {
    expect(rows[0]).toEqual(['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Kết quả, minh chứng']);
    for (const cell of table.rows[0]!) expect(cell.paragraphs.every((p) => p.bold)).toBe(true);
    // A full grid, not the borderless layout of the head and closing.
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(table.borders[side], side).toBe('single');
  });

  it('has one row for each task due in the period, numbered, in order', () => {
    // The shipped plan: 15 dated tasks in Quý I-II, the half-yearly report of H1, the all-year task.
    expect(expected.length).toBe(type === 'so-ket' ? 17 : 26);
    const body = rows.slice(1);
    expect(body.map((r) => r[1])).toEqual(expected.map((t) => t.text));
    expect(body.map((r) => r[0])).toEqual(expected.map((_, i) => String(i + 1)));
  });

  it('gives each row its lead, deadline, and a result that starts with the status of the YAML', () => {
    const org = exampleOrg();
    const { report } = get(type);
    const leadName = (id: string | undefined) =>
      id === undefined ? '' : id === 'all-units' ? 'Các đơn vị' : (org.departments?.find((d) => d.id === id)?.name ?? id);
    for (const [i, t] of expected.entries()) {
      const [, , lead, deadline, result] = rows[i + 1]!;
      const what = `row ${i + 1}: ${t.text.slice(0, 40)}`;
      expect(lead, what).toBe(leadName(t.lead));
      expect(deadline, what).toBe(t.deadline === undefined ? 'Cả năm' : dmy(t.deadline));
      expect(result!.startsWith(statusWords[t.status]), `${what}: ${result}`).toBe(true);
      if (t.status === 'done' && t.done) expect(result, what).toContain(`ngày ${dmy(t.done)}`);
      expect(result!.includes('(quá hạn)'), what).toBe(overdue(t, report.date));
      if (t.evidence) expect(result!.split('\n').at(-1), what).toBe(t.evidence);
    }
  });

  it('states in the body the counts and percentages of the table', () => {
    const { docx, report } = get(type);
    const sentence = find(bodyParagraphs(docx), /nhiệm vụ.*%/).text;
    const m = /có (\d+) nhiệm vụ đến hạn.*đã hoàn thành (\d+) nhiệm vụ \(đạt ([\d,]+%)\), đang thực hiện (\d+) nhiệm vụ \(([\d,]+%)\), chưa thực hiện (\d+) nhiệm vụ \(([\d,]+%)\)/.exec(sentence);
    expect(m, sentence).not.toBeNull();
    const count = (s: Status) => expected.filter((t) => t.status === s).length;
    const total = expected.length;
    expect(m!.slice(1)).toEqual([
      String(total),
      String(count('done')),
      percent(count('done'), total),
      String(count('in-progress')),
      percent(count('in-progress'), total),
      String(count('planned')),
      percent(count('planned'), total),
    ]);
    if (type === 'so-ket') expect(m![3]).toBe('82,4%');
    expect(sentence).toContain(`Đến ngày ${dmy(report.date)}`);
    const late = find(bodyParagraphs(docx), /quá thời hạn/).text;
    expect(late).toContain(`chưa hoàn thành: ${expected.filter((t) => overdue(t, report.date)).length}`);
    if (type === 'tong-ket') expect(late).toContain(`không thực hiện nữa: ${count('cancelled')}.`);
  });
});

// ---------------------------------------------------------------------------------------------

interface ScoreJson {
  unit: string;
  name: string;
  cluster: string | null;
  sections: Record<string, number>;
  bonus: number;
  deductions: number;
  total: number;
  rank: number | null;
  clusterRank: number | null;
  tie: boolean;
  clusterTie: boolean;
  className: string | null;
  awardName: string | null;
}

/** `plan score --year 2024 --format json`, in the repository or in another. */
async function scoreJson(cwd?: string): Promise<ScoreJson[]> {
  const result = await run(['score', '--year', '2024', '--format', 'json'], cwd === undefined ? {} : { cwd });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as ScoreJson[];
}

const rankText = (rank: number | null, tie: boolean) => (rank === null ? '' : tie ? `${rank} (đồng hạng)` : String(rank));

/** The score table's rows as `plan score` gives the units: the cells the table should print. */
function expectRowsToMatch(rows: string[][], units: readonly ScoreJson[]) {
  const scheme = exampleScheme();
  const org = exampleOrg();
  const header = rows[0]!;
  const codes = scheme.sections.map((s) => s.code);
  expect(header).toEqual(['TT', 'Đơn vị', 'Cụm', ...codes, 'Thưởng', 'Trừ', 'Tổng', 'Hạng', 'Hạng trong cụm', 'Xếp loại', 'Đề nghị khen thưởng']);
  const col = (title: string) => header.indexOf(title);
  expect(rows.length - 1).toBe(units.length);
  for (const [i, unit] of units.entries()) {
    const row = rows[i + 1]!;
    const what = `row ${i + 1} (${unit.name})`;
    expect(row[0], what).toBe(String(i + 1));
    expect(row[col('Đơn vị')], what).toBe(unit.name);
    expect(row[col('Cụm')], what).toBe(unit.cluster ? org.clusters!.find((c) => c.id === unit.cluster)!.name : '');
    for (const section of scheme.sections) expect(viNumber(row[col(section.code)]!), `${what} ${section.code}`).toBe(unit.sections[section.id]);
    expect(viNumber(row[col('Thưởng')]!), `${what} bonus`).toBe(unit.bonus);
    expect(viNumber(row[col('Trừ')]!), `${what} deductions`).toBe(unit.deductions);
    expect(viNumber(row[col('Tổng')]!), `${what} total`).toBe(unit.total);
    expect(row[col('Hạng')], what).toBe(rankText(unit.rank, unit.tie));
    expect(row[col('Hạng trong cụm')], what).toBe(rankText(unit.clusterRank, unit.clusterTie));
    expect(row[col('Xếp loại')], what).toBe(unit.className ?? '');
    expect(row[col('Đề nghị khen thưởng')], what).toBe(unit.awardName ?? '');
    // Decimal commas, never points: "90,25".
    for (const c of [col('Thưởng'), col('Trừ'), col('Tổng')]) expect(row[c], what).toMatch(/^\d+(,\d{1,2})?$/);
  }
}

describe('plan render cham-diem: the score table', () => {
  let units: ScoreJson[];
  beforeAll(async () => {
    units = await scoreJson();
  });

  it('is alone on a landscape section, between portrait ones', () => {
    const { sections } = get('cham-diem');
    const landscape = sections.filter(isLandscape);
    expect(landscape).toHaveLength(1);
    const [section] = landscape;
    expect(section!.orientation).toBe('landscape');
    const scoreTables = (s: SectionInfo) => s.items.filter((i) => i.kind === 'table' && i.rows[0]?.[1] === 'Đơn vị');
    expect(scoreTables(section!)).toHaveLength(1);
    expect(section!.items.filter((i) => i.kind === 'table')).toHaveLength(1);
    for (const s of sections.filter((x) => x !== section)) expect(scoreTables(s)).toHaveLength(0);
    const index = sections.indexOf(section!);
    expect(index).toBeGreaterThan(0);
    expect(index).toBeLessThan(sections.length - 1);
    // The page number runs on: only the first section has a first page of its own.
    expect(section!.titlePage).toBe(false);
  });

  it('equals `plan score --year 2024 --format json`: units in order, sections, bonus, deductions, total, ranks, class, award', () => {
    expect(units.length).toBe(exampleOrg().units!.length);
    expectRowsToMatch(rowTexts(tableWithHeader(get('cham-diem').docx, 'Đơn vị')), units);
  });

  it('prints a tie as "N (đồng hạng)", as `plan score` ranks it', async () => {
    // Ties broken by the total alone: Định Quán and Phú Vinh share 90,25 points.
    const schemeText = exampleText('huong-dan-cham-diem.yaml').replace(/^tieBreak: .*$/m, 'tieBreak: [total]');
    expect(schemeText).toContain('tieBreak: [total]\n');
    const files: Record<string, string> = {};
    for (const name of ['to-chuc.yaml', 'ke-hoach.yaml', 'cham-diem.yaml', reportFile('cham-diem')]) files[`plans/2024/dinh-quan/${name}`] = exampleText(name);
    files['plans/2024/dinh-quan/huong-dan-cham-diem.yaml'] = schemeText;
    const tied = await scoreJson(folder(files));
    expect(tied.filter((u) => u.tie).map((u) => `${u.name} ${u.rank}`)).toEqual(expect.arrayContaining(['Định Quán 2', 'Phú Vinh 2']));
    const sources = { ...exampleSources('cham-diem'), scheme: { ...exampleScheme(), tieBreak: ['total' as const] } };
    const docx = await readDocx(await renderReport(sources, shippedTemplate('cham-diem')));
    const rows = rowTexts(tableWithHeader(docx, 'Đơn vị'));
    expect(rows.filter((r) => r.includes('2 (đồng hạng)')).map((r) => r[1])).toEqual(['Định Quán', 'Phú Vinh']);
    expectRowsToMatch(rows, tied);
  });

  it('states the highest, lowest and mean totals of the table, the Vietnamese way', () => {
    const totals = units.map((u) => u.total);
    const best = Math.max(...totals);
    const sentence = find(bodyParagraphs(get('cham-diem').docx), /^Số đơn vị được chấm điểm/).text;
    const vi = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');
    expect(sentence).toContain(`Số đơn vị được chấm điểm: ${units.length} đơn vị.`);
    expect(sentence).toContain(`Tổng điểm cao nhất: ${vi(best)} điểm (${units.filter((u) => u.total === best).map((u) => u.name).join(', ')})`);
    expect(sentence).toContain(`tổng điểm thấp nhất: ${vi(Math.min(...totals))} điểm`);
    expect(sentence).toContain(`điểm trung bình: ${vi(totals.reduce((a, b) => a + b, 0) / totals.length)} điểm.`);
  });
});

// A guard on the guard: the expected list is not the same whatever the plan says.
describe('the independent computation of the period', () => {
  it('moves a task out of the first half-year when its deadline moves to July', () => {
    const plan = examplePlan();
    const moved = structuredClone(plan);
    const q2 = moved.sections[1]!.sections!.find((s) => s.quarter === 2)!;
    q2.tasks![0]!.deadline = '2024-07-01';
    const period = { from: '2024-01-01', to: '2024-06-30' };
    expect(expectedTasks(moved, period).length).toBe(expectedTasks(plan, period).length - 1);
  });
});

describe.each(reportTypes)('the shipped %s report keeps what belongs together on one page', (type) => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await readDocx(await renderReport(exampleSources(type), shippedTemplate(type)));
  });

  it('the last paragraph before the signature ("Trên đây là ...") is kept with it (w:keepNext)', () => {
    const body = docx.body;
    const signing = body.length - 1;
    expect(body[signing]!.kind).toBe('table');
    const last = body[signing - 1]!;
    expect(last.kind).toBe('paragraph');
    expect((last as Para).text).toMatch(/^Trên đây là /);
    expect((last as Para).keepNext).toBe(true);
  });

  it('a line ending in ":" right before a table is kept with the table; other paragraphs are not held', () => {
    const body = docx.body;
    const leadIns = body.flatMap((item, i) => (item.kind === 'paragraph' && item.text.trimEnd().endsWith(':') && body[i + 1]?.kind === 'table' ? [item] : []));
    // The reviews announce their task table ("Kết quả thực hiện từng nhiệm vụ:").
    if (type !== 'cham-diem') expect(leadIns.map((p) => p.text)).toContain('Kết quả thực hiện từng nhiệm vụ:');
    for (const p of leadIns) expect(p.keepNext, p.text).toBe(true);
    const plain = bodyParagraphs(docx).filter((p) => !p.text.trimEnd().endsWith(':') && !p.bold && !/^Trên đây là /.test(p.text) && p.text.length > 80);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.filter((p) => p.keepNext)).toEqual([]);
  });
});

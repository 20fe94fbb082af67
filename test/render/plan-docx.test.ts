import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, Plan } from '../../src/model/types.js';
import { renderPlan } from '../../src/render/plan-document.js';
import { printedLines, readDocx, twipsToMm, type Docx, type Para, type TableInfo } from '../helpers/docx.js';
import { matchInOrder, normalise, org, plan, referenceLines } from '../helpers/reference.js';
import { textWidthPt, pointsToMm } from '../../src/render/text-width.js';

const tables = (docx: Docx) => docx.body.filter((b): b is TableInfo => b.kind === 'table');
const bodyParagraphs = (docx: Docx) => docx.body.filter((b): b is Extract<Docx['body'][number], { kind: 'paragraph' }> => b.kind === 'paragraph');
const find = (paras: readonly Para[], text: string | RegExp) => {
  const found = paras.find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
  if (!found) throw new Error(`no paragraph ${String(text)} among: ${paras.map((p) => p.text).join(' | ')}`);
  return found;
};
const cellText = (paras: readonly Para[]) => paras.map((p) => p.text).filter((t) => t !== '');

let docx: Docx;
let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await renderPlan(org, plan);
  docx = await readDocx(bytes);
});

describe('plan render ke-hoach: the text of Kế hoạch 109', () => {
  it('holds every non-empty line of the reference, typos corrected, in order', () => {
    const { error } = matchInOrder(referenceLines, printedLines(docx).map(normalise));
    expect(error).toBeUndefined();
  });

  it('would notice a line missing from the document', () => {
    const lines = printedLines(docx).map(normalise).filter((l) => l !== '3. Quý III');
    expect(matchInOrder(referenceLines, lines).error).toMatch(/«3\. Quý III» is not in the outline/);
  });

  it('prints the national heading the extraction lost, and nothing else the reference lacks', () => {
    const lines = printedLines(docx).map(normalise);
    const { found } = matchInOrder(referenceLines, lines);
    expect(lines.filter((_, i) => !found.includes(i))).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
  });

  it('writes every text in NFC', () => {
    for (const line of printedLines(docx)) expect(line).toBe(line.normalize('NFC'));
  });
});

describe('plan render ke-hoach: page and fonts (Nghị định 30/2020/NĐ-CP)', () => {
  it('is A4 portrait', () => {
    expect(twipsToMm(docx.section.pageWidth)).toBeCloseTo(210, 0);
    expect(twipsToMm(docx.section.pageHeight)).toBeCloseTo(297, 0);
    expect(docx.section.orientation ?? 'portrait').toBe('portrait');
  });

  it('keeps the margins within the decree: top and bottom 20-25 mm, left 30-35, right 15-20', () => {
    const m = docx.section.margins;
    const within = (twips: number, min: number, max: number) => {
      const mm = twipsToMm(twips);
      expect(mm).toBeGreaterThanOrEqual(min);
      expect(mm).toBeLessThanOrEqual(max);
    };
    within(m.top, 20, 25);
    within(m.bottom, 20, 25);
    within(m.left, 30, 35);
    within(m.right, 15, 20);
  });

  it('sets Times New Roman on the default style, in all four font slots, at 14 pt', () => {
    expect(docx.defaults.fonts).toEqual({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'Times New Roman', cs: 'Times New Roman' });
    expect(docx.defaults.size).toBe(14);
    // No run names a font of its own, so none can escape the default.
    expect(docx.parts.get('word/document.xml')).not.toMatch(/<w:rFonts/);
  });

  it('numbers pages from page 2, centred in the top margin; page 1 has an empty header', () => {
    expect(docx.section.titlePage).toBe(true);
    const first = docx.section.headers.first!;
    expect(first.flatMap((p) => p.runs).filter((r) => r.field || r.text.trim())).toEqual([]);
    const header = docx.section.headers.default!;
    const page = header.find((p) => p.runs.some((r) => r.field === 'PAGE'));
    expect(page?.alignment).toBe('center');
    expect(page!.runs.find((r) => r.field === 'PAGE')!.size).toBeGreaterThanOrEqual(13);
    expect(twipsToMm(docx.section.margins.header)).toBeLessThan(twipsToMm(docx.section.margins.top));
  });
});

describe('plan render ke-hoach: the letterhead', () => {
  let head: TableInfo;
  beforeAll(() => {
    head = tables(docx)[0]!;
  });

  it('is the first thing on the page: a borderless table of two fixed columns within the text width', () => {
    expect(docx.body[0]!.kind).toBe('table');
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(head.borders[side]).toBe('none');
    expect(head.layout).toBe('fixed');
    expect(head.grid).toHaveLength(2);
    const textWidth = docx.section.pageWidth - docx.section.margins.left - docx.section.margins.right;
    expect(head.grid[0]! + head.grid[1]!).toBeLessThanOrEqual(textWidth);
    expect(head.rows.every((row) => row.length === 2)).toBe(true);
  });

  it('left: the parent body upright in capitals, the issuing body bold, a short rule under it', () => {
    const left = head.rows[0]![0]!.paragraphs;
    expect(cellText(left)).toEqual(['ỦY BAN MTTQ VIỆT NAM', 'HUYỆN ĐỊNH QUÁN', 'BAN THƯỜNG TRỰC']);
    for (const line of ['ỦY BAN MTTQ VIỆT NAM', 'HUYỆN ĐỊNH QUÁN']) {
      const p = find(left, line);
      expect([p.bold, p.italic, p.alignment]).toEqual([false, false, 'center']);
      expect(p.sizes[0]).toBeGreaterThanOrEqual(12);
      expect(p.sizes[0]).toBeLessThanOrEqual(13);
    }
    const issuer = find(left, 'BAN THƯỜNG TRỰC');
    expect([issuer.bold, issuer.alignment]).toEqual([true, 'center']);
    // The rule: one third to one half of the issuing body's printed length, centred.
    const rule = left.at(-1)!;
    expect(rule.borderTop).toBe('single');
    expect(rule.text).toBe('');
    const cellWidth = head.grid[0]! - 2 * 57;
    const ruleMm = twipsToMm(cellWidth - rule.left - rule.right);
    const issuerMm = pointsToMm(textWidthPt('BAN THƯỜNG TRỰC', 'bold', issuer.sizes[0]!));
    expect(ruleMm / issuerMm).toBeGreaterThanOrEqual(1 / 3);
    expect(ruleMm / issuerMm).toBeLessThanOrEqual(1 / 2);
    expect(Math.abs(rule.left - rule.right)).toBeLessThanOrEqual(1);
  });

  it('right: the national heading in bold capitals, the motto bold with a rule as long as it', () => {
    const right = head.rows[0]![1]!.paragraphs;
    expect(cellText(right)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    const title = find(right, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect([title.bold, title.alignment]).toEqual([true, 'center']);
    expect(title.sizes[0]).toBeGreaterThanOrEqual(12);
    expect(title.sizes[0]).toBeLessThanOrEqual(13);
    const motto = find(right, 'Độc lập - Tự do - Hạnh phúc');
    expect([motto.bold, motto.italic, motto.alignment]).toEqual([true, false, 'center']);
    expect(motto.sizes[0]).toBeGreaterThanOrEqual(13);
    expect(motto.sizes[0]).toBeLessThanOrEqual(14);
    const rule = right.at(-1)!;
    expect(rule.borderTop).toBe('single');
    const ruleMm = twipsToMm(head.grid[1]! - 2 * 57 - rule.left - rule.right);
    const mottoMm = pointsToMm(textWidthPt(motto.text, 'bold', motto.sizes[0]!));
    expect(ruleMm).toBeCloseTo(mottoMm, 0);
  });

  it('puts the number under the issuing body and the italic place and date under the motto, on one row', () => {
    const [number, placeDate] = head.rows[1]!.map((cell) => cell.paragraphs[0]!);
    expect(number!.text).toBe('Số: 109/KH-MTTQ-BTT');
    expect([number!.bold, number!.italic, number!.alignment]).toEqual([false, false, 'center']);
    expect(placeDate!.text).toBe('Định Quán, ngày 25 tháng 01 năm 2024');
    expect([placeDate!.bold, placeDate!.italic, placeDate!.alignment]).toEqual([false, true, 'center']);
    expect(placeDate!.sizes[0]).toBeGreaterThanOrEqual(13);
  });

  it('fits each line of the letterhead on one line of its column', () => {
    for (const [c, cell] of head.rows[0]!.entries()) {
      for (const p of cell.paragraphs.filter((p) => p.text)) {
        const face = p.bold ? 'bold' : p.italic ? 'italic' : 'regular';
        expect(pointsToMm(textWidthPt(p.text, face, p.sizes[0]!)), p.text).toBeLessThan(twipsToMm(head.grid[c]! - 2 * 57));
      }
    }
  });
});

describe('plan render ke-hoach: the body', () => {
  it('sets the document type in bold capitals, centred, the summary bold and centred with a short rule', () => {
    const paras = bodyParagraphs(docx);
    const title = find(paras, 'KẾ HOẠCH');
    expect([title.bold, title.alignment]).toEqual([true, 'center']);
    expect(title.sizes[0]).toBeGreaterThanOrEqual(13);
    const i = paras.indexOf(title as (typeof paras)[number]);
    const summary = paras[i + 1]!;
    expect(summary.text).toBe('Thực hiện công tác thi đua, khen thưởng\ntrong hệ thống Mặt trận huyện năm 2024');
    expect([summary.bold, summary.alignment]).toEqual([true, 'center']);
    const rule = paras[i + 2]!;
    expect(rule.borderTop).toBe('single');
    const textWidth = docx.section.pageWidth - docx.section.margins.left - docx.section.margins.right;
    const ruleMm = twipsToMm(textWidth - rule.left - rule.right);
    expect(ruleMm).toBeGreaterThan(20);
    expect(ruleMm).toBeLessThan(twipsToMm(textWidth) / 2);
  });

  it('sets the legal bases in italics, each ending with ";" and the last with "."', () => {
    const bases = bodyParagraphs(docx).filter((p) => /^- (Căn cứ|Thực hiện) /.test(p.text));
    expect(bases).toHaveLength(5);
    for (const basis of bases) expect([basis.italic, basis.bold, basis.alignment]).toEqual([true, false, 'both']);
    expect(bases.slice(0, -1).every((b) => b.text.endsWith(';'))).toBe(true);
    expect(bases.at(-1)!.text.endsWith('.')).toBe(true);
  });

  it('sets section headings bold, numbered as the reference numbers them', () => {
    const paras = bodyParagraphs(docx);
    for (const heading of ['I/- MỤC ĐÍCH, YÊU CẦU', 'II/- NỘI DUNG, THỜI GIAN THỰC HIỆN', 'III/- TỔ CHỨC THỰC HIỆN', '1. Mục đích', '2. Yêu cầu', '1. Quý I', '4. Quý IV']) {
      expect(find(paras, heading).bold, heading).toBe(true);
    }
  });

  it('justifies body paragraphs with a first-line indent of 1-1.27 cm, at least 6 pt apart, line spacing single to 1.5', () => {
    const paras = bodyParagraphs(docx);
    const start = paras.findIndex((p) => p.text.startsWith('- Thực hiện Nghị quyết'));
    const end = paras.findIndex((p) => p.text.startsWith('Trên đây là kế hoạch'));
    const body = paras.slice(start, end + 1);
    expect(body.length).toBeGreaterThan(40);
    for (const p of body) {
      expect(p.alignment, p.text).toBe('both');
      expect(twipsToMm(p.firstLine)).toBeGreaterThanOrEqual(10);
      expect(twipsToMm(p.firstLine)).toBeLessThanOrEqual(12.7);
      expect(p.before + p.after, p.text).toBeGreaterThanOrEqual(120);
      expect(p.lineRule ?? 'auto').toBe('auto');
      expect(p.line).toBeGreaterThanOrEqual(240);
      expect(p.line).toBeLessThanOrEqual(360);
      expect(p.sizes.every((s) => s >= 13 && s <= 14), p.text).toBe(true);
    }
    const items = body.filter((p) => /^- (Tổ chức|Xây dựng|Hướng dẫn)/.test(p.text));
    for (const item of items) expect([item.bold, item.italic]).toEqual([false, false]);
  });
});

describe('plan render ke-hoach: the closing', () => {
  let closing: TableInfo;
  beforeAll(() => {
    closing = tables(docx).at(-1)!;
  });

  it('is a borderless two-column table at the end of the document', () => {
    expect(docx.body.at(-1)).toBe(closing);
    expect(tables(docx)).toHaveLength(2);
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(closing.borders[side]).toBe('none');
    expect(closing.rows).toHaveLength(1);
  });

  it('left: "Nơi nhận:" 12 pt bold italic, the recipients 11 pt, "- ...;" and the last "- Lưu: VT."', () => {
    const [heading, ...recipients] = closing.rows[0]![0]!.paragraphs;
    expect(heading!.text).toBe('Nơi nhận:');
    expect([heading!.bold, heading!.italic, heading!.sizes]).toEqual([true, true, [12]]);
    expect(recipients.map((p) => p.text)).toEqual([
      '- Ban TC-TG UBMTTQVN tỉnh;',
      '- Hội đồng Thi đua - Khen thưởng huyện (PVN);',
      '- BTT Ủy ban MTTQ Việt Nam huyện;',
      '- BTT UBMTTQVN các xã, TT;',
      '- Lưu: VT.',
    ]);
    for (const r of recipients) expect([r.bold, r.italic, r.sizes, r.alignment]).toEqual([false, false, [11], 'left']);
  });

  it('right: the authority and position in bold capitals, room to sign, the name bold', () => {
    const right = closing.rows[0]![1]!.paragraphs;
    expect(right.map((p) => p.text)).toEqual(['TM. BAN THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH', 'Dương Thị Kim Phú']);
    for (const p of right) expect([p.bold, p.alignment]).toEqual([true, 'center']);
    expect(right[2]!.before).toBeGreaterThanOrEqual(1000); // about 25 mm for signature and seal
  });

  it('puts "Nơi nhận:" at the height of the authority line', () => {
    const [left, right] = closing.rows[0]!;
    expect(left!.paragraphs[0]!.before).toBe(right!.paragraphs[0]!.before);
  });
});

describe('plan render ke-hoach: the same bytes from the same plan', () => {
  it('gives byte-identical files on two runs', async () => {
    const again = await renderPlan(org, plan);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
  });

  it('dates every zip entry and core.xml with the plan date, not the clock', () => {
    const when = new Date('2024-01-25T00:00:00Z').getTime();
    for (const entry of docx.entries) expect(entry.date.getTime(), entry.name).toBe(when);
    const core = docx.parts.get('docProps/core.xml')!;
    expect(core).toContain('>2024-01-25T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2024-01-25T00:00:00Z</dcterms:modified>');
  });

  it('writes the entries in a fixed order, the content types first', () => {
    const names = docx.entries.map((e) => e.name);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(2)).toEqual([...names.slice(2)].sort());
  });

  it('names the document and its author from the data', () => {
    const core = docx.parts.get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>Kế hoạch số 109/KH-MTTQ-BTT: Thực hiện công tác thi đua, khen thưởng trong hệ thống Mặt trận huyện năm 2024</dc:title>');
    expect(core).toContain('<dc:creator>Ban Thường trực Ủy ban MTTQ Việt Nam huyện</dc:creator>');
  });
});

describe('plan render ke-hoach: driven by the data', () => {
  it('marks a draft "DỰ THẢO" on every page, page 1 included', async () => {
    const draft = await readDocx(await renderPlan(org, plan, { draft: true }));
    for (const type of ['first', 'default']) {
      expect(draft.section.headers[type]!.some((p) => p.text.includes('DỰ THẢO')), type).toBe(true);
    }
    expect(docx.section.headers.default!.some((p) => p.text.includes('DỰ THẢO'))).toBe(false);
  });

  it("takes the organisation's font size and margins", async () => {
    const custom: Organisation = { ...org, layout: { fontSize: 13, margins: { top: 25, left: 35, right: 20, bottom: 25 } } };
    const other = await readDocx(await renderPlan(custom, plan));
    expect(other.defaults.size).toBe(13);
    expect(twipsToMm(other.section.margins.left)).toBeCloseTo(35, 1);
    expect(twipsToMm(other.section.margins.top)).toBeCloseTo(25, 1);
    expect(twipsToMm(other.section.margins.top)).toBeLessThanOrEqual(25);
    expect(find(other.paragraphs, /^- Tổ chức Hội nghị cán bộ/).sizes).toEqual([13]);
  });

  it('prints a commune plan with its own letterhead, number, place and signer', async () => {
    const read = (f: string) => parse(readFileSync(new URL(`../../examples/plans/2024/phu-vinh/${f}`, import.meta.url), 'utf8'));
    const communeOrg = read('to-chuc.yaml') as Organisation;
    const communePlan = read('ke-hoach.yaml') as Plan;
    const commune = await readDocx(await renderPlan(communeOrg, communePlan));
    const lines = printedLines(commune);
    for (const line of communeOrg.letterhead.parent.split('\n')) expect(lines).toContain(line);
    expect(lines).toContain(communeOrg.letterhead.issuer);
    expect(lines.join('\n')).not.toMatch(/ĐỊNH QUÁN|Dương Thị Kim Phú/);
    expect(lines.some((l) => l.startsWith(`${communePlan.place ?? communeOrg.place}, ngày `))).toBe(true);
    const signer = communeOrg.people!.find((p) => p.id === communePlan.signer.person)!;
    expect(lines.at(-1)).toBe(signer.name);
  });
});

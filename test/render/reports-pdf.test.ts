// The three shipped reports, converted to PDF by LibreOffice: each opens, is A4, runs to more than
// one page and prints its number; the scoring report has its score table on a landscape page and
// every unit's name in it.
//
// Needs soffice (LibreOffice) and pdfinfo, pdftotext (poppler-utils). Without them the tests are
// skipped, unless PLAN_REQUIRE_LIBREOFFICE=1 (set by .ci/run), when they fail instead; as in
// test/render/pdf.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportType } from '../../src/model/report-types.js';
import { renderReport } from '../../src/render/report-document.js';
import { assertTools, docxToPdf, missingTools, officeRequired as required, runTool as run } from '../helpers/office.js';
import { exampleOrg, exampleSources, reportTypes, shippedTemplate } from '../helpers/reports.js';

const missing = missingTools(['soffice', 'pdfinfo', 'pdftotext']);

interface Converted {
  dir: string;
  pdf: string;
  /** pdfinfo's report, with the size of every page. */
  info: string;
  pages: number;
  /** Each page's size in points, [width, height]. */
  sizes: [number, number][];
  text: string;
  /** Each page's text. */
  pageTexts: string[];
}

/** A shipped report as .docx in a temporary folder, converted to PDF there. */
async function convert(type: ReportType): Promise<Converted> {
  assertTools(missing);
  const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
  const pdf = docxToPdf(dir, type, await renderReport(exampleSources(type), shippedTemplate(type)));
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
  const info = run('pdfinfo', ['-f', '1', '-l', String(Math.max(pages, 1)), pdf]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m): [number, number] => [Number(m[1]), Number(m[2])]);
  const pageTexts = Array.from({ length: pages }, (_, i) => run('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-']));
  return { dir, pdf, info, pages, sizes, text: run('pdftotext', [pdf, '-']), pageTexts };
}

/** Text without white space: pdftotext breaks lines, and table cells, where LibreOffice wraps them. */
const compact = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

const isA4 = ([w, h]: [number, number]) => Math.abs(Math.min(w, h) - 595.28) < 1 && Math.abs(Math.max(w, h) - 841.89) < 1;
const isLandscape = ([w, h]: [number, number]) => w > h;

const skip = missing.length > 0 && !required;
const timeout = 180_000; // the first start of LibreOffice, with a new profile, takes a few seconds

describe.skipIf(skip).each(reportTypes)('the shipped %s report as PDF (LibreOffice)', (type) => {
  let converted: Converted;
  beforeAll(async () => {
    converted = await convert(type);
  }, timeout);
  afterAll(() => {
    if (converted) rmSync(converted.dir, { recursive: true, force: true });
  });

  it('opens in pdfinfo, every page A4, the first one portrait', () => {
    expect(converted.info).toMatch(/^Page\s+1 size:\s+595(\.\d+)? x 841(\.\d+)? pts/m);
    expect(converted.sizes).toHaveLength(converted.pages);
    for (const [i, size] of converted.sizes.entries()) expect(isA4(size), `page ${i + 1}: ${size.join(' x ')}`).toBe(true);
  });

  it('runs to at least 2 pages', () => {
    expect(converted.pages).toBeGreaterThanOrEqual(2);
  });

  // NĐ 30: the signature never stands alone on a page; the closing sentence goes with it.
  it('keeps its closing sentence ("Trên đây là ...") on the page of its signature and "Nơi nhận"', () => {
    // "Nơi nhận:" and the signature are one table row, which never splits.
    const page = converted.pageTexts.findIndex((t) => compact(t).includes(compact('Nơi nhận:')));
    expect(page, 'the closing table is printed').toBeGreaterThanOrEqual(0);
    expect(compact(converted.pageTexts[page]!)).toContain(compact('Trên đây là'));
  });

  it('prints its number line', () => {
    const { report } = exampleSources(type);
    expect(compact(converted.text)).toContain(compact(`Số: ${report.number}/${report.symbol}`));
  });

  if (type === 'cham-diem') {
    it('has the score table on a landscape page (841.89 x 595.28), the rest portrait', () => {
      const landscape = converted.sizes.map((s, i) => (isLandscape(s) ? i + 1 : 0)).filter(Boolean);
      expect(landscape.length, converted.info).toBeGreaterThanOrEqual(1);
      expect(landscape).not.toContain(1);
      expect(landscape).not.toContain(converted.pages);
      expect(converted.info).toMatch(/^Page\s+\d+ size:\s+841\.89 x 595\.\d+ pts/m);
    });

    it('prints the name of every unit, on the landscape pages of the score table', () => {
      const units = exampleOrg().units!;
      expect(units.length).toBe(14);
      const everywhere = compact(converted.text);
      expect(units.filter((u) => !everywhere.includes(compact(u.name))).map((u) => u.name)).toEqual([]);
      const table = compact(converted.pageTexts.filter((_, i) => isLandscape(converted.sizes[i]!)).join('\n'));
      expect(table).toContain(compact('Đề nghị khen thưởng'));
      expect(units.filter((u) => !table.includes(compact(u.name))).map((u) => u.name)).toEqual([]);
    });
  } else {
    it('is all portrait', () => {
      expect(converted.sizes.filter(isLandscape)).toEqual([]);
    });
  }
});

// The three shipped reports, converted to PDF by LibreOffice: each opens, is A4, runs to more than
// one page and prints its number; the scoring report has its score table on a landscape page and
// every unit's name in it.
//
// Needs soffice (LibreOffice) and pdfinfo, pdftotext (poppler-utils). Without them the tests are
// skipped, unless PLAN_REQUIRE_LIBREOFFICE=1 (set by .ci/run), when they fail instead; as in
// test/render/pdf.test.ts.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportType } from '../../src/model/report-types.js';
import { renderReport } from '../../src/render/report-document.js';
import { exampleOrg, exampleSources, reportTypes, shippedTemplate } from '../helpers/reports.js';

const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

const missing = ['soffice', 'pdfinfo', 'pdftotext'].filter((command) => !onPath(command));
const required = process.env.PLAN_REQUIRE_LIBREOFFICE === '1';
const install = 'Debian: apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2';

/** Runs a tool, failing with its output unless it exits 0; its standard output, NFC. */
function run(command: string, args: readonly string[], timeout = 30_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    throw new Error(`${command} ${args.join(' ')}: ${why}\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  return result.stdout.normalize('NFC');
}

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
  if (missing.length) {
    throw new Error(
      `PLAN_REQUIRE_LIBREOFFICE=1 but ${missing.join(', ')} not found on PATH. ` +
        `Install LibreOffice and poppler (${install}), or unset PLAN_REQUIRE_LIBREOFFICE to skip the PDF tests.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
  const docx = join(dir, `${type}.docx`);
  writeFileSync(docx, await renderReport(exampleSources(type), shippedTemplate(type)));
  // A profile of its own: parallel runs, and a LibreOffice the user has open, never clash.
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  run('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, docx], 120_000);
  const pdf = join(dir, `${type}.pdf`);
  if (!existsSync(pdf)) throw new Error(`soffice exited 0 but wrote no ${pdf}`);
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

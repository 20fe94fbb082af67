// The shipped plan, converted to PDF by LibreOffice, checked as a clerk checks it before printing:
// it opens, it is A4, it has the expected pages, numbered from page 2, and every line of the
// reference text is printed in order. A draft carries its mark on every page.
//
// Needs soffice (LibreOffice) and pdfinfo, pdftotext, pdffonts (poppler-utils). Without them the
// tests are skipped, unless PLAN_REQUIRE_LIBREOFFICE=1 (set by .ci/run), when they fail instead.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlan, type RenderOptions } from '../../src/render/plan-document.js';
import { draftMark } from '../../src/render/word/page.js';
import { assertTools, docxToPdf, missingTools, officeInstall as install, officeRequired as required, runTool as run } from '../helpers/office.js';
import { normalise, org, plan, referenceLines, type RefLine } from '../helpers/reference.js';

const missing = missingTools(['soffice', 'pdfinfo', 'pdftotext', 'pdffonts']);

/**
 * Whether fontconfig has a Liberation Serif with the Vietnamese letters of Latin Extended
 * Additional, such as "ệ" (U+1EC7). fonts-liberation2 (Liberation 2.x) has them; the older
 * fonts-liberation (1.07) has not, and LibreOffice then prints "ệ", "ủ", "ơ", "ư"... in a
 * fallback font (DejaVu Serif): the page shows two typefaces within one word.
 */
const vietnameseLiberation = Boolean(
  spawnSync('fc-list', [':charset=1ec7', 'family'], { encoding: 'utf8' }).stdout?.includes('Liberation Serif'),
);

/** A line as a failure message quotes it: long paragraphs cut to their start. */
const clip = (text: string) => `«${text.length > 70 ? `${text.slice(0, 70)}…` : text}»`;

interface Converted {
  dir: string;
  pdf: string;
  /** pdfinfo's report. */
  info: string;
  /** The text of each page, pdftotext's reading order, NFC. */
  pages: string[];
}

/** Renders the shipped plan to .docx in a temporary folder and converts it to PDF there. */
async function convert(name: string, options: RenderOptions): Promise<Converted> {
  assertTools(missing);
  const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
  const pdf = docxToPdf(dir, name, await renderPlan(org, plan, options));
  const info = run('pdfinfo', [pdf]);
  const count = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1] ?? 0);
  const pages = Array.from({ length: count }, (_, i) => run('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-']));
  return { dir, pdf, info, pages };
}

/** The fonts embedded in a PDF, as pdffonts names them, subset prefix ("BAAAAA+") taken off. */
const fontsOf = (pdf: string) =>
  run('pdffonts', [pdf])
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
    .filter(Boolean);

const firstLine = (page: string) => page.split('\n').find((line) => line.trim() !== '')?.trim();

/** The pages' text as one stream: the page number that heads pages 2 on dropped, so a paragraph runs on across the break. */
const bodyText = (pages: readonly string[]) =>
  pages.map((page, i) => (i > 0 && firstLine(page) === `${i + 1}` ? page.replace(/^\s*\d+\s*\n/, '') : page)).join('\n');

/** Text with all white space taken out, and where each character it keeps was in the text. */
function compact(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    out += text[i];
    at.push(i);
  }
  return { text: out, at };
}

/**
 * A reference line as a pattern for the compacted PDF text. White space does not count: the PDF
 * wraps its paragraphs at other places than the reference, and pdftotext puts spaces inside words
 * of justified lines where a letter comes from another font ("c ủa", "M ặt tr ận" with
 * fonts-liberation 1.07). A hyphen may be missing: pdftotext joins a line that ends in "-" to the
 * next and drops the hyphen ("nhiệm kỳ 2020-" / "2025" comes out "20202025").
 */
function pattern(line: string): RegExp {
  const escaped = compact(line).text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/-/g, '-?'), 'g');
}

/** Where a reference line is in the compacted text, from `from` on. */
function find(text: string, line: string, from = 0): { start: number; end: number } | undefined {
  const re = pattern(line);
  re.lastIndex = from;
  const match = re.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

// The reference in three parts. The letterhead (up to the place-and-date line) and the closing
// block (Nơi nhận and the signature, after "Trên đây là kế hoạch...") are two-column tables:
// pdftotext may read their columns in either order, or interleave them on one line, so each of
// their lines need only be somewhere in its part of the page. The body between must be in order.
const dateLine = referenceLines.findIndex((l) => /, ngày \d{1,2} tháng \d{1,2} năm \d{4}$/.test(l.text));
const closingLine = referenceLines.findIndex((l) => l.text.startsWith('Trên đây là kế hoạch'));
const letterhead = referenceLines.slice(0, dateLine + 1);
const body = referenceLines.slice(dateLine + 1, closingLine + 1);
const closing = referenceLines.slice(closingLine + 1);

/** Why the text does not print the reference, naming the first line missing; undefined when it does. */
function checkText(pdfText: string): string | undefined {
  const source = normalise(pdfText);
  const { text, at } = compact(source);
  const context = (i: number) => clip(source.slice(at[i] ?? source.length));
  let from = 0;
  let bodyStart = 0;
  let previous: RefLine | undefined;
  for (const line of body) {
    const found = find(text, line.text, from);
    if (!found) {
      const after = previous ? ` after reference line ${previous.at} ${clip(previous.text)}, where it reads ${context(from)}` : '';
      return `reference line ${line.at} ${clip(line.text)} is not in the PDF text${after}`;
    }
    if (!previous) bodyStart = found.start;
    from = found.end;
    previous = line;
  }
  const head = text.slice(0, bodyStart);
  for (const line of letterhead) {
    if (!find(head, line.text)) return `letterhead line ${line.at} ${clip(line.text)} is not in the PDF text before ${clip(body[0]!.text)}`;
  }
  const tail = text.slice(from);
  for (const line of closing) {
    if (!find(tail, line.text)) return `closing line ${line.at} ${clip(line.text)} is not in the PDF text after ${clip(body.at(-1)!.text)}`;
  }
  return undefined;
}

const skip = missing.length > 0 && !required;
const timeout = 180_000; // the first start of LibreOffice, with a new profile, takes a few seconds

describe.skipIf(skip)('the shipped plan as PDF (LibreOffice)', { timeout }, () => {
  let converted: Converted;
  beforeAll(async () => {
    converted = await convert('ke-hoach', {});
  }, timeout);
  afterAll(() => {
    if (converted) rmSync(converted.dir, { recursive: true, force: true });
  });

  it('opens, on A4 paper', () => {
    expect(converted.info).toMatch(/^Page size:\s+595(\.\d+)? x 841(\.\d+)? pts/m);
  });

  // Times New Roman is replaced by Liberation Serif, metric-compatible with it (every glyph has
  // the same advance width), so lines break, and pages end, where Word breaks them: the count is
  // stable across machines that have the Liberation fonts. Measured: 3 pages, with
  // fonts-liberation 1.07 (some letters in DejaVu Serif) and with fonts-liberation2 alike.
  it('has 3 pages', () => {
    expect(converted.pages.length, `pages, in fonts ${fontsOf(converted.pdf).join(', ')}`).toBe(3);
  });

  it('numbers pages from page 2 on, at the top, and not page 1', () => {
    expect(firstLine(converted.pages[0]!)).not.toMatch(/^\d+$/);
    expect(converted.pages.slice(1).map(firstLine)).toEqual(converted.pages.slice(1).map((_, i) => `${i + 2}`));
  });

  it('prints every line of the reference, in order', () => {
    expect(dateLine).toBeGreaterThan(0);
    expect(closingLine).toBeGreaterThan(dateLine);
    const error = checkText(bodyText(converted.pages));
    expect(error, error).toBeUndefined();
  });

  it('carries no draft mark', () => {
    expect(converted.pages.filter((page) => page.includes(draftMark))).toEqual([]);
  });

  // Only where the machine has a Liberation Serif with Vietnamese letters (fonts-liberation2), or
  // where CI requires the PDF tests: with fonts-liberation 1.07 the fallback is certain.
  it.skipIf(!vietnameseLiberation && !required)('prints every letter in Liberation Serif, no fallback font', () => {
    const fonts = fontsOf(converted.pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.startsWith('LiberationSerif')), `fonts embedded: ${fonts.join(', ')}; ${install}`).toEqual([]);
  });

  it('fails, naming the line, when a line of the body is missing', () => {
    const text = bodyText(converted.pages).replace('2. Quý II', '');
    expect(checkText(text)).toMatch(/^reference line 52 «2\. Quý II» is not in the PDF text after reference line \d+ /);
  });

  it('fails, naming the line, when a line of the closing block differs by one character', () => {
    const text = bodyText(converted.pages).replace('Lưu: VT.', 'Lưu: VT;');
    expect(checkText(text)).toMatch(/^closing line \d+ «- Lưu: VT\.» is not in the PDF text/);
  });

  it('fails, naming the line, when a line of the letterhead is missing', () => {
    const text = bodyText(converted.pages).replace('HUYỆN ĐỊNH QUÁN', '');
    expect(checkText(text)).toMatch(/^letterhead line \d+ «HUYỆN ĐỊNH QUÁN» is not in the PDF text/);
  });
});

describe.skipIf(skip)('a draft of the shipped plan as PDF (LibreOffice)', { timeout }, () => {
  let converted: Converted;
  beforeAll(async () => {
    converted = await convert('du-thao', { draft: true });
  }, timeout);
  afterAll(() => {
    if (converted) rmSync(converted.dir, { recursive: true, force: true });
  });

  it(`shows "${draftMark}" on page 1, and on every page`, () => {
    expect(converted.pages[0]).toContain(draftMark);
    expect(converted.pages.map((page, i) => (page.includes(draftMark) ? 0 : i + 1)).filter(Boolean)).toEqual([]);
  });
});

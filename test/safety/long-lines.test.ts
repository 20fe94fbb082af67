// A 200,000-character line in a plan (a task text pasted as one paragraph, a minified export)
// with a problem near its middle: `plan check` answers in the time of a short file, and prints
// a window of the line around the culprit ("…" where it is cut), the caret under the right
// letter, never the whole line. The window is made in src/report/excerpt.ts. Each run is the
// real binary with a timeout of its own, so that a slow excerpt (the whole line printed once per
// problem, letters counted from the start of the line) fails instead of hanging the suite.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shipped, tempFolders } from '../helpers/fixtures.js';
import { repoRoot, stackLines, type JsonReport } from '../helpers/run.js';
import { spawnPlan, type SpawnResult } from '../helpers/spawn.js';

const write = tempFolders();
const PLAN = 'plans/2024/dinh-quan/ke-hoach.yaml';
const LINE_LENGTH = 200_000;
/** The widest line the human format may print for an excerpt: a terminal's width, about. */
const EXCERPT_WIDTH = 110;
/** The widest of any other line (a message, a hint): fixed words, and values quoted in short. */
const MESSAGE_WIDTH = 200;

/** Letters as the eye counts them (e + two combining marks is one), independently of src/. */
const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });
const letters = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

interface Run extends SpawnResult {
  ms: number;
}

/** `plan ARGV` in `cwd`, killed after 20 s: a hang or a quadratic excerpt fails the test. */
function plan(argv: readonly string[], cwd: string): Run {
  const started = Date.now();
  const result = spawnPlan(argv, cwd, {}, { timeoutMs: 20_000, maxBuffer: 256 * 1024 * 1024 });
  return { ...result, ms: Date.now() - started };
}

/** The shipped repo with one line of the plan replaced by `line`; the line's text and number. */
function repoWithLine(line: string): { cwd: string; line: string; lineNumber: number } {
  const original = '            text: Đăng ký nội dung thi đua năm 2024 gửi Hội đồng Thi đua - Khen thưởng huyện.';
  const text = shipped('ke-hoach');
  const at = text.indexOf(original);
  expect(at).toBeGreaterThan(0);
  const cwd = write({
    [PLAN]: text.slice(0, at) + line + text.slice(at + original.length),
    'plans/2024/dinh-quan/to-chuc.yaml': shipped('to-chuc'),
  });
  return { cwd, line, lineNumber: text.slice(0, at).split('\n').length };
}

/** A task text of plain words, `culprit` in the middle, the line 200,000 characters or a little more. */
function longText(word: string, culprit: string, quoted = false): string {
  const half = word.repeat(Math.ceil(LINE_LENGTH / 2 / word.length));
  const value = `${half}${culprit}${half}`;
  return `            text: ${quoted ? `"${value}"` : value}`;
}

interface Shown {
  header: string;
  excerpt: string;
  marker: string;
}

/** The excerpt of the diagnostic whose header line starts with `header`, as printed. */
function shownAt(stdout: string, header: string, lineNumber: number): Shown {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith(header));
  expect(at, `no "${header}" in:\n${stdout.slice(0, 2000)}`).toBeGreaterThanOrEqual(0);
  const source = new RegExp(`^${lineNumber} \\| (.*)$`).exec(lines[at + 2] ?? '');
  const marker = /^ +\| (.*)$/.exec(lines[at + 3] ?? '');
  expect(source, lines.slice(at, at + 5).join('\n')).not.toBeNull();
  expect(marker, lines.slice(at, at + 5).join('\n')).not.toBeNull();
  return { header: lines[at]!, excerpt: source![1]!, marker: marker![1]! };
}

/** The letters under the carets of an excerpt. */
function underCarets({ excerpt, marker }: Shown): string {
  const pad = /^ */.exec(marker)![0].length;
  const carets = /\^+/.exec(marker)![0].length;
  return letters(excerpt).slice(pad, pad + carets).join('');
}

/**
 * Columns a line takes on a terminal, counted fast (the NFD run prints megabytes): code points
 * that are not combining marks. Vietnamese has no wide letters.
 */
const width = (line: string) => [...line.replace(/\p{M}/gu, '')].length;

/** No printed line grows with the input line: excerpts a terminal wide, everything else bounded. */
function expectShortLines(stdout: string): void {
  for (const line of new Set(stdout.split('\n'))) {
    const columns = width(line);
    const isExcerpt = /^ *\d* \| /.test(line);
    if (columns > (isExcerpt ? EXCERPT_WIDTH : MESSAGE_WIDTH)) expect.fail(`${columns} columns: ${line.slice(0, 200)}…`);
  }
}

/** `plan check --format json`, parsed. */
function checkJson(cwd: string): JsonReport & { code: number | null } {
  const run = plan(['check', '--no-cache', '--today', '2024-06-30', '--format', 'json'], cwd);
  return { code: run.code, ...(JSON.parse(run.stdout) as JsonReport) };
}

describe('a 200,000-character line with a problem near its middle', () => {
  it('plain letters: exit 1 in seconds, a window of the line with "…" cuts, the carets under «MTQ»', () => {
    const { cwd, line, lineNumber } = repoWithLine(longText('abcdefghi ', 'Ủy ban MTQ '));
    expect(line.length).toBeGreaterThanOrEqual(LINE_LENGTH);
    const column = line.indexOf('MTQ') + 1;
    expect(column).toBeGreaterThan(LINE_LENGTH / 2 - 100);

    const run = plan(['check', '--no-cache', '--today', '2024-06-30'], cwd);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.ms).toBeLessThan(15_000);
    const shown = shownAt(run.stdout, `${PLAN}:${lineNumber}:${column}: lỗi [text/known-name]`, lineNumber);
    expect(shown.excerpt.startsWith('…')).toBe(true);
    expect(shown.excerpt.endsWith('…')).toBe(true);
    expect(shown.marker).toMatch(/^ +\^{3}$/);
    expect(underCarets(shown)).toBe('MTQ');
    // The window holds what is around the culprit, as it is in the line.
    expect(line).toContain(shown.excerpt.slice(1, -1));
    expectShortLines(run.stdout);
    expect(run.stdout.length).toBeLessThan(2_000);
  });

  it('plain letters, --format json: the line and the column (UTF-16) of «MTQ», 100,000 letters in', () => {
    const { cwd, line, lineNumber } = repoWithLine(longText('abcdefghi ', 'Ủy ban MTQ '));
    const report = checkJson(cwd);
    expect(report.code).toBe(1);
    const column = line.indexOf('MTQ') + 1;
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['text/known-name', lineNumber, column, lineNumber, column + 3],
    ]);
  });

  it('decomposed (NFD) Vietnamese, every word a text/nfc error: exit 1 in seconds, each excerpt a window, the carets under «MTQ»', () => {
    // "Việt Nam " in NFD is 12 code units for 9 letters: code-unit columns and letters part ways.
    const word = 'Việt Nam '.normalize('NFD');
    const { cwd, line, lineNumber } = repoWithLine(longText(word, 'Ủy ban MTQ '.normalize('NFD')));
    expect(line.length).toBeGreaterThanOrEqual(LINE_LENGTH);
    expect(width(line)).toBeLessThan(line.length * 0.85);
    const column = line.indexOf('MTQ') + 1;

    const run = plan(['check', '--no-cache', '--today', '2024-06-30'], cwd);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.ms).toBeLessThan(15_000);
    const shown = shownAt(run.stdout, `${PLAN}:${lineNumber}:${column}: lỗi [text/known-name]`, lineNumber);
    expect(shown.excerpt.startsWith('…')).toBe(true);
    expect(shown.excerpt.endsWith('…')).toBe(true);
    expect(underCarets(shown)).toBe('MTQ');
    // The cuts fall between letters: no combining mark left without its letter.
    expect(shown.excerpt.slice(1, -1).normalize('NFD')).toBe(shown.excerpt.slice(1, -1));
    expect(shown.excerpt).not.toMatch(/…\p{M}/u);
    expect(line).toContain(shown.excerpt.slice(1, -1));
    // One of the thousands of text/nfc excerpts, near the middle of the line: carets under "Việt".
    const nfc = run.stdout.split('\n').find((l) => /^plans\/2024\/dinh-quan\/ke-hoach\.yaml:\d+:(\d{6}): lỗi \[text\/nfc\]$/.test(l))!;
    expect(nfc).toBeDefined();
    const nfcShown = shownAt(run.stdout, nfc, lineNumber);
    expect(underCarets(nfcShown)).toBe('Việt'.normalize('NFD'));
    expectShortLines(run.stdout);
  });

  it('decomposed Vietnamese, --format json: «MTQ» at its code-unit column, every word that needs NFC reported', () => {
    const word = 'Việt Nam '.normalize('NFD');
    const { cwd, line, lineNumber } = repoWithLine(longText(word, 'Ủy ban MTQ '.normalize('NFD')));
    const report = checkJson(cwd);
    expect(report.code).toBe(1);
    const column = line.indexOf('MTQ') + 1;
    const named = report.diagnostics.filter((d) => d.rule === 'text/known-name');
    expect(named.map((d) => [d.line, d.column, d.endColumn])).toEqual([[lineNumber, column, column + 3]]);
    // "Việt" and "Ủy" are decomposed; "Nam", "ban" and "MTQ" are not.
    const nfc = report.diagnostics.filter((d) => d.rule === 'text/nfc');
    const decomposedWords = (line.match(/\S*\p{M}\S*/gu) ?? []).length;
    expect(nfc).toHaveLength(decomposedWords);
    for (const d of nfc.slice(0, 50)) expect(line.slice(d.column! - 1, d.endColumn! - 1).normalize('NFC')).toMatch(/^(Việt|Ủy)$/);
  });

  it('a double-quoted 200,000-character line: the column counts the quote, the carets under «MTQ»', () => {
    const { cwd, line, lineNumber } = repoWithLine(longText('abcdefghi ', 'Ủy ban MTQ ', true));
    expect(line).toMatch(/text: ".*"$/);
    const column = line.indexOf('MTQ') + 1;
    const run = plan(['check', '--no-cache', '--today', '2024-06-30'], cwd);
    expect(run.code, run.stderr).toBe(1);
    expect(run.ms).toBeLessThan(15_000);
    const shown = shownAt(run.stdout, `${PLAN}:${lineNumber}:${column}: lỗi [text/known-name]`, lineNumber);
    expect(underCarets(shown)).toBe('MTQ');
    expect(shown.excerpt.startsWith('…') && shown.excerpt.endsWith('…')).toBe(true);
    expectShortLines(run.stdout);

    const report = checkJson(cwd);
    expect(report.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['text/known-name', lineNumber, column]]);
  });

  it('a doubled space in the middle (a warning): exit 0, the caret on the first of the two spaces, the window cut both sides', () => {
    const { cwd, line, lineNumber } = repoWithLine(longText('abcdefghi ', ' '));
    const column = line.indexOf('  ', line.indexOf('text: ')) + 1;
    const run = plan(['check', '--no-cache', '--today', '2024-06-30'], cwd);
    expect(run.code, run.stderr).toBe(0);
    const shown = shownAt(run.stdout, `${PLAN}:${lineNumber}:`, lineNumber);
    expect(shown.header).toMatch(/cảnh báo \[text\/spacing\]$/);
    const pad = /^ */.exec(shown.marker)![0].length;
    expect(shown.marker).toMatch(/^ +\^$/);
    expect(letters(shown.excerpt).slice(pad - 1, pad + 3).join('')).toBe('i  a');
    expect(shown.excerpt.startsWith('…') && shown.excerpt.endsWith('…')).toBe(true);
    expectShortLines(run.stdout);
    expect(checkJson(cwd).diagnostics.map((d) => [d.rule, d.line, d.column, d.endColumn])).toEqual([['text/spacing', lineNumber, column, column + 2]]);
  });

  it('a wrong value 200,000 characters long: the carets stop at the window, the message quotes the value in short', () => {
    const text = shipped('ke-hoach');
    const lead = text.indexOf('lead:', text.indexOf('id: dang-ky-thi-dua'));
    const end = text.indexOf('\n', lead);
    const value = 'van-phong-'.repeat(LINE_LENGTH / 10);
    const cwd = write({
      [PLAN]: `${text.slice(0, lead)}lead: ${value}${text.slice(end)}`,
      'plans/2024/dinh-quan/to-chuc.yaml': shipped('to-chuc'),
    });
    const lineNumber = text.slice(0, lead).split('\n').length;
    const run = plan(['check', '--no-cache', '--today', '2024-06-30'], cwd);
    expect(run.code, run.stderr).toBe(1);
    expect(stackLines(run.stderr)).toEqual([]);
    const shown = shownAt(run.stdout, `${PLAN}:${lineNumber}:`, lineNumber);
    expect(shown.excerpt.endsWith('…')).toBe(true);
    expect(shown.marker.trimStart()).toMatch(/^\^+$/);
    expect(width(shown.marker)).toBeLessThanOrEqual(EXCERPT_WIDTH);
    expect(underCarets(shown).startsWith('van-phong-van-phong-')).toBe(true);
    expectShortLines(run.stdout);
    expect(run.stdout.length).toBeLessThan(3_000);
  });
});

describe('a 200,000-character text in the tables of plan due and plan score', () => {
  const long = 'kiểm tra '.repeat(Math.ceil(LINE_LENGTH / 9)).trimEnd();

  it('plan due: the task\'s cell is its start and "…" (cli-table3 wraps in quadratic time), the JSON holds it whole', () => {
    const { cwd } = repoWithLine(`            text: ${long}`);
    const table = plan(['due', '--quarter', '1', '--year', '2024', '--today', '2024-06-30'], cwd);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('kiểm tra kiểm tra');
    expect(table.stdout).toMatch(/(kiểm|tra)…/);
    expect(table.stdout.length).toBeLessThan(30_000);
    for (const line of table.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(EXCERPT_WIDTH);
    const json = plan(['due', '--quarter', '1', '--year', '2024', '--today', '2024-06-30', '--format', 'json'], cwd);
    expect(json.code).toBe(0);
    expect(json.stdout).toContain(long);
  });

  it('plan score: a unit name of 200,000 letters is cut in the table (every row would be as wide), whole in the JSON', () => {
    const org = shipped('to-chuc');
    expect(org).toContain('name: Gia Canh }');
    const cwd = write({ 'plans/2024/dinh-quan/to-chuc.yaml': org.replace('name: Gia Canh }', `name: Gia Canh ${long} }`) });
    for (const name of readdirSync(join(repoRoot, 'plans/2024/dinh-quan'))) {
      if (name !== 'to-chuc.yaml') cpSync(join(repoRoot, 'plans/2024/dinh-quan', name), join(cwd, 'plans/2024/dinh-quan', name));
    }
    const table = plan(['score'], cwd);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Gia Canh kiểm tra');
    expect(table.stdout.length).toBeLessThan(60_000);
    const json = plan(['score', '--format', 'json'], cwd);
    expect(json.stdout).toContain(`Gia Canh ${long}`);
  });
});

// plan check --fix [--dry-run]: on a temp copy of the shipped plan into which errors are injected
// (each the inverse of a fix), --fix gives back the shipped file byte for byte, but for the lines
// where the fix legitimately writes other bytes than the shipped file has.
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOM, concat, edit, positionOf, shipped, utf8 } from '../helpers/fixtures.js';
import { run, type JsonReport } from '../helpers/run.js';
import { caseFiles, lineColumn, orgFile, planFile, today, useRepos } from './repo.js';

const { write } = useRepos();

const original = shipped('ke-hoach');
const nfd = 'và'.normalize('NFD');

/** One injected error: the text changed, and the fix that must undo it. */
interface Injection {
  rule: string;
  anchor: string;
  from: string;
  to: string;
  /** Where the diagnostic is, in the injected text: the first `needle` after `anchor`. */
  needle: string;
}

const injections: Injection[] = [
  { rule: 'text/nfc', anchor: 'kind: Chương trình', from: 'phối hợp và', to: `phối hợp ${nfd}`, needle: nfd },
  { rule: 'text/known-name', anchor: 'intro: >-', from: 'Ủy ban MTTQ', to: 'Ủy ban MTQ', needle: 'MTQ' },
  { rule: 'text/spacing', anchor: 'Nâng cao hơn nữa nhận thức', from: 'đua, khen thưởng.', to: 'đua,  khen thưởng.', needle: '  khen' },
  { rule: 'text/tone-mark', anchor: 'id: bao-cao-cham-diem', from: 'MTTQ Việt Nam', to: 'MTTQ Vịêt Nam', needle: 'Vịêt' },
  { rule: 'recipients/line-format', anchor: '\nrecipients:', from: '  - BTT UBMTTQVN các xã, TT', to: '  - "- BTT UBMTTQVN các xã, TT;"', needle: '"- BTT' },
  { rule: 'recipients/archive', anchor: '\nrecipients:', from: '  - "Lưu: VT"', to: '  - Lưu VT', needle: 'Lưu VT' },
];

function inject(text: string, list: readonly Injection[] = injections): string {
  return list.reduce((t, i) => edit(t, i.anchor, i.from, i.to), text);
}

/** The lines that differ, as [line number, before, after]; both texts must have as many lines. */
function changedLines(before: string, after: string): [number, string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i): [number, string, string][] => (line === b[i] ? [] : [[i + 1, line, b[i]!]]));
}

/** A repo with the shipped organisation and this plan text (or bytes). */
function repoWith(plan: string | Uint8Array): string {
  const folder = write({ ...caseFiles({}), [planFile]: plan });
  // An old mtime, so that a write in the same millisecond as the copy would still show.
  const old = new Date('2024-01-01T00:00:00Z');
  utimesSync(join(folder, planFile), old, old);
  utimesSync(join(folder, orgFile), old, old);
  return folder;
}

const fix = (folder: string, ...extra: string[]) => run(['check', '--fix', '--format', 'json', '--today', today, ...extra], { cwd: folder });

describe('plan check --fix', () => {
  const injected = inject(original);

  it('each injection alone is one diagnostic of its rule (the cases are what they claim)', async () => {
    for (const i of injections) {
      const text = inject(original, [i]);
      const folder = repoWith(text);
      const { stdout } = await run(['check', '--format', 'json', '--today', today], { cwd: folder });
      const report = JSON.parse(stdout) as JsonReport;
      expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([`${lineColumn(text, i.needle, i.anchor)} ${i.rule}`]);
    }
  });

  it('gives back the shipped file, but for the recipient that keeps its double quotes', async () => {
    const folder = repoWith(injected);
    const { code } = await fix(folder);
    expect(code).toBe(0);
    const fixed = readFileSync(join(folder, planFile), 'utf8');
    // "- BTT UBMTTQVN các xã, TT;" was double-quoted (a plain "- " would be a list): its fix keeps
    // the quotes. Every other byte is the shipped file's: comments, blank lines, indentation, and
    // "Lưu VT" (plain) fixed to "Lưu: VT" in the double quotes the shipped file has.
    expect(changedLines(original, fixed)).toEqual([
      [positionOf(original, 'BTT UBMTTQVN các xã, TT', '\nrecipients:').line, '  - BTT UBMTTQVN các xã, TT', '  - "BTT UBMTTQVN các xã, TT"'],
    ]);
    const comments = (t: string) => t.split('\n').filter((l) => /^\s*(#|$)/.test(l));
    expect(comments(fixed)).toEqual(comments(original));
  });

  it('gives back the shipped file byte for byte when the injections are the inverse of the fixes', async () => {
    const inverse = injections.filter((i) => i.rule !== 'recipients/line-format');
    const folder = repoWith(inject(original, inverse));
    const { code } = await fix(folder);
    expect(code).toBe(0);
    expect(readFileSync(join(folder, planFile), 'utf8')).toBe(original);
  });

  it('"Lưu VT" plain becomes "Lưu: VT" double-quoted (": " cannot stand plain)', async () => {
    const folder = repoWith(edit(original, '\nrecipients:', '  - "Lưu: VT"', '  - Lưu VT'));
    await fix(folder);
    const fixed = readFileSync(join(folder, planFile), 'utf8');
    expect(fixed).toContain('\n  - "Lưu: VT"\n');
    expect(fixed).toBe(original);
  });

  it('after --fix: exit 0, nothing left to report, and a second check agrees', async () => {
    const folder = repoWith(injected);
    const { code, stdout } = await fix(folder);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.diagnostics).toEqual([]);
    expect(code).toBe(0);
    const again = await run(['check', '--format', 'json', '--today', today], { cwd: folder });
    expect((JSON.parse(again.stdout) as JsonReport).diagnostics).toEqual([]);
    expect(again.code).toBe(0);
  });

  it('stderr says what was fixed: the file, how many, and each one with its place and rule', async () => {
    const folder = repoWith(injected);
    const { stderr } = await fix(folder);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`Đã sửa 6 chỗ trong ${planFile}:`);
    const places = injections
      .map((i) => ({ at: positionOf(injected, i.needle, i.anchor), rule: i.rule }))
      .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)
      .map(({ at, rule }) => `  ${at.line}:${at.column} [${rule}]`);
    expect(lines.slice(1).map((l) => l.replace(/\] .*$/, ']'))).toEqual(places);
    expect(stderr).toContain('[recipients/archive] Dòng lưu trữ «Lưu VT»');
    expect(lines).toHaveLength(7);
  });

  it('leaves the other files alone: the organisation keeps its bytes and its mtime', async () => {
    const folder = repoWith(injected);
    const before = statSync(join(folder, orgFile)).mtimeMs;
    await fix(folder);
    expect(readFileSync(join(folder, orgFile), 'utf8')).toBe(shipped('to-chuc'));
    expect(statSync(join(folder, orgFile)).mtimeMs).toBe(before);
    expect(readdirSync(join(folder, 'plans', '2024', 'dinh-quan')).sort()).toEqual(['ke-hoach.yaml', 'to-chuc.yaml']);
  });

  it('nothing to fix: says so, writes nothing, exit 0', async () => {
    const folder = repoWith(original);
    const before = statSync(join(folder, planFile)).mtimeMs;
    const { code, stderr } = await fix(folder);
    expect(stderr).toBe('Không có chỗ nào sửa tự động được.\n');
    expect(statSync(join(folder, planFile)).mtimeMs).toBe(before);
    expect(code).toBe(0);
  });

  it('a rule the config switches off is not fixed either', async () => {
    const folder = repoWith(inject(original, injections.filter((i) => i.rule === 'text/spacing')));
    writeFileSync(join(folder, 'plan.config.yaml'), 'rules:\n  text/spacing: off\n');
    const { code, stderr } = await fix(folder);
    expect(stderr).toBe('Không có chỗ nào sửa tự động được.\n');
    expect(readFileSync(join(folder, planFile), 'utf8')).toContain('đua,  khen thưởng.');
    expect(code).toBe(0);
  });

  it('a file with a BOM and CRLF line ends keeps both', async () => {
    const crlf = (t: string) => t.replace(/\n/g, '\r\n');
    const inverse = injections.filter((i) => i.rule !== 'recipients/line-format');
    const folder = repoWith(concat(BOM, utf8(crlf(inject(original, inverse)))));
    const { code, stderr } = await fix(folder);
    expect(stderr).toMatch(/^Đã sửa 5 chỗ trong /);
    expect(code).toBe(0);
    const bytes = readFileSync(join(folder, planFile));
    expect(Buffer.compare(bytes, Buffer.from(concat(BOM, utf8(crlf(original)))))).toBe(0);
  });
});

describe('plan check --fix --dry-run', () => {
  const injected = inject(original);

  it('writes nothing (same bytes, same mtime), but says what it would fix', async () => {
    const folder = repoWith(injected);
    const path = join(folder, planFile);
    const before = statSync(path).mtimeMs;
    const { code, stdout, stderr } = await fix(folder, '--dry-run');
    expect(readFileSync(path, 'utf8')).toBe(injected);
    expect(statSync(path).mtimeMs).toBe(before);
    expect(readdirSync(join(folder, 'plans', '2024', 'dinh-quan')).sort()).toEqual(['ke-hoach.yaml', 'to-chuc.yaml']);
    expect(stderr.split('\n')[0]).toBe(`Sẽ sửa 6 chỗ trong ${planFile}:`);
    for (const i of injections) expect(stderr).toContain(`[${i.rule}]`);
    // The report is of the file as it is: the problems are still there.
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.diagnostics.map((d) => d.rule).sort()).toEqual(injections.map((i) => i.rule).sort());
    expect(code).toBe(1);
  });

  it('--dry-run without --fix: exit 2, nothing checked', async () => {
    const folder = repoWith(injected);
    const { code, stdout, stderr } = await run(['check', '--dry-run', '--today', today], { cwd: folder });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('plan: --dry-run chỉ dùng cùng --fix (xem trước các chỗ sẽ sửa).\n');
    expect(readFileSync(join(folder, planFile), 'utf8')).toBe(injected);
  });
});

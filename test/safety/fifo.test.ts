// A FIFO (named pipe) where `plan` expects a file: opening one for reading waits for a writer,
// for ever if none comes, and writing one waits for a reader. Each place `plan` reads or writes is
// tried with a FIFO in it; the command must answer at once (exit 2 with words, or a
// file/unreadable diagnostic), never wait. src/io/read.ts opens with O_NONBLOCK and refuses what
// is not a regular file (ENOTREG). Every run has a 10 s timeout of its own, so that a hang fails.
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../helpers/fixtures.js';
import { repoRoot, stackLines, type JsonReport } from '../helpers/run.js';
import { spawnPlan, type SpawnResult } from '../helpers/spawn.js';

const write = tempFolders();
const FOLDER = 'plans/2024/dinh-quan';

/** What `plan` says of a FIFO, in Vietnamese (src/i18n/vi-io.ts) and in English (en-io.ts). */
const notRegularVi = 'không phải tệp thường mà là ống FIFO, thiết bị hay socket (ENOTREG)';
const notRegularEn = 'it is not a regular file but a FIFO, a device or a socket (ENOTREG)';

/** The shipped example (the plan, its organisation, the reports and the score files) in a temp repo. */
function repo(): string {
  const folder = write({});
  cpSync(join(repoRoot, FOLDER), join(folder, FOLDER), { recursive: true });
  return folder;
}

function mkfifo(path: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const made = spawnSync('mkfifo', [path], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`mkfifo ${path}: ${made.stderr || made.error?.message}`);
  expect(lstatSync(path).isFIFO()).toBe(true);
}

/** `plan ARGV` in `cwd`, killed after 10 s: waiting on the FIFO fails the test instead of hanging it. */
const plan = (argv: readonly string[], cwd: string) => spawnPlan(argv, cwd, {}, { timeoutMs: 10_000 });

/** Exit 2, one line of words on stderr naming `path`, no stack trace, no "internal error". */
function expectRefused(run: SpawnResult, line: string): void {
  expect(run.code, run.stdout + run.stderr).toBe(2);
  expect(run.stderr).toBe(`plan: ${line}\n`);
  expect(stackLines(run.stderr)).toEqual([]);
  expect(run.stderr).not.toMatch(/lỗi nội bộ|internal error/i);
}

describe.skipIf(process.platform === 'win32')('a FIFO where plan reads or writes a file: an answer at once, never a wait', () => {
  it('named to plan check: exit 2, "không phải tệp thường"', () => {
    const cwd = repo();
    mkfifo(join(cwd, 'fifo.yaml'));
    expectRefused(plan(['check', 'fifo.yaml'], cwd), `Không đọc được «fifo.yaml»: ${notRegularVi}. Ghi đường dẫn tới một tệp thường.`);
  });

  it('named to plan check, deep in plans/, with --lang en: exit 2, in English', () => {
    const cwd = repo();
    mkfifo(join(cwd, FOLDER, 'fifo.yaml'));
    expectRefused(
      plan(['check', '--lang', 'en', `${FOLDER}/fifo.yaml`], cwd),
      `Cannot read "${FOLDER}/fifo.yaml": ${notRegularEn}. Give the path of a regular file.`,
    );
  });

  it('as plan.config.yaml at the root of the repo: plan check and plan render exit 2', () => {
    const cwd = repo();
    mkfifo(join(cwd, 'plan.config.yaml'));
    const words = `Không đọc được «plan.config.yaml»: ${notRegularVi}. Ghi đường dẫn tới một tệp thường.`;
    expectRefused(plan(['check', '--today', '2024-06-30'], cwd), words);
    expectRefused(plan(['render', 'ke-hoach'], cwd), words);
    expect(lstatSync(join(cwd, 'plan.config.yaml')).isFIFO()).toBe(true);
  });

  it("as the repo's own report template (templates/so-ket.yaml): plan render so-ket exits 2, nothing written", () => {
    const cwd = repo();
    mkfifo(join(cwd, 'templates', 'so-ket.yaml'));
    expectRefused(plan(['render', 'so-ket'], cwd), `Không đọc được «templates/so-ket.yaml»: ${notRegularVi}. Ghi đường dẫn tới một tệp thường.`);
    expect(readdirSync(cwd).sort()).not.toContain('out');
  });

  it("as the repo's own template, to plan check (which checks templates/): file/unreadable, exit 1", () => {
    const cwd = repo();
    mkfifo(join(cwd, 'templates', 'so-ket.yaml'));
    const run = plan(['check', '--today', '2024-06-30', '--format', 'json'], cwd);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['templates/so-ket.yaml file/unreadable']);
    expect(report.diagnostics[0]!.message).toContain(notRegularVi);
  });

  it('as the output of plan render -o: exit 2, the FIFO left as it was', () => {
    const cwd = repo();
    mkfifo(join(cwd, 'out.docx'));
    const run = plan(['render', 'so-ket', '-o', 'out.docx'], cwd);
    expectRefused(run, `Không ghi được «out.docx»: ${notRegularVi}. Ghi đường dẫn tới một tệp thường.`);
    expect(lstatSync(join(cwd, 'out.docx')).isFIFO()).toBe(true);
    // Nothing beside it: no temp file of the render.
    expect(readdirSync(cwd).filter((n) => n !== '.plan-cache').sort()).toEqual(['out.docx', 'plans']);
  });

  it('as the default output of plan render (out/2024/dinh-quan/...): exit 2, the FIFO left as it was', () => {
    const cwd = repo();
    const target = join(cwd, 'out', '2024', 'dinh-quan', 'ke-hoach-109-2024.docx');
    mkfifo(target);
    expectRefused(
      plan(['render', 'ke-hoach'], cwd),
      `Không ghi được «out/2024/dinh-quan/ke-hoach-109-2024.docx»: ${notRegularVi}. Ghi đường dẫn tới một tệp thường.`,
    );
    expect(lstatSync(target).isFIFO()).toBe(true);
    expect(readdirSync(join(target, '..'))).toEqual(['ke-hoach-109-2024.docx']);
  });

  it('a FIFO x.yaml among the plans: plan check reports file/unreadable (exit 1) and checks the rest', () => {
    const cwd = repo();
    mkfifo(join(cwd, FOLDER, 'x.yaml'));
    const run = plan(['check', '--today', '2024-06-30'], cwd);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        `${FOLDER}/x.yaml: lỗi [file/unreadable]`,
        `Không đọc được tệp: ${notRegularVi}.`,
        'Cách sửa: Ghi đường dẫn tới một tệp thường.',
        '',
        '✖ 1 lỗi trong 1/8 tệp.',
        '',
      ].join('\n'),
    );
    const json = plan(['check', '--today', '2024-06-30', '--format', 'json'], cwd);
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.diagnostics.map((d) => [d.file, d.rule, d.args])).toEqual([[`${FOLDER}/x.yaml`, 'file/unreadable', { detail: 'ENOTREG' }]]);
    expect(report.summary.files).toBe(8);
  });

  it('a FIFO x.yaml among the plans, --lang en: the diagnostic in English', () => {
    const cwd = repo();
    mkfifo(join(cwd, FOLDER, 'x.yaml'));
    const run = plan(['check', '--lang', 'en', '--today', '2024-06-30'], cwd);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain(
      [`${FOLDER}/x.yaml: error [file/unreadable]`, `Cannot read the file: ${notRegularEn}.`, 'Fix: Give the path of a regular file.'].join('\n'),
    );
    expect(run.stdout).not.toContain('Cách sửa');
  });
});

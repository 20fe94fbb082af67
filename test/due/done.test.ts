// `plan done` and `plan status` on temp copies of the repository: what the file looks like after
// (git diff), that `plan check` stays clean, and the usage errors. The splicing itself is tested in
// edit.test.ts; here, the commands around it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { todayInVietnam } from '../../src/model/dates.js';
import type { DueRow } from '../../src/due/rows.js';
import type { Plan, Task } from '../../src/model/types.js';
import { tasksOf } from '../../src/repo/tasks.js';
import { BOM, concat, edit, shipped, tempFolders, utf8 } from '../helpers/fixtures.js';
import { checkJson, run } from '../helpers/run.js';

const write = tempFolders();
const PLAN_FILE = 'plans/2024/dinh-quan/ke-hoach.yaml';
const ORG_FILE = 'plans/2024/dinh-quan/to-chuc.yaml';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A temp folder with plans/2024/dinh-quan copied (and other files), committed in a fresh git repository. */
function repo(files: Record<string, string | Uint8Array> = {}): string {
  const cwd = write({ [PLAN_FILE]: shipped('ke-hoach'), [ORG_FILE]: shipped('to-chuc'), ...files });
  git(cwd, 'init', '-q');
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', 'init');
  return cwd;
}

const read = (cwd: string, file = PLAN_FILE) => readFileSync(join(cwd, file), 'utf8');
const changedFiles = (cwd: string) => git(cwd, 'status', '--porcelain').split('\n').filter(Boolean);

/** The lines (1-based, inclusive) of a task: its "- id:" line to its last non-blank line, and the column of its dash. */
function taskLines(text: string, id: string): { first: number; last: number; dash: number } {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => l.trimStart() === `- id: ${id}`);
  if (index < 0 || lines.findIndex((l, i) => i > index && l.trimStart() === `- id: ${id}`) >= 0) throw new Error(`no single task ${id}`);
  const dash = lines[index]!.indexOf('-');
  let last = index + 1;
  while (last < lines.length) {
    const line = lines[last]!;
    if (line.trim() !== '' && line.search(/\S/) <= dash) break;
    last++;
  }
  while (lines[last - 1]!.trim() === '') last--;
  return { first: index + 1, last, dash };
}

interface Hunk {
  /** First old line; for a pure insertion, the line after which the new lines go. */
  oldStart: number;
  oldCount: number;
  removed: string[];
  added: string[];
}

/** `git diff --unified=0` of one file, as hunks. */
function hunks(cwd: string, file = PLAN_FILE): Hunk[] {
  const diff = git(cwd, 'diff', '--unified=0', '--', file);
  const out: Hunk[] = [];
  for (const line of diff.split('\n')) {
    const head = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (head) out.push({ oldStart: Number(head[1]), oldCount: head[2] === undefined ? 1 : Number(head[2]), removed: [], added: [] });
    else if (line.startsWith('-') && !line.startsWith('---')) out.at(-1)!.removed.push(line.slice(1));
    else if (line.startsWith('+') && !line.startsWith('+++')) out.at(-1)!.added.push(line.slice(1));
  }
  return out;
}

/** Every line the diff touches lies inside the task `id` of the original text; added lines are the task's keys. */
function expectOnlyTaskChanged(before: string, cwd: string, id: string): Hunk[] {
  const { first, last, dash } = taskLines(before, id);
  const found = hunks(cwd);
  expect(found.length).toBeGreaterThan(0);
  for (const h of found) {
    const where = `hunk at old line ${h.oldStart} (task ${id}: lines ${first}-${last})`;
    if (h.oldCount === 0) {
      // Inserted after line oldStart: after one of the task's lines.
      expect(h.oldStart, where).toBeGreaterThanOrEqual(first);
      expect(h.oldStart, where).toBeLessThanOrEqual(last);
    } else {
      expect(h.oldStart, where).toBeGreaterThanOrEqual(first);
      expect(h.oldStart + h.oldCount - 1, where).toBeLessThanOrEqual(last);
    }
    for (const line of h.added) expect(line.search(/\S/), `${where}: ${line}`).toBeGreaterThan(dash);
  }
  return found;
}

/** `plan check --today 2024-12-31` finds nothing. */
async function expectClean(cwd: string): Promise<void> {
  const { code, report } = await checkJson(cwd, [], ['--today', '2024-12-31']);
  expect(report.diagnostics).toEqual([]);
  expect(code).toBe(0);
}

function taskIn(text: string, id: string): Task {
  const plan = parseDocument(text).toJS() as Plan;
  return tasksOf(plan).find((t) => t.task.id === id)!.task;
}

async function dueRows(cwd: string, args: readonly string[]): Promise<DueRow[]> {
  const result = await run(['due', '--format', 'json', ...args], { cwd });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as DueRow[];
}

describe('plan done', () => {
  it('marks a task done on a day, with evidence, changing only that task’s lines', async () => {
    const cwd = repo();
    const before = read(cwd);
    const evidence = 'Biên bản số 7/BB-MTTQ-BTT, "sơ kết"';
    const result = await run(['done', 'hoi-nghi-so-ket', '--on', '2024-07-05', '--evidence', evidence], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Đã ghi «hoi-nghi-so-ket»: Đã xong 05/07/2024 (${PLAN_FILE}).\n`);
    expect(changedFiles(cwd)).toEqual([` M ${PLAN_FILE}`]);
    const found = expectOnlyTaskChanged(before, cwd, 'hoi-nghi-so-ket');
    expect(found.flatMap((h) => h.removed)).toEqual(['            status: planned']);
    const added = found.flatMap((h) => h.added);
    expect(added.slice(0, 2)).toEqual(['            status: done', '            done: 2024-07-05']);
    // Written plain or quoted, as long as it reads back (checked on the data below).
    expect(added.slice(2)).toHaveLength(1);
    expect(added[2]).toMatch(/^ {12}evidence: /);
    expect(taskIn(read(cwd), 'hoi-nghi-so-ket')).toMatchObject({ status: 'done', done: '2024-07-05', evidence });
    await expectClean(cwd);
    // plan due sees it: no longer late on 10/07.
    const rows = await dueRows(cwd, ['--quarter', '2', '--year', '2024', '--today', '2024-07-10']);
    expect(rows.find((r) => r.id === 'hoi-nghi-so-ket')).toMatchObject({ status: 'done', overdue: false, done: '2024-07-05', evidence });
    expect(rows.filter((r) => r.overdue).map((r) => r.id)).toEqual(['chao-mung-dai-hoi']);
  });

  it('marks an in-progress task done, replacing its status and adding the date', async () => {
    const cwd = repo();
    const before = read(cwd);
    expect((await run(['done', 'chao-mung-dai-hoi', '--on', '2024-06-28'], { cwd })).code).toBe(0);
    const found = expectOnlyTaskChanged(before, cwd, 'chao-mung-dai-hoi');
    expect(found.flatMap((h) => [...h.removed.map((l) => `-${l}`), ...h.added.map((l) => `+${l}`)])).toEqual([
      '-            status: in-progress',
      '+            status: done',
      '+            done: 2024-06-28',
    ]);
    await expectClean(cwd);
  });

  it('of a repeating task without --period: exit 2, listing its periods, the file untouched', async () => {
    const cwd = repo();
    const result = await run(['done', 'xa-bao-cao-dinh-ky', '--on', '2024-12-20'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--period');
    expect(result.stderr).toContain('2024-H1, 2024-H2');
    expect(changedFiles(cwd)).toEqual([]);
  });

  it('with --period 2024-H2 edits that period in the flow map', async () => {
    const cwd = repo();
    const before = read(cwd);
    const result = await run(['done', 'xa-bao-cao-dinh-ky', '--period', '2024-H2', '--on', '2024-12-20'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Đã ghi «xa-bao-cao-dinh-ky»: Đã xong 20/12/2024, 2024-H2 (${PLAN_FILE}).\n`);
    const found = expectOnlyTaskChanged(before, cwd, 'xa-bao-cao-dinh-ky');
    expect(found).toHaveLength(1);
    expect(found[0]!.removed).toEqual(['          2024-H2: { status: planned }']);
    expect(found[0]!.added).toEqual(['          2024-H2: { status: done, done: 2024-12-20 }']);
    await expectClean(cwd);
    const rows = await dueRows(cwd, ['--quarter', '4', '--year', '2024', '--today', '2025-01-10']);
    expect(rows.find((r) => r.id === 'xa-bao-cao-dinh-ky')).toMatchObject({ period: '2024-H2', status: 'done', done: '2024-12-20', overdue: false });
  });

  it('with a period the task does not have: exit 2, listing its periods, the file untouched', async () => {
    const cwd = repo();
    for (const period of ['2024-Q3', '2025-H1', '2024']) {
      const result = await run(['done', 'xa-bao-cao-dinh-ky', '--period', period, '--on', '2024-08-01'], { cwd });
      expect(result.code, `--period ${period}: ${result.stdout}`).toBe(2);
      expect(result.stderr).toContain('2024-H1, 2024-H2');
      expect(changedFiles(cwd)).toEqual([]);
    }
  });

  it('with --period on a task that does not repeat: exit 2', async () => {
    const cwd = repo();
    const result = await run(['done', 'kiem-tra', '--period', '2024-Q4', '--on', '2024-11-20'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('«kiem-tra» không phải nhiệm vụ lặp lại');
    expect(changedFiles(cwd)).toEqual([]);
  });

  it('with a bad --on: exit 2', async () => {
    const cwd = repo();
    for (const on of ['2024-02-30', '05/07/2024']) {
      const result = await run(['done', 'kiem-tra', '--on', on], { cwd });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--on');
      expect(result.stderr).toContain(`«${on}»`);
    }
    expect(changedFiles(cwd)).toEqual([]);
  });

  it('without --on writes today’s date in Vietnam', async () => {
    const cwd = repo();
    const before = todayInVietnam();
    expect((await run(['done', 'kiem-tra'], { cwd })).code).toBe(0);
    const after = todayInVietnam();
    expect([before, after]).toContain(taskIn(read(cwd), 'kiem-tra').done);
  });
});

describe('plan status', () => {
  it('kiem-tra cancelled changes its status line only', async () => {
    const cwd = repo();
    const before = read(cwd);
    const result = await run(['status', 'kiem-tra', 'cancelled'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Đã ghi «kiem-tra»: Không làm (${PLAN_FILE}).\n`);
    const found = expectOnlyTaskChanged(before, cwd, 'kiem-tra');
    expect(found).toEqual([{ oldStart: taskLines(before, 'kiem-tra').last, oldCount: 1, removed: ['            status: planned'], added: ['            status: cancelled'] }]);
    await expectClean(cwd);
    const rows = await dueRows(cwd, ['--quarter', '4', '--year', '2024', '--today', '2024-12-31', '--status', 'cancelled']);
    expect(rows.map((r) => r.id)).toEqual(['kiem-tra']);
    // A cancelled task is never late.
    const late = await dueRows(cwd, ['--quarter', '4', '--year', '2024', '--today', '2024-12-31', '--overdue']);
    expect(late.map((r) => r.id)).not.toContain('kiem-tra');
  });

  it('X done sets the done date (--on)', async () => {
    const cwd = repo();
    const before = read(cwd);
    const result = await run(['status', 'binh-xet', 'done', '--on', '2024-12-10'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Đã ghi «binh-xet»: Đã xong 10/12/2024 (${PLAN_FILE}).\n`);
    expectOnlyTaskChanged(before, cwd, 'binh-xet');
    expect(taskIn(read(cwd), 'binh-xet')).toMatchObject({ status: 'done', done: '2024-12-10' });
    await expectClean(cwd);
  });

  it('X done without --on sets today’s date', async () => {
    const cwd = repo();
    const before = todayInVietnam();
    expect((await run(['status', 'binh-xet', 'done'], { cwd })).code).toBe(0);
    expect([before, todayInVietnam()]).toContain(taskIn(read(cwd), 'binh-xet').done);
  });

  it('back from done removes the done date', async () => {
    const cwd = repo();
    const before = read(cwd);
    expect((await run(['status', 'ky-niem-76-nam', 'in-progress'], { cwd })).code).toBe(0);
    const found = expectOnlyTaskChanged(before, cwd, 'ky-niem-76-nam');
    expect(found.flatMap((h) => h.removed)).toEqual(['            status: done', '            done: 2024-06-11']);
    expect(found.flatMap((h) => h.added)).toEqual(['            status: in-progress']);
    await expectClean(cwd);
  });

  it('of one period of a repeating task', async () => {
    const cwd = repo();
    const before = read(cwd);
    expect((await run(['status', 'xa-bao-cao-dinh-ky', 'in-progress', '--period', '2024-H2'], { cwd })).code).toBe(0);
    const found = expectOnlyTaskChanged(before, cwd, 'xa-bao-cao-dinh-ky');
    expect(found.flatMap((h) => h.added)).toEqual(['          2024-H2: { status: in-progress }']);
    await expectClean(cwd);
  });

  it('an unknown status: exit 2 with the choices', async () => {
    const cwd = repo();
    const result = await run(['status', 'kiem-tra', 'xong'], { cwd });
    expect(result.code).toBe(2);
    for (const s of ['planned', 'in-progress', 'done', 'cancelled']) expect(result.stderr).toContain(s);
    expect(changedFiles(cwd)).toEqual([]);
  });
});

describe('finding the task', () => {
  it('an unknown id: exit 2, listing the ids', async () => {
    const cwd = repo();
    for (const argv of [['done', 'kiem-traa'], ['status', 'kiem-traa', 'done']]) {
      const result = await run([...argv, '--on', '2024-07-01'], { cwd });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('«kiem-traa»');
      const listed = /Các mã có: (.*)\./.exec(result.stderr)?.[1]?.split(', ');
      expect(listed).toHaveLength(25);
      expect(listed).toEqual([...listed!].sort());
      expect(listed).toEqual(expect.arrayContaining(['kiem-tra', 'hoi-nghi-so-ket', 'xa-bao-cao-dinh-ky', 'tham-muu-trien-khai']));
    }
    expect(changedFiles(cwd)).toEqual([]);
  });

  it('an id in two bodies’ plans: exit 2 asking for --body or --year; --body picks one', async () => {
    const cwd = repo({
      'plans/2024/tan-phu/ke-hoach.yaml': edit(shipped('ke-hoach'), 'kind: ke-hoach', 'body: dinh-quan', 'body: tan-phu'),
      'plans/2024/tan-phu/to-chuc.yaml': edit(shipped('to-chuc'), 'kind: to-chuc', 'id: dinh-quan', 'id: tan-phu'),
    });
    for (const extra of [[], ['--year', '2024']]) {
      const result = await run(['done', 'kiem-tra', '--on', '2024-11-20', ...extra], { cwd });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('«kiem-tra»');
      expect(result.stderr).toContain('--body dinh-quan --year 2024');
      expect(result.stderr).toContain('--body tan-phu --year 2024');
      expect(result.stderr).toMatch(/--body hoặc --year/);
      expect(changedFiles(cwd)).toEqual([]);
    }
    const before = read(cwd, 'plans/2024/tan-phu/ke-hoach.yaml');
    const result = await run(['done', 'kiem-tra', '--on', '2024-11-20', '--body', 'tan-phu'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('plans/2024/tan-phu/ke-hoach.yaml');
    expect(changedFiles(cwd)).toEqual([' M plans/2024/tan-phu/ke-hoach.yaml']);
    expect(taskIn(read(cwd, 'plans/2024/tan-phu/ke-hoach.yaml'), 'kiem-tra')).toMatchObject({ status: 'done', done: '2024-11-20' });
    expect(taskIn(before, 'kiem-tra').status).toBe('planned');
    await expectClean(cwd);
  });

  it('an id in two years’ plans: --year picks one', async () => {
    const cwd = repo({ 'plans/2023/dinh-quan/ke-hoach.yaml': edit(shipped('ke-hoach'), 'body: dinh-quan', 'year: 2024', 'year: 2023') });
    const ambiguous = await run(['status', 'kiem-tra', 'cancelled', '--body', 'dinh-quan'], { cwd });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('--body dinh-quan --year 2023');
    expect(ambiguous.stderr).toContain('--body dinh-quan --year 2024');
    const result = await run(['status', 'kiem-tra', 'cancelled', '--year', '2023'], { cwd });
    expect(result.code).toBe(0);
    expect(changedFiles(cwd)).toEqual([' M plans/2023/dinh-quan/ke-hoach.yaml']);
  });

  it('--body that has no such task: exit 2', async () => {
    const cwd = repo();
    const result = await run(['done', 'kiem-tra', '--body', 'tan-phu', '--on', '2024-11-20'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('«kiem-tra»');
    expect(changedFiles(cwd)).toEqual([]);
  });
});

describe('the file’s bytes', () => {
  it('a file with a BOM keeps it (and its CRLF line ends)', async () => {
    const crlf = shipped('ke-hoach').replaceAll('\n', '\r\n');
    const cwd = repo({ [PLAN_FILE]: concat(BOM, utf8(crlf)) });
    const result = await run(['done', 'hoi-nghi-so-ket', '--on', '2024-07-05'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const bytes = readFileSync(join(cwd, PLAN_FILE));
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(bytes.subarray(3, 7).toString('utf8')).toBe('# ya');
    const text = bytes.toString('utf8').slice(1);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(text).toBe(
      edit(crlf, 'id: hoi-nghi-so-ket', 'status: planned', 'status: done\r\n            done: 2024-07-05'),
    );
    await expectClean(cwd);
  });

  it('a file without a BOM gets none', async () => {
    const cwd = repo();
    expect((await run(['done', 'kiem-tra', '--on', '2024-11-20'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, PLAN_FILE))[0]).toBe('#'.charCodeAt(0));
  });
});

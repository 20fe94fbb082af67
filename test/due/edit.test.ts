import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { editTask, type TaskChange } from '../../src/repo/edit-task.js';
import type { Plan, Section, Status } from '../../src/model/types.js';
import { shipped, tempFolders } from '../helpers/fixtures.js';

const PLAN = shipped('ke-hoach');
const temp = tempFolders();

/** The one block of lines that differs: its first line number (1-based), lines removed and added. */
function hunk(before: string, after: string): { line: number; removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { line: head + 1, removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

/** Line number (1-based) of the line holding `text`, which must be unique in the plan. */
function lineOf(text: string, needle: string): number {
  const lines = text.split('\n');
  const found = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  expect(found, needle).toHaveLength(1);
  return found[0]!;
}

/** Every task of the shipped plan with its data path. */
function tasksOf(plan: Plan): { id: string; path: (string | number)[]; repeat?: string }[] {
  const out: { id: string; path: (string | number)[]; repeat?: string }[] = [];
  const walk = (sections: Section[], path: (string | number)[]) =>
    sections.forEach((s, i) => {
      s.tasks?.forEach((t, j) => out.push({ id: t.id, path: [...path, i, 'tasks', j], ...(t.repeat ? { repeat: t.repeat } : {}) }));
      if (s.sections) walk(s.sections, [...path, i, 'sections']);
    });
  walk(plan.sections, ['sections']);
  return out;
}

/** The lines (1-based, inclusive) of a task of the plan: its "- id:" line to its last non-blank line. */
function taskLines(text: string, id: string): [number, number] {
  const lines = text.split('\n');
  const first = lineOf(text, `- id: ${id}`) - 1;
  const dash = lines[first]!.indexOf('-');
  let last = first + 1;
  while (last < lines.length) {
    const line = lines[last]!;
    if (line.trim() !== '' && line.search(/\S/) <= dash) break;
    last++;
  }
  while (lines[last - 1]!.trim() === '') last--;
  return [first + 1, last];
}

const PLAN_DATA = parseDocument(PLAN).toJS() as Plan;
const TASKS = tasksOf(PLAN_DATA);
const pathOf = (id: string) => TASKS.find((t) => t.id === id)!.path;

describe('editTask on the shipped plan', () => {
  it('finds the tasks it is tested on where expected', () => {
    expect(pathOf('hoi-nghi-so-ket')).toEqual(['sections', 1, 'sections', 1, 'tasks', 3]);
    expect(pathOf('tham-muu-trien-khai')).toEqual(['sections', 2, 'tasks', 0]);
    expect(pathOf('xa-bao-cao-dinh-ky')).toEqual(['sections', 2, 'tasks', 1]);
  });

  it('planned → done: replaces status and adds done and evidence after it', () => {
    const out = editTask(PLAN, pathOf('hoi-nghi-so-ket'), {
      status: 'done',
      done: '2024-06-28',
      evidence: 'Báo cáo số 150/BC-MTTQ-BTT',
    });
    expect(hunk(PLAN, out)).toEqual({
      line: lineOf(PLAN, 'deadline: 2024-06-30') + 1,
      removed: ['            status: planned'],
      added: [
        '            status: done',
        '            done: 2024-06-28',
        '            evidence: Báo cáo số 150/BC-MTTQ-BTT',
      ],
    });
  });

  it('in-progress → done keeps the trailing comment of the status line', () => {
    const out = editTask(PLAN, pathOf('tham-muu-trien-khai'), { status: 'done', done: '2024-06-20' });
    expect(hunk(PLAN, out)).toEqual({
      line: lineOf(PLAN, 'status: in-progress # VÍ DỤ'),
      removed: ['        status: in-progress # VÍ DỤ'],
      added: ['        status: done # VÍ DỤ', '        done: 2024-06-20'],
    });
  });

  it('done → planned removes the done line and keeps the evidence', () => {
    const out = editTask(PLAN, pathOf('phan-cong-cum-truong'), { status: 'planned' });
    const at = lineOf(PLAN, 'done: 2024-02-05');
    expect(hunk(PLAN, out)).toEqual({
      line: at - 1,
      removed: ['            status: done', '            done: 2024-02-05'],
      added: ['            status: planned'],
    });
    expect(out.split('\n')[at - 1]).toBe('            evidence: Quyết định số 12/QĐ-MTTQ-BTT');
  });

  it('a status the task already has with the same date: the text is unchanged', () => {
    expect(editTask(PLAN, pathOf('hoi-nghi-can-bo'), { status: 'done', done: '2024-01-30' })).toBe(PLAN);
  });

  it('a recurring task: the 2024-H2 flow-map entry set to done', () => {
    const out = editTask(PLAN, pathOf('xa-bao-cao-dinh-ky'), { status: 'done', done: '2024-12-10', period: '2024-H2' });
    expect(hunk(PLAN, out)).toEqual({
      line: lineOf(PLAN, '2024-H2: { status: planned }'),
      removed: ['          2024-H2: { status: planned }'],
      added: ['          2024-H2: { status: done, done: 2024-12-10 }'],
    });
  });

  it('a recurring task: the 2024-H1 entry back to in-progress loses its done date, with evidence added', () => {
    const out = editTask(PLAN, pathOf('xa-bao-cao-dinh-ky'), {
      status: 'in-progress',
      evidence: 'Báo cáo số 1, còn thiếu 2 xã',
      period: '2024-H1',
    });
    expect(hunk(PLAN, out)).toEqual({
      line: lineOf(PLAN, '2024-H1: {'),
      removed: ['          2024-H1: { status: done, done: 2024-06-10 }'],
      added: ['          2024-H1: { status: in-progress, evidence: "Báo cáo số 1, còn thiếu 2 xã" }'],
    });
  });

  it('a new period entry goes at the end of the existing occurrences map', () => {
    const out = editTask(PLAN, pathOf('xa-bao-cao-dinh-ky'), { status: 'planned', period: '2025-H1' });
    expect(hunk(PLAN, out)).toEqual({
      line: lineOf(PLAN, '2024-H2: { status: planned }') + 1,
      removed: [],
      added: ['          2025-H1: { status: planned }'],
    });
  });

  it('occurrences created at the end of a task without them', () => {
    const out = editTask(PLAN, pathOf('tham-muu-trien-khai'), { status: 'done', done: '2024-12-20', period: '2024' });
    expect(hunk(PLAN, out)).toEqual({
      line: lineOf(PLAN, 'status: in-progress # VÍ DỤ') + 1,
      removed: [],
      added: ['        occurrences:', '          2024: { status: done, done: 2024-12-20 }'],
    });
    // Its key reads as the number 2024, its data key as "2024"; a second edit finds it.
    const again = editTask(out, pathOf('tham-muu-trien-khai'), { status: 'cancelled', period: '2024' });
    expect(hunk(out, again).added).toEqual(['          2024: { status: cancelled }']);
  });

  it('status added to a task without one: after repeat, before the comment that introduces occurrences', () => {
    const out = editTask(PLAN, pathOf('xa-bao-cao-dinh-ky'), { status: 'in-progress' });
    expect(hunk(PLAN, out)).toEqual({
      line: lineOf(PLAN, 'repeat: half-year') + 1,
      removed: [],
      added: ['        status: in-progress'],
    });
  });

  it('a CRLF copy keeps CRLF on every line, inserted ones included', () => {
    const crlf = PLAN.replaceAll('\n', '\r\n');
    const changes: [string, TaskChange][] = [
      ['hoi-nghi-so-ket', { status: 'done', done: '2024-06-28', evidence: 'Báo cáo số 150/BC-MTTQ-BTT' }],
      ['phan-cong-cum-truong', { status: 'planned' }],
      ['tham-muu-trien-khai', { status: 'done', done: '2024-12-20', period: '2024' }],
      ['xa-bao-cao-dinh-ky', { status: 'done', done: '2024-12-10', period: '2024-H2' }],
      ['xa-bao-cao-dinh-ky', { status: 'planned', period: '2024-Q3' }],
    ];
    for (const [id, change] of changes) {
      const out = editTask(crlf, pathOf(id), change);
      expect(out).not.toMatch(/[^\r]\n/);
      expect(out).toBe(editTask(PLAN, pathOf(id), change).replaceAll('\n', '\r\n'));
    }
  });

  it('every task, every status (and every period of the repeating ones): only lines of that task change', () => {
    const statuses: Status[] = ['planned', 'in-progress', 'done', 'cancelled'];
    const periods: Record<string, string[]> = { year: ['2024'], 'half-year': ['2024-H1', '2024-H2'] };
    for (const task of TASKS) {
      const [first, last] = taskLines(PLAN, task.id);
      for (const status of statuses) {
        for (const period of [undefined, ...(task.repeat ? periods[task.repeat]! : [])]) {
          const change: TaskChange = {
            status,
            ...(status === 'done' ? { done: '2024-06-30', evidence: 'Văn bản: số 1' } : {}),
            ...(period ? { period } : {}),
          };
          const out = editTask(PLAN, task.path, change);
          if (out === PLAN) continue;
          const { line, removed } = hunk(PLAN, out);
          expect(line, `${task.id} ${status} ${period}`).toBeGreaterThanOrEqual(first);
          // Lines removed lie within the task; lines only added come right after one of its lines.
          const lastTouched = removed.length === 0 ? line - 1 : line + removed.length - 1;
          expect(lastTouched, `${task.id} ${status} ${period}`).toBeLessThanOrEqual(last);
        }
      }
    }
  });

  it('git diff: every changed line is inside the task', () => {
    const dir = temp({ 'ke-hoach.yaml': PLAN });
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args],
        { cwd: dir, encoding: 'utf8' },
      );
    git('init', '-q');
    git('add', 'ke-hoach.yaml');
    git('commit', '-q', '-m', 'plan');
    const cases: [string, TaskChange, string][] = [
      ['hoi-nghi-so-ket', { status: 'done', done: '2024-06-28', evidence: 'Báo cáo số 150/BC-MTTQ-BTT' }, '3\t1'],
      ['tham-muu-trien-khai', { status: 'done', done: '2024-06-20' }, '2\t1'],
      ['phan-cong-cum-truong', { status: 'cancelled' }, '1\t2'],
      ['xa-bao-cao-dinh-ky', { status: 'done', done: '2024-12-10', period: '2024-H2' }, '1\t1'],
      ['xa-bao-cao-dinh-ky', { status: 'planned', period: '2025-H1' }, '1\t0'],
      ['tham-muu-trien-khai', { status: 'done', done: '2024-12-20', period: '2024' }, '2\t0'],
      ['hoi-nghi-tong-ket', { status: 'in-progress', evidence: 'Giấy mời số 3' }, '2\t1'],
    ];
    for (const [id, change, numstat] of cases) {
      writeFileSync(join(dir, 'ke-hoach.yaml'), editTask(PLAN, pathOf(id), change));
      expect(git('diff', '--numstat').trim()).toBe(`${numstat}\tke-hoach.yaml`);
      const [first, last] = taskLines(PLAN, id);
      const headers = git('diff', '--unified=0').split('\n').filter((l) => l.startsWith('@@'));
      expect(headers.length).toBeGreaterThan(0);
      for (const header of headers) {
        const m = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(header)!;
        const start = Number(m[1]);
        const count = m[2] === undefined ? 1 : Number(m[2]);
        // count 0: lines added after line `start`.
        const [from, to] = count === 0 ? [start, start] : [start, start + count - 1];
        expect(from, `${id}: ${header}`).toBeGreaterThanOrEqual(first);
        expect(to, `${id}: ${header}`).toBeLessThanOrEqual(last);
      }
      git('checkout', '-q', '--', 'ke-hoach.yaml');
    }
  });
});

describe('editTask on hand-made layouts', () => {
  const at = (text: string, path: (string | number)[], change: TaskChange) => editTask(text, path, change);

  it('a task in a flow-style list is edited inside its braces', () => {
    const text = 'tasks: [{ id: a, text: b, status: planned }, { id: c, text: d }]\n';
    expect(at(text, ['tasks', 0], { status: 'done', done: '2024-05-01', evidence: 'Báo cáo số 1, ngày 2' })).toBe(
      'tasks: [{ id: a, text: b, status: done, done: 2024-05-01, evidence: "Báo cáo số 1, ngày 2" }, { id: c, text: d }]\n',
    );
    expect(at(text, ['tasks', 1], { status: 'in-progress' })).toBe(
      'tasks: [{ id: a, text: b, status: planned }, { id: c, text: d, status: in-progress }]\n',
    );
    expect(at(text, ['tasks', 1], { status: 'done', period: '2024-Q1' })).toBe(
      'tasks: [{ id: a, text: b, status: planned }, { id: c, text: d, occurrences: { 2024-Q1: { status: done } } }]\n',
    );
  });

  it('a flow-map task in a block list: done removed wherever it stands', () => {
    expect(at('tasks:\n  - { id: a, text: b, status: done, done: 2024-01-01 }\n', ['tasks', 0], { status: 'planned' })).toBe(
      'tasks:\n  - { id: a, text: b, status: planned }\n',
    );
    expect(at('tasks:\n  - { done: 2024-01-01, status: done, id: a, text: b }\n', ['tasks', 0], { status: 'planned' })).toBe(
      'tasks:\n  - { status: planned, id: a, text: b }\n',
    );
  });

  it('a done key on the "- " line cannot be removed: a clear error, no text', () => {
    const text = 'tasks:\n  - done: 2024-01-01\n    status: done\n    id: a\n    text: b\n';
    expect(() => at(text, ['tasks', 0], { status: 'planned' })).toThrow(
      'Cannot edit the task at tasks.0: "done" shares its line with what comes before it ("- done:"), so its line cannot be removed.',
    );
    // Setting it is fine.
    expect(at(text, ['tasks', 0], { status: 'done', done: '2024-02-02' })).toBe(text.replace('2024-01-01', '2024-02-02'));
  });

  it('quoted values keep their quotes; an empty value is filled', () => {
    const text = 'tasks:\n  - id: a\n    text: b\n    status: "planned" # x\n    evidence: \'Số 1\'\n';
    expect(at(text, ['tasks', 0], { status: 'done', evidence: "Số 2 của 'Ban'" })).toBe(
      'tasks:\n  - id: a\n    text: b\n    status: "done" # x\n    evidence: \'Số 2 của \'\'Ban\'\'\'\n',
    );
    expect(at('tasks:\n  - id: a\n    text: b\n    status: # ?\n', ['tasks', 0], { status: 'done' })).toBe(
      'tasks:\n  - id: a\n    text: b\n    status: done # ?\n',
    );
  });

  it('values YAML would misread are double-quoted, others plain', () => {
    const text = 'tasks:\n  - id: a\n    text: b\n';
    const evidence = (e: string) => hunk(text, at(text, ['tasks', 0], { status: 'done', evidence: e })).added[1];
    expect(evidence('Số 1: báo cáo')).toBe('    evidence: "Số 1: báo cáo"');
    expect(evidence('Số 1 #2')).toBe('    evidence: "Số 1 #2"');
    expect(evidence('- một')).toBe('    evidence: "- một"');
    expect(evidence('123')).toBe('    evidence: "123"');
    expect(evidence('true')).toBe('    evidence: "true"');
    expect(evidence('dòng 1\ndòng 2')).toBe('    evidence: "dòng 1\\ndòng 2"');
    expect(evidence('Báo cáo, số 1 (ngày 2/3)')).toBe('    evidence: Báo cáo, số 1 (ngày 2/3)');
  });

  it('a folded evidence is replaced by a one-line value; the next key stays', () => {
    const text = 'tasks:\n  - id: a\n    text: b\n    status: done\n    evidence: >-\n      Báo cáo\n      dài\n    lead: x\n';
    expect(at(text, ['tasks', 0], { status: 'done', evidence: 'Mới' })).toBe(
      'tasks:\n  - id: a\n    text: b\n    status: done\n    evidence: Mới\n    lead: x\n',
    );
  });

  it('inserts after the last line of a folded text, a block list, or a kept |+ text with its blank line', () => {
    const folded = 'tasks:\n  - id: a\n    text: >-\n      một\n      hai\n\n  - id: b\n    text: c\n';
    expect(at(folded, ['tasks', 0], { status: 'done' })).toBe(
      'tasks:\n  - id: a\n    text: >-\n      một\n      hai\n    status: done\n\n  - id: b\n    text: c\n',
    );
    const list = 'tasks:\n  - id: a\n    text: b\n    with:\n      - x\n      - y\n  - id: c\n    text: d\n';
    expect(at(list, ['tasks', 0], { status: 'planned' })).toBe(
      'tasks:\n  - id: a\n    text: b\n    with:\n      - x\n      - y\n    status: planned\n  - id: c\n    text: d\n',
    );
    const kept = 'tasks:\n  - id: a\n    text: |+\n      dòng\n\n  - id: b\n    text: c\n';
    expect(at(kept, ['tasks', 0], { status: 'done' })).toBe(
      'tasks:\n  - id: a\n    text: |+\n      dòng\n\n    status: done\n  - id: b\n    text: c\n',
    );
  });

  it('own-line comments after the last entry stay below the inserted line', () => {
    const text = 'tasks:\n  - id: a\n    text: b\n    # ghi chú\n  - id: c\n    text: d\n';
    expect(at(text, ['tasks', 0], { status: 'planned' })).toBe(
      'tasks:\n  - id: a\n    text: b\n    status: planned\n    # ghi chú\n  - id: c\n    text: d\n',
    );
  });

  it('a file without a final line break', () => {
    expect(at('tasks:\n  - id: a\n    text: b', ['tasks', 0], { status: 'done', done: '2024-01-02' })).toBe(
      'tasks:\n  - id: a\n    text: b\n    status: done\n    done: 2024-01-02',
    );
    expect(at('tasks:\n  - id: a\n    text: b\n    status: done\n    done: 2024-01-02', ['tasks', 0], { status: 'planned' })).toBe(
      'tasks:\n  - id: a\n    text: b\n    status: planned',
    );
  });

  it('keys in another order: status goes after the last of the keys before it', () => {
    const text = 'tasks:\n  - text: b\n    evidence: e\n    id: a\n';
    expect(at(text, ['tasks', 0], { status: 'done', done: '2024-03-04' })).toBe(
      'tasks:\n  - text: b\n    evidence: e\n    id: a\n    status: done\n    done: 2024-03-04\n',
    );
  });

  const recurring = [
    'tasks:',
    '  - id: a',
    '    text: b',
    '    repeat: quarter',
    '    occurrences:',
    '      2024-Q1:',
    '        status: planned # chưa',
    '      2024-Q2: { status: done, done: 2024-06-01 }',
    '',
    'closing: x',
    '',
  ].join('\n');

  it('a block-map occurrence is edited like a task', () => {
    expect(hunk(recurring, at(recurring, ['tasks', 0], { status: 'done', done: '2024-03-30', period: '2024-Q1' }))).toEqual({
      line: 7,
      removed: ['        status: planned # chưa'],
      added: ['        status: done # chưa', '        done: 2024-03-30'],
    });
  });

  it('a flow-map occurrence loses its done date; a new one goes after the last entry', () => {
    expect(hunk(recurring, at(recurring, ['tasks', 0], { status: 'cancelled', period: '2024-Q2' }))).toEqual({
      line: 8,
      removed: ['      2024-Q2: { status: done, done: 2024-06-01 }'],
      added: ['      2024-Q2: { status: cancelled }'],
    });
    expect(hunk(recurring, at(recurring, ['tasks', 0], { status: 'in-progress', period: '2024-Q3' }))).toEqual({
      line: 9,
      removed: [],
      added: ['      2024-Q3: { status: in-progress }'],
    });
  });

  it('an empty occurrences map or entry is filled in flow style', () => {
    const base = 'tasks:\n  - id: a\n    text: b\n    repeat: month\n';
    expect(at(`${base}    occurrences: {}\n`, ['tasks', 0], { status: 'done', period: '2024-05' })).toBe(
      `${base}    occurrences: { 2024-05: { status: done } }\n`,
    );
    expect(at(`${base}    occurrences:\n`, ['tasks', 0], { status: 'done', period: '2024-05' })).toBe(
      `${base}    occurrences: { 2024-05: { status: done } }\n`,
    );
    expect(at(`${base}    occurrences:\n      2024-05:\n`, ['tasks', 0], { status: 'done', period: '2024-05' })).toBe(
      `${base}    occurrences:\n      2024-05: { status: done }\n`,
    );
  });

  it('clear errors for what cannot be edited', () => {
    const text = 'tasks:\n  - id: a\n    text: b\n    status: [done]\n    occurrences: [x]\n';
    expect(() => at(text, ['tasks', 5], { status: 'done' })).toThrow('Cannot edit the plan: there is no task (a map) at tasks.5.');
    expect(() => at(text, ['tasks', 0, 'id'], { status: 'done' })).toThrow(/no task \(a map\) at tasks\.0\.id/);
    expect(() => at(text, ['tasks', 0], { status: 'done' })).toThrow(
      'Cannot edit the task at tasks.0: "status" is not a single written value (a list, a map or an alias).',
    );
    expect(() => at(text, ['tasks', 0], { status: 'done', period: '2024' })).toThrow(
      'Cannot edit the task at tasks.0, period 2024: "occurrences" of the task at tasks.0 is not a map.',
    );
    expect(() => at('tasks: [{ id: a\n', ['tasks', 0], { status: 'done' })).toThrow(/^Cannot edit the plan: it has YAML errors/);
    expect(() => at(text, ['tasks', 0], { status: 'planned', done: '2024-01-01' })).toThrow(/only written with status "done"/);
    expect(() => at(text, ['tasks', 0], { status: 'done', done: '2024-13-01' })).toThrow(/not YYYY-MM-DD/);
    expect(() => at(text, ['tasks', 0], { status: 'done', period: '2024-Q5' })).toThrow(/period "2024-Q5"/);
    expect(() => at(text, ['tasks', 0], { status: 'finished' as Status })).toThrow(/unknown status/);
  });

  it('the re-parse check refuses an edit whose data would differ from the intended change', () => {
    // Under YAML 1.1 a plain date reads as a timestamp, not the string asked for.
    const text = '%YAML 1.1\n---\ntasks:\n  - id: a\n    text: b\n    status: planned\n';
    expect(() => at(text, ['tasks', 0], { status: 'done', done: '2024-01-02' })).toThrow(
      'Editing the task at tasks.0 would change more than its status; the file was left unchanged.',
    );
  });
});

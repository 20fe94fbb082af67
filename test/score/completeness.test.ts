// A stage of scoring that is not complete is never printed as if it were: `plan score` says which
// units have no sheet and which still have criteria without points (counted as 0), a stage nobody
// scored is refused rather than printed as zeros, and the scoring report is only a draft meanwhile.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../helpers/fixtures.js';
import { repoRoot, run } from '../helpers/run.js';

const write = tempFolders();
const FOLDER = 'plans/2024/dinh-quan';

function repo(sheets: (t: string) => string): string {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(repoRoot, FOLDER))) {
    const text = readFileSync(join(repoRoot, FOLDER, name), 'utf8');
    files[`${FOLDER}/${name}`] = name === 'cham-diem.yaml' ? sheets(text) : text;
  }
  return write(files);
}

const once = (t: string, from: string, to: string) => {
  if (!t.includes(from)) throw new Error(`not found: ${from}`);
  return t.replace(from, to);
};

/** The first sheet (tt-dinh-quan, "Định Quán") without the council's points for i-1-1. */
const oneUnscored = (t: string) =>
  once(once(t, 'i-1-1: { self: 3, cluster: 3, final: 3 }', 'i-1-1: { self: 3, cluster: 3 }'), 'totals: { self: 93.5, cluster: 90.5, final: 90.25 }', 'totals: { self: 93.5, cluster: 90.5 }');

/** The sheets without the sheet of la-nga (its block, up to the next unit). */
const withoutLaNga = (t: string) => {
  const from = t.indexOf('  - unit: la-nga');
  const to = t.indexOf('  - unit: ', from + 1);
  return t.slice(0, t.lastIndexOf('\n  #', from) + 1) + t.slice(t.lastIndexOf('\n  #', to) + 1);
};

describe('plan score of a stage not complete', () => {
  it('the table says which unit still has criteria without points, and that they count as 0', async () => {
    const r = await run(['score'], { cwd: repo(oneUnscored) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lưu ý: vòng Hội đồng chấm chưa chấm xong, điểm còn thiếu đang tính là 0 — 1 đơn vị còn tiêu chí chưa có điểm: Định Quán (1 tiêu chí).');
    const md = await run(['score', '--format', 'md'], { cwd: repo(oneUnscored) });
    expect(md.stdout).toContain('> Lưu ý: vòng Hội đồng chấm chưa chấm xong');
  });

  it('a unit without a sheet is named (it is not in the table); JSON stays an array, the note on stderr', async () => {
    const cwd = repo(withoutLaNga);
    const table = await run(['score'], { cwd });
    expect(table.stdout).toContain('13 đơn vị.');
    expect(table.stdout).toContain('1 đơn vị chưa có phiếu (không có trong bảng): La Ngà');
    const json = await run(['score', '--format', 'json'], { cwd });
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(13);
    expect(json.stderr).toContain('La Ngà');
    // Shown for a cluster, only its own units are looked at.
    const other = await run(['score', '--cluster', 'cum-2'], { cwd });
    expect(other.stdout).not.toContain('Lưu ý');
  });

  it('a stage no sheet gives points for: refused with the stages that have some, exit 2, no table of zeros', async () => {
    const noCluster = (t: string) => t.replace(/, cluster: [0-9.]+/g, '').replace(/^ {8}cluster: .*\n/gm, '');
    const r = await run(['score', '--stage', 'cluster'], { cwd: repo(noCluster) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('plan: Chưa phiếu nào có điểm của lần chấm «cluster» (cụm chấm); các lần đã chấm: self, final.\n');
  });

  it('the shipped sheets: no note', async () => {
    for (const stage of ['self', 'cluster', 'final']) {
      const r = await run(['score', '--stage', stage]);
      expect(r.code).toBe(0);
      expect(r.stdout + r.stderr).not.toContain('Lưu ý');
    }
  });
});

describe('the scoring report of a stage not complete', () => {
  it('plan render cham-diem refuses, naming what is missing; --draft writes the draft', async () => {
    const cwd = repo(oneUnscored);
    const r = await run(['render', 'cham-diem'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bao-cao-cham-diem\.yaml:\d+:\d+: lỗi \[score\/unscored\]/);
    expect(r.stderr).toContain('«tt-dinh-quan»: i-1-1');
    const draft = await run(['render', 'cham-diem', '--draft'], { cwd });
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stdout).toContain('Đã ghi out/2024/dinh-quan/cham-diem-235-2024.docx.');
  });
});

describe('plan score --diff before the council has scored', () => {
  it('refused, naming the stages that have points (not every line as a change)', async () => {
    const noFinal = (t: string) => t.replace(/, final: [0-9.]+/g, '').replace(/^ {8}final: .*\n/gm, '').replace(/^ {4}totals: .*\n/gm, '');
    const r = await run(['score', '--diff'], { cwd: repo(noFinal) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('plan: Chưa phiếu nào có điểm của lần chấm «final» (Hội đồng chấm); các lần đã chấm: self, cluster.\n');
  });
});

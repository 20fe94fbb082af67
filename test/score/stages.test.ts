// Stages as data: a province whose Bans each score their own field, the committee's result put
// together from them. The shipped year re-encoded that way: each criterion's council score becomes
// the score of the Ban whose field it is, so the committee's result must equal the shipped council's
// result (worked out here from the shipped repo, by the default stages), unit by unit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { printedLines, readDocx } from '../helpers/docx.js';
import { tempFolders } from '../helpers/fixtures.js';
import { repoRoot, run } from '../helpers/run.js';
import { shippedFolder, shippedYear } from '../helpers/scoring-repo.js';

const write = tempFolders();

/** Section I and II and two bonus items are the Ban Tổ chức's; the rest the Ban Dân chủ's. */
const banToChuc = ['dai-doan-ket', 'van-dong-phong-trao', 'mo-hinh-moi', 'vuot-chi-tieu-quy'];
const stages = [
  { id: 'self', name: 'Đơn vị tự chấm' },
  { id: 'ban-to-chuc', name: 'Ban Tổ chức - Tuyên giáo', scores: banToChuc },
  {
    id: 'ban-dan-chu',
    name: 'Ban Dân chủ - Pháp luật',
    scores: ['giam-sat-phan-bien', 'xay-dung-dang-chinh-quyen', 'to-chuc-hoat-dong', 'khen-thuong-chuyen-de', 'nhiem-vu-dot-xuat', 'bao-cao-cham', 'khong-bao-cao', 'vang-hoi-nghi', 'vi-pham-ky-luat'],
  },
  { id: 'tinh', name: 'Ủy ban MTTQ tỉnh', from: ['ban-to-chuc', 'ban-dan-chu'] },
];

type Points = Record<string, unknown>;
interface SheetData { unit: string; scores: Record<string, Points>; bonus?: (Points & { item: string })[]; deductions?: (Points & { item: string })[]; totals?: Points }

const shippedText = (name: string) => readFileSync(join(repoRoot, shippedFolder, name), 'utf8');
const guide = parse(shippedText('huong-dan-cham-diem.yaml')) as { sections: { id: string; criteria: unknown[] }[] };

/** Leaf id → section id, from the shipped guide. */
const sectionOfLeaf = new Map<string, string>();
const walk = (section: string, list: readonly { id: string; criteria?: unknown[] }[]) =>
  list.forEach((c) => (c.criteria ? walk(section, c.criteria as { id: string }[]) : sectionOfLeaf.set(c.id, section)));
guide.sections.forEach((s) => walk(s.id, s.criteria as { id: string }[]));

const banOf = (part: string) => (banToChuc.includes(part) ? 'ban-to-chuc' : 'ban-dan-chu');

/** A score of the default stages as the province writes it: the self-score, and the Ban's (the council's). */
function restage(points: Points, ban: string): Points {
  const { cluster: _cluster, final, ...rest } = points;
  return { ...rest, ...(final !== undefined ? { [ban]: final } : {}) };
}

function provincialSheets(): string {
  const file = parse(shippedText('cham-diem.yaml')) as { sheets: SheetData[] };
  for (const sheet of file.sheets) {
    for (const [id, score] of Object.entries(sheet.scores)) sheet.scores[id] = restage(score, banOf(sectionOfLeaf.get(id)!));
    sheet.bonus = sheet.bonus?.map((b) => restage(b, banOf(b.item)) as SheetData['bonus'] & Points & { item: string });
    sheet.deductions = sheet.deductions?.map((d) => restage(d, banOf(d.item)) as Points & { item: string });
    delete sheet.totals;
  }
  return stringify(file);
}

/**
 * The provincial repo: the guide with these stages, the sheets re-encoded, the scoring report of
 * the result (its stage by default), each then changed as told.
 */
const provincial = (texts: Record<string, (t: string) => string> = {}) => {
  const same = (t: string) => t;
  return write(
    shippedYear({
      guide: (g) => {
        g.stages = stages;
      },
      texts: {
        'cham-diem.yaml': () => (texts['cham-diem.yaml'] ?? same)(provincialSheets()),
        'bao-cao-cham-diem.yaml': (t) => (texts['bao-cao-cham-diem.yaml'] ?? same)(t.replace('\nstage: final', '')),
      },
    }),
  );
};

interface UnitJson { unit: string; total: number; rank: number; class: string | null; awards: string[]; sections: Record<string, number | null>; stage: string }

describe('a guide whose Bans score their fields and whose result is put together from them', () => {
  it('passes plan check; the result (the last stage) equals the council result of the same scores', async () => {
    const cwd = provincial();
    const check = await run(['check', '--today', '2024-12-31'], { cwd });
    expect(check.stdout + check.stderr).toContain('Không có vấn đề nào');
    expect(check.code).toBe(0);

    const shipped = JSON.parse((await run(['score', '--format', 'json'], { cwd: write(shippedYear()) })).stdout) as UnitJson[];
    const result = await run(['score', '--format', 'json'], { cwd });
    expect(result.code, result.stderr).toBe(0);
    const units = JSON.parse(result.stdout) as UnitJson[];
    expect(units.map((u) => u.stage)).toEqual(units.map(() => 'tinh'));
    expect(units.map((u) => [u.unit, u.total, u.rank, u.class, u.awards])).toEqual(shipped.map((u) => [u.unit, u.total, u.rank, u.class, u.awards]));
    // And by name: the same stage, asked for.
    expect((await run(['score', '--stage', 'tinh', '--format', 'json'], { cwd })).stdout).toBe(result.stdout);
  });

  it("one Ban's stage: its sections only, the others blank (JSON null), no note of criteria it does not score", async () => {
    const cwd = provincial();
    const json = await run(['score', '--stage', 'ban-to-chuc', '--format', 'json'], { cwd });
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr).toBe('');
    const units = JSON.parse(json.stdout) as (UnitJson & { bonus: number | null; deductions: number | null })[];
    expect(Object.entries(units[0]!.sections).filter(([, v]) => v === null).map(([k]) => k)).toEqual(['giam-sat-phan-bien', 'xay-dung-dang-chinh-quyen', 'to-chuc-hoat-dong']);
    // Its total is not on the guide's scale: no class, no award; it scores bonus items but no deduction.
    expect(units.every((u) => u.class === null && u.awards.length === 0 && u.deductions === null && u.bonus !== null)).toBe(true);
    const table = await run(['score', '--stage', 'ban-to-chuc'], { cwd });
    expect(table.stdout).toContain('Kết quả chấm điểm thi đua năm 2024 (Ban Tổ chức - Tuyên giáo)');
    expect(table.stdout).not.toContain('Lưu ý');
    expect(table.stdout).not.toContain('Xếp loại:');
    expect(table.stdout).not.toContain('hoàn thành');
  });

  it('--stage of a stage the guide does not have: exit 2, with its stages by id and name', async () => {
    const r = await run(['score', '--stage', 'final'], { cwd: provincial() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--stage «final»: hướng dẫn chấm điểm không có lần chấm này. Các lần chấm: self (Đơn vị tự chấm), ban-to-chuc (Ban Tổ chức - Tuyên giáo)');
  });

  it('--diff compares the first stage with the result: the changes of the shipped --diff, keyed by the stage ids', async () => {
    const cwd = provincial();
    const shipped = JSON.parse((await run(['score', '--diff', '--format', 'json'], { cwd: write(shippedYear()) })).stdout) as Record<string, unknown>[];
    const diff = await run(['score', '--diff', '--format', 'json'], { cwd });
    expect(diff.code, diff.stderr).toBe(0);
    const rows = JSON.parse(diff.stdout) as Record<string, unknown>[];
    expect(shipped.length).toBeGreaterThan(10);
    expect(rows.map((r) => [r.unit, r.item, r.self, r.tinh, r.difference])).toEqual(shipped.map((r) => [r.unit, r.item, r.self, r.final, r.difference]));
    const table = await run(['score', '--diff'], { cwd });
    expect(table.stdout).toMatch(/Tự chấm|Đơn vị tự chấm/);
    expect(table.stdout).toContain('Ủy ban MTTQ tỉnh');
    expect(table.stdout).toContain(`${rows.length} chỗ Ủy ban MTTQ tỉnh khác Đơn vị tự chấm, ở `);
  });

  it('--diff <stage> compares that stage with --stage: a Ban and the result it gives are the same, said so', async () => {
    const r = await run(['score', '--diff', 'ban-to-chuc'], { cwd: provincial() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('Điểm Ủy ban MTTQ tỉnh giống hệt điểm Ban Tổ chức - Tuyên giáo.\n');
    const same = await run(['score', '--diff', 'tinh'], { cwd: provincial() });
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('--diff «tinh» so sánh lần chấm này với lần chấm của --stage');
  });

  it('a Ban that has not scored yet: its stage is refused, and the result says what is missing', async () => {
    const cwd = provincial({ 'cham-diem.yaml': (t) => t.replace(/\n +ban-dan-chu: [0-9.]+(?=\n)/g, '') });
    const ban = await run(['score', '--stage', 'ban-dan-chu'], { cwd });
    expect(ban.code).toBe(2);
    expect(ban.stderr).toContain('Chưa phiếu nào có điểm của lần chấm «ban-dan-chu» (Ban Dân chủ - Pháp luật); các lần đã chấm: self, ban-to-chuc, tinh.');
    const result = await run(['score'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Lưu ý: vòng Ủy ban MTTQ tỉnh chưa chấm xong, điểm còn thiếu đang tính là 0 — 14 đơn vị còn tiêu chí chưa có điểm');
  });

  it("the scoring report names the result's stage as the guide does", async () => {
    const cwd = provincial();
    const r = await run(['render', 'cham-diem'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const text = printedLines(await readDocx(readFileSync(join(cwd, 'out/2024/dinh-quan/cham-diem-235-2024.docx')))).join('\n');
    expect(text).toContain('Số liệu trong báo cáo này là điểm do Ủy ban MTTQ tỉnh');
  });
});

describe('the default stages, as every file before `stages` means them', () => {
  it('--diff cluster: where the council changed the cluster score, keyed cluster and final', async () => {
    const cwd = write(shippedYear());
    const r = await run(['score', '--diff', 'cluster', '--format', 'json'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    // Independently: every place in the shipped sheets whose cluster and final points differ.
    const sheets = (parse(shippedText('cham-diem.yaml')) as { sheets: SheetData[] }).sheets;
    const expected = sheets.flatMap((s) => [
      ...Object.entries(s.scores).filter(([, p]) => p.cluster !== p.final).map(([id]) => `${s.unit} ${id}`),
      ...[...(s.bonus ?? []), ...(s.deductions ?? [])].filter((p) => p.cluster !== p.final).map((p) => `${s.unit} ${p.item}`),
    ]);
    expect(rows.map((row) => `${row.unit} ${row.item}`).sort()).toEqual(expected.sort());
    expect(rows.every((row) => 'cluster' in row && 'final' in row && !('self' in row))).toBe(true);
    const table = await run(['score', '--diff', 'cluster'], { cwd });
    expect(table.stdout).toContain(`${rows.length} chỗ Hội đồng chấm khác cụm chấm, ở `);
    expect(table.stdout).toMatch(/│ Cụm chấm +│ Hội đồng +│/);
  });
});

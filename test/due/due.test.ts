// `plan due` as a user runs it: the window, carry-over, filters, usage errors and the four formats,
// on the shipped example (statuses as of 20/06/2024) and on temp copies of it.
import { describe, expect, it } from 'vitest';
import type { DueRow } from '../../src/due/rows.js';
import { main } from '../../src/cli/main.js';
import { edit, shipped, tempFolders } from '../helpers/fixtures.js';
import { ansi, repoRoot, run, Sink, type RunOptions } from '../helpers/run.js';
import { spawnPlan } from '../helpers/spawn.js';

const write = tempFolders();

const Q2_IDS = ['ky-niem-76-nam', 'chao-mung-dai-hoi', 'bao-cao-so-ket', 'hoi-nghi-so-ket'];
const Q3_IDS = ['huong-dan-tong-ket', 'ke-hoach-kiem-tra', 'huong-dan-cham-diem'];

/** `plan due --format json ARGS` in `cwd` (the repository root unless told), parsed. */
async function dueJson(args: readonly string[], options: RunOptions = {}): Promise<DueRow[]> {
  const result = await run(['due', '--format', 'json', ...args], options);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as DueRow[];
}

const ids = (rows: readonly DueRow[]) => rows.map((r) => (r.period ? `${r.id}@${r.period}` : r.id));
const byId = (rows: readonly DueRow[], id: string) => rows.find((r) => r.id === id)!;

/** A temp repository with the shipped plan and organisation, plus other files. */
function repo(files: Record<string, string> = {}): string {
  return write({
    'plans/2024/dinh-quan/ke-hoach.yaml': shipped('ke-hoach'),
    'plans/2024/dinh-quan/to-chuc.yaml': shipped('to-chuc'),
    ...files,
  });
}

/** A second body, Tân Phú: a copy of the shipped plan and organisation under another id. */
const tanPhu = () => ({
  'plans/2024/tan-phu/ke-hoach.yaml': edit(shipped('ke-hoach'), 'kind: ke-hoach', 'body: dinh-quan', 'body: tan-phu'),
  'plans/2024/tan-phu/to-chuc.yaml': edit(shipped('to-chuc'), 'kind: to-chuc', 'id: dinh-quan', 'id: tan-phu'),
});

/** Grapheme clusters: what a terminal shows as one character. */
const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });
const graphemes = (line: string) => [...segmenter.segment(line)].length;

/** A stdout that is not a terminal but says how wide it is, as a pipe through `less` may. */
class Sized extends Sink {
  constructor(readonly columns: number) {
    super(false);
  }
}

async function table(args: readonly string[], columns?: number): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = columns === undefined ? new Sink(false) : new Sized(columns);
  const stderr = new Sink(false);
  const code = await main({ argv: ['due', ...args], cwd: repoRoot, env: {}, stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('plan due on the shipped example', () => {
  it('--quarter 2 --year 2024 lists the four tasks of Quý II, the all-year one and the H1 report, nothing else', async () => {
    const rows = await dueJson(['--quarter', '2', '--year', '2024', '--today', '2024-06-20']);
    expect(ids(rows).sort()).toEqual([...Q2_IDS, 'tham-muu-trien-khai@2024', 'xa-bao-cao-dinh-ky@2024-H1'].sort());
    for (const row of rows) {
      for (const key of ['id', 'body', 'quarter', 'text', 'lead', 'deadline', 'status', 'overdue'] as const) {
        expect(row, `${row.id}.${key}`).toHaveProperty(key);
      }
      expect(row.body).toBe('dinh-quan');
      expect(row.year).toBe(2024);
    }
    for (const id of Q2_IDS) expect(byId(rows, id)).toMatchObject({ quarter: 2, allYear: false, recurring: false, carried: false });
    expect(byId(rows, 'tham-muu-trien-khai')).toMatchObject({ allYear: true, recurring: true, quarter: null, lead: 'hoi-dong-tdkt' });
    expect(byId(rows, 'xa-bao-cao-dinh-ky')).toMatchObject({
      period: '2024-H1',
      recurring: true,
      allYear: false,
      quarter: 2,
      deadline: '2024-06-30',
      status: 'done',
      done: '2024-06-10',
      lead: 'all-units',
      leadName: 'Các đơn vị',
    });
    expect(byId(rows, 'bao-cao-so-ket')).toMatchObject({
      deadline: '2024-06-15',
      lead: 'van-phong',
      leadName: 'Văn phòng Ủy ban MTTQ Việt Nam huyện',
      with: ['hoi-dong-tdkt'],
      status: 'done',
      done: '2024-06-14',
      evidence: 'Báo cáo số 142/BC-MTTQ-BTT',
    });
    expect(byId(rows, 'ky-niem-76-nam').text).toMatch(/^Tham gia các hoạt động kỷ niệm 76 năm Ngày Bác Hồ/);
  });

  it('on 20/06/2024 nothing is overdue yet', async () => {
    const rows = await dueJson(['--quarter', '2', '--year', '2024', '--today', '2024-06-20']);
    expect(rows.map((r) => [r.id, r.overdue, r.daysLate])).toEqual(rows.map((r) => [r.id, false, null]));
    expect(byId(rows, 'chao-mung-dai-hoi')).toMatchObject({ status: 'in-progress', deadline: '2024-06-30' });
    expect(byId(rows, 'hoi-nghi-so-ket')).toMatchObject({ status: 'planned', deadline: '2024-06-30' });
  });

  it('on 10/07/2024 the two undone tasks of Quý II are 10 days late', async () => {
    const rows = await dueJson(['--quarter', '2', '--year', '2024', '--today', '2024-07-10']);
    expect(rows.filter((r) => r.overdue).map((r) => [r.id, r.daysLate])).toEqual([
      ['chao-mung-dai-hoi', 10],
      ['hoi-nghi-so-ket', 10],
    ]);
    expect(rows.filter((r) => !r.overdue).every((r) => r.daysLate === null)).toBe(true);
    // Asked for Quý II itself: nothing is "carried".
    expect(rows.some((r) => r.carried)).toBe(false);
  });

  it('orders by quarter and deadline, the all-year task last', async () => {
    const rows = await dueJson(['--quarter', '2', '--year', '2024', '--today', '2024-06-20']);
    expect(ids(rows)).toEqual([
      'ky-niem-76-nam',
      'bao-cao-so-ket',
      'chao-mung-dai-hoi',
      'hoi-nghi-so-ket',
      'xa-bao-cao-dinh-ky@2024-H1',
      'tham-muu-trien-khai@2024',
    ]);
  });
});

describe('the window', () => {
  it('with no flags is the current quarter of --today, in its year', async () => {
    const q3 = await dueJson(['--today', '2024-08-01']);
    expect(q3).toEqual(await dueJson(['--quarter', '3', '--year', '2024', '--today', '2024-08-01']));
    const q2 = await dueJson(['--today', '2024-06-20']);
    expect(ids(q2)).toEqual(ids(await dueJson(['--quarter', '2', '--year', '2024', '--today', '2024-06-20'])));
    const q1 = await dueJson(['--today', '2024-01-05']);
    expect(q1.filter((r) => !r.allYear).every((r) => r.quarter === 1)).toBe(true);
    expect(q1.some((r) => r.id === 'hoi-nghi-can-bo')).toBe(true);
    // In 2025 there is no plan: only what 2024 left undone, carried over.
    const y2025 = await dueJson(['--today', '2025-02-10']);
    expect(y2025.length).toBeGreaterThan(0);
    expect(y2025.every((r) => r.carried && r.overdue && r.year === 2024)).toBe(true);
  });

  it('--quarter 3 shows Quý III and carries over the undone tasks of Quý II', async () => {
    const rows = await dueJson(['--quarter', '3', '--year', '2024', '--today', '2024-08-01']);
    expect(ids(rows)).toEqual(['chao-mung-dai-hoi', 'hoi-nghi-so-ket', ...Q3_IDS, 'tham-muu-trien-khai@2024']);
    expect(rows.filter((r) => r.carried).map((r) => [r.id, r.quarter, r.overdue, r.daysLate])).toEqual([
      ['chao-mung-dai-hoi', 2, true, 32],
      ['hoi-nghi-so-ket', 2, true, 32],
    ]);
    for (const id of Q3_IDS) expect(byId(rows, id)).toMatchObject({ quarter: 3, carried: false, overdue: false });
  });

  it('--no-carry hides the carried tasks', async () => {
    const rows = await dueJson(['--quarter', '3', '--year', '2024', '--today', '2024-08-01', '--no-carry']);
    expect(ids(rows)).toEqual([...Q3_IDS, 'tham-muu-trien-khai@2024']);
    expect(rows.some((r) => r.carried)).toBe(false);
  });

  it('--month 6 is June: the tasks due in June, the H1 report and the all-year task', async () => {
    const rows = await dueJson(['--month', '6', '--year', '2024', '--today', '2024-06-20']);
    expect(ids(rows)).toEqual(ids(await dueJson(['--quarter', '2', '--year', '2024', '--today', '2024-06-20'])));
    const may = await dueJson(['--month', '5', '--year', '2024', '--today', '2024-06-20']);
    expect(ids(may)).toEqual(['tham-muu-trien-khai@2024']);
  });

  it('--from/--to is a range of days, both ends included', async () => {
    const rows = await dueJson(['--from', '2024-06-01', '--to', '2024-06-15', '--today', '2024-06-20']);
    expect(ids(rows)).toEqual(['ky-niem-76-nam', 'bao-cao-so-ket', 'tham-muu-trien-khai@2024']);
    const one = await dueJson(['--from', '2024-06-15', '--to', '2024-06-15', '--today', '2024-06-20']);
    expect(ids(one)).toEqual(['bao-cao-so-ket', 'tham-muu-trien-khai@2024']);
  });

  it('--year alone is the whole year', async () => {
    const rows = await dueJson(['--year', '2024', '--today', '2024-06-20']);
    expect(rows).toHaveLength(26);
    expect(rows.some((r) => r.carried)).toBe(false);
  });
});

describe('filters', () => {
  const q2 = ['--quarter', '2', '--year', '2024'];

  it('--overdue keeps only the late tasks, carried ones included', async () => {
    expect(ids(await dueJson([...q2, '--today', '2024-07-10', '--overdue']))).toEqual(['chao-mung-dai-hoi', 'hoi-nghi-so-ket']);
    expect(await dueJson([...q2, '--today', '2024-06-20', '--overdue'])).toEqual([]);
    const q3 = await dueJson(['--quarter', '3', '--year', '2024', '--today', '2024-08-01', '--overdue']);
    expect(q3.map((r) => [r.id, r.carried])).toEqual([
      ['chao-mung-dai-hoi', true],
      ['hoi-nghi-so-ket', true],
    ]);
  });

  it('--unit matches the lead or a cooperating unit', async () => {
    // van-phong leads bao-cao-so-ket and cooperates on hoi-nghi-so-ket and tham-muu-trien-khai.
    expect(ids(await dueJson([...q2, '--today', '2024-06-20', '--unit', 'van-phong']))).toEqual([
      'bao-cao-so-ket',
      'hoi-nghi-so-ket',
      'tham-muu-trien-khai@2024',
    ]);
    expect(ids(await dueJson(['--year', '2024', '--today', '2024-06-20', '--unit', 'cum-1']))).toEqual(['kiem-tra', 'binh-xet']);
  });

  it('--unit with a member unit matches the tasks of all units', async () => {
    // ky-niem-76-nam and chao-mung-dai-hoi have all-units in "with"; the H1 report has it as lead.
    expect(ids(await dueJson([...q2, '--today', '2024-06-20', '--unit', 'phu-vinh']))).toEqual([
      'ky-niem-76-nam',
      'chao-mung-dai-hoi',
      'xa-bao-cao-dinh-ky@2024-H1',
    ]);
    const q1 = await dueJson(['--quarter', '1', '--year', '2024', '--today', '2024-06-20', '--unit', 'tt-dinh-quan']);
    expect(ids(q1)).toEqual(['tong-ket-he-thong', 'huong-dan-guong-dien-hinh', 'ky-niem-chuong', 'trien-khai-phong-trao']);
  });

  it("--unit with a member unit matches its cluster's tasks too (phu-vinh is of cum-1)", async () => {
    const year = await dueJson(['--year', '2024', '--today', '2024-06-20', '--unit', 'phu-vinh']);
    // kiem-tra and binh-xet are the clusters' (with: [cum-1, cum-2]), so phu-vinh's as well.
    expect(ids(year)).toEqual(expect.arrayContaining(['kiem-tra', 'binh-xet']));
    const alone = await dueJson(['--year', '2024', '--today', '2024-06-20', '--unit', 'cum-1']);
    expect(ids(alone)).toEqual(['kiem-tra', 'binh-xet']);
  });

  it('--body keeps one body', async () => {
    const cwd = repo(tanPhu());
    const all = await dueJson([...q2, '--today', '2024-06-20'], { cwd });
    expect(all).toHaveLength(12);
    const dq = await dueJson([...q2, '--today', '2024-06-20', '--body', 'dinh-quan'], { cwd });
    const tp = await dueJson([...q2, '--today', '2024-06-20', '--body', 'tan-phu'], { cwd });
    expect(dq.every((r) => r.body === 'dinh-quan')).toBe(true);
    expect(tp.every((r) => r.body === 'tan-phu')).toBe(true);
    expect(ids(dq)).toEqual(ids(tp));
    expect(dq).toHaveLength(6);
    // On the shipped example, the one body.
    expect(await dueJson([...q2, '--today', '2024-06-20', '--body', 'dinh-quan'])).toHaveLength(6);
  });

  it('--status keeps one status', async () => {
    expect(ids(await dueJson([...q2, '--today', '2024-06-20', '--status', 'done']))).toEqual([
      'ky-niem-76-nam',
      'bao-cao-so-ket',
      'xa-bao-cao-dinh-ky@2024-H1',
    ]);
    expect(ids(await dueJson([...q2, '--today', '2024-06-20', '--status', 'planned']))).toEqual(['hoi-nghi-so-ket']);
    expect(await dueJson([...q2, '--today', '2024-06-20', '--status', 'cancelled'])).toEqual([]);
  });

  it('combine with AND', async () => {
    expect(ids(await dueJson([...q2, '--today', '2024-07-10', '--overdue', '--unit', 'van-phong']))).toEqual(['hoi-nghi-so-ket']);
    expect(ids(await dueJson([...q2, '--today', '2024-07-10', '--overdue', '--unit', 'phu-vinh', '--body', 'dinh-quan']))).toEqual([
      'chao-mung-dai-hoi',
    ]);
    expect(await dueJson([...q2, '--today', '2024-07-10', '--overdue', '--status', 'done'])).toEqual([]);
    expect(ids(await dueJson(['--month', '6', '--year', '2024', '--today', '2024-06-20', '--status', 'done', '--body', 'dinh-quan']))).toEqual([
      'ky-niem-76-nam',
      'bao-cao-so-ket',
      'xa-bao-cao-dinh-ky@2024-H1',
    ]);
    expect(ids(await dueJson(['--from', '2024-06-01', '--to', '2024-06-15', '--today', '2024-06-20', '--status', 'done']))).toEqual([
      'ky-niem-76-nam',
      'bao-cao-so-ket',
    ]);
    expect(ids(await dueJson(['--from', '2024-06-01', '--to', '2024-06-15', '--today', '2024-06-20', '--unit', 'phu-vinh']))).toEqual([
      'ky-niem-76-nam',
    ]);
    expect(
      ids(await dueJson(['--quarter', '3', '--year', '2024', '--today', '2024-08-01', '--unit', 'van-phong', '--no-carry', '--status', 'planned'])),
    ).toEqual(['huong-dan-tong-ket', 'huong-dan-cham-diem']);
  });
});

describe('usage errors (exit 2, with the valid values)', () => {
  async function fails(args: readonly string[], cwd = repoRoot) {
    const result = await run(['due', ...args], { cwd });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^plan: /);
    return result.stderr;
  }

  it('an unknown quarter or month', async () => {
    const q = await fails(['--quarter', '5', '--today', '2024-06-20']);
    expect(q).toContain('«5»');
    expect(q).toContain('--quarter');
    expect(q).toContain('1, 2, 3, 4');
    for (const bad of ['0', '2.5', 'hai']) expect(await fails(['--quarter', bad, '--today', '2024-06-20'])).toContain('1, 2, 3, 4');
    const m = await fails(['--month', '13', '--today', '2024-06-20']);
    expect(m).toContain('«13»');
    expect(m).toContain('--month');
    expect(m).toContain('1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12');
  });

  it('an unknown unit, listing every unit with its name', async () => {
    const message = await fails(['--unit', 'phu-vin', '--today', '2024-06-20']);
    expect(message).toContain('«phu-vin»');
    expect(message).toContain('--unit');
    for (const entry of ['phu-vinh (xã Phú Vinh)', 'tt-dinh-quan (thị trấn Định Quán)', 'van-phong (Văn phòng Ủy ban MTTQ Việt Nam huyện)', 'all-units (Các đơn vị)', 'cum-1 (Cụm thi đua số 1)']) {
      expect(message).toContain(entry);
    }
  });

  it('an unknown body, listing the bodies', async () => {
    const message = await fails(['--body', 'tan-phu', '--today', '2024-06-20']);
    expect(message).toContain('«tan-phu»');
    expect(message).toContain('--body');
    expect(message).toContain('dinh-quan');
    const two = await fails(['--body', 'khong-co', '--today', '2024-06-20'], repo(tanPhu()));
    expect(two).toContain('dinh-quan, tan-phu');
  });

  it('a bad --today, --from or --to', async () => {
    for (const bad of ['2024-02-30', 'hom-nay', '20/06/2024', '2024-6-20']) {
      const message = await fails(['--today', bad]);
      expect(message).toContain('--today');
      expect(message).toContain(`«${bad}»`);
    }
    expect(await fails(['--from', '2024-13-01', '--today', '2024-06-20'])).toContain('--from');
    expect(await fails(['--to', '2024-06-31', '--today', '2024-06-20'])).toContain('--to');
  });

  it('an unknown status or format, with the choices', async () => {
    const status = await fails(['--status', 'xong', '--today', '2024-06-20']);
    for (const s of ['planned', 'in-progress', 'done', 'cancelled']) expect(status).toContain(s);
    const format = await fails(['--format', 'xml', '--today', '2024-06-20']);
    for (const f of ['table', 'json', 'csv', 'md']) expect(format).toContain(f);
  });

  it('no plans folder here or above', async () => {
    const message = await fails(['--today', '2024-06-20'], write({ 'ghi-chu.txt': 'không có kế hoạch\n' }));
    expect(message).toContain('«plans»');
  });

  it('the real binary exits 2 too', () => {
    const result = spawnPlan(['due', '--quarter', '5'], repoRoot);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('1, 2, 3, 4');
  });
});

describe('the unit list sorts names as Vietnamese does (Intl.Collator vi)', () => {
  /** The ids of the unknown-unit message, in its order. */
  async function unitOrder(cwd = repoRoot): Promise<string[]> {
    const result = await run(['due', '--unit', 'khong-co', '--today', '2024-06-20'], { cwd });
    expect(result.code).toBe(2);
    const list = result.stderr.slice(result.stderr.indexOf('các giá trị có:'));
    return [...list.matchAll(/([a-z0-9-]+) \(/g)].map((m) => m[1]!);
  }

  it('on the shipped organisation: case and diacritics do not decide the order', async () => {
    const order = await unitOrder();
    const before = (a: string, b: string) => expect(order.indexOf(a), `${a} before ${b}`).toBeLessThan(order.indexOf(b));
    // 3 departments, all-units, 14 units, 2 clusters, 2 clusters it is a member of.
    expect(order).toHaveLength(22);
    // "Ban Thường trực" < "Các đơn vị" < "Cụm thi đua" < "Hội đồng" < "thị trấn Định Quán" < "Văn phòng" < "xã ..."
    before('ban-thuong-truc', 'all-units');
    before('all-units', 'cum-1');
    before('cum-1', 'hoi-dong-tdkt');
    before('hoi-dong-tdkt', 'tt-dinh-quan');
    before('tt-dinh-quan', 'van-phong');
    before('van-phong', 'gia-canh');
    // xã Phú Cường < Phú Hòa < Phú Lợi < Phú Ngọc < Phú Tân < Phú Túc < Phú Vinh < Suối Nho < Thanh Sơn < Túc Trưng
    const xa = ['gia-canh', 'la-nga', 'ngoc-dinh', 'phu-cuong', 'phu-hoa', 'phu-loi', 'phu-ngoc', 'phu-tan', 'phu-tuc', 'phu-vinh', 'suoi-nho', 'thanh-son', 'tuc-trung'];
    expect(order.filter((id) => xa.includes(id))).toEqual(xa);
  });

  it('A < Ă < Â and D < Đ < E, unlike code-point order and the root collation', async () => {
    const units = [
      '  - { id: u-ea-kar, kind: xã, name: Ea Kar }',
      '  - { id: u-dak-mil, kind: xã, name: Đắk Mil }',
      '  - { id: u-an-thi, kind: xã, name: Ân Thi }',
      '  - { id: u-duong, kind: xã, name: Dương Minh Châu }',
      '  - { id: u-anh-son, kind: xã, name: Anh Sơn }',
    ].join('\n');
    const org = edit(shipped('to-chuc'), 'units:', '  - { id: tt-dinh-quan', `${units}\n  - { id: tt-dinh-quan`);
    const order = await unitOrder(repo({ 'plans/2024/dinh-quan/to-chuc.yaml': org }));
    expect(order.filter((id) => id.startsWith('u-'))).toEqual(['u-anh-son', 'u-an-thi', 'u-duong', 'u-dak-mil', 'u-ea-kar']);
  });
});

describe('--format table', () => {
  const q2 = ['--quarter', '2', '--year', '2024', '--today', '2024-07-10'];

  it('groups by quarter, the all-year tasks apart, with dates as dd/mm/yyyy', async () => {
    const { code, stdout, stderr } = await table(q2);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Quý II năm 2024');
    expect(stdout).toContain('Cả năm 2024');
    expect(stdout.indexOf('Quý II năm 2024')).toBeLessThan(stdout.indexOf('Cả năm 2024'));
    for (const date of ['11/06/2024', '15/06/2024', '30/06/2024', '31/12/2024']) expect(stdout).toContain(date);
    expect(stdout).not.toMatch(/\b2024-\d\d-\d\d\b/);
    for (const head of ['Hạn', 'Nhiệm vụ', 'Chủ trì', 'Trạng thái', 'Trễ']) expect(stdout).toContain(head);
    expect(stdout).toContain('10 ngày');
    expect(stdout).toContain('Đã xong');
    expect(stdout).toContain('Chưa làm');
    expect(stdout).toContain('Đang làm');
    // The marks of the all-year task and the H1 report (a line may wrap inside "(kỳ 2024-H1)").
    expect(stdout).toContain('(cả năm)');
    expect(stdout).toContain('2024-H1)');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('6 nhiệm vụ, 2 trễ hạn.');
  });

  it('puts the carried tasks first under their own title', async () => {
    const { stdout } = await table(['--quarter', '3', '--year', '2024', '--today', '2024-08-01']);
    const titles = ['Còn nợ từ kỳ trước', 'Quý III năm 2024', 'Cả năm 2024'].map((t) => stdout.indexOf(t));
    expect(titles.every((i) => i >= 0)).toBe(true);
    expect(titles).toEqual([...titles].sort((a, b) => a - b));
    expect(stdout).not.toContain('Quý II năm 2024');
  });

  it('says so when nothing is due', async () => {
    const { code, stdout } = await table(['--quarter', '4', '--year', '2024', '--today', '2024-08-01', '--status', 'cancelled']);
    expect(code).toBe(0);
    expect(stdout).toBe('Không có nhiệm vụ nào đến hạn từ 01/10/2024 đến 31/12/2024.\n');
  });

  it('wraps long texts so that no line is wider than an 80-column terminal', async () => {
    const { stdout } = await table(q2, 80);
    const lines = stdout.split('\n').filter((l) => l !== '');
    // The long texts were wrapped: the table has many more lines than rows.
    expect(lines.length).toBeGreaterThan(20);
    const widest = lines.reduce((a, b) => (graphemes(b) > graphemes(a) ? b : a));
    expect(graphemes(widest), `widest line:\n${widest}`).toBeLessThanOrEqual(80);
  });

  it.each([100, 120, 160])('fits a %i-column terminal', async (columns) => {
    const { stdout } = await table(q2, columns);
    expect(stdout.split('\n').filter((l) => graphemes(l) > columns)).toEqual([]);
  });

  it('fits 100 columns when the width is unknown', async () => {
    const { stdout } = await table(q2);
    expect(stdout.split('\n').filter((l) => graphemes(l) > 100)).toEqual([]);
  });

  it('has no ANSI codes without a terminal, nor with NO_COLOR; colours on a terminal', async () => {
    const plain = await run(['due', ...q2]);
    expect(plain.stdout).not.toMatch(ansi);
    const noColor = await run(['due', ...q2], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(ansi);
    const tty = await run(['due', ...q2], { tty: true });
    expect(tty.stdout).toMatch(ansi);
    // The same table under the colours.
    // eslint-disable-next-line no-control-regex
    expect(tty.stdout.replaceAll(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });
});

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      if (c === '"' || c === '\n' || c === '\r') throw new Error(`stray ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('the last record has no CRLF');
  return records;
}

describe('--format csv', () => {
  const q2 = ['--quarter', '2', '--year', '2024', '--today', '2024-07-10'];

  it('is UTF-8 with a BOM, CRLF line ends and a header line', async () => {
    const { code, stdout } = await run(['due', '--format', 'csv', ...q2]);
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFFid,')).toBe(true);
    expect(stdout.endsWith('\r\n')).toBe(true);
    expect(stdout.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const [header, ...records] = parseCsv(stdout.slice(1));
    expect(header).toEqual(expect.arrayContaining(['id', 'body', 'quarter', 'text', 'lead', 'deadline', 'status', 'overdue', 'daysLate']));
    expect(records).toHaveLength(6);
    expect(records.every((r) => r.length === header!.length)).toBe(true);
    const rows = records.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
    const json = await dueJson(q2);
    expect(rows.map((r) => r.id)).toEqual(json.map((r) => r.id));
    // Every text reads back whole, commas included.
    expect(rows.map((r) => r.text)).toEqual(json.map((r) => r.text));
    expect(rows.find((r) => r.id === 'chao-mung-dai-hoi')).toMatchObject({ overdue: 'true', daysLate: '10', deadline: '2024-06-30', quarter: '2' });
    expect(rows.find((r) => r.id === 'tham-muu-trien-khai')).toMatchObject({ quarter: '', allYear: 'true' });
  });

  it('quotes the fields with commas or quotes, doubling the quotes (RFC 4180)', async () => {
    const evidence = 'Biên bản số 7, ngày 05/7/2024 "sơ kết"';
    const plan = edit(shipped('ke-hoach'), 'id: hoi-nghi-so-ket', 'status: planned', `status: done\n            done: 2024-07-05\n            evidence: '${evidence}'`);
    const cwd = repo({ 'plans/2024/dinh-quan/ke-hoach.yaml': plan });
    const { stdout } = await run(['due', '--format', 'csv', ...q2], { cwd });
    // The raw line: quoted, inner quotes doubled.
    expect(stdout).toContain('"Biên bản số 7, ngày 05/7/2024 ""sơ kết"""');
    expect(stdout).toContain('"Thi đua lập thành tích chào mừng Đại hội đại biểu MTTQ Việt Nam huyện lần thứ X, nhiệm kỳ');
    // A field without a comma or a quote is not quoted.
    expect(stdout).toContain(',Báo cáo số 142/BC-MTTQ-BTT,');
    const [header, ...records] = parseCsv(stdout.slice(1));
    const row = records.find((r) => r[header!.indexOf('id')] === 'hoi-nghi-so-ket')!;
    expect(row[header!.indexOf('evidence')]).toBe(evidence);
    expect(row[header!.indexOf('done')]).toBe('2024-07-05');
  });

  it('is just the header when nothing is due', async () => {
    const { stdout } = await run(['due', '--format', 'csv', '--quarter', '4', '--year', '2024', '--today', '2024-08-01', '--status', 'cancelled']);
    expect(parseCsv(stdout.slice(1))).toHaveLength(1);
  });
});

describe('--format md', () => {
  it('has a table per group, under the group title', async () => {
    const { code, stdout } = await run(['due', '--format', 'md', '--quarter', '3', '--year', '2024', '--today', '2024-08-01']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(ansi);
    const titles = stdout.split('\n').filter((l) => l.startsWith('## '));
    expect(titles).toEqual(['## Còn nợ từ kỳ trước', '## Quý III năm 2024', '## Cả năm 2024']);
    const sections = stdout.split(/^## .*$/m).slice(1);
    const rowCounts = sections.map((s) => {
      const lines = s.split('\n').filter((l) => l.startsWith('|'));
      expect(lines[0]).toBe('| Hạn | Nhiệm vụ | Chủ trì | Trạng thái | Trễ |');
      expect(lines[1]).toBe('|---|---|---|---|---|');
      // Every row has the five cells of the header.
      for (const line of lines) expect(line.replaceAll('\\|', '').split('|')).toHaveLength(7);
      return lines.length - 2;
    });
    expect(rowCounts).toEqual([2, 3, 1]);
    expect(stdout).toContain('| 30/06/2024 | Tổ chức sơ kết phong trào thi đua yêu nước gắn với sơ kết công tác Mặt trận 6 tháng đầu năm 2024. | Ban Thường trực Ủy ban MTTQ Việt Nam huyện | Chưa làm | 32 ngày |');
    expect(stdout).toContain('(cả năm)');
  });

  it('groups Quý II and the all-year task apart', async () => {
    const { stdout } = await run(['due', '--format', 'md', '--quarter', '2', '--year', '2024', '--today', '2024-06-20']);
    expect(stdout.split('\n').filter((l) => l.startsWith('## '))).toEqual(['## Quý II năm 2024', '## Cả năm 2024']);
    expect(stdout).toContain('| 30/06/2024 | Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn');
    expect(stdout).toContain('(kỳ 2024-H1) | Các đơn vị | Đã xong |  |');
  });

  it('escapes a "|" in a cell', async () => {
    const plan = edit(shipped('ke-hoach'), 'id: hoi-nghi-so-ket', 'Tổ chức sơ kết', 'Tổ chức | sơ kết');
    const { stdout } = await run(['due', '--format', 'md', '--quarter', '2', '--year', '2024', '--today', '2024-06-20'], {
      cwd: repo({ 'plans/2024/dinh-quan/ke-hoach.yaml': plan }),
    });
    expect(stdout).toContain('Tổ chức \\| sơ kết');
  });
});

describe('a plan with errors', () => {
  it('is skipped, with a word on stderr', async () => {
    const cwd = repo({ 'plans/2024/tan-phu/ke-hoach.yaml': 'kind: ke-hoach\nbody: tan-phu\n' });
    const result = await run(['due', '--format', 'json', '--quarter', '2', '--year', '2024', '--today', '2024-06-20'], { cwd });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as DueRow[]).every((r) => r.body === 'dinh-quan')).toBe(true);
    expect(result.stderr).toContain('Bỏ qua 1 tệp');
  });
});

describe('a plan whose period runs into the next year (a campaign)', () => {
  it("a task due in January of the next year is listed in that year's first quarter, with that year", async () => {
    const plan = edit(shipped('ke-hoach'), 'kind: ke-hoach', '\nyear: 2024\n', '\nyear: 2024\nperiod: { from: 2024-01-01, to: 2025-03-31 }\n');
    const moved = plan.replace(/(\n +- id: (\S+)\n(?:.*\n){0,6}? +deadline: )2024-12-15/, '$12025-01-15');
    expect(moved).not.toBe(plan);
    const id = /\n +- id: (\S+)\n(?:.*\n){0,6}? +deadline: 2025-01-15/.exec(moved)![1]!;
    const cwd = repo({ 'plans/2024/dinh-quan/ke-hoach.yaml': moved });
    const next = await dueJson(['--year', '2025', '--quarter', '1', '--today', '2024-12-01'], { cwd });
    expect(byId(next, id)).toMatchObject({ year: 2025, quarter: 1, deadline: '2025-01-15' });
    const q4 = await dueJson(['--year', '2024', '--quarter', '4', '--today', '2024-12-01'], { cwd });
    expect(ids(q4)).not.toContain(id);
    const table = await run(['due', '--year', '2025', '--quarter', '1', '--today', '2024-12-01'], { cwd });
    expect(table.stdout).toContain('Quý I năm 2025');
    expect(table.stdout).not.toMatch(/Quý [IV]+ năm 2024/);
  });
});

// The due core without the CLI: occurrences of tasks, the window of a quarter/month/range, and
// selectDue's overdue flags, carry-over, filters and order.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { tasksOf } from '../../src/repo/tasks.js';
import { occurrencesOf, type Occurrence } from '../../src/due/occurrences.js';
import { selectDue, windowOf, type DueItem, type Filters } from '../../src/due/select.js';
import type { Plan, Section, Task } from '../../src/model/types.js';
import { shipped } from '../helpers/fixtures.js';

const PLAN = parseDocument(shipped('ke-hoach')).toJS() as Plan;
const ALL = occurrencesOf(PLAN, tasksOf(PLAN));

/** A plan with only what occurrencesOf and selectDue read. */
function planOf(sections: Section[], body = 'b', year = 2024): Plan {
  return { kind: 'ke-hoach', body, year, sections } as unknown as Plan;
}

function occurrences(sections: Section[], body = 'b', year = 2024): Occurrence[] {
  const plan = planOf(sections, body, year);
  return occurrencesOf(plan, tasksOf(plan));
}

const task = (id: string, more: Partial<Task> = {}): Task => ({ id, text: `Nhiệm vụ ${id}.`, ...more });

const ids = (items: readonly DueItem[]) => items.map((i) => (i.period ? `${i.task.id}@${i.period}` : i.task.id));

const Q2 = windowOf(2024, { quarter: 2 });
const Q3 = windowOf(2024, { quarter: 3 });

function due(filters: Partial<Filters> & { today: string }, all: readonly Occurrence[] = ALL): DueItem[] {
  return selectDue(all, { window: Q2, ...filters });
}

describe('windowOf', () => {
  it('gives the first and last day of each quarter', () => {
    expect([1, 2, 3, 4].map((quarter) => windowOf(2024, { quarter }))).toEqual([
      { from: '2024-01-01', to: '2024-03-31' },
      { from: '2024-04-01', to: '2024-06-30' },
      { from: '2024-07-01', to: '2024-09-30' },
      { from: '2024-10-01', to: '2024-12-31' },
    ]);
  });

  it('gives the whole month, with 29 February in a leap year only', () => {
    expect(windowOf(2024, { month: 2 })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(windowOf(2023, { month: 2 })).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(windowOf(2024, { month: 6 })).toEqual({ from: '2024-06-01', to: '2024-06-30' });
    expect(windowOf(2024, { month: 12 })).toEqual({ from: '2024-12-01', to: '2024-12-31' });
  });

  it('takes a from/to range as given, an open end being the end of the year', () => {
    expect(windowOf(2024, { from: '2024-06-01', to: '2024-06-15' })).toEqual({ from: '2024-06-01', to: '2024-06-15' });
    expect(windowOf(2024, { from: '2024-06-01' })).toEqual({ from: '2024-06-01', to: '2024-12-31' });
    expect(windowOf(2024, { to: '2024-03-15' })).toEqual({ from: '2024-01-01', to: '2024-03-15' });
    expect(windowOf(2024, {})).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
});

describe('occurrencesOf', () => {
  it('has one occurrence per task of the shipped plan, and one per period of a repeating task', () => {
    const tasks = tasksOf(PLAN);
    expect(tasks).toHaveLength(25);
    // 23 one-off tasks, tham-muu-trien-khai (year: 1 period), xa-bao-cao-dinh-ky (half-year: 2).
    expect(ALL).toHaveLength(26);
    const xa = ALL.filter((o) => o.task.id === 'xa-bao-cao-dinh-ky');
    expect(xa.map((o) => [o.period, o.quarter, o.deadline, o.status, o.done ?? null])).toEqual([
      ['2024-H1', 2, '2024-06-30', 'done', '2024-06-10'],
      ['2024-H2', 4, '2024-12-31', 'planned', null],
    ]);
    expect(xa.every((o) => o.recurring && !o.allYear)).toBe(true);
    const year = ALL.filter((o) => o.task.id === 'tham-muu-trien-khai');
    expect(year).toHaveLength(1);
    expect(year[0]).toMatchObject({ period: '2024', deadline: '2024-12-31', status: 'in-progress', allYear: true, recurring: true });
    expect(year[0]!.quarter).toBeUndefined();
  });

  it('keeps body, year and the data path of each task, for editing it', () => {
    const o = ALL.find((x) => x.task.id === 'hoi-nghi-so-ket')!;
    expect(o).toMatchObject({ body: 'dinh-quan', year: 2024, quarter: 2, deadline: '2024-06-30', status: 'planned', allYear: false, recurring: false });
    expect(o.path).toEqual(['sections', 1, 'sections', 1, 'tasks', 3]);
    expect(o.done).toBeUndefined();
    const b = ALL.find((x) => x.task.id === 'bao-cao-so-ket')!;
    expect(b).toMatchObject({ done: '2024-06-14', evidence: 'Báo cáo số 142/BC-MTTQ-BTT' });
  });

  it('reads a month deadline as its last day, and takes the quarter from the section', () => {
    expect(ALL.find((x) => x.task.id === 'chao-mung-dai-hoi')).toMatchObject({ quarter: 2, deadline: '2024-06-30' });
    expect(ALL.find((x) => x.task.id === 'hoi-nghi-can-bo')).toMatchObject({ quarter: 1, deadline: '2024-01-31' });
    expect(ALL.find((x) => x.task.id === 'kiem-tra')).toMatchObject({ quarter: 4, deadline: '2024-11-30' });
  });

  it('gives a task without a deadline the last day of its quarter, and one without a quarter the quarter of its deadline', () => {
    const got = occurrences([
      { quarter: 3, tasks: [task('no-deadline')] },
      { tasks: [task('by-deadline', { deadline: '2024-05-10' }), task('by-month', { deadline: '2024-11' }), task('neither')] },
    ]);
    expect(got.map((o) => [o.task.id, o.quarter ?? null, o.deadline ?? null, o.allYear])).toEqual([
      ['no-deadline', 3, '2024-09-30', false],
      ['by-deadline', 2, '2024-05-10', false],
      ['by-month', 4, '2024-11-30', false],
      ['neither', null, null, true],
    ]);
    expect(got.every((o) => o.status === 'planned' && !o.recurring)).toBe(true);
  });

  it('expands monthly and quarterly tasks into their periods, each with its quarter and last day', () => {
    const got = occurrences([{ tasks: [task('m', { repeat: 'month' }), task('q', { repeat: 'quarter' })] }]);
    const monthly = got.filter((o) => o.task.id === 'm');
    expect(monthly.map((o) => o.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`));
    expect(monthly.map((o) => o.quarter)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
    expect(monthly[1]!.deadline).toBe('2024-02-29');
    expect(monthly[3]!.deadline).toBe('2024-04-30');
    const quarterly = got.filter((o) => o.task.id === 'q');
    expect(quarterly.map((o) => [o.period, o.quarter, o.deadline])).toEqual([
      ['2024-Q1', 1, '2024-03-31'],
      ['2024-Q2', 2, '2024-06-30'],
      ['2024-Q3', 3, '2024-09-30'],
      ['2024-Q4', 4, '2024-12-31'],
    ]);
    expect(got.every((o) => o.recurring && !o.allYear)).toBe(true);
    // February of a non-leap year.
    const y2023 = occurrences([{ tasks: [task('m', { repeat: 'month' })] }], 'b', 2023);
    expect(y2023[1]!.deadline).toBe('2023-02-28');
  });

  it("lets a period's own status win, the task's status stand for the others, and planned be the default", () => {
    const got = occurrences([
      {
        tasks: [
          task('q', {
            repeat: 'quarter',
            status: 'in-progress',
            occurrences: { '2024-Q1': { status: 'done', done: '2024-03-20', evidence: 'Báo cáo số 1' }, '2024-Q3': { status: 'cancelled' } },
          }),
          task('h', { repeat: 'half-year' }),
        ],
      },
    ]);
    expect(got.map((o) => [o.period, o.status, o.done ?? null, o.evidence ?? null])).toEqual([
      ['2024-Q1', 'done', '2024-03-20', 'Báo cáo số 1'],
      ['2024-Q2', 'in-progress', null, null],
      ['2024-Q3', 'cancelled', null, null],
      ['2024-Q4', 'in-progress', null, null],
      ['2024-H1', 'planned', null, null],
      ['2024-H2', 'planned', null, null],
    ]);
  });
});

describe('selectDue', () => {
  it('lists exactly the Quý II tasks of the shipped plan, with the all-year and the H1 report, on 20/06/2024', () => {
    const items = due({ today: '2024-06-20' });
    expect(ids(items)).toEqual([
      'ky-niem-76-nam',
      'bao-cao-so-ket',
      'chao-mung-dai-hoi',
      'hoi-nghi-so-ket',
      'xa-bao-cao-dinh-ky@2024-H1',
      'tham-muu-trien-khai@2024',
    ]);
    expect(items.some((i) => i.overdue || i.carried)).toBe(false);
    expect(items.every((i) => i.daysLate === undefined)).toBe(true);
  });

  it('marks undone tasks past their deadline overdue, with the days late; done ones never', () => {
    const items = due({ today: '2024-07-10' });
    const late = items.filter((i) => i.overdue);
    expect(late.map((i) => [i.task.id, i.daysLate])).toEqual([
      ['chao-mung-dai-hoi', 10],
      ['hoi-nghi-so-ket', 10],
    ]);
    // ky-niem-76-nam, bao-cao-so-ket and the H1 report are done: not overdue, whatever the date.
    expect(due({ today: '2025-06-01' }).filter((i) => i.status === 'done').some((i) => i.overdue)).toBe(false);
  });

  it('is not overdue on the deadline itself, one day late the day after', () => {
    const all = occurrences([{ tasks: [task('a', { deadline: '2024-05-31' }), task('c', { deadline: '2024-05-01', status: 'cancelled' })] }]);
    const on = (today: string, id: string) => selectDue(all, { window: Q2, today }).find((i) => i.task.id === id);
    expect(on('2024-05-31', 'a')).toMatchObject({ overdue: false });
    expect(on('2024-05-31', 'a')!.daysLate).toBeUndefined();
    expect(on('2024-06-01', 'a')).toMatchObject({ overdue: true, daysLate: 1 });
    // A cancelled task is finished: never overdue.
    expect(on('2024-06-01', 'c')).toMatchObject({ overdue: false });
  });

  it('counts days late across months and a leap day', () => {
    const all = occurrences([{ tasks: [task('a', { deadline: '2024-02-28' })] }]);
    expect(selectDue(all, { window: windowOf(2024, { quarter: 1 }), today: '2024-03-01' })[0]!.daysLate).toBe(2);
  });

  it('carries undone tasks of earlier periods into the window, first and marked carried', () => {
    const items = selectDue(ALL, { window: Q3, today: '2024-08-01' });
    expect(ids(items)).toEqual([
      'chao-mung-dai-hoi',
      'hoi-nghi-so-ket',
      'huong-dan-tong-ket',
      'ke-hoach-kiem-tra',
      'huong-dan-cham-diem',
      'tham-muu-trien-khai@2024',
    ]);
    expect(items.filter((i) => i.carried).map((i) => [i.task.id, i.overdue, i.daysLate])).toEqual([
      ['chao-mung-dai-hoi', true, 32],
      ['hoi-nghi-so-ket', true, 32],
    ]);
  });

  it('carries nothing with carry: false', () => {
    const items = selectDue(ALL, { window: Q3, today: '2024-08-01', carry: false });
    expect(ids(items)).toEqual(['huong-dan-tong-ket', 'ke-hoach-kiem-tra', 'huong-dan-cham-diem', 'tham-muu-trien-khai@2024']);
    expect(items.some((i) => i.carried)).toBe(false);
  });

  it('does not carry tasks that are not yet late, nor into a window before their deadline', () => {
    // On 01/07 the Q2 tasks due 30/06 are one day late; on 30/06 they are not late yet.
    expect(selectDue(ALL, { window: Q3, today: '2024-06-30' }).some((i) => i.carried)).toBe(false);
    // Q1 2024 does not get Q2's late tasks: their deadline is after the window.
    expect(selectDue(ALL, { window: windowOf(2024, { quarter: 1 }), today: '2024-08-01' }).some((i) => i.carried)).toBe(false);
  });

  it('carries a late task of the previous year into the next one', () => {
    const items = selectDue(ALL, { window: windowOf(2025, { quarter: 1 }), today: '2025-02-10' });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.carried && i.overdue && i.year === 2024)).toBe(true);
    expect(ids(items)).toContain('tham-muu-trien-khai@2024');
    expect(ids(items)).toContain('xa-bao-cao-dinh-ky@2024-H2');
    expect(ids(items)).not.toContain('xa-bao-cao-dinh-ky@2024-H1');
  });

  it('shows an all-year task in every window of its year, and not in another year', () => {
    const all = occurrences([{ tasks: [task('all', { repeat: 'year' }), task('loose')] }]);
    for (const window of [
      windowOf(2024, { quarter: 1 }),
      windowOf(2024, { month: 6 }),
      windowOf(2024, { from: '2024-06-01', to: '2024-06-15' }),
      windowOf(2024, { from: '2023-12-01', to: '2024-01-15' }),
    ]) {
      expect(ids(selectDue(all, { window, today: '2024-01-01' })), JSON.stringify(window)).toEqual(['all@2024', 'loose']);
    }
    expect(selectDue(all, { window: windowOf(2025, { quarter: 1 }), today: '2024-01-01' })).toEqual([]);
    expect(selectDue(all, { window: windowOf(2023, { quarter: 4 }), today: '2023-11-01' })).toEqual([]);
  });

  it('shows an all-year task in a window that spans its whole year', () => {
    // The window's first and last days fall in 2023 and 2025; all of 2024 lies inside it.
    const all = occurrences([{ tasks: [task('all', { repeat: 'year' }), task('loose')] }]);
    const window = { from: '2023-12-01', to: '2025-01-31' };
    expect(ids(selectDue(all, { window, today: '2023-12-01' }))).toEqual(['all@2024', 'loose']);
  });

  describe('filters', () => {
    const members = () => ['phu-vinh', 'la-nga'];

    it('--overdue keeps only the late ones', () => {
      expect(ids(due({ today: '2024-07-10', overdueOnly: true }))).toEqual(['chao-mung-dai-hoi', 'hoi-nghi-so-ket']);
      expect(due({ today: '2024-06-20', overdueOnly: true })).toEqual([]);
    });

    it('--unit matches the lead or a cooperating unit', () => {
      // van-phong leads bao-cao-so-ket, cooperates on hoi-nghi-so-ket and tham-muu-trien-khai.
      expect(ids(due({ today: '2024-06-20', unit: 'van-phong' }))).toEqual(['bao-cao-so-ket', 'hoi-nghi-so-ket', 'tham-muu-trien-khai@2024']);
      expect(ids(due({ today: '2024-06-20', unit: 'hoi-dong-tdkt' }))).toEqual(['bao-cao-so-ket', 'xa-bao-cao-dinh-ky@2024-H1', 'tham-muu-trien-khai@2024']);
    });

    it('--unit with a member unit matches the tasks for all units (lead or with)', () => {
      expect(ids(due({ today: '2024-06-20', unit: 'phu-vinh', memberUnits: members }))).toEqual([
        'ky-niem-76-nam',
        'chao-mung-dai-hoi',
        'xa-bao-cao-dinh-ky@2024-H1',
      ]);
      // A unit that is not a member of the body does not.
      expect(due({ today: '2024-06-20', unit: 'phu-tan', memberUnits: members })).toEqual([]);
      // Without the list of members, all-units matches no unit.
      expect(due({ today: '2024-06-20', unit: 'phu-vinh' })).toEqual([]);
    });

    it('--body and --status keep their own', () => {
      const two = [...ALL, ...occurrences([{ quarter: 2, tasks: [task('khac', { status: 'done', done: '2024-05-01' })] }], 'tan-phu')];
      expect(ids(due({ today: '2024-06-20', body: 'tan-phu' }, two))).toEqual(['khac']);
      expect(due({ today: '2024-06-20', body: 'dinh-quan' }, two)).toHaveLength(6);
      expect(ids(due({ today: '2024-06-20', status: 'done' }, two))).toEqual([
        'ky-niem-76-nam',
        'bao-cao-so-ket',
        'xa-bao-cao-dinh-ky@2024-H1',
        'khac',
      ]);
      expect(ids(due({ today: '2024-06-20', status: 'in-progress' }, two))).toEqual(['chao-mung-dai-hoi', 'tham-muu-trien-khai@2024']);
    });

    it('combine with AND', () => {
      expect(ids(due({ today: '2024-07-10', unit: 'van-phong', overdueOnly: true }))).toEqual(['hoi-nghi-so-ket']);
      expect(ids(due({ today: '2024-07-10', unit: 'van-phong', status: 'done' }))).toEqual(['bao-cao-so-ket']);
      expect(due({ today: '2024-07-10', unit: 'van-phong', status: 'done', overdueOnly: true })).toEqual([]);
      expect(ids(due({ today: '2024-07-10', unit: 'phu-vinh', memberUnits: members, overdueOnly: true, body: 'dinh-quan' }))).toEqual([
        'chao-mung-dai-hoi',
      ]);
    });

    it('apply to carried tasks too', () => {
      const items = selectDue(ALL, { window: Q3, today: '2024-08-01', unit: 'van-phong' });
      expect(ids(items)).toEqual(['hoi-nghi-so-ket', 'huong-dan-tong-ket', 'huong-dan-cham-diem', 'tham-muu-trien-khai@2024']);
      expect(items[0]!.carried).toBe(true);
    });
  });

  it('orders carried first, then by quarter (all-year last), deadline, body and plan order', () => {
    const a = occurrences(
      [
        { quarter: 2, tasks: [task('a-q2-late', { deadline: '2024-06-30' }), task('a-q2-early', { deadline: '2024-04-15' })] },
        { tasks: [task('a-all', { repeat: 'year' }), task('a-q1', { deadline: '2024-02-01' })] },
      ],
      'a',
    );
    const b = occurrences([{ quarter: 2, tasks: [task('b-q2-late', { deadline: '2024-06-30' })] }], 'b');
    const items = selectDue([...b, ...a], { window: Q2, today: '2024-04-20' });
    expect(ids(items)).toEqual(['a-q1', 'a-q2-early', 'a-q2-late', 'b-q2-late', 'a-all@2024']);
    expect(items[0]).toMatchObject({ carried: true, overdue: true, daysLate: 79 });
  });

  it('orders tasks of one deadline by their place in the plan, numbers compared as numbers', () => {
    const tasks = Array.from({ length: 12 }, (_, i) => task(`t${i}`, { deadline: '2024-05-31' }));
    const items = selectDue(occurrences([{ quarter: 2, tasks }]).reverse(), { window: Q2, today: '2024-04-01' });
    expect(ids(items)).toEqual(tasks.map((t) => t.id));
  });
});

describe('a campaign over two years, and a plan signed after its first periods', () => {
  /** A 2018 campaign running from June 2018 to March 2019. */
  const campaign = (tasks: Task[], period = { from: '2018-06-01', to: '2019-03-31' }): Occurrence[] => {
    const plan = { ...planOf([{ title: 'Nhiệm vụ', tasks } as Section], 'b', 2018), date: '2018-05-20', period } as Plan;
    return occurrencesOf(plan, tasksOf(plan));
  };

  it('a task due 15/01/2019 belongs to the first quarter of 2019, not of 2018', () => {
    const [o] = campaign([task('tong-ket', { deadline: '2019-01-15' })]);
    expect(o).toMatchObject({ year: 2019, planYear: 2018, quarter: 1, deadline: '2019-01-15' });
    const q1of2019 = selectDue(campaign([task('tong-ket', { deadline: '2019-01-15' })]), { window: windowOf(2019, { quarter: 1 }), today: '2018-12-01' });
    expect(ids(q1of2019)).toEqual(['tong-ket']);
    expect(selectDue(campaign([task('tong-ket', { deadline: '2019-01-15' })]), { window: windowOf(2018, { quarter: 1 }), today: '2018-12-01' })).toEqual([]);
  });

  it('a monthly task runs each month of the campaign, June 2018 to March 2019, each of its own year', () => {
    const monthly = campaign([task('bao-cao', { repeat: 'month' })]);
    expect(monthly.map((o) => o.period)).toEqual(['2018-06', '2018-07', '2018-08', '2018-09', '2018-10', '2018-11', '2018-12', '2019-01', '2019-02', '2019-03']);
    expect(monthly.find((o) => o.period === '2019-02')).toMatchObject({ year: 2019, quarter: 1, deadline: '2019-02-28' });
  });

  it('a plan signed on 28/02 with no period has no January to report on, unless it recorded one', () => {
    const signed = (more: Partial<Task> = {}) => {
      const plan = { ...planOf([{ title: 'Nhiệm vụ', tasks: [task('bao-cao', { repeat: 'month', ...more })] } as Section]), date: '2024-02-28' } as Plan;
      return occurrencesOf(plan, tasksOf(plan)).map((o) => o.period);
    };
    expect(signed()[0]).toBe('2024-02');
    expect(signed()).toHaveLength(11);
    expect(signed({ occurrences: { '2024-01': { status: 'done', done: '2024-01-30' } } })[0]).toBe('2024-01');
  });

  it('a plan signed in the last quarter of the year before keeps its whole year', () => {
    const plan = { ...planOf([{ title: 'Nhiệm vụ', tasks: [task('bao-cao', { repeat: 'quarter' })] } as Section]), date: '2023-12-20' } as Plan;
    expect(occurrencesOf(plan, tasksOf(plan)).map((o) => o.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
  });
});

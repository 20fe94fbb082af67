// date/*: each rule fails on the shipped plan with one change, and passes on its near miss.
// Every case runs `plan check --format json --today 2024-06-20` on a temp copy of the repo.
import { describe, expect, it } from 'vitest';
import { edit } from '../helpers/fixtures.js';
import { planFile, useRepos } from './repo.js';

const { check } = useRepos();

describe('date/invalid: a date that is not on the calendar', () => {
  it.each([
    ['the plan date, 30/02', 'kind: ke-hoach', 'date: 2024-01-25', 'date: 2024-02-30', '2024-02-30'],
    ['a basis date, 31/11', 'symbol: NQ/HU', 'date: 2023-12-21', 'date: 2023-11-31', '2023-11-31'],
    ['a done date, 30/02', 'id: trinh-ho-so-khen-thuong-2023', 'done: 2024-02-26', 'done: 2024-02-30', '2024-02-30'],
    ['a day deadline, 31/06', 'id: bao-cao-so-ket', 'deadline: 2024-06-15', 'deadline: 2024-06-31', '2024-06-31'],
    ['a month deadline, month 13', 'id: huong-dan-tong-ket', 'deadline: 2024-09', 'deadline: 2024-13', '2024-13'],
    ['a done date of a repeated task\'s period', '2024-H1:', 'done: 2024-06-10', 'done: 2024-06-31', '2024-06-31'],
  ])('%s: date/invalid at the value, exit 1', async (_name, anchor, from, to, value) => {
    const r = await check({ plan: (t) => edit(t, anchor, from, to) });
    expect(r.found).toEqual([`${r.at(planFile, value, anchor)} date/invalid`]);
    const d = r.one('date/invalid');
    expect(d.severity).toBe('error');
    expect(d.args.value).toBe(value);
    expect(d.message).toContain(`«${value}»`);
    expect(r.code).toBe(1);
  });

  it('passes: 29/02 of a leap year as a done date', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: trinh-ho-so-khen-thuong-2023', 'done: 2024-02-26', 'done: 2024-02-29') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('passes: a month deadline "2024-02" (its last day, 29/02)', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: dang-ky-thi-dua', 'deadline: 2024-02-29', 'deadline: 2024-02') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('date/plan-year: the plan is signed outside its year', () => {
  it('signed 25/01/2025 for 2024: a warning at the date, exit 0 (exit 1 with --strict)', async () => {
    const change = (t: string) => edit(t, 'kind: ke-hoach', 'date: 2024-01-25', 'date: 2025-01-25');
    const r = await check({ plan: change });
    expect(r.found).toEqual([`${r.at(planFile, '2025-01-25')} date/plan-year`]);
    const d = r.one('date/plan-year');
    expect(d.severity).toBe('warning');
    expect(d.args).toMatchObject({ value: '2025-01-25', year: 2024 });
    expect(r.code).toBe(0);
    const strict = await check({ plan: change }, { options: ['--strict'] });
    expect(strict.found).toEqual(r.found);
    expect(strict.code).toBe(1);
  });

  it('signed 30/09/2023 (third quarter of the year before): date/plan-year', async () => {
    const r = await check({ plan: (t) => edit(t, 'kind: ke-hoach', 'date: 2024-01-25', 'date: 2023-09-30') });
    expect(r.found).toContain(`${r.at(planFile, '2023-09-30')} date/plan-year`);
    expect(r.code).toBe(1);
  });

  it('passes: signed 31/12/2024, the last day of its year', async () => {
    const r = await check({ plan: (t) => edit(t, 'kind: ke-hoach', 'date: 2024-01-25', 'date: 2024-12-31') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('passes: signed 01/10/2023, in the fourth quarter of the year before', async () => {
    // The bases of December 2023 and January 2024 are then after the plan: that is another rule.
    const r = await check({ plan: (t) => edit(t, 'kind: ke-hoach', 'date: 2024-01-25', 'date: 2023-10-01') });
    expect(r.report.diagnostics.filter((d) => d.rule === 'date/plan-year')).toEqual([]);
    expect(new Set(r.report.diagnostics.map((d) => d.rule))).toEqual(new Set(['date/basis-after-plan']));
    expect(r.code).toBe(1);
  });
});

describe('date/basis-after-plan: a basis dated after the plan', () => {
  it('the Chỉ thị of 12/01 moved to 26/01 (the plan is of 25/01): an error at its date', async () => {
    const r = await check({ plan: (t) => edit(t, 'kind: Chỉ thị', 'date: 2024-01-12', 'date: 2024-01-26') });
    expect(r.found).toEqual([`${r.at(planFile, '2024-01-26')} date/basis-after-plan`]);
    const d = r.one('date/basis-after-plan');
    expect(d.severity).toBe('error');
    expect(d.path).toEqual(['bases', 2, 'date']);
    expect(d.args).toMatchObject({ value: '2024-01-26', planDate: '2024-01-25' });
    expect(r.code).toBe(1);
  });

  it('passes: a basis of the same day as the plan', async () => {
    const r = await check({ plan: (t) => edit(t, 'kind: Chỉ thị', 'date: 2024-01-12', 'date: 2024-01-25') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('date/period-reversed: a period that ends before it starts', () => {
  it('from 31/12 to 01/01: an error at its end', async () => {
    const r = await check({ plan: (t) => t.replace('\nyear: 2024\n', '\nyear: 2024\nperiod: { from: 2024-12-31, to: 2024-01-01 }\n') });
    expect(r.found).toContain(`${r.at(planFile, '2024-01-01', 'period: ')} date/period-reversed`);
    expect(r.one('date/period-reversed').message).toBe('Thời gian "period" kết thúc ngày 01/01/2024, trước ngày bắt đầu 31/12/2024.');
    expect(r.code).toBe(1);
  });

  it('passes: a campaign over two years, 01/01/2024 to 31/03/2025', async () => {
    const r = await check({ plan: (t) => t.replace('\nyear: 2024\n', '\nyear: 2024\nperiod: { from: 2024-01-01, to: 2025-03-31 }\n') });
    expect(r.found).toEqual([]);
  });
});

describe('date/deadline-outside-period: a deadline outside its quarter, or the plan\'s year', () => {
  it('a month deadline of April in the first quarter: an error at the deadline', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: hoi-nghi-can-bo', 'deadline: 2024-01', 'deadline: 2024-04') });
    expect(r.found).toEqual([`${r.at(planFile, '2024-04', 'id: hoi-nghi-can-bo')} date/deadline-outside-period`]);
    const d = r.one('date/deadline-outside-period');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ value: '2024-04', quarter: 1, from: '2024-01-01', to: '2024-03-31' });
    expect(d.message).toContain('Quý I');
    expect(r.code).toBe(1);
  });

  it('01/04 in the first quarter: date/deadline-outside-period', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: ho-so-nhiem-ky', 'deadline: 2024-03-31', 'deadline: 2024-04-01') });
    expect(r.found).toEqual([`${r.at(planFile, '2024-04-01')} date/deadline-outside-period`]);
    expect(r.code).toBe(1);
  });

  it('30/06 in the third quarter: date/deadline-outside-period', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: huong-dan-cham-diem', 'deadline: 2024-09-30', 'deadline: 2024-06-30') });
    expect(r.found).toEqual([`${r.at(planFile, '2024-06-30', 'id: huong-dan-cham-diem')} date/deadline-outside-period`]);
    expect(r.one('date/deadline-outside-period').args).toMatchObject({ quarter: 3, from: '2024-07-01', to: '2024-09-30' });
    expect(r.code).toBe(1);
  });

  it('a deadline in 2025 for a task outside the quarters: outside the plan\'s year', async () => {
    const r = await check({
      plan: (t) => edit(t, 'id: tham-muu-trien-khai', '        repeat: year', '        deadline: 2025-01-15\n        repeat: year'),
    });
    expect(r.found).toEqual([`${r.at(planFile, '2025-01-15')} date/deadline-outside-period`]);
    expect(r.one('date/deadline-outside-period').args).toMatchObject({ quarter: 0, from: '2024-01-01', to: '2024-12-31' });
    expect(r.code).toBe(1);
  });

  it('passes: the last day of the quarter, and the quarter\'s last month', async () => {
    const r = await check({
      plan: (t) =>
        edit(edit(t, 'id: hoi-nghi-can-bo', 'deadline: 2024-01', 'deadline: 2024-03'), 'id: huong-dan-tong-ket', 'deadline: 2024-09', 'deadline: 2024-09-30'),
    });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('date/done-in-future: a done date after --today', () => {
  it('done 21/06 checked on 20/06: an error at the done date', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: ky-niem-76-nam', 'done: 2024-06-11', 'done: 2024-06-21') });
    expect(r.found).toEqual([`${r.at(planFile, '2024-06-21')} date/done-in-future`]);
    const d = r.one('date/done-in-future');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ value: '2024-06-21', today: '2024-06-20' });
    expect(d.message).toContain('20/06/2024');
    expect(r.code).toBe(1);
  });

  it('the shipped plan checked as of 13/06/2024: the report of 14/06 is in the future', async () => {
    const r = await check({}, { today: '2024-06-13' });
    expect(r.found).toEqual([`${r.at(planFile, '2024-06-14', 'id: bao-cao-so-ket')} date/done-in-future`]);
    expect(r.code).toBe(1);
  });

  it('a period of a repeated task done after today: at that period\'s done date', async () => {
    const r = await check({ plan: (t) => edit(t, '2024-H1:', 'done: 2024-06-10', 'done: 2024-06-25') });
    expect(r.found).toEqual([`${r.at(planFile, '2024-06-25')} date/done-in-future`]);
    expect(r.one('date/done-in-future').path).toEqual(['sections', 2, 'tasks', 1, 'occurrences', '2024-H1', 'done']);
    expect(r.code).toBe(1);
  });

  it('passes: done today', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: ky-niem-76-nam', 'done: 2024-06-11', 'done: 2024-06-20') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

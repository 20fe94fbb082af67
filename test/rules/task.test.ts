// task/*: a task's status, done date and lead. Shipped plan + one change, --today 2024-06-20.
import { describe, expect, it } from 'vitest';
import { edit } from '../helpers/fixtures.js';
import { dropLine, planFile, useRepos } from './repo.js';

const { check } = useRepos();

describe('task/done-without-date: status done and no done date', () => {
  it('the report of 14/06 loses its done date: an error at its status', async () => {
    const r = await check({ plan: (t) => dropLine(t, '            done: 2024-06-14') });
    expect(r.found).toEqual([`${r.at(planFile, 'done', 'status: done\n            evidence: Báo cáo')} task/done-without-date`]);
    const d = r.one('task/done-without-date');
    expect(d.severity).toBe('error');
    expect(d.path).toEqual(['sections', 1, 'sections', 1, 'tasks', 2, 'status']);
    expect(r.code).toBe(1);
  });

  it('a period of a repeated task done without a date: at that period\'s status', async () => {
    const r = await check({ plan: (t) => edit(t, '2024-H1:', '{ status: done, done: 2024-06-10 }', '{ status: done }') });
    expect(r.found).toEqual([`${r.at(planFile, 'done', '2024-H1: { status: ')} task/done-without-date`]);
    const d = r.one('task/done-without-date');
    expect(d.args.period).toBe('2024-H1');
    expect(d.message).toContain('kỳ 2024-H1');
    expect(r.code).toBe(1);
  });

  it('passes: a task cancelled, or in progress, without a done date', async () => {
    const r = await check({
      plan: (t) => edit(dropLine(t, '            done: 2024-06-14'), 'id: bao-cao-so-ket', 'status: done', 'status: cancelled'),
    });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('task/date-without-done: a done date and a status that is not done', () => {
  it('status in-progress with a done date: an error at the done date', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: ky-niem-76-nam', 'status: done', 'status: in-progress') });
    expect(r.found).toEqual([`${r.at(planFile, '2024-06-11', 'status: in-progress\n')} task/date-without-done`]);
    const d = r.one('task/date-without-done');
    expect(d.severity).toBe('error');
    expect(d.args.status).toBe('in-progress');
    expect(r.code).toBe(1);
  });

  it('a planned period with a done date: at that period\'s done date', async () => {
    const r = await check({ plan: (t) => edit(t, '2024-H2:', '{ status: planned }', '{ status: planned, done: 2024-06-15 }') });
    expect(r.found).toEqual([`${r.at(planFile, '2024-06-15', '2024-H2:')} task/date-without-done`]);
    expect(r.one('task/date-without-done').args).toMatchObject({ status: 'planned', period: '2024-H2' });
    expect(r.code).toBe(1);
  });

  it('passes: status done with its done date (the shipped task)', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: hoi-nghi-so-ket', 'status: planned', 'status: done\n            done: 2024-06-19') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('task/no-lead: a task with no lead unit', () => {
  it('a task without "lead": a warning at its id, exit 0 (1 with --strict)', async () => {
    const change = (t: string) => dropLine(t, '            lead: van-phong', 'id: huong-dan-tong-ket');
    const r = await check({ plan: change });
    expect(r.found).toEqual([`${r.at(planFile, 'huong-dan-tong-ket', 'id: ')} task/no-lead`]);
    const d = r.one('task/no-lead');
    expect(d.severity).toBe('warning');
    expect(d.args.id).toBe('huong-dan-tong-ket');
    expect(r.code).toBe(0);
    expect((await check({ plan: change }, { options: ['--strict'] })).code).toBe(1);
  });

  it('passes: a task led by "all-units", or by a cluster', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: huong-dan-tong-ket', 'lead: van-phong', 'lead: cum-1') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

// ref/*: ids, and what they name. Shipped repo + one change, --today 2024-06-20.
import { describe, expect, it } from 'vitest';
import { edit, shipped } from '../helpers/fixtures.js';
import { checkJson, where } from '../helpers/run.js';
import { lineColumn, orgFile, planFile, today, useRepos } from './repo.js';

const { check, write } = useRepos();

describe('ref/duplicate-id: one id given twice', () => {
  it('two tasks of the plan with one id: an error at the second id', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: ky-niem-chuong', 'ky-niem-chuong', 'ho-so-nhiem-ky') });
    expect(r.found).toEqual([`${r.at(planFile, 'ho-so-nhiem-ky', 'id: huong-dan-guong-dien-hinh')} ref/duplicate-id`]);
    const d = r.one('ref/duplicate-id');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ id: 'ho-so-nhiem-ky', first: 'sections.1.sections.0.tasks.7.id' });
    expect(r.code).toBe(1);
  });

  it('a cluster of the organisation and a cluster it is a member of, with one id: at the second', async () => {
    const r = await check({ org: (t) => edit(t, 'memberOf:', 'id: cum-6-huyen', 'id: cum-1') });
    expect(r.found).toEqual([`${r.at(orgFile, 'cum-1', 'memberOf:')} ref/duplicate-id`]);
    expect(r.one('ref/duplicate-id').args).toMatchObject({ id: 'cum-1', first: 'clusters.0.id' });
    expect(r.code).toBe(1);
  });

  it('passes: the same id in the plan (a task) and in the organisation (a department)', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: huong-dan-tong-ket', 'huong-dan-tong-ket', 'van-phong') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('ref/unknown-id: an id the organisation does not have', () => {
  it('a lead "vanphong": an error at the lead, suggesting "van-phong"', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: hoi-nghi-can-bo', 'lead: van-phong', 'lead: vanphong') });
    expect(r.found).toEqual([`${r.at(planFile, 'vanphong')} ref/unknown-id`]);
    const d = r.one('ref/unknown-id');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ id: 'vanphong', what: 'unit', suggestion: 'van-phong' });
    expect(d.hint).toContain('«van-phong»');
    expect(r.code).toBe(1);
  });

  it('a cluster "cum-3" among "with": at that item of the list', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: kiem-tra', 'with: [cum-1, cum-2]', 'with: [cum-1, cum-3]') });
    expect(r.found).toEqual([`${r.at(planFile, 'cum-3')} ref/unknown-id`]);
    expect(r.one('ref/unknown-id').path).toEqual(['sections', 1, 'sections', 3, 'tasks', 0, 'with', 1]);
    expect(r.code).toBe(1);
  });

  it('a person as the lead: people sign, they do not lead', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: hoi-nghi-tong-ket', 'lead: ban-thuong-truc', 'lead: duong-thi-kim-phu') });
    expect(r.found).toEqual([`${r.at(planFile, 'duong-thi-kim-phu', 'id: hoi-nghi-tong-ket')} ref/unknown-id`]);
    expect(r.code).toBe(1);
  });

  it('a signer not among the people: at signer.person, "người ký"', async () => {
    const r = await check({ plan: (t) => edit(t, 'signer:', 'person: duong-thi-kim-phu', 'person: duong-thi-kim-phuc') });
    expect(r.found).toEqual([`${r.at(planFile, 'duong-thi-kim-phuc')} ref/unknown-id`]);
    const d = r.one('ref/unknown-id');
    expect(d.args).toMatchObject({ what: 'person', suggestion: 'duong-thi-kim-phu' });
    expect(d.message).toContain('người ký');
    expect(r.code).toBe(1);
  });

  it('a cluster member that is no unit of the organisation: at the member', async () => {
    const r = await check({ org: (t) => edit(t, 'id: cum-1', 'tuc-trung]', 'tuc-trungg]') });
    expect(r.found).toEqual([`${r.at(orgFile, 'tuc-trungg')} ref/unknown-id`]);
    expect(r.one('ref/unknown-id').args).toMatchObject({ id: 'tuc-trungg', suggestion: 'tuc-trung' });
    expect(r.code).toBe(1);
  });

  it('passes: a lead that is a department, a unit, a cluster, a cluster the body is in, or all-units', async () => {
    const r = await check({
      plan: (t) =>
        edit(
          edit(edit(t, 'id: huong-dan-tong-ket', 'lead: van-phong', 'lead: cum-2'), 'id: ke-hoach-kiem-tra', 'lead: hoi-dong-tdkt', 'lead: phu-vinh'),
          'id: bao-cao-cham-diem',
          'lead: van-phong',
          'lead: cum-2-tinh',
        ),
    });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('ref/unknown-body: no organisation for the plan\'s body', () => {
  it('a plan alone, with no to-chuc.yaml anywhere: an error at "body"', async () => {
    const text = shipped('ke-hoach');
    const folder = write({ 'ke-hoach.yaml': text });
    const { code, report } = await checkJson(folder, ['ke-hoach.yaml'], ['--today', today]);
    expect(report.diagnostics.map(where)).toEqual([`ke-hoach.yaml:${lineColumn(text, 'dinh-quan', 'body: ')} ref/unknown-body`]);
    const d = report.diagnostics[0]!;
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ id: 'dinh-quan', year: 2024, suggestion: '' });
    expect(code).toBe(1);
  });

  it('a typo in "body" inside plans/: ref/unknown-body suggesting the real one (and the folder disagrees)', async () => {
    const r = await check({ plan: (t) => edit(t, 'kind: ke-hoach', 'body: dinh-quan', 'body: dinh-quann') });
    const at = r.at(planFile, 'dinh-quann');
    expect(r.found).toEqual([`${at} ref/unknown-body`, `${at} repo/layout`]);
    expect(r.one('ref/unknown-body').args.suggestion).toBe('dinh-quan');
    expect(r.code).toBe(1);
  });

  it('an organisation of another year does not count: plans/2025/dinh-quan/to-chuc.yaml only', async () => {
    const r = await check({ without: [orgFile], extra: { 'plans/2025/dinh-quan/to-chuc.yaml': shipped('to-chuc') } }, { paths: [planFile] });
    expect(r.found).toContain(`${r.at(planFile, 'dinh-quan', 'body: ')} ref/unknown-body`);
    expect(r.code).toBe(1);
  });

  it('passes: the plan and its organisation side by side, outside plans/', async () => {
    const folder = write({ 'ke-hoach.yaml': shipped('ke-hoach'), 'to-chuc.yaml': shipped('to-chuc') });
    const { code, report } = await checkJson(folder, ['ke-hoach.yaml', 'to-chuc.yaml'], ['--today', today]);
    expect(report.diagnostics.map(where)).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('ref/cluster-leader: a cluster\'s leader or deputy is one of its members', () => {
  it('cum-1 led by phu-hoa, a member of cum-2: an error at the leader', async () => {
    const r = await check({ org: (t) => edit(t, 'id: cum-1', 'leader: phu-vinh', 'leader: phu-hoa') });
    expect(r.found).toEqual([`${r.at(orgFile, 'phu-hoa', 'id: cum-1')} ref/cluster-leader`]);
    const d = r.one('ref/cluster-leader');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ id: 'phu-hoa', role: 'leader', cluster: 'cum-1' });
    expect(d.message).toContain('Cụm trưởng');
    expect(r.code).toBe(1);
  });

  it('cum-2\'s deputy la-nga, a member of cum-1: at the deputy, "Cụm phó"', async () => {
    const r = await check({ org: (t) => edit(t, 'id: cum-2\n', 'deputy: thanh-son', 'deputy: la-nga') });
    expect(r.found).toEqual([`${r.at(orgFile, 'la-nga', 'id: cum-2\n')} ref/cluster-leader`]);
    expect(r.one('ref/cluster-leader').message).toContain('Cụm phó');
    expect(r.code).toBe(1);
  });

  it('passes: another member as the leader', async () => {
    const r = await check({ org: (t) => edit(t, 'id: cum-1', 'leader: phu-vinh', 'leader: tuc-trung') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('ref/unit-in-two-clusters: a unit in two clusters', () => {
  it('gia-canh also in cum-2: an error at its second place', async () => {
    const r = await check({ org: (t) => edit(t, 'id: cum-2\n', '[phu-cuong,', '[gia-canh,') });
    expect(r.found).toEqual([`${r.at(orgFile, 'gia-canh', 'id: cum-2\n')} ref/unit-in-two-clusters`]);
    const d = r.one('ref/unit-in-two-clusters');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ id: 'gia-canh', first: 'cum-1', second: 'cum-2' });
    expect(r.code).toBe(1);
  });

  it('passes: a unit in no cluster', async () => {
    const r = await check({ org: (t) => edit(t, 'id: cum-2\n', '[phu-cuong, ', '[') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

// repo/*: the repo as a whole, plans/<year>/<body>/{to-chuc,ke-hoach}.yaml, and the chain of plans
// district → commune. Each case is a temp repo holding the shipped district (plans/2024/dinh-quan/)
// and, where it needs one, the example commune (examples/plans/2024/phu-vinh/ as
// plans/2024/phu-vinh/, whose organisation names `parent.id: dinh-quan`). --today 2024-06-20.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run.js';
import { edit, shipped } from '../helpers/fixtures.js';
import { communeOrgFile, communePlanFile, dropLine, orgFile, planFile, useRepos } from './repo.js';

const { check } = useRepos();

describe('repo/layout: a file agrees with its year and body folders', () => {
  it('both files in plans/2024/dinh-quan-cu/: a warning at each one\'s id, exit 0', async () => {
    const r = await check({
      without: [orgFile, planFile],
      extra: { 'plans/2024/dinh-quan-cu/to-chuc.yaml': shipped('to-chuc'), 'plans/2024/dinh-quan-cu/ke-hoach.yaml': shipped('ke-hoach') },
    });
    expect(r.found).toEqual([
      `${r.at('plans/2024/dinh-quan-cu/ke-hoach.yaml', 'dinh-quan', 'body: ')} repo/layout`,
      `${r.at('plans/2024/dinh-quan-cu/to-chuc.yaml', 'dinh-quan', '\nid: ')} repo/layout`,
    ]);
    for (const d of r.report.diagnostics) {
      expect(d.severity).toBe('warning');
      expect(d.args).toMatchObject({ problem: 'body', value: 'dinh-quan', folder: 'dinh-quan-cu' });
    }
    expect(r.code).toBe(0);
  });

  it('the 2024 plan in plans/2025/dinh-quan/: repo/layout at "year"', async () => {
    const r = await check({
      without: [orgFile, planFile],
      extra: { 'plans/2025/dinh-quan/to-chuc.yaml': shipped('to-chuc'), 'plans/2025/dinh-quan/ke-hoach.yaml': shipped('ke-hoach') },
    });
    expect(r.found).toEqual([`${r.at('plans/2025/dinh-quan/ke-hoach.yaml', '2024', '\nyear: ')} repo/layout`]);
    expect(r.one('repo/layout').args).toMatchObject({ problem: 'year', value: 2024, folder: 2025 });
    expect(r.code).toBe(0);
  });

  it('passes: the shipped layout, and a folder that is no year (plans/cu/dinh-quan-cu/)', async () => {
    const r = await check({
      without: [orgFile, planFile],
      extra: { 'plans/cu/dinh-quan-cu/to-chuc.yaml': shipped('to-chuc'), 'plans/cu/dinh-quan-cu/ke-hoach.yaml': shipped('ke-hoach') },
    });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
    expect((await check({})).found).toEqual([]);
  });
});

describe('repo/incomplete-year: each body\'s year folder holds an organisation and a plan', () => {
  it('plans/2024/dinh-quan/ with its organisation only: an error at the start of its data', async () => {
    const r = await check({ without: [planFile] });
    expect(r.found).toEqual([`${r.at(orgFile, 'kind: to-chuc')} repo/incomplete-year`]);
    const d = r.one('repo/incomplete-year');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ missing: 'ke-hoach', folder: '2024/dinh-quan' });
    expect(d.message).toContain('2024/dinh-quan');
    expect(r.code).toBe(1);
  });

  it('with its plan only: repo/incomplete-year (and the plan has no organisation)', async () => {
    const r = await check({ without: [orgFile] });
    expect(r.found).toEqual([`${r.at(planFile, 'kind: ke-hoach')} repo/incomplete-year`, `${r.at(planFile, 'dinh-quan', 'body: ')} ref/unknown-body`]);
    expect(r.one('repo/incomplete-year').args.missing).toBe('to-chuc');
    expect(r.code).toBe(1);
  });

  it('passes: the plan checked alone finds its organisation beside it', async () => {
    const r = await check({}, { paths: [planFile] });
    expect(r.found).toEqual([]);
    expect(r.report.summary.files).toBe(1);
    expect(r.code).toBe(0);
  });
});

describe('the chain: a commune\'s plan against its district\'s of the same year', () => {
  const alone = { paths: [communePlanFile] };

  it('passes: the example commune beside the shipped district, checked alone or all together', async () => {
    const one = await check({ commune: true }, alone);
    expect(one.found).toEqual([]);
    expect(one.code).toBe(0);
    const all = await check({ commune: true });
    expect(all.report.summary.files).toBe(4);
    expect(all.found).toEqual([]);
    expect(all.code).toBe(0);
  });

  describe('repo/parent-citation', () => {
    it('the commune cites Kế hoạch 108 instead of 109: a warning at the number, checked alone', async () => {
      const r = await check({ communePlan: (t) => edit(t, 'verb: Thực hiện', 'number: 109', 'number: 108') }, alone);
      expect(r.found).toEqual([`${r.at(communePlanFile, '108')} repo/parent-citation`]);
      const d = r.one('repo/parent-citation');
      expect(d.severity).toBe('warning');
      expect(d.path).toEqual(['bases', 0, 'number']);
      expect(d.args).toMatchObject({ problem: 'number', found: '108/KH-MTTQ-BTT', cited: '109/KH-MTTQ-BTT', body: 'dinh-quan' });
      expect(r.code).toBe(0);
    });

    it('the district\'s plan cited with a wrong date: at the basis date', async () => {
      const r = await check({ communePlan: (t) => edit(t, 'verb: Thực hiện', 'date: 2024-01-25', 'date: 2024-01-26') }, alone);
      expect(r.found).toEqual([`${r.at(communePlanFile, '2024-01-26')} repo/parent-citation`]);
      expect(r.one('repo/parent-citation').args).toMatchObject({ problem: 'date', found: '2024-01-26', date: '2024-01-25' });
      expect(r.code).toBe(0);
    });

    it('the district\'s plan not cited at all: at the "bases" key', async () => {
      const r = await check(
        { communePlan: (t) => edit(edit(t, 'verb: Thực hiện', 'number: 109', 'number: 9'), 'verb: Thực hiện', 'symbol: KH-MTTQ-BTT', 'symbol: KH-UBND') },
        alone,
      );
      expect(r.found).toEqual([`${r.at(communePlanFile, 'bases:')} repo/parent-citation`]);
      expect(r.one('repo/parent-citation').args).toMatchObject({ problem: 'missing', cited: '109/KH-MTTQ-BTT', date: '2024-01-25' });
      expect(r.code).toBe(0);
    });

    it('the district\'s own plan is no child: dinh-quan has no parent.id', async () => {
      const r = await check({ commune: true }, { paths: [planFile] });
      expect(r.found).toEqual([]);
      expect(r.code).toBe(0);
    });
  });

  describe('repo/parent-date', () => {
    it('the commune\'s plan dated 24/01/2024, before the district\'s of 25/01: a warning at its date', async () => {
      const r = await check({ communePlan: (t) => edit(t, 'kind: ke-hoach', 'date: 2024-02-02', 'date: 2024-01-24') }, alone);
      expect(r.found).toEqual([
        `${r.at(communePlanFile, '2024-01-24')} repo/parent-date`,
        // Its basis, the district's plan of 25/01, is then after it too.
        `${r.at(communePlanFile, '2024-01-25')} date/basis-after-plan`,
      ]);
      const d = r.one('repo/parent-date');
      expect(d.severity).toBe('warning');
      expect(d.args).toMatchObject({ date: '2024-01-24', cited: '109/KH-MTTQ-BTT', parentDate: '2024-01-25' });
      expect(r.code).toBe(1);
    });

    it('passes: the same day as the district\'s plan', async () => {
      const r = await check({ communePlan: (t) => edit(t, 'kind: ke-hoach', 'date: 2024-02-02', 'date: 2024-01-25') }, alone);
      expect(r.found).toEqual([]);
      expect(r.code).toBe(0);
    });
  });

  describe('repo/parent-cluster: dinh-quan\'s cum-1 lacks phu-vinh', () => {
    const lacks = { commune: true, org: (t: string) => edit(t, 'id: cum-1', ' phu-vinh,', '') };

    it('the commune\'s folder checked: an error at its memberOf cum-1', async () => {
      const r = await check(lacks, { paths: ['plans/2024/phu-vinh'] });
      expect(r.found).toEqual([`${r.at(communeOrgFile, 'cum-1', 'memberOf:')} repo/parent-cluster`]);
      const d = r.one('repo/parent-cluster');
      expect(d.severity).toBe('error');
      expect(d.args).toMatchObject({ id: 'phu-vinh', cluster: 'cum-1', parent: 'dinh-quan' });
      expect(r.code).toBe(1);
    });

    it('the commune\'s organisation checked alone: still finds its district\'s context', async () => {
      // The district's own problem (its cum-1 leader phu-vinh is no member now) is not reported:
      // context only. The finding belongs to the organisation file, so checking the plan alone
      // does not report it.
      const r = await check(lacks, { paths: [communeOrgFile] });
      expect(r.found).toEqual([`${r.at(communeOrgFile, 'cum-1', 'memberOf:')} repo/parent-cluster`]);
      expect(r.code).toBe(1);
      const plan = await check(lacks, alone);
      expect(plan.found).toEqual([]);
    });

    it('the whole repo checked: the district\'s cum-1 leader too', async () => {
      const r = await check(lacks);
      expect(r.found).toEqual([
        `${r.at(orgFile, 'phu-vinh', 'id: cum-1')} ref/cluster-leader`,
        `${r.at(communeOrgFile, 'cum-1', 'memberOf:')} repo/parent-cluster`,
      ]);
      expect(r.code).toBe(1);
    });

    it('a cluster the district does not have (cum-9): an error naming its clusters', async () => {
      const r = await check({ commune: true, communeOrg: (t) => edit(t, 'memberOf:', 'id: cum-1', 'id: cum-9') }, { paths: ['plans/2024/phu-vinh'] });
      expect(r.found).toEqual([`${r.at(communeOrgFile, 'cum-9', 'memberOf:')} repo/parent-cluster`]);
      expect(r.one('repo/parent-cluster').args).toMatchObject({ problem: 'unknown', cluster: 'cum-9', clusters: ['cum-1', 'cum-2'], suggestion: 'cum-1' });
      expect(r.one('repo/parent-cluster').message).toBe('Cơ quan ghi là thành viên cụm «cum-9», nhưng tệp tổ chức của cấp trên («dinh-quan») không có cụm này. Có phải «cum-1»?');
      expect(r.code).toBe(1);
    });

    it('passes: the commune in the cluster that lists it', async () => {
      const r = await check({ commune: true }, { paths: ['plans/2024/phu-vinh'] });
      expect(r.found).toEqual([]);
    });
  });

  describe('repo/parent-unit: dinh-quan\'s units lack phu-vinh', () => {
    const lacks = { commune: true, org: (t: string) => dropLine(t, '  - { id: phu-vinh, kind: xã, name: Phú Vinh }') };

    it('the commune\'s folder checked: a warning at its parent.id', async () => {
      const r = await check(lacks, { paths: ['plans/2024/phu-vinh'] });
      expect(r.found).toEqual([`${r.at(communeOrgFile, 'dinh-quan', 'parent:')} repo/parent-unit`]);
      const d = r.one('repo/parent-unit');
      expect(d.severity).toBe('warning');
      expect(d.args).toMatchObject({ id: 'phu-vinh', parent: 'dinh-quan' });
      expect(r.code).toBe(0);
    });

    it('the commune\'s organisation checked alone: still finds its district\'s context', async () => {
      const r = await check(lacks, { paths: [communeOrgFile] });
      expect(r.found).toEqual([`${r.at(communeOrgFile, 'dinh-quan', 'parent:')} repo/parent-unit`]);
      expect(r.code).toBe(0);
    });

    it('passes: an organisation that names no parent.id is not judged against the district', async () => {
      const r = await check({ ...lacks, communeOrg: (t) => dropLine(t, '  id: dinh-quan') }, { paths: ['plans/2024/phu-vinh'] });
      expect(r.found).toEqual([]);
      expect(r.code).toBe(0);
    });
  });
});

describe('repo/incomplete-year: a body folder that only scores', () => {
  const scoring = ['huong-dan-cham-diem.yaml', 'cham-diem.yaml', 'bao-cao-cham-diem.yaml'];
  const scoringFiles = () =>
    Object.fromEntries(scoring.map((f) => [`plans/2024/dinh-quan/${f}`, readFileSync(join(repoRoot, 'plans/2024/dinh-quan', f), 'utf8')]));

  it('to-chuc.yaml and the scoring files, no ke-hoach.yaml: nothing missing, exit 0', async () => {
    const r = await check({ without: [planFile], extra: scoringFiles() });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('the scoring files alone: the organisation is missing, at the first of them', async () => {
    const r = await check({ without: [planFile, orgFile], extra: scoringFiles() });
    expect(r.found.filter((f) => f.endsWith('repo/incomplete-year'))).toEqual([`${r.at('plans/2024/dinh-quan/bao-cao-cham-diem.yaml', 'kind: bao-cao')} repo/incomplete-year`]);
    expect(r.one('repo/incomplete-year').args).toMatchObject({ missing: 'to-chuc', folder: '2024/dinh-quan' });
  });
});

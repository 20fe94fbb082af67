// plan.config.yaml beside plans/: rules switched off or set to another severity; a config the
// tool cannot follow stops it (exit 2) with a message naming the file. And --strict.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit } from '../helpers/fixtures.js';
import { checkJson, run, where } from '../helpers/run.js';
import { caseFiles, dropLine, planFile, today, useRepos, type Case } from './repo.js';

const { check, write } = useRepos();

/** The shipped plan with one task without a lead: one task/no-lead warning. */
const noLead: Case = { plan: (t) => dropLine(t, '            lead: van-phong', 'id: huong-dan-tong-ket') };
/** The shipped plan with a double space in a folded paragraph: one text/spacing warning. */
const doubleSpace: Case = { plan: (t) => edit(t, 'Nâng cao hơn nữa nhận thức', 'đua, khen thưởng.', 'đua,  khen thưởng.') };

const withConfig = (c: Case, config: string): Case => ({ ...c, extra: { ...c.extra, 'plan.config.yaml': config } });

describe('plan.config.yaml: rules', () => {
  it('without a config: task/no-lead is a warning (the case the config changes)', async () => {
    const r = await check(noLead);
    expect(r.found).toEqual([`${r.at(planFile, 'huong-dan-tong-ket', 'id: ')} task/no-lead`]);
    expect(r.code).toBe(0);
  });

  it('task/no-lead: off removes the diagnostic', async () => {
    const r = await check(withConfig(noLead, 'rules:\n  task/no-lead: off\n'));
    expect(r.found).toEqual([]);
    expect(r.report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(r.code).toBe(0);
  });

  it('task/no-lead: off, and --strict has nothing to fail on', async () => {
    const r = await check(withConfig(noLead, 'rules:\n  task/no-lead: off\n'), { options: ['--strict'] });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('text/spacing: error makes the warning an error: exit 1', async () => {
    const r = await check(withConfig(doubleSpace, 'rules:\n  text/spacing: error\n'));
    expect(r.found).toEqual([`${r.at(planFile, '  khen thưởng.', 'Nâng cao hơn nữa')} text/spacing`]);
    expect(r.one('text/spacing').severity).toBe('error');
    expect(r.report.summary).toMatchObject({ errors: 1, warnings: 0 });
    expect(r.code).toBe(1);
  });

  it('an error set to warning no longer fails the run', async () => {
    const c = withConfig({ plan: (t) => edit(t, 'id: ky-niem-76-nam', 'done: 2024-06-11', 'done: 2024-06-21') }, 'rules:\n  date/done-in-future: warning\n');
    const r = await check(c);
    expect(r.found).toEqual([`${r.at(planFile, '2024-06-21')} date/done-in-future`]);
    expect(r.one('date/done-in-future').severity).toBe('warning');
    expect(r.code).toBe(0);
  });

  it('a warning set to info: listed, and --strict does not fail on it', async () => {
    const r = await check(withConfig(noLead, 'rules:\n  task/no-lead: info\n'), { options: ['--strict'] });
    expect(r.found).toEqual([`${r.at(planFile, 'huong-dan-tong-ket', 'id: ')} task/no-lead`]);
    expect(r.one('task/no-lead').severity).toBe('info');
    expect(r.code).toBe(0);
  });

  it('found from a sub-folder of the repo, as git finds .git', async () => {
    const r = await check(withConfig(noLead, 'rules:\n  task/no-lead: off\n'));
    const { code, report } = await checkJson(join(r.folder, 'plans', '2024'), ['dinh-quan'], ['--today', today]);
    expect(report.diagnostics.map(where)).toEqual([]);
    expect(code).toBe(0);
  });

  it('a config with no rules, or empty, changes nothing', async () => {
    for (const config of ['', '# nothing yet\n', 'rules:\n']) {
      const r = await check(withConfig(noLead, config));
      expect(r.found).toHaveLength(1);
      expect(r.code).toBe(0);
    }
  });
});

describe('plan.config.yaml the tool cannot follow: exit 2, the message names the file', () => {
  it.each([
    ['an unknown rule id', 'rules:\n  task/no-leed: off\n', '«task/no-leed»'],
    ['a bad setting', 'rules:\n  task/no-lead: fatal\n', 'fatal'],
    ['a setting "true"', 'rules:\n  task/no-lead: true\n', 'task/no-lead'],
    ['a key other than rules', 'rule:\n  task/no-lead: off\n', '«rule»'],
    ['rules as a list', 'rules:\n  - task/no-lead\n', 'rules'],
    ['broken YAML', 'rules:\n  task/no-lead: [off\n', 'YAML'],
  ])('%s', async (_name, config, words) => {
    const folder = write(caseFiles(withConfig(noLead, config)));
    const { code, stdout, stderr } = await run(['check', '--format', 'json', '--today', today], { cwd: folder });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^plan: plan\.config\.yaml(:\d+:\d+)?: /);
    expect(stderr).toContain(words);
  });

  it('the words: the file, the rule id or the setting quoted, what is allowed', async () => {
    const unknown = await run(['check', '--today', today], { cwd: write(caseFiles(withConfig(noLead, 'rules:\n  task/no-leed: off\n'))) });
    expect(unknown.stderr).toBe('plan: plan.config.yaml: không có quy tắc «task/no-leed» (xem bảng quy tắc trong README).\n');
    const setting = await run(['check', '--today', today], { cwd: write(caseFiles(withConfig(noLead, 'rules:\n  task/no-lead: fatal\n'))) });
    expect(setting.stderr).toBe('plan: plan.config.yaml: «task/no-lead: fatal»: mỗi quy tắc chỉ đặt off, info, warning hoặc error.\n');
  });

  it('seen from a sub-folder, the path leads to the file', async () => {
    const folder = write(caseFiles(withConfig(noLead, 'rules:\n  task/no-leed: off\n')));
    const { code, stderr } = await run(['check', '--today', today, 'dinh-quan'], { cwd: join(folder, 'plans', '2024') });
    expect(code).toBe(2);
    expect(stderr).toContain('../../plan.config.yaml');
  });
});

describe('--strict: warnings fail the run', () => {
  it('one warning: exit 0, and 1 with --strict; the report is the same', async () => {
    const plain = await check(doubleSpace);
    const strict = await check(doubleSpace, { options: ['--strict'] });
    expect(plain.found).toEqual([`${plain.at(planFile, '  khen thưởng.', 'Nâng cao hơn nữa')} text/spacing`]);
    expect(strict.found).toEqual(plain.found);
    expect(plain.code).toBe(0);
    expect(strict.code).toBe(1);
  });

  it('passes: the shipped plan with --strict', async () => {
    const r = await check({}, { options: ['--strict'] });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

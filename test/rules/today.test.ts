// --today: the day done dates are judged against. Default: today in Vietnam (Asia/Ho_Chi_Minh,
// UTC+7), whatever the machine's time zone; an invalid date is a usage error (exit 2).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayInVietnam } from '../../src/model/dates.js';
import { checkJson, run, where } from '../helpers/run.js';
import { caseFiles, useRepos } from './repo.js';

const { check, write } = useRepos();

describe('todayInVietnam', () => {
  it('18:00 UTC on 30/06 is already 01/07 in Vietnam', () => {
    expect(todayInVietnam(new Date('2024-06-30T18:00:00Z'))).toBe('2024-07-01');
  });

  it('16:59:59 UTC on 30/06 is still 30/06 (23:59:59 in Vietnam)', () => {
    expect(todayInVietnam(new Date('2024-06-30T16:59:59Z'))).toBe('2024-06-30');
  });

  it('17:00 UTC on 31/12 is New Year\'s Day in Vietnam, as YYYY-MM-DD', () => {
    expect(todayInVietnam(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
  });
});

describe('plan check without --today', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // The shipped plan's report of 14/06/2024 is done on 14/06: in the future until that day begins in Vietnam.
  it('at 00:30 on 14/06 in Vietnam (still 13/06 in UTC): the report of 14/06 is not in the future', async () => {
    const folder = write(caseFiles({}));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-13T17:30:00Z'));
    const { code, report } = await checkJson(folder);
    expect(report.diagnostics.map(where)).toEqual([]);
    expect(code).toBe(0);
  });

  it('at 23:30 on 13/06 in Vietnam: date/done-in-future, today being 2024-06-13', async () => {
    const folder = write(caseFiles({}));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-13T16:30:00Z'));
    const { code, report } = await checkJson(folder);
    expect(report.diagnostics.map((d) => d.rule)).toEqual(['date/done-in-future']);
    expect(report.diagnostics[0]!.args).toMatchObject({ value: '2024-06-14', today: '2024-06-13' });
    expect(code).toBe(1);
  });
});

describe('an invalid --today: exit 2, nothing checked', () => {
  it.each(['2024-02-30', '2024-13-01', '2024-6-20', '20/06/2024', 'hôm nay'])('--today %s', async (value) => {
    const r = await check({});
    const { code, stdout, stderr } = await run(['check', '--format', 'json', '--today', value], { cwd: r.folder });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`plan: --today cần một ngày năm-tháng-ngày có thật, ví dụ 2024-06-30; «${value}» không phải.\n`);
  });

  it('passes: --today 2024-02-29, a leap day', async () => {
    const r = await check({}, { today: '2024-02-29' });
    // As of 29/02 the plan's tasks done in March are in the future: the date itself was accepted.
    expect(r.code).toBe(1);
    expect(new Set(r.report.diagnostics.map((d) => d.rule))).toEqual(new Set(['date/done-in-future']));
  });
});

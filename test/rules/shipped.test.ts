// The passing cases of every rule at once: the shipped plans/ (plan, organisation, the scoring
// example and the three reports) with the shipped templates/, and examples/plans, are clean, as of
// the example's 20/06/2024 and as of a later day (nothing in them expires).
import { describe, expect, it } from 'vitest';
import { checkJson, repoRoot, run, where } from '../helpers/run.js';

describe.each(['2024-06-20', '2026-11-25'])('--today %s', (today) => {
  it('plans/ (the district): exit 0, zero diagnostics', async () => {
    const { code, report } = await checkJson(repoRoot, [], ['--today', today]);
    expect(report.diagnostics.map(where)).toEqual([]);
    expect(report.summary.files).toBe(10);
    expect(code).toBe(0);
  });

  it('examples/plans (the commune, alone in its year): exit 0, zero diagnostics', async () => {
    const { code, report } = await checkJson(repoRoot, ['examples/plans'], ['--today', today]);
    expect(report.diagnostics.map(where)).toEqual([]);
    expect(report.summary.files).toBe(2);
    expect(code).toBe(0);
  });

  it('both, with --strict: exit 0', async () => {
    const { code, report } = await checkJson(repoRoot, ['plans', 'examples/plans'], ['--today', today, '--strict']);
    expect(report.diagnostics.map(where)).toEqual([]);
    expect(report.summary.files).toBe(9);
    expect(code).toBe(0);
  });

  it('the human format says so', async () => {
    const { code, stdout } = await run(['check', '--today', today], { cwd: repoRoot });
    expect(stdout).toBe('✔ Không có vấn đề nào trong 10 tệp.\n');
    expect(code).toBe(0);
  });
});

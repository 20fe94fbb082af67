// Output formats as CI sees them: GITHUB_ACTIONS=true with no --format gives GitHub's workflow
// commands (annotations on the lines); --format still wins.
import { describe, expect, it } from 'vitest';
import { edit } from '../helpers/fixtures.js';
import { run } from '../helpers/run.js';
import { caseFiles, lineColumn, planFile, today, useRepos } from './repo.js';

const { write } = useRepos();

/** The shipped repo with one error: the task of 11/06 done on 21/06, checked on 20/06. */
const future = caseFiles({ plan: (t) => edit(t, 'id: ky-niem-76-nam', 'done: 2024-06-11', 'done: 2024-06-21') });
const [line, column] = lineColumn(future[planFile]!, '2024-06-21').split(':').map(Number) as [number, number];

describe('GITHUB_ACTIONS=true', () => {
  it('with no --format: an ::error workflow command at the file, line and column, exit 1', async () => {
    const { code, stdout } = await run(['check', '--today', today], { cwd: write(future), env: { GITHUB_ACTIONS: 'true' } });
    const first = stdout.split('\n')[0]!;
    expect(first).toMatch(/^::error /);
    expect(first).toBe(
      `::error file=${planFile},line=${line},col=${column},endLine=${line},endColumn=${column + 10},title=plan%3A date/done-in-future::` +
        'Ngày hoàn thành 21/06/2024 còn ở tương lai (hôm nay là 20/06/2024).%0A' +
        'Cách sửa: Chỉ ghi "done" khi việc đã xong; nếu cần kiểm tra theo một ngày khác, dùng --today.',
    );
    // The full list follows as plain text that the runner does not read as commands.
    expect(stdout).toMatch(/^::stop-commands::plan-[0-9a-f]{32}$/m);
    expect(stdout).toContain(`${planFile}:${line}:${column}: lỗi [date/done-in-future]`);
    expect(code).toBe(1);
  });

  it('a warning is a ::warning command', async () => {
    const files = caseFiles({ plan: (t) => edit(t, 'Nâng cao hơn nữa nhận thức', 'đua, khen thưởng.', 'đua,  khen thưởng.') });
    const { code, stdout } = await run(['check', '--today', today], { cwd: write(files), env: { GITHUB_ACTIONS: 'true' } });
    const at = lineColumn(files[planFile]!, '  khen thưởng.', 'Nâng cao hơn nữa').split(':');
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^::warning file=${planFile},line=${at[0]},col=${at[1]},.*title=plan%3A text/spacing::`));
    expect(code).toBe(0);
  });

  it('a clean repo: no workflow command, the summary only', async () => {
    const { code, stdout } = await run(['check', '--today', today], { cwd: write(caseFiles({})), env: { GITHUB_ACTIONS: 'true' } });
    expect(stdout).not.toMatch(/^::/m);
    expect(stdout).toContain('Không có vấn đề nào trong 2 tệp');
    expect(code).toBe(0);
  });

  it('--format json wins over GITHUB_ACTIONS', async () => {
    const { stdout } = await run(['check', '--format', 'json', '--today', today], { cwd: write(future), env: { GITHUB_ACTIONS: 'true' } });
    expect(JSON.parse(stdout)).toMatchObject({ summary: { errors: 1 } });
  });

  it('GITHUB_ACTIONS other than "true": the human format', async () => {
    const { stdout } = await run(['check', '--today', today], { cwd: write(future), env: { GITHUB_ACTIONS: 'false' } });
    expect(stdout).not.toMatch(/^::/m);
    expect(stdout).toContain(`${planFile}:${line}:${column}: lỗi [date/done-in-future]`);
  });
});

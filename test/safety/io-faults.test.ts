// The faults of the file system a user meets: a folder that cannot be listed, a file that cannot
// be read, a read-only folder, an output path that is a folder or under a file, a full disk
// (ENOSPC), a failing device (EIO), a cache file of the wrong shape. Each is not a bug of `plan`:
// exit 2 with Vietnamese words naming the file and the reason (src/i18n/vi-io.ts), never
// "lỗi nội bộ" (exit 3) or a stack trace, and no file left changed or half-written, no temp or
// lock file left behind.
//
// Permissions: as root the bits stop nothing, so when the tests run as root the command runs as
// uid/gid 65534 (nobody), in a temp repo opened to others; as another user, chmod is enough.
// ENOSPC and EIO are made by test/helpers/fault.cjs, preloaded into the command.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { shipped, tempFolders } from '../helpers/fixtures.js';
import { repoRoot, stackLines, type JsonReport } from '../helpers/run.js';
import { ensureBuilt, spawnPlan, type SpawnResult } from '../helpers/spawn.js';

const write = tempFolders();
const FOLDER = 'plans/2024/dinh-quan';
const PLAN = `${FOLDER}/ke-hoach.yaml`;
const bin = join(repoRoot, 'bin', 'plan.js');
const faultModule = join(repoRoot, 'test', 'helpers', 'fault.cjs');
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** The reasons and hints of src/i18n/vi-io.ts, as a user reads them. */
const vi = {
  EACCES: 'không có quyền (EACCES). Kiểm tra quyền của tệp và thư mục chứa nó (ls -l), hoặc chạy bằng tài khoản có quyền.',
  ENOSPC: 'đĩa đầy (ENOSPC). Giải phóng chỗ trống trên đĩa rồi chạy lại lệnh.',
  EIO: 'lỗi đọc/ghi của thiết bị (EIO). Kiểm tra ổ đĩa (hoặc kết nối tới ổ mạng) rồi chạy lại lệnh.',
  EISDIR: 'đây là một thư mục (EISDIR). Ghi đường dẫn tới một tệp, hoặc đổi tên thư mục trùng tên tệp.',
  ENOTDIR: 'một phần của đường dẫn là tệp, không phải thư mục (ENOTDIR). Kiểm tra lại đường dẫn.',
};
const oldFileKept = ' Tệp cũ (nếu có) giữ nguyên.';

type Run = SpawnResult;

interface RunOptions {
  env?: Record<string, string>;
  /** Run as uid/gid 65534 (only when the tests run as root). */
  nobody?: boolean;
}

/** `node bin/plan.js ARGV` in `cwd`, killed after 15 s. */
function plan(argv: readonly string[], cwd: string, options: RunOptions = {}): Run {
  return spawnPlan(argv, cwd, options.env, options.nobody ? { uid: NOBODY, gid: NOBODY } : {});
}

/** The same, with writes to paths matching `path` failing with `code` after `after` bytes. */
function planWithFault(argv: readonly string[], cwd: string, code: 'ENOSPC' | 'EIO', path: RegExp, after = 0): Run {
  return plan(argv, cwd, {
    env: {
      NODE_OPTIONS: `--require ${JSON.stringify(faultModule)}`,
      PLAN_FAULT_PATH: path.source,
      PLAN_FAULT_CODE: code,
      PLAN_FAULT_AFTER: String(after),
    },
  });
}

/** The shipped example in a temp repo. */
function repo(files: Record<string, string> = {}): string {
  const folder = write(files);
  cpSync(join(repoRoot, FOLDER), join(folder, FOLDER), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

/** Exit 2 and exactly this line on stderr: no stack trace, no internal error. */
function expectIoFailure(run: Run, line: string): void {
  expect(run.code, run.stdout + run.stderr).toBe(2);
  expect(run.stderr).toBe(`plan: ${line}\n`);
  expect(stackLines(run.stderr)).toEqual([]);
  expect(run.stderr + run.stdout).not.toMatch(/lỗi nội bộ|internal error/i);
}

/** Every file under `folder`, with its bytes: a snapshot to compare after the command. */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const path = join(folder, name);
    if (statSync(path).isFile()) files.set(name, readFileSync(path).toString('base64'));
  }
  return files;
}

// --- permissions ------------------------------------------------------------------------------

/** Dirs 755, files 644 under `folder`, and the folder itself: nobody may read and list it all. */
function openToOthers(folder: string): void {
  chmodSync(folder, 0o755);
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const path = join(folder, name);
    chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
  }
}

let nobodyProbe: string | undefined | null = null;
/** Why uid 65534 cannot run `plan` here (the repo or the temp folder not readable by others, no setuid), if it cannot. */
function whyNobodyCannot(): string | undefined {
  if (nobodyProbe !== null) return nobodyProbe;
  const cwd = repo();
  openToOthers(cwd);
  let run: Run | undefined;
  try {
    run = plan(['check', '--today', '2024-06-30', '--no-cache'], cwd, { nobody: true });
  } catch (error) {
    return (nobodyProbe = `uid ${NOBODY} cannot be used: ${(error as Error).message}`);
  }
  nobodyProbe =
    run.code === 0
      ? undefined
      : `as uid ${NOBODY}, plan check fails in a readable copy of the example (is ${repoRoot} readable by others?): exit ${run.code}, ${run.stderr.trim()}`;
  return nobodyProbe;
}

/**
 * Options that make the permission bits of `cwd` count: as root, run as nobody (the temp repo
 * opened to others first); skips the test, with the reason, where that cannot be done.
 */
function restricted(ctx: TestContext, cwd: string): RunOptions {
  if (process.platform === 'win32') ctx.skip('POSIX permission bits');
  if (!isRoot) return {};
  const why = whyNobodyCannot();
  if (why) ctx.skip(why);
  openToOthers(cwd);
  return { nobody: true };
}

/** Skips when chmod did not take away what the test needs taken away (a user with capabilities). */
function expectDenied(ctx: TestContext, options: RunOptions, probe: () => unknown, what: string): void {
  if (options.nobody) return; // nobody owns nothing in the temp repo: the bits hold
  try {
    probe();
  } catch {
    return;
  }
  ctx.skip(`${what}: this user is not stopped by the permission bits`);
}

describe('a folder or a file that cannot be read', () => {
  it('an unlistable folder inside plans/ (chmod 000): plan check and plan due exit 2 with the Vietnamese words', (ctx) => {
    const cwd = repo({ 'plans/2024/khoa/ke-hoach.yaml': shipped('ke-hoach') });
    const options = restricted(ctx, cwd);
    const locked = join(cwd, 'plans', '2024', 'khoa');
    chmodSync(locked, 0o000);
    try {
      expectDenied(ctx, options, () => readdirSync(locked), 'readdir of a chmod 000 folder');
      const words = `Không liệt kê được thư mục «plans/2024/khoa»: ${vi.EACCES}`;
      const check = plan(['check', '--today', '2024-06-30'], cwd, options);
      expectIoFailure(check, words);
      expect(check.stdout).toBe('');
      expectIoFailure(plan(['due', '--year', '2024'], cwd, options), words);
      expectIoFailure(plan(['render', 'ke-hoach'], cwd, options), words);
    } finally {
      chmodSync(locked, 0o755);
    }
    expect(readdirSync(cwd)).not.toContain('out');
  });

  it('a plan file that cannot be read (chmod 000): plan check and plan done report file/unreadable with the reason (exit 1)', (ctx) => {
    const cwd = repo();
    const options = restricted(ctx, cwd);
    const path = join(cwd, PLAN);
    chmodSync(path, 0o000);
    try {
      expectDenied(ctx, options, () => readFileSync(path), 'reading a chmod 000 file');
      const check = plan(['check', '--today', '2024-06-30', '--format', 'json'], cwd, options);
      expect(check.code, check.stderr).toBe(1);
      const report = JSON.parse(check.stdout) as JsonReport;
      expect(report.diagnostics.map((d) => [d.file, d.rule, d.args.detail])).toContainEqual([PLAN, 'file/unreadable', 'EACCES']);
      expect(report.diagnostics.find((d) => d.rule === 'file/unreadable')!.message).toBe('Không đọc được tệp: không có quyền (EACCES).');
      // plan done reads the whole repo first: the file is a finding there, said with its reason (exit 1).
      const done = plan(['done', 'kiem-tra', '--on', '2024-06-10'], cwd, options);
      expect(done.code, done.stdout + done.stderr).toBe(1);
      expect(done.stdout + done.stderr).toContain(`${PLAN}: lỗi [file/unreadable]\nKhông đọc được tệp: không có quyền (EACCES).`);
      expect(stackLines(done.stderr)).toEqual([]);
      expect(done.stdout + done.stderr).not.toMatch(/lỗi nội bộ|internal error/i);
    } finally {
      chmodSync(path, 0o644);
    }
    expect(readFileSync(path, 'utf8')).toBe(shipped('ke-hoach'));
  });
});

describe('an output path that cannot be a file', () => {
  it('the default output of plan render is a folder: exit 2 (EISDIR), the folder and what it holds untouched', () => {
    const cwd = repo();
    const target = join(cwd, 'out', '2024', 'dinh-quan', 'so-ket-142-2024.docx');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'note.txt'), 'mine');
    expectIoFailure(plan(['render', 'so-ket'], cwd), `Không ghi được «out/2024/dinh-quan/so-ket-142-2024.docx»: ${vi.EISDIR}`);
    expect(statSync(target).isDirectory()).toBe(true);
    expect(readdirSync(target)).toEqual(['note.txt']);
    expect(readdirSync(join(target, '..'))).toEqual(['so-ket-142-2024.docx']);
  });

  it('-o under a path whose parent is a file: exit 2 (ENOTDIR), the file untouched', () => {
    const cwd = repo({ 'ban-in': 'not a folder\n' });
    expectIoFailure(plan(['render', 'so-ket', '-o', 'ban-in/bc.docx'], cwd), `Không ghi được «ban-in/bc.docx»: ${vi.ENOTDIR}${oldFileKept}`);
    expectIoFailure(plan(['render', 'ke-hoach', '-o', 'ban-in/sub/kh.docx'], cwd), `Không ghi được «ban-in/sub/kh.docx»: ${vi.ENOTDIR}${oldFileKept}`);
    expect(readFileSync(join(cwd, 'ban-in'), 'utf8')).toBe('not a folder\n');
  });
});

describe('a read-only folder (chmod 555, or another user as root)', () => {
  /** The shipped plan with a doubled space (line 73) that --fix removes. */
  const withDoubledSpace = () =>
    shipped('ke-hoach').replace('  Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng', '  Ban Thường trực  Ủy ban MTTQ Việt Nam huyện xây dựng');

  it('plan done and plan check --fix: exit 2, the plan file unchanged, no temp or lock file left', (ctx) => {
    const text = withDoubledSpace();
    expect(text).not.toBe(shipped('ke-hoach'));
    const cwd = repo({ [PLAN]: text });
    const options = restricted(ctx, cwd);
    const folder = join(cwd, FOLDER);
    const before = readdirSync(folder).sort();
    chmodSync(folder, 0o555);
    try {
      expectDenied(ctx, options, () => (writeFileSync(join(folder, 'probe'), ''), rmSync(join(folder, 'probe'))), 'writing in a chmod 555 folder');
      const words = `Không khóa được «${PLAN}» để ghi: ${vi.EACCES}`;
      expectIoFailure(plan(['done', 'kiem-tra', '--on', '2024-06-10'], cwd, options), words);
      const fix = plan(['check', '--fix', '--today', '2024-06-30'], cwd, options);
      expect(fix.code, fix.stdout + fix.stderr).toBe(2);
      expect(fix.stderr).toContain(`plan: ${words}\n`);
      expect(stackLines(fix.stderr)).toEqual([]);
      expect(fix.stderr + fix.stdout).not.toMatch(/lỗi nội bộ|internal error/i);
    } finally {
      chmodSync(folder, 0o755);
    }
    expect(readFileSync(join(cwd, PLAN), 'utf8')).toBe(text);
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it('a plan file or a document set read-only (chmod 444) in a writable folder: not replaced, exit 2, EREADONLY', (ctx) => {
    const text = withDoubledSpace();
    const cwd = repo({ [PLAN]: text });
    const options = restricted(ctx, cwd);
    // The folders are the user's own (only the files are locked), as in an office's checkout.
    if (options.nobody) for (const name of ['', ...readdirSync(cwd, { recursive: true, encoding: 'utf8' })]) chownSync(join(cwd, name), NOBODY, NOBODY);
    const rendered = plan(['render', 'so-ket'], cwd, options);
    expect(rendered.code, rendered.stderr).toBe(0);
    const docx = join(cwd, 'out/2024/dinh-quan/so-ket-142-2024.docx');
    const docxBefore = readFileSync(docx);
    chmodSync(join(cwd, PLAN), 0o444);
    chmodSync(docx, 0o444);
    expectDenied(ctx, options, () => writeFileSync(join(cwd, PLAN), text), 'writing a chmod 444 file');
    const before = readdirSync(join(cwd, FOLDER)).sort();
    const words = `Không ghi được «${PLAN}»: tệp đã được đặt chỉ cho đọc (EREADONLY). Muốn sửa thì bỏ chế độ chỉ đọc của tệp (chmod u+w, hoặc bỏ chọn "Read-only" trong Properties) rồi chạy lại lệnh.${oldFileKept}`;
    expectIoFailure(plan(['done', 'kiem-tra', '--on', '2024-06-10'], cwd, options), words);
    expectIoFailure(plan(['status', 'kiem-tra', 'in-progress'], cwd, options), words);
    const fix = plan(['check', '--fix', '--today', '2024-06-30'], cwd, options);
    expect(fix.code, fix.stdout + fix.stderr).toBe(2);
    expect(fix.stderr).toContain(`plan: ${words}\n`);
    expect(readFileSync(join(cwd, PLAN), 'utf8')).toBe(text);
    expect(statSync(join(cwd, PLAN)).mode & 0o777).toBe(0o444);
    expect(readdirSync(join(cwd, FOLDER)).sort()).toEqual(before);
    // A signed document locked against changes is not overwritten, even with --force.
    const forced = plan(['render', 'so-ket', '--force', '--draft'], cwd, options);
    expect(forced.code, forced.stderr).toBe(2);
    expect(forced.stderr).toContain('(EREADONLY)');
    expect(readFileSync(docx).equals(docxBefore)).toBe(true);
  });

  it('plan render in a repo where out/ cannot be made: exit 2, the Vietnamese words', (ctx) => {
    const cwd = repo();
    const options = restricted(ctx, cwd);
    chmodSync(cwd, 0o555);
    try {
      expectDenied(ctx, options, () => mkdirSync(join(cwd, 'probe')), 'mkdir in a chmod 555 folder');
      expectIoFailure(plan(['render', 'so-ket'], cwd, options), `Không ghi được «out/2024/dinh-quan/so-ket-142-2024.docx»: ${vi.EACCES}${oldFileKept}`);
    } finally {
      chmodSync(cwd, 0o755);
    }
    expect(readdirSync(cwd)).not.toContain('out');
  });
});

describe('a full disk (ENOSPC) and a failing device (EIO), through test/helpers/fault.cjs', () => {
  /** The temp file beside the plan: `ke-hoach.yaml.<pid>.tmp` (src/io/write-atomic.ts). */
  const planTemp = /ke-hoach\.yaml\.\d+\.tmp$/;
  const docxTemp = /\.docx\.\d+\.tmp$/;

  /** Nothing but the files that were there: no `*.tmp`, no `*.lock`. */
  const expectNothingLeft = (folder: string, before: string[]) => {
    const now = readdirSync(folder).sort();
    expect(now.filter((n) => /\.(tmp|lock|stale)$/.test(n))).toEqual([]);
    expect(now).toEqual(before);
  };

  it.each([
    ['ENOSPC', 'the first byte', 0],
    ['ENOSPC', 'after 4 kB (a part of the file written)', 4096],
    ['EIO', 'the first byte', 0],
    ['EIO', 'the fsync after the whole file is written', 1e9],
  ] as const)('plan done, %s at %s: exit 2, the plan byte-identical, nothing left beside it', (code, _when, after) => {
    const cwd = repo();
    const folder = join(cwd, FOLDER);
    const before = readdirSync(folder).sort();
    const bytes = readFileSync(join(cwd, PLAN));
    const run = planWithFault(['done', 'kiem-tra', '--on', '2024-06-10'], cwd, code, planTemp, after);
    expectIoFailure(run, `Không ghi được «${PLAN}»: ${vi[code]}${oldFileKept}`);
    expect(readFileSync(join(cwd, PLAN)).equals(bytes)).toBe(true);
    expectNothingLeft(folder, before);
    // The fault gone, the same command works: nothing left in its way.
    expect(plan(['done', 'kiem-tra', '--on', '2024-06-10'], cwd).code).toBe(0);
    expect(readFileSync(join(cwd, PLAN), 'utf8')).toContain('done: 2024-06-10');
    expectNothingLeft(folder, before);
  });

  it.each([
    ['ENOSPC', 0],
    ['EIO', 0],
    ['EIO', 1e9],
  ] as const)('plan check --fix, %s after %d bytes: exit 2, the plan byte-identical, nothing left beside it', (code, after) => {
    const text = shipped('ke-hoach').replace('  Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng', '  Ban Thường trực  Ủy ban MTTQ Việt Nam huyện xây dựng');
    const cwd = repo({ [PLAN]: text });
    const folder = join(cwd, FOLDER);
    const before = readdirSync(folder).sort();
    const run = planWithFault(['check', '--fix', '--today', '2024-06-30'], cwd, code, planTemp, after);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stderr).toContain(`plan: Không ghi được «${PLAN}»: ${vi[code]}${oldFileKept}\n`);
    expect(stackLines(run.stderr)).toEqual([]);
    expect(run.stderr + run.stdout).not.toMatch(/lỗi nội bộ|internal error/i);
    expect(readFileSync(join(cwd, PLAN), 'utf8')).toBe(text);
    expectNothingLeft(folder, before);
  });

  it.each(['ENOSPC', 'EIO'] as const)('plan render, %s: exit 2, no .docx and no temp file in out/', (code) => {
    const cwd = repo();
    const run = planWithFault(['render', 'so-ket'], cwd, code, docxTemp);
    expectIoFailure(run, `Không ghi được «out/2024/dinh-quan/so-ket-142-2024.docx»: ${vi[code]}${oldFileKept}`);
    const out = join(cwd, 'out', '2024', 'dinh-quan');
    expect(readdirSync(out)).toEqual([]);
  });

  it.each(['ENOSPC', 'EIO'] as const)('plan render --force over an existing .docx, %s half-way: exit 2, the old .docx byte-identical', (code) => {
    const cwd = repo();
    expect(plan(['render', 'so-ket', '-o', 'bc.docx'], cwd).code).toBe(0);
    const before = snapshot(cwd);
    // --draft makes other bytes, so the file is written again.
    const run = planWithFault(['render', 'so-ket', '--draft', '--force', '-o', 'bc.docx'], cwd, code, docxTemp, 8192);
    expectIoFailure(run, `Không ghi được «bc.docx»: ${vi[code]}${oldFileKept}`);
    expect(readFileSync(join(cwd, 'bc.docx')).toString('base64')).toBe(before.get('bc.docx'));
    expect(readdirSync(cwd).filter((n) => n.startsWith('bc.docx')).sort()).toEqual(['bc.docx']);
  });
});

describe('a cache of the wrong shape', () => {
  it('garbage JSON, a JSON array, a folder in place of a cache file, a file in place of .plan-cache: exit 0, the same output, bad files written again', () => {
    const cwd = repo();
    const check = ['check', '--today', '2024-06-30'];
    const due = ['due', '--year', '2024', '--today', '2024-06-30', '--format', 'json'];
    const baseline = { check: plan(check, cwd), due: plan(due, cwd) };
    expect(baseline.check.code, baseline.check.stdout + baseline.check.stderr).toBe(0);
    expect(baseline.due.code, baseline.due.stderr).toBe(0);
    const runs = () => ({ check: plan(check, cwd), due: plan(due, cwd) });
    // src/repo/cache.ts: .plan-cache beside plans/, one sealed JSON file per use.
    const cache = join(cwd, '.plan-cache');
    const [garbage, array, folder] = ['check-plans%2F2024.json', 'group-plans%2F2024.json', 'data.json'];
    for (const name of [garbage, array, folder]) expect(readdirSync(cache)).toContain(name);
    writeFileSync(join(cache, garbage), '{"key":"3|0.1.0","entries":{"/x":');
    writeFileSync(join(cache, array), '[1, 2, 3]\n');
    rmSync(join(cache, folder));
    mkdirSync(join(cache, folder));

    expect(runs()).toEqual(baseline);
    // The bad files are written again, whole and sealed; the folder is not the tool's to delete.
    for (const name of [garbage, array]) {
      const text = readFileSync(join(cache, name), 'utf8');
      expect(() => JSON.parse(text), name).not.toThrow();
      expect(text, name).toMatch(/,"seal":"[0-9a-f]{8}"\}$/);
    }
    expect(statSync(join(cache, folder)).isDirectory()).toBe(true);
    expect(runs()).toEqual(baseline);

    rmSync(cache, { recursive: true });
    writeFileSync(cache, 'not a folder\n');
    expect(runs()).toEqual(baseline);
    expect(readFileSync(cache, 'utf8')).toBe('not a folder\n');
  });
});

describe('standard output on a full device (plan due > /dev/full)', () => {
  const commands = [['due', '--quarter', '2', '--year', '2024'], ['check', '--today', '2024-06-30', '--format', 'json'], ['score']];
  for (const argv of commands) it(`plan ${argv.join(' ')}: exit 2, the words say it is the output, no trace`, (ctx) => {
    if (!existsSync('/dev/full')) ctx.skip('no /dev/full on this system');
    ensureBuilt();
    const cwd = repo();
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [bin, ...argv], {
        cwd,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: 15_000,
      });
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toBe(`plan: Không ghi được ra đầu ra chuẩn (stdout): ${vi.ENOSPC}\n`);
    } finally {
      closeSync(full);
    }
  });
});

// `plan render ke-hoach` as a user runs it: where it writes, what it refuses, what it prints.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, shipped, tempFolders } from '../helpers/fixtures.js';
import { readDocx } from '../helpers/docx.js';
import { run } from '../helpers/run.js';
import { spawnPlan } from '../helpers/spawn.js';

const folder = tempFolders();
const repo = (plan = shipped('ke-hoach'), org = shipped('to-chuc')) =>
  folder({ 'plans/2024/dinh-quan/ke-hoach.yaml': plan, 'plans/2024/dinh-quan/to-chuc.yaml': org });
const defaultOut = (root: string) => join(root, 'out', '2024', 'dinh-quan', 'ke-hoach-109-2024.docx');

describe('plan render ke-hoach', () => {
  it('writes out/<year>/<body>/ke-hoach-<number>-<year>.docx beside plans/, and says so', async () => {
    const root = repo();
    const { code, stdout, stderr } = await run(['render', 'ke-hoach'], { cwd: root });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('Đã ghi out/2024/dinh-quan/ke-hoach-109-2024.docx.\n');
    const docx = await readDocx(readFileSync(defaultOut(root)));
    expect(docx.paragraphs.some((p) => p.text === 'Số: 109/KH-MTTQ-BTT')).toBe(true);
  });

  it('--today as plan check takes it: a done date after it refuses the document; a bad one is a usage error', async () => {
    const root = repo();
    // The shipped plan records tasks done in June 2024: on 01/03/2024 those dates are in the future.
    const early = await run(['render', 'ke-hoach', '--today', '2024-03-01'], { cwd: root });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('date/done-in-future');
    expect(existsSync(defaultOut(root))).toBe(false);
    const late = await run(['render', 'ke-hoach', '--today', '2024-12-31'], { cwd: root });
    expect(late.code, late.stderr).toBe(0);
    const bad = await run(['render', 'ke-hoach', '--today', '2024-02-30'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--today');
  });

  it('finds plans/ from a subfolder and writes beside it, not in the working folder', async () => {
    const root = repo();
    const { code } = await run(['render', 'ke-hoach'], { cwd: join(root, 'plans', '2024') });
    expect(code).toBe(0);
    expect(existsSync(defaultOut(root))).toBe(true);
  });

  it('leaves an identical file alone, and refuses to overwrite a different one without --force (exit 2)', async () => {
    const root = repo();
    await run(['render', 'ke-hoach'], { cwd: root });
    const again = await run(['render', 'ke-hoach'], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('out/2024/dinh-quan/ke-hoach-109-2024.docx đã đúng như bản sẽ ghi, không ghi lại.\n');

    writeFileSync(defaultOut(root), 'edited by hand');
    const refused = await run(['render', 'ke-hoach'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(defaultOut(root), 'utf8')).toBe('edited by hand');

    const forced = await run(['render', 'ke-hoach', '--force'], { cwd: root });
    expect(forced.code).toBe(0);
    expect(readFileSync(defaultOut(root)).subarray(0, 2).toString()).toBe('PK');
  });

  it('-o writes the named file, or the default name inside a folder', async () => {
    const root = repo();
    expect((await run(['render', 'ke-hoach', '-o', 'ban-in/kh.docx'], { cwd: root })).code).toBe(0);
    expect(existsSync(join(root, 'ban-in', 'kh.docx'))).toBe(true);
    mkdirSync(join(root, 'gui'));
    expect((await run(['render', 'ke-hoach', '--output', 'gui'], { cwd: root })).code).toBe(0);
    expect(existsSync(join(root, 'gui', 'ke-hoach-109-2024.docx'))).toBe(true);
  });

  it('leaves no temp file behind', async () => {
    const root = repo();
    await run(['render', 'ke-hoach'], { cwd: root });
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(join(root, 'out', '2024', 'dinh-quan'))).toEqual(['ke-hoach-109-2024.docx']);
  });

  it('does not render a plan with check errors: exit 1, the diagnostics, no file', async () => {
    const root = repo(edit(shipped('ke-hoach'), 'kind: ke-hoach', 'date: 2024-01-25', 'date: 2024-01-32'));
    const { code, stdout, stderr } = await run(['render', 'ke-hoach'], { cwd: root });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('plans/2024/dinh-quan/ke-hoach.yaml:');
    expect(stderr).toContain('[date/invalid]');
    expect(stderr).toContain('--draft');
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('--draft renders it anyway, marked "DỰ THẢO", and says how many errors remain', async () => {
    const root = repo(edit(shipped('ke-hoach'), 'kind: ke-hoach', 'date: 2024-01-25', 'date: 2024-01-32'));
    const { code, stdout, stderr } = await run(['render', 'ke-hoach', '--draft'], { cwd: root });
    expect(stderr).toContain('[date/invalid]');
    expect(stderr).toContain('Bản dự thảo còn 1 lỗi chưa sửa');
    expect(stdout).toBe('Đã ghi out/2024/dinh-quan/ke-hoach-109-2024.docx.\n');
    expect(code).toBe(0);
    const docx = await readDocx(readFileSync(defaultOut(root)));
    for (const type of ['first', 'default']) expect(docx.section.headers[type]!.some((p) => p.text.includes('DỰ THẢO'))).toBe(true);
  });

  it('--draft of a clean plan is a draft too, and differs from the final file', async () => {
    const root = repo();
    await run(['render', 'ke-hoach'], { cwd: root });
    const final = readFileSync(defaultOut(root));
    expect((await run(['render', 'ke-hoach', '--draft', '-o', 'du-thao.docx'], { cwd: root })).code).toBe(0);
    const draft = readFileSync(join(root, 'du-thao.docx'));
    expect(Buffer.compare(final, draft)).not.toBe(0);
    expect((await readDocx(draft)).section.headers.first!.some((p) => p.text.includes('DỰ THẢO'))).toBe(true);
  });

  it('shows why a plan that fails its schema cannot be read, exit 1', async () => {
    const root = repo(shipped('ke-hoach').replace('number: 109', 'number: "một trăm"'));
    const { code, stderr } = await run(['render', 'ke-hoach'], { cwd: root });
    expect(code).toBe(1);
    expect(stderr).toContain('[schema/type]');
    expect(stderr).toContain('không đọc được thành dữ liệu');
  });

  it.each([
    [['render', 'nope'], '«nope»'],
    [['render', 'ke-hoach', '--year', '2023'], '2024'],
    [['render', 'ke-hoach', '--body', 'nope'], 'dinh-quan'],
    [['render'], '--all'],
  ])('%j is a usage error (exit 2) naming the choices', async (argv, named) => {
    const { code, stderr } = await run(argv, { cwd: repo() });
    expect(code).toBe(2);
    expect(stderr).toContain(named);
  });

  it('says what to create when the organisation file is missing (exit 1: the repo lacks a file)', async () => {
    const root = folder({ 'plans/2024/dinh-quan/ke-hoach.yaml': shipped('ke-hoach') });
    const { code, stderr } = await run(['render', 'ke-hoach'], { cwd: root });
    expect(code).toBe(1);
    expect(stderr).toContain('plans/2024/dinh-quan/to-chuc.yaml');
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await run(['--lang', 'en', 'render', 'ke-hoach'], { cwd: repo() });
    expect(stdout).toBe('Wrote out/2024/dinh-quan/ke-hoach-109-2024.docx.\n');
  });

  it('the real binary writes the same bytes under another time zone, 400 days later on the clock', async () => {
    const a = repo();
    const b = repo();
    expect(spawnPlan(['render', 'ke-hoach'], a, { TZ: 'Pacific/Kiritimati' }).code).toBe(0);
    // The second run's clock is 400 days ahead: docx stamps the time of packing wherever it can.
    const later = `--import=data:text/javascript,${encodeURIComponent(
      'const R = Date; const shift = 400 * 864e5; globalThis.Date = class extends R { constructor(...a) { super(...(a.length ? a : [R.now() + shift])); } static now() { return R.now() + shift; } };',
    )}`;
    expect(spawnPlan(['render', 'ke-hoach'], b, { TZ: 'America/Adak', NODE_OPTIONS: later }).code).toBe(0);
    const inProcess = folder({});
    await run(['render', 'ke-hoach', '-o', join(inProcess, 'kh.docx')], { cwd: repo() });
    const [x, y, z] = [defaultOut(a), defaultOut(b), join(inProcess, 'kh.docx')].map((f) => readFileSync(f));
    expect(Buffer.compare(x!, y!)).toBe(0);
    expect(Buffer.compare(x!, z!)).toBe(0);
  });
});

// A file that exists is never called missing: when a file of the repo is broken (a YAML or schema
// error), its own errors are shown, and nothing that depends on it says "there is none" (no
// "thư mục thiếu tệp kế hoạch", no "chưa có hướng dẫn chấm điểm", no "không có kế hoạch").
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../helpers/fixtures.js';
import { repoRoot, run, type JsonReport } from '../helpers/run.js';

const write = tempFolders();
const FOLDER = 'plans/2024/dinh-quan';
const shippedFolder = join(repoRoot, FOLDER);

/** The whole shipped year (plan, organisation, guide, sheets, reports), with some files replaced. */
function repo(changes: Record<string, (text: string) => string>, extra: Record<string, string> = {}): string {
  const files: Record<string, string> = { ...extra };
  for (const name of readdirSync(shippedFolder)) {
    const text = readFileSync(join(shippedFolder, name), 'utf8');
    const change = changes[name];
    files[`${FOLDER}/${name}`] = change ? change(text) : text;
  }
  return write(files);
}

const once = (text: string, from: string | RegExp, to: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`not found: ${String(from)}`);
  return next;
};

async function check(cwd: string) {
  const r = await run(['check', '--today', '2024-06-30', '--format', 'json'], { cwd });
  const report = JSON.parse(r.stdout) as JsonReport;
  return { code: r.code, rules: report.diagnostics.map((d) => `${d.file} ${d.rule}`) };
}

describe('a broken file is shown, not called missing', () => {
  it('a schema error in ke-hoach.yaml: that error only, no repo/incomplete-year on to-chuc.yaml', async () => {
    const cwd = repo({ 'ke-hoach.yaml': (t) => once(t, /^year: 2024$/m, 'year: "hai nghìn không trăm hai mươi tư"') });
    const r = await check(cwd);
    expect(r.code).toBe(1);
    expect(r.rules).toContain(`${FOLDER}/ke-hoach.yaml schema/type`);
    expect(r.rules.filter((x) => /repo\/|ref\/|score\//.test(x))).toEqual([]);
  });

  it('a YAML syntax error in ke-hoach.yaml: yaml/syntax only', async () => {
    const r = await check(repo({ 'ke-hoach.yaml': (t) => once(t, /^year: 2024$/m, 'year: [2024') }));
    expect(r.rules).toEqual([`${FOLDER}/ke-hoach.yaml yaml/syntax`]);
  });

  it('a broken guide: its schema errors, no score/no-scheme on the score sheets', async () => {
    const cwd = repo({ 'huong-dan-cham-diem.yaml': (t) => once(t, /^total: .*$/m, 'total: trăm') });
    const r = await check(cwd);
    expect(r.code).toBe(1);
    expect(r.rules.every((x) => x.startsWith(`${FOLDER}/huong-dan-cham-diem.yaml schema/`)), r.rules.join('\n')).toBe(true);
  });

  it('a broken to-chuc.yaml: its error, no ref/unknown-body or ref/unknown-unit in the plan', async () => {
    const r = await check(repo({ 'to-chuc.yaml': (t) => once(t, /^id: (.*)$/m, 'id: [$1') }));
    expect(r.rules).toEqual([`${FOLDER}/to-chuc.yaml yaml/syntax`]);
  });

  it('a file whose lines end in CR only (an old Mac editor) is read as lines, not as empty', async () => {
    const r = await check(repo({ 'ke-hoach.yaml': (t) => t.replaceAll('\n', '\r') }));
    expect(r).toEqual({ code: 0, rules: [] });
    const cwd = write({ 'plans/2024/x/ke-hoach.yaml': 'kind: ke-hoach\rbody: x\r' });
    const one = await run(['check', 'plans/2024/x/ke-hoach.yaml', '--format', 'json'], { cwd });
    const rules = (JSON.parse(one.stdout) as JsonReport).diagnostics.map((d) => d.rule);
    expect(rules).not.toContain('file/empty');
    expect(rules).toContain('schema/required');
  });
});

describe('commands that need a broken file point at its errors', () => {
  it('plan score with a broken guide: exit 1, the guide\'s error at its line, not "no guide"', async () => {
    const cwd = repo({ 'huong-dan-cham-diem.yaml': (t) => once(t, /^total: .*$/m, 'total: trăm') });
    const r = await run(['score'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${FOLDER}/huong-dan-cham-diem.yaml:\\d+:\\d+: lỗi \\[schema/type\\]`));
    expect(r.stderr).toContain('Hướng dẫn chấm điểm có lỗi');
  });

  it('plan render --all with a broken plan: the plan file\'s error once, the reports made from it not made, no "không có kế hoạch"', async () => {
    const cwd = repo({ 'ke-hoach.yaml': (t) => once(t, /^year: 2024$/m, 'year: [2024') });
    const r = await run(['render', '--all'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('không có kế hoạch');
    expect(r.stderr.match(/ke-hoach\.yaml:\d+:\d+: lỗi \[yaml\/syntax\]/g)).toHaveLength(1);
    expect(r.stderr).toContain(`✖ ${FOLDER}/ke-hoach.yaml`);
    expect(r.stderr).toContain('✖ out/2024/dinh-quan/so-ket-142-2024.docx');
    expect(r.stderr).toContain('✖ out/2024/dinh-quan/tong-ket-230-2024.docx');
    // The scoring report is not made from the plan: it is written.
    expect(r.stdout).toContain('Đã ghi out/2024/dinh-quan/cham-diem-235-2024.docx.');
    expect(r.stdout).toContain('1 văn bản đã ghi, 0 không đổi, 3 không xuất được');
  });

  it('plan render --all with every file broken: their errors, exit 1; never "các giá trị có: ."', async () => {
    const cwd = repo({
      'ke-hoach.yaml': (t) => once(t, /^year: 2024$/m, 'year: [2024'),
      'to-chuc.yaml': (t) => once(t, /^id: (.*)$/m, 'id: [$1'),
    });
    for (const name of ['bao-cao-so-ket.yaml', 'bao-cao-tong-ket.yaml', 'bao-cao-cham-diem.yaml', 'cham-diem.yaml', 'huong-dan-cham-diem.yaml']) {
      const path = join(cwd, FOLDER, name);
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n: [\n`);
    }
    const r = await run(['render', '--all'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('yaml/syntax');
    expect(r.stderr).not.toMatch(/có: \./);
    const year = await run(['render', '--all', '--year', '2023'], { cwd });
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('2024');
  });

  it('plan render so-ket with a broken to-chuc.yaml: its error, not "Không có tệp tổ chức"', async () => {
    const cwd = repo({ 'to-chuc.yaml': (t) => once(t, /^id: (.*)$/m, 'id: [$1') });
    const r = await run(['render', 'so-ket'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/to-chuc\.yaml:\d+:\d+: lỗi \[yaml\/syntax\]/);
    expect(r.stderr).not.toContain('Không có tệp tổ chức');
  });

  it('plan render ke-hoach when the newer year\'s plan is broken: its error, not the older plan printed', async () => {
    const newer = once(readFileSync(join(shippedFolder, 'ke-hoach.yaml'), 'utf8'), /^year: 2024$/m, 'year: [2025');
    const cwd = repo({}, { 'plans/2025/dinh-quan/ke-hoach.yaml': newer });
    const r = await run(['render', 'ke-hoach'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plans\/2025\/dinh-quan\/ke-hoach\.yaml:\d+:\d+: lỗi \[yaml\/syntax\]/);
    expect(readdirSync(cwd)).not.toContain('out');
    // Asked for by its year, the older one is printed.
    expect((await run(['render', 'ke-hoach', '--year', '2024'], { cwd })).code).toBe(0);
  });

  it('plan done on a task in a broken file: the file\'s error, not "no task with that id"', async () => {
    const cwd = repo({ 'ke-hoach.yaml': (t) => once(t, /^year: 2024$/m, 'year: [2024') });
    const r = await run(['done', 'kiem-tra', '--on', '2024-06-30'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ke-hoach\.yaml:28:7: lỗi \[yaml\/syntax\]/);
    expect(r.stderr).not.toContain('Không có nhiệm vụ');
  });
});

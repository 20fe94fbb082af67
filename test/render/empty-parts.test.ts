// A template part whose data is legitimately empty is not a refusal: a guide that only classifies
// (no awards), one that only ranks (no bands), or awards nobody reaches give a final report whose
// template says so in its own words ({{^diem.de_nghi}}...{{/diem.de_nghi}}), and a sentence that
// comes out empty is not printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedLines, readDocx } from '../helpers/docx.js';
import { tempFolders } from '../helpers/fixtures.js';
import { run } from '../helpers/run.js';
import { shippedYear } from '../helpers/scoring-repo.js';

const write = tempFolders();
const OUT = 'out/2024/dinh-quan/cham-diem-235-2024.docx';

/** The shipped year with its guide changed (as data: the change is to the scheme, not to its text). */
const repo = (change: (guide: Record<string, unknown>) => void) => write(shippedYear({ guide: change }));

async function rendered(cwd: string): Promise<string[]> {
  const r = await run(['render', 'cham-diem'], { cwd });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return printedLines(await readDocx(readFileSync(join(cwd, OUT))));
}

describe('the scoring report when a part is legitimately empty', () => {
  it('a guide with bands and no awards: rendered, the proposal part says none', async () => {
    const cwd = repo((g) => delete g.awards);
    expect((await run(['check', '--today', '2024-12-31'], { cwd })).code).toBe(0);
    const text = (await rendered(cwd)).join('\n');
    expect(text).toContain('năm 2024 không có đơn vị nào đủ tiêu chuẩn để Ban Thường trực Ủy ban MTTQ Việt Nam huyện đề nghị khen thưởng.');
    expect(text).not.toContain('đề nghị khen thưởng các đơn vị như sau');
    expect(text).not.toMatch(/\[diem\./);
  });

  it('awards nobody reaches (at least 99,75 points): the same sentence, no empty line where the list was', async () => {
    const cwd = repo((g) => {
      for (const a of g.awards as Record<string, unknown>[]) a.minTotal = 99.75;
    });
    const lines = await rendered(cwd);
    expect(lines.join('\n')).toContain('không có đơn vị nào đủ tiêu chuẩn');
    const at = lines.findIndex((l) => l.includes('không có đơn vị nào đủ tiêu chuẩn'));
    expect(lines[at + 1]?.trim()).not.toBe('.');
  });

  it('a guide that ranks only (no bands): valid, plan score works, the report says no unit is classified', async () => {
    const cwd = repo((g) => {
      delete g.classes;
      for (const a of g.awards as Record<string, unknown>[]) delete a.classes;
    });
    const check = await run(['check', '--today', '2024-12-31', '--format', 'json'], { cwd });
    expect(check.code, check.stdout).toBe(0);
    const score = await run(['score', '--format', 'json'], { cwd });
    expect(score.code).toBe(0);
    for (const u of JSON.parse(score.stdout) as { class: string | null }[]) expect(u.class).toBeNull();
    expect((await rendered(cwd)).join('\n')).toContain('Kết quả xếp loại theo hướng dẫn: không đơn vị nào đạt một mức xếp loại.');
  });

  it('the shipped guide: the classes and the proposals as before', async () => {
    const text = (await rendered(repo(() => undefined))).join('\n');
    expect(text).toContain('đề nghị khen thưởng các đơn vị như sau:');
    expect(text).toMatch(/Cờ thi đua: /);
    expect(text).not.toContain('không có đơn vị nào đủ tiêu chuẩn');
  });
});

// Band counts and shares (issue 16, point 7): as the guide writes them, exact from whole numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shareOf } from '../../src/score/bands.js';
import { printedLines, readDocx } from '../helpers/docx.js';
import { tempFolders } from '../helpers/fixtures.js';
import { repoRoot, run } from '../helpers/run.js';

const write = tempFolders();

describe('shareOf: count / whole as a percent, cut or rounded, exact', () => {
  it.each([
    [13, 34, 2, 'truncate', 38.23], // 38.2352...
    [13, 34, 2, 'round', 38.24],
    [1, 33, 2, 'truncate', 3.03], // 3.0303
    [76, 2500, 2, 'truncate', 3.04], // exactly 3.04: no float drift to 3.03
    [37, 1000, 1, 'truncate', 3.7],
    [1, 8, 1, 'round', 12.5], // exactly 12.5
    [1, 8, 0, 'round', 13], // half up
    [1, 8, 0, 'truncate', 12],
    [0, 0, 2, 'truncate', 0],
  ] as const)('%i of %i, %i decimals, %s: %d', (count, whole, decimals, rounding, expected) => {
    expect(shareOf(count, whole, { decimals, rounding })).toBe(expected);
  });
});

describe('plan score prints the bands with their shares', () => {
  it('the shipped year: 2 + 6 + 4 + 2 of 14, cut to two decimals', async () => {
    const r = await run(['score']);
    expect(r.stdout).toContain(
      'Xếp loại: Hoàn thành xuất sắc nhiệm vụ 2 đơn vị (14,28%); Hoàn thành tốt nhiệm vụ 6 đơn vị (42,85%); Hoàn thành nhiệm vụ 4 đơn vị (28,57%); Không hoàn thành nhiệm vụ 2 đơn vị (14,28%).',
    );
    const md = await run(['score', '--format', 'md']);
    expect(md.stdout).toContain('Xếp loại: Hoàn thành xuất sắc nhiệm vụ 2 đơn vị (14,28%)');
  });
});

describe('the guide\'s rule and the report placeholder', () => {
  it('shares: { decimals: 1, rounding: round } in the guide; {{diem.ty_le_xep_loai}} in a template of the repo', async () => {
    const FOLDER = 'plans/2024/dinh-quan';
    const files: Record<string, string> = {};
    for (const name of readdirSync(join(repoRoot, FOLDER))) files[`${FOLDER}/${name}`] = readFileSync(join(repoRoot, FOLDER, name), 'utf8');
    files[`${FOLDER}/huong-dan-cham-diem.yaml`] = files[`${FOLDER}/huong-dan-cham-diem.yaml`]!.replace(/^tieBreak:/m, 'shares: { decimals: 1, rounding: round }\ntieBreak:');
    files['templates/cham-diem.yaml'] = readFileSync(join(repoRoot, 'templates/cham-diem.yaml'), 'utf8').replace(
      "'Kết quả xếp loại theo hướng dẫn: {{#diem.xep_loai}}{{diem.xep_loai}}{{/diem.xep_loai}}",
      "'Kết quả xếp loại theo hướng dẫn: {{#diem.xep_loai}}{{diem.ty_le_xep_loai}}{{/diem.xep_loai}}",
    );
    const cwd = write(files);
    const score = await run(['score'], { cwd });
    expect(score.stdout).toContain('Hoàn thành xuất sắc nhiệm vụ 2 đơn vị (14,3%); Hoàn thành tốt nhiệm vụ 6 đơn vị (42,9%)');
    const r = await run(['render', 'cham-diem', '-o', 'out.docx'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const text = printedLines(await readDocx(readFileSync(join(cwd, 'out.docx')))).join('\n');
    expect(text).toContain('2 đơn vị Hoàn thành xuất sắc nhiệm vụ (14,3%), 6 đơn vị Hoàn thành tốt nhiệm vụ (42,9%)');
  });
});

// src/report/table-chunks.ts draws a long table in pieces (one-line rows a thousand at a time as
// the lines of one cli-table3 row, the others a few dozen at a time) with cli-table3's measuring
// cached, and must draw exactly what one cli-table3 table draws.
import Table from 'cli-table3';
import utils from 'cli-table3/src/utils.js';
import { describe, expect, it } from 'vitest';
import { chunkedTable } from '../../src/report/table-chunks.js';

const head = ['Hạng', 'Đơn vị', 'Cụm', 'I', 'Tổng', 'Xếp loại'];
const aligns: ('left' | 'right')[] = ['left', 'left', 'left', 'right', 'right', 'left'];
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => [String(i + 1), `Xã ${'Phú '.repeat(i % 4)}Lợi ${i}`, `Cụm ${i % 7}`, `${i % 20},25`, `${80 + (i % 20)},5`, i % 3 ? 'Hoàn thành tốt nhiệm vụ' : 'Xuất sắc']);

function oneTable(rowsOf: readonly (readonly string[])[], headOf: readonly string[] = head, alignsOf = aligns): string {
  const table = new Table({ head: [...headOf], colAligns: alignsOf, style: { head: [], border: [] } });
  for (const r of rowsOf) table.push([...r]);
  return table.toString();
}

/**
 * Rows of every kind a cell of `plan score` may hold: Vietnamese in composed and decomposed form
 * (combining marks take no column), wide CJK letters and an emoji (two columns each), empty cells,
 * numbers to right-align, a tab, and now and then a cell of several lines or in colour (cli-table3
 * draws those rows as rows of their own), at the start, the end and next to one another.
 */
const names = ['Xã Định Quán', 'Phường Tân Phú', 'Thị trấn Vĩnh An', 'Xã Phú Lợi'.normalize('NFD'), '北京市朝阳区', '東京都', 'Ấp Bàu Sen 🌾', ''];
const notes = ['', '', '', 'Chưa nộp minh chứng', '缺少证明材料', 'Thiếu\tbiên bản', 'Dòng một\nDòng hai', '\x1b[31mđỏ\x1b[39m', 'Ghi chú rất dài về việc chấm điểm của hội đồng thi đua khen thưởng'];
const mixedRows = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    i % 97 === 0 ? '' : String(i + 1),
    `${names[i % names.length]} ${i % 5 === 0 ? '' : i}`.trim(),
    i % 11 === 0 ? '' : `Cụm thi đua số ${(i % 50) + 1}`,
    i % 13 === 0 ? '' : `${i % 20},${['0', '25', '5', '75'][i % 4]}`,
    `${(i * 37) % 1000},5`,
    i % 7 === 0 ? '-0,25' : `+${i % 3},75`,
    notes[(i * 7) % notes.length]!,
  ]);
const mixedHead = ['Hạng', 'Đơn vị', 'Cụm', 'Tự chấm', 'Hội đồng', 'Chênh lệch', 'Ghi chú'];
const mixedAligns: ('left' | 'right')[] = ['right', 'left', 'left', 'right', 'right', 'right', 'left'];

describe('chunkedTable', () => {
  it.each([1, 2, 99, 100, 101, 250, 1000, 1001, 1002])('%i rows: the same text as one cli-table3 table', (n) => {
    const data = rows(n);
    expect(chunkedTable(head, data, { colAligns: aligns })).toBe(oneTable(data));
  });

  it('a wide value in the last piece widens the column of every piece', () => {
    const data = rows(1230);
    data[1229]![1] = 'Xã có một cái tên rất dài để thử độ rộng của cột';
    const out = chunkedTable(head, data, { colAligns: aligns });
    expect(out).toBe(oneTable(data));
    expect(new Set(out.split('\n').map((l) => [...l].length)).size).toBe(1);
  });

  it('Vietnamese, CJK, emoji, empty cells, right alignment, cells of several lines and in colour: the same text as one table', () => {
    const data = mixedRows(1260);
    expect(data.some((r) => r.some((c) => c.includes('\n')))).toBe(true);
    expect(data.some((r) => r.every((c) => !c.includes('\n') && !c.includes('\x1b')))).toBe(true);
    expect(chunkedTable(mixedHead, data, { colAligns: mixedAligns })).toBe(oneTable(data, mixedHead, mixedAligns));
  });

  it('rows of several lines first, second and last, a head in colour and of two lines', () => {
    const data = mixedRows(300);
    data[0]![6] = 'Một\nHai\nBa';
    data[1]![1] = 'Xã\nPhú Lợi';
    data[299]![6] = 'Cuối\ncùng';
    const colourHead = mixedHead.map((h, i) => (i === 1 ? `\x1b[1m${h}\x1b[22m\nTên` : `\x1b[1m${h}\x1b[22m`));
    expect(chunkedTable(colourHead, data, { colAligns: mixedAligns })).toBe(oneTable(data, colourHead, mixedAligns));
  });

  it('only empty cells, and rows without a head or with fewer cells than it: the same text as one table', () => {
    const empty = Array.from({ length: 150 }, () => mixedHead.map(() => ''));
    expect(chunkedTable(mixedHead, empty, { colAligns: mixedAligns })).toBe(oneTable(empty, mixedHead, mixedAligns));
    const short = mixedRows(120).map((r, i) => (i === 60 ? r.slice(0, 3) : r));
    expect(chunkedTable(mixedHead, short, { colAligns: mixedAligns })).toBe(oneTable(short, mixedHead, mixedAligns));
    expect(chunkedTable([], rows(5))).toBe(oneTable(rows(5), [], []));
    expect(chunkedTable(head, [], { colAligns: aligns })).toBe(oneTable([]));
  });

  // How fast: bench/score.mjs (20,000 rows of --diff), not a timed test.
  it("puts cli-table3's own measuring back when done", () => {
    const { strlen, truncate, pad } = utils;
    chunkedTable(head, rows(150), { colAligns: aligns });
    expect(utils.strlen).toBe(strlen);
    expect(utils.truncate).toBe(truncate);
    expect(utils.pad).toBe(pad);
  });
});

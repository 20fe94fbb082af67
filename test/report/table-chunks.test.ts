// src/report/table-chunks.ts draws a table of many rows a hundred at a time (cli-table3's layout is
// superlinear: 1,000 rows took about a second) and must draw exactly what one cli-table3 table draws.
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { chunkedTable } from '../../src/report/table-chunks.js';

const head = ['Hạng', 'Đơn vị', 'Cụm', 'I', 'Tổng', 'Xếp loại'];
const aligns: ('left' | 'right')[] = ['left', 'left', 'left', 'right', 'right', 'left'];
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => [String(i + 1), `Xã ${'Phú '.repeat(i % 4)}Lợi ${i}`, `Cụm ${i % 7}`, `${i % 20},25`, `${80 + (i % 20)},5`, i % 3 ? 'Hoàn thành tốt nhiệm vụ' : 'Xuất sắc']);

function oneTable(rowsOf: string[][]): string {
  const table = new Table({ head, colAligns: aligns, style: { head: [], border: [] } });
  for (const r of rowsOf) table.push(r);
  return table.toString();
}

describe('chunkedTable', () => {
  it.each([1, 2, 99, 100, 101, 250, 1000])('%i rows: the same text as one cli-table3 table', (n) => {
    const data = rows(n);
    expect(chunkedTable(head, data, { colAligns: aligns })).toBe(oneTable(data));
  });

  it('a wide value in the last piece widens the column of every piece', () => {
    const data = rows(230);
    data[229]![1] = 'Xã có một cái tên rất dài để thử độ rộng của cột';
    const out = chunkedTable(head, data, { colAligns: aligns });
    expect(out).toBe(oneTable(data));
    expect(new Set(out.split('\n').map((l) => [...l].length)).size).toBe(1);
  });
});

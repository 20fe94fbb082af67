import { describe, expect, it } from 'vitest';
import type { TextOptions } from '../../src/check/text/index.js';
import { check, only } from './expect-problems.js';

const quotes = (text: string, options?: TextOptions) => only('text/quotes', text, options).map((p) => [p.start, p.args.found, p.args.expected]);

describe('text/quotes', () => {
  it('balanced marks: nothing', () => {
    expect(quotes('cuộc vận động “Vì người nghèo” (khóa XII) [1] và "Ngày hội"')).toEqual([]);
    expect(quotes('“Toàn dân đoàn kết (xây dựng) nông thôn mới”')).toEqual([]);
  });

  it('an unclosed curly quote, parenthesis, bracket', () => {
    expect(quotes('cuộc vận động “Vì người nghèo')).toEqual([[14, '“', '”']]);
    expect(quotes('Cụm thi đua số 6 (Hội đồng')).toEqual([[17, '(', ')']]);
    expect(quotes('tài liệu [1')).toEqual([[9, '[', ']']]);
  });

  it('an unopened closing mark', () => {
    expect(quotes('Vì người nghèo” năm 2024')).toEqual([[14, '”', '“']]);
    expect(quotes('khóa XII]')).toEqual([[8, ']', '[']]);
    expect(quotes('hội nhập quốc tế)')).toEqual([[16, ')', '(']]);
  });

  it('each kind is matched on its own, and all are reported in order', () => {
    expect(quotes('“a (b” c')).toEqual([[3, '(', ')']]);
    expect(quotes(') “ ( ]')).toEqual([
      [0, ')', '('],
      [2, '“', '”'],
      [4, '(', ')'],
      [6, ']', '['],
    ]);
  });

  it('list markers "a)", "đ)", "1)", "iv)" are not unmatched parentheses', () => {
    expect(quotes('a) Mục đích')).toEqual([]);
    expect(quotes('  đ) Tổ chức')).toEqual([]);
    expect(quotes('gồm: a) tuyên truyền; b) vận động; 12) khác; iv) hết')).toEqual([]);
    expect(quotes('dòng một\nb) dòng hai')).toEqual([]);
    // A ")" after a longer word is not a marker.
    expect(quotes('nông thôn mới)')).toEqual([[13, ')', '(']]);
  });

  it('an odd number of straight double quotes: the last one', () => {
    expect(quotes('phong trào "Vì người nghèo" và "Ngày hội')).toEqual([[31, '"', '"']]);
    expect(quotes('"a" "b"')).toEqual([]);
  });

  it('the delimiters of a double-quoted YAML scalar are not content', () => {
    expect(quotes('"Kế hoạch"', { quoted: '"' })).toEqual([]);
    expect(quotes('"Kế hoạch"')).toEqual([]);
    expect(quotes('"Kế hoạch', { quoted: '"' })).toEqual([]); // first line of a multi-line scalar
    expect(quotes('Kế hoạch"', { quoted: '"' })).toEqual([]); // its last line
    expect(quotes('"a " b"', { quoted: '"' })).toEqual([[3, '"', '"']]);
  });

  it('inside "...", \\" is a literal quote and \\\\ a literal backslash', () => {
    expect(quotes('"phong trào \\"Vì người nghèo\\""', { quoted: '"' })).toEqual([]);
    const text = '"phong trào \\"Vì người nghèo"';
    expect(quotes(text, { quoted: '"' })).toEqual([[text.indexOf('\\"') + 1, '"', '"']]);
    expect(quotes('"C:\\\\"', { quoted: '"' })).toEqual([]);
    expect(quotes('"a\\""', { quoted: '"' })).toEqual([[3, '"', '"']]);
  });

  it('inside \'...\', double quotes are content and \'\' an apostrophe', () => {
    expect(quotes("'phong trào \"Vì người nghèo\"'", { quoted: "'" })).toEqual([]);
    expect(quotes("'phong trào \"Vì người nghèo'", { quoted: "'" })).toEqual([[12, '"', '"']]);
    expect(quotes("'K''Ho (Lâm Đồng)'", { quoted: "'" })).toEqual([]);
    expect(quotes("''", { quoted: "'" })).toEqual([]);
  });

  it('has no fix', () => {
    expect(check('(a').every((p) => p.fix === undefined)).toBe(true);
  });
});

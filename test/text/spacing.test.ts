import { describe, expect, it } from 'vitest';
import { fixed, only } from './expect-problems.js';

const spacing = (text: string, quoted?: '"' | "'") =>
  only('text/spacing', text, quoted ? { quoted } : undefined).map((p) => [p.args.kind, p.args.found, p.fix]);

describe('text/spacing', () => {
  it('correct text: nothing', () => {
    expect(spacing('Căn cứ Kế hoạch số 09/KH-UBND, ngày 12/01/2024 (khóa XII); kinh tế - xã hội: tốt!')).toEqual([]);
  });

  it('two or more spaces between words', () => {
    const text = 'thi đua  yêu   nước';
    expect(spacing(text)).toEqual([
      ['double', '  ', ' '],
      ['double', '   ', ' '],
    ]);
    expect(only('text/spacing', text).map((p) => [p.start, p.end])).toEqual([
      [7, 9],
      [12, 15],
    ]);
    expect(fixed(text)).toBe('thi đua yêu nước');
  });

  it('a tab between words, alone or with spaces', () => {
    expect(spacing('Nơi\tnhận')).toEqual([['tab', '\t', ' ']]);
    expect(spacing('Nơi \t nhận')).toEqual([['tab', ' \t ', ' ']]);
  });

  it('leading indentation and trailing blanks are not looked at', () => {
    expect(spacing('\tỦY BAN MTTQ VIỆT NAM')).toEqual([]);
    expect(spacing('   - Căn cứ')).toEqual([]);
    expect(spacing('KẾ HOẠCH   ')).toEqual([]);
    expect(spacing('dòng một\n    dòng hai  \n')).toEqual([]);
  });

  it.each([',', ';', ':', '.', ')', '!', '?'])('a space before "%s"', (mark) => {
    const text = `huyện ${mark}`;
    expect(spacing(`(${text}`)).toEqual([['before-punctuation', ` ${mark}`, mark]]);
    expect(fixed(`(${text}`)).toBe(`(huyện${mark}`);
  });

  it('several blanks before a mark are one problem', () => {
    expect(spacing('huyện  , xã')).toEqual([['before-punctuation', '  ,', ',']]);
  });

  it('a space after "("', () => {
    expect(spacing('Cụm thi đua số 6 ( Hội đồng thi đua-khen thưởng huyện)')).toEqual([['after-bracket', '( ', '(']]);
    expect(fixed('( a , b )')).toBe('(a, b)');
    expect(spacing('( )')).toEqual([['after-bracket', '( ', '(']]);
  });

  it('not before "./.", "...", a dash, or a "." or ":" that starts a word', () => {
    expect(spacing('Lưu VT ./.')).toEqual([]);
    expect(spacing('các nội dung ... và')).toEqual([]);
    expect(spacing('kinh tế - xã hội')).toEqual([]);
    expect(spacing('tệp .docx và .yaml, lúc 8 :30')).toEqual([]);
    expect(spacing('trên đây ./.')).toEqual([]);
  });

  it('"." and ":" before the end, a blank or a closing mark are reported', () => {
    expect(spacing('Lưu VT .')).toEqual([['before-punctuation', ' .', '.']]);
    expect(spacing('Nơi nhận :')).toEqual([['before-punctuation', ' :', ':']]);
    expect(spacing('Số : 109')).toEqual([['before-punctuation', ' :', ':']]);
    expect(spacing('(xem mục 2 .)')).toEqual([['before-punctuation', ' .', '.']]);
  });

  it('the quotes of a YAML quoted scalar are not words', () => {
    expect(spacing('"  Kế hoạch"', '"')).toEqual([]);
    expect(spacing('"Kế hoạch  "', '"')).toEqual([]);
    expect(spacing("'Kế  hoạch'", "'")).toEqual([['double', '  ', ' ']]);
    // Without the option, the opening quote is a character like any other.
    expect(spacing('"  Kế hoạch"')).toEqual([['double', '  ', ' ']]);
  });

  it('non-breaking spaces are left alone', () => {
    expect(spacing('Số:\u00a0\u00a0109')).toEqual([]);
  });
});

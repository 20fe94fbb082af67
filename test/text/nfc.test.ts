import { describe, expect, it } from 'vitest';
import { check, fixed, only, reference } from './expect-problems.js';

describe('text/nfc', () => {
  it('NFC text: nothing', () => {
    expect(only('text/nfc', 'Kế hoạch thi đua, khen thưởng năm 2024')).toEqual([]);
  });

  it('a decomposed letter is reported as its whole word', () => {
    const text = 'Thực hiện va\u0300 tổng kết';
    expect(only('text/nfc', text)).toEqual([
      { rule: 'text/nfc', start: 10, end: 13, args: { found: 'va\u0300', expected: 'và' }, fix: 'và' },
    ]);
    expect(fixed(text)).toBe('Thực hiện và tổng kết');
  });

  it('each decomposed word is its own run; NFC words between are left out', () => {
    const text = 'Th\u01b0\u0323c hi\u00ea\u0323n và to\u0061\u0300n';
    const problems = only('text/nfc', text);
    expect(problems.map((p) => p.args.found)).toEqual(['Th\u01b0\u0323c', 'hi\u00ea\u0323n', 'toa\u0300n']);
    expect(problems.map((p) => p.args.expected)).toEqual(['Thực', 'hiện', 'toàn']);
    expect(fixed(text)).toBe('Thực hiện và toàn');
  });

  it('a word that is only partly decomposed is reported whole', () => {
    const text = 'Thươ\u0300ng';
    expect(only('text/nfc', text).map((p) => [p.start, p.end, p.fix])).toEqual([[0, text.length, 'Thường']]);
  });

  it('a changed character outside words is reported alone', () => {
    // U+212B ANGSTROM SIGN and U+2126 OHM SIGN become Å and Ω under NFC.
    const text = 'đo 5 \u2126, 3 \u212b';
    expect(only('text/nfc', text).map((p) => [p.args.found, p.args.expected])).toEqual([
      ['\u2126', '\u03a9'],
      ['\u212b', '\u00c5'],
    ]);
  });

  it('adjacent changed characters are one run', () => {
    const text = 'x \u2126\u2126 y';
    expect(only('text/nfc', text).map((p) => [p.start, p.end])).toEqual([[2, 4]]);
  });

  it('marks in the wrong canonical order are reported', () => {
    const text = 'Vie\u0302\u0323t'; // circumflex then dot below: NFC puts the dot first and composes ệ
    expect(only('text/nfc', text)).toEqual([
      { rule: 'text/nfc', start: 0, end: 6, args: { found: text, expected: 'Việt' }, fix: 'Việt' },
    ]);
  });

  it('offsets after a decomposed word still point at the original text', () => {
    const text = 'va\u0300  Vịêt ( MTQ';
    const problems = check(text);
    expect(problems.map((p) => [p.rule, p.args.found])).toEqual([
      ['text/nfc', 'va\u0300'],
      ['text/spacing', '  '],
      ['text/tone-mark', 'Vịêt'],
      ['text/spacing', '( '],
      ['text/quotes', '('],
      ['text/known-name', 'MTQ'],
    ]);
    expect(fixed(text)).toBe('và Việt (MTTQ');
  });

  it('the reference plan as stored: its pasted, decomposed words, and the fixes make it NFC', async () => {
    const raw = await reference('raw');
    expect(raw).not.toBe(raw.normalize('NFC'));
    const lines = raw.split('\n');
    const found = lines.flatMap((line) => only('text/nfc', line).map((p) => p.args.expected));
    expect(found).toContain('Thực');
    expect(found).toContain('Việt');
    for (const line of lines) {
      const nfcFixes = only('text/nfc', line).filter((p) => p.fix !== undefined);
      const once = nfcFixes.reduceRight((t, p) => t.slice(0, p.start) + p.fix + t.slice(p.end), line);
      expect(once).toBe(line.normalize('NFC'));
    }
  });
});

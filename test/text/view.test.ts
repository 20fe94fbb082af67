import { describe, expect, it } from 'vitest';
import { viewOf } from '../../src/check/text/view.js';
import { check } from './expect-problems.js';

describe('the NFC view and its offset map', () => {
  it('NFC text maps to itself', () => {
    const view = viewOf('Việt Nam');
    expect(view.nfc).toBe('Việt Nam');
    expect(view.map(2, 5)).toEqual({ start: 2, end: 5, exact: true });
  });

  it('maps grapheme bounds exactly, and widens a bound inside a changed grapheme', () => {
    const text = 'va\u0300 Vi\u0323\u00eat x';
    const view = viewOf(text);
    expect(view.nfc).toBe('và Vịêt x');
    expect(view.map(0, 2)).toEqual({ start: 0, end: 3, exact: true }); // "và"
    expect(view.map(3, 7)).toEqual({ start: 4, end: 9, exact: true }); // "Vịêt"
    expect(view.map(8, 9)).toEqual({ start: 10, end: 11, exact: true }); // "x"
    expect(view.map(9, 9)).toEqual({ start: 11, end: 11, exact: true });
    expect(view.map(0, 0)).toEqual({ start: 0, end: 0, exact: true });
    // "ệ" + U+0301 (two tones) stays two units in NFC: a bound between them is inside one grapheme.
    const other = viewOf('xe\u0302\u0323\u0301y');
    expect(other.nfc).toBe('xệ\u0301y');
    expect(other.map(1, 2)).toEqual({ start: 1, end: 5, exact: false });
    expect(other.map(1, 3)).toEqual({ start: 1, end: 5, exact: true });
  });

  it('a rule span ending inside a changed grapheme is widened and loses its fix', () => {
    // Two blanks, the second carrying marks in the wrong order: NFC reorders them.
    const text = 'a  \u0301\u0323b';
    const spacing = check(text).filter((p) => p.rule === 'text/spacing');
    expect(spacing).toEqual([{ rule: 'text/spacing', start: 1, end: 5, args: { found: '  \u0301\u0323', kind: 'double' } }]);
  });
});

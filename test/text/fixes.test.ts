import { describe, expect, it } from 'vitest';
import { applyTextFixes, checkText, type TextProblem } from '../../src/check/text/index.js';
import { check, fixed } from './expect-problems.js';

const problem = (start: number, end: number, fix?: string): TextProblem => ({
  rule: 'text/spacing',
  start,
  end,
  args: { found: '' },
  ...(fix === undefined ? {} : { fix }),
});

describe('applyTextFixes', () => {
  it('applies from the end, whatever the order given', () => {
    expect(applyTextFixes('abcdef', [problem(0, 1, 'A'), problem(4, 6, 'EF!'), problem(2, 3, '')])).toBe('AbdEF!');
  });

  it('skips problems without a fix and fixes overlapping one already applied', () => {
    expect(applyTextFixes('abcdef', [problem(0, 2), problem(1, 4, 'X'), problem(3, 5, 'Y')])).toBe('abcYf');
  });

  it('nothing to fix: the same text', () => {
    expect(applyTextFixes('Việt Nam', [])).toBe('Việt Nam');
  });
});

describe('checkText: problems together', () => {
  it('are sorted by start, and fixes never overlap', () => {
    const text = 'Hội Đồng  Thi Đua ( Uỷ ban MTQ Vịêt nam , muà “hè';
    const problems = check(text);
    expect(problems.map((p) => [p.rule, p.args.found])).toEqual([
      ['text/known-name', 'Hội Đồng'],
      ['text/spacing', '  '],
      ['text/known-name', 'Thi Đua'],
      ['text/spacing', '( '],
      ['text/quotes', '('],
      ['text/known-name', 'MTQ'],
      ['text/tone-mark', 'Vịêt'],
      ['text/spacing', ' ,'],
      ['text/tone-mark', 'muà'],
      ['text/quotes', '“'],
    ]);
    expect(fixed(text)).toBe('Hội đồng Thi đua (Uỷ ban MTTQ Việt nam, mùa “hè');
  });

  it('overlapping fixes: the first keeps its fix; the NFC fix yields, as the others write NFC', () => {
    const word = 'Vi\u0323\u00eat'; // decomposed and misplaced: two problems on one span
    expect(check(`${word} Nam`).map((p) => [p.rule, p.start, p.end, p.fix])).toEqual([
      ['text/tone-mark', 0, 5, 'Việt'],
      ['text/nfc', 0, 5, undefined],
    ]);
    const name = 'Vi\u00ea\u0323t nam'; // decomposed, inside a misspelt name that starts with it
    expect(check(name).map((p) => [p.rule, p.start, p.end, p.fix])).toEqual([
      ['text/known-name', 0, 9, 'Việt Nam'],
      ['text/nfc', 0, 5, undefined],
    ]);
  });

  it('fixing until nothing changes reaches a text with no fixable problem', () => {
    let text = 'Ủy Ban  Nhân Dân huyện , Vi\u0323\u00eat nam ( hòang';
    for (let i = 0; i < 5; i++) text = fixed(text);
    expect(text).toBe('Ủy ban nhân dân huyện, Việt Nam (hoàng');
    expect(checkText(text).filter((p) => p.fix !== undefined)).toEqual([]);
  });

  it('empty and blank text', () => {
    expect(check('')).toEqual([]);
    expect(check('   ')).toEqual([]);
    expect(check('""', { quoted: '"' })).toEqual([]);
  });
});

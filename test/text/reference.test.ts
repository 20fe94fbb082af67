import { describe, expect, it } from 'vitest';
import { check, fixed, reference } from './expect-problems.js';

// The reference plan is real text from a Front office: apart from its pasted, decomposed words,
// it has exactly two mistakes the rules know, and nothing else may be reported.
describe('the reference plan', () => {
  it('line by line: decomposed words, "Vịêt" and "MTQ", nothing else', async () => {
    const lines = (await reference('raw')).split('\n');
    const problems = lines.flatMap((line, i) => check(line).map((p) => ({ line: i + 1, ...p })));
    const other = problems.filter((p) => p.rule !== 'text/nfc');
    expect(other.map((p) => [p.rule, p.args.found, p.fix])).toEqual([
      ['text/known-name', 'MTQ', 'MTTQ'],
      ['text/tone-mark', 'Vịêt', 'Việt'],
    ]);
    expect(problems.filter((p) => p.rule === 'text/nfc').length).toBeGreaterThan(10);
  });

  it('as one text: the same, and its quotes and brackets balance', async () => {
    const text = await reference();
    expect(check(text).map((p) => p.args.found)).toEqual(['MTQ', 'Vịêt']);
  });

  it('fixed: NFC, with "Việt" and "MTTQ"', async () => {
    const raw = await reference('raw');
    const out = raw
      .split('\n')
      .map((line) => fixed(line))
      .join('\n');
    expect(out).toBe(raw.normalize('NFC').replace('Vịêt', 'Việt').replace('MTQ ', 'MTTQ '));
  });
});

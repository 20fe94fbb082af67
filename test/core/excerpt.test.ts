// excerpt(): the culprit's line and a caret line, measured in letters as the eye counts them.
import { describe, expect, it } from 'vitest';
import type { Range } from '../../src/diagnostics/diagnostic.js';
import { excerpt, graphemes } from '../../src/report/excerpt.js';

/** The range of `culprit` in `source` (its first occurrence at or after `from`), in code units. */
function rangeOf(source: string, culprit: string, from = 0): Range {
  const offset = source.indexOf(culprit, from);
  if (offset < 0) throw new Error(`not in source: ${culprit}`);
  const position = (o: number) => {
    const before = source.slice(0, o).split('\n');
    return { line: before.length, column: before.at(-1)!.replace(/\r$/, '').length + 1, offset: o };
  };
  return { start: position(offset), end: position(offset + culprit.length) };
}

describe('excerpt', () => {
  it('the line, and carets under the culprit', () => {
    const source = 'kind: ke-hoach\nyear: 1900\n';
    expect(excerpt(source, rangeOf(source, '1900'))).toEqual({ lineNumber: 2, line: 'year: 1900', marker: '      ^^^^' });
  });

  it('decomposed (NFD) Vietnamese before the culprit: the caret under the right letter', () => {
    const text = 'Ủy ban MTTQ Việt Nam huyện Định Quán'.normalize('NFD');
    const line = `  - { name: ${text}, id: Bad }`;
    const source = `units:\n${line}\n`;
    const shown = excerpt(source, rangeOf(source, 'Bad'))!;
    expect(shown.line).toBe(line);
    // Counted in letters, "Bad" comes earlier than its code-unit column says.
    const lettersBefore = graphemes(line.slice(0, line.indexOf('Bad'))).length;
    expect(lettersBefore).toBe(`  - { name: ${text.normalize('NFC')}, id: `.length);
    expect(line.indexOf('Bad')).toBeGreaterThan(lettersBefore);
    expect(shown.marker).toBe(`${' '.repeat(lettersBefore)}^^^`);
  });

  it('decomposed Vietnamese in the culprit: one caret per letter', () => {
    const word = 'Thường'.normalize('NFD');
    const source = `on: ${word}\n`;
    expect(word.length).toBeGreaterThan(6);
    expect(excerpt(source, rangeOf(source, word))!.marker).toBe('    ^^^^^^');
  });

  it('precomposed (NFC) Vietnamese before the culprit: one column per letter', () => {
    const source = 'place: Định Quán: x\n';
    expect(excerpt(source, rangeOf(source, ': x'))!.marker).toBe(`${' '.repeat('place: Định Quán'.length)}^^^`);
  });

  it('tabs before the culprit are kept, so the caret lines up in any terminal', () => {
    const source = 'a:\t\tb: 5\n';
    expect(excerpt(source, rangeOf(source, '5'))!.marker).toBe('  \t\t   ^');
  });

  it('CRLF: the line without its \\r, the caret in the same place', () => {
    const source = 'kind: to-chuc\r\nid: Thu Xa\r\nname: x\r\n';
    const shown = excerpt(source, rangeOf(source, 'Thu Xa'))!;
    expect(shown).toEqual({ lineNumber: 2, line: 'id: Thu Xa', marker: '    ^^^^^^' });
  });

  it('a range over several lines: carets to the end of the first line', () => {
    const source = 'summary: |-\n  một\n  hai\n';
    const range = rangeOf(source, '|-\n  một');
    expect(excerpt(source, range)).toEqual({ lineNumber: 1, line: 'summary: |-', marker: '         ^^' });
  });

  it('an empty range: one caret', () => {
    const start = { line: 1, column: 8, offset: 7 };
    expect(excerpt('signer:\n', { start, end: start })!.marker).toBe('       ^');
  });

  it('trailing spaces of the culprit are not underlined', () => {
    const source = 'a: x   \n';
    const start = { line: 1, column: 4, offset: 3 };
    const end = { line: 1, column: 8, offset: 7 };
    expect(excerpt(source, { start, end })!.marker).toBe('   ^');
  });

  it('a line beyond the text: nothing', () => {
    const position = { line: 9, column: 1, offset: 100 };
    expect(excerpt('a: 1\n', { start: position, end: position })).toBeUndefined();
  });
});

describe('graphemes', () => {
  it('counts "ệ" typed as e + two combining marks as one letter', () => {
    expect(graphemes('Việt'.normalize('NFD'))).toHaveLength(4);
    expect(graphemes('Việt')).toHaveLength(4);
  });
});

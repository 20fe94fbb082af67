// locate(): a data path → the offsets of the node a user should look at.
import { describe, expect, it } from 'vitest';
import { locate, toRange } from '../../src/repo/locate.js';
import { parseYaml } from '../../src/repo/parse.js';

const text = [
  'kind: ke-hoach', //                    line 1
  'recipients:', //                       line 2
  '  - Ban TC-TG', //                     line 3
  '  - "Lưu: VT"', //                     line 4
  'numbering: ["I/-", "1."]', //          line 5
  'sections:', //                         line 6
  '  - heading: Một', //                  line 7
  '    tasks:', //                        line 8
  '      - id: viec-1', //                line 9
  '        lead: 5', //                   line 10
  'signer:', //                           line 11
  '  on: Ban Thường trực', //             line 12
  'occurrences:', //                      line 13
  '  2024: { status: done }', //          line 14
  '  a/b: x', //                          line 15
  'empty:', //                            line 16
  '',
].join('\n');

const { doc, lineCounter } = parseYaml(text);

/** Where the path points, as `line:column` and the text it covers. */
function at(path: (string | number)[], which?: 'key' | 'value') {
  const span = locate(doc!, path, which);
  const range = toRange(lineCounter, span);
  return { where: `${range.start.line}:${range.start.column}`, text: text.slice(span[0], span[1]) };
}

describe('locate', () => {
  it('a value: the value itself', () => {
    expect(at(['sections', 0, 'tasks', 0, 'lead'])).toEqual({ where: '10:15', text: '5' });
    expect(at(['signer', 'on'])).toEqual({ where: '12:7', text: 'Ban Thường trực' });
  });

  it('a key, with at: "key"', () => {
    expect(at(['sections', 0, 'tasks', 0, 'lead'], 'key')).toEqual({ where: '10:9', text: 'lead' });
    expect(at(['kind'], 'key')).toEqual({ where: '1:1', text: 'kind' });
  });

  it('a sequence index: that item', () => {
    expect(at(['recipients', 1])).toEqual({ where: '4:5', text: '"Lưu: VT"' });
    expect(at(['numbering', 1])).toEqual({ where: '5:20', text: '"1."' });
  });

  it('a list item with at: "key": its first character (it has no key)', () => {
    expect(at(['sections', 0, 'tasks', 0], 'key')).toEqual({ where: '9:9', text: '' });
  });

  it('a missing child of a map with a key: that key', () => {
    expect(at(['signer', 'person'])).toEqual({ where: '11:1', text: 'signer' });
  });

  it('a missing child of a list item: the item\'s first key', () => {
    expect(at(['sections', 0, 'tasks', 0, 'text'])).toEqual({ where: '9:9', text: '' });
  });

  it('a missing child of the root: the first key of the file', () => {
    expect(at(['summary'])).toEqual({ where: '1:1', text: '' });
  });

  it('a missing index: the list\'s key', () => {
    expect(at(['recipients', 7])).toEqual({ where: '2:1', text: 'recipients' });
  });

  it('a path through a scalar: the nearest node that exists', () => {
    expect(at(['sections', 0, 'tasks', 0, 'lead', 'x'])).toEqual({ where: '10:9', text: 'lead' });
  });

  it('a number as a map key matches the key written as a number', () => {
    expect(at(['occurrences', 2024, 'status'])).toEqual({ where: '14:19', text: 'done' });
    expect(at(['occurrences', '2024'], 'key')).toEqual({ where: '14:3', text: '2024' });
  });

  it('a key with a "/" in it', () => {
    expect(at(['occurrences', 'a/b'])).toEqual({ where: '15:8', text: 'x' });
  });

  it('an empty value: the place right after its key', () => {
    const { where } = at(['empty']);
    expect(where.split(':')[0]).toBe('16');
  });

  it('the empty path: the root map', () => {
    expect(at([]).where).toBe('1:1');
  });
});

describe('toRange', () => {
  it('1-based lines and columns in UTF-16 code units, end exclusive', () => {
    const span = locate(doc!, ['signer', 'on']);
    expect(toRange(lineCounter, span)).toEqual({
      start: { line: 12, column: 7, offset: span[0] },
      end: { line: 12, column: 7 + 'Ban Thường trực'.length, offset: span[1] },
    });
  });

  it('never ends before it starts', () => {
    const range = toRange(lineCounter, [10, 4]);
    expect(range.end.offset).toBe(10);
  });
});

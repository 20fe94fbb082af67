// decode(): a file's bytes → its text, or why they are not a YAML text.
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../src/repo/source.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decode', () => {
  it('UTF-8: the text, no BOM, no CRLF', () => {
    expect(decode(bytes('kind: to-chuc\nname: Định Quán\n'))).toEqual({
      ok: true,
      text: 'kind: to-chuc\nname: Định Quán\n',
      bom: false,
      crlf: false,
      loneCr: false,
    });
  });

  it('a UTF-8 BOM is removed and noted', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'kind: to-chuc\n'))).toEqual({ ok: true, text: 'kind: to-chuc\n', bom: true, crlf: false, loneCr: false });
  });

  it('only the first BOM is removed', () => {
    const result = decode(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'a'));
    expect(result).toMatchObject({ ok: true, text: '\uFEFFa', bom: true });
  });

  it('CRLF is noted, and the text is left as it is', () => {
    expect(decode(bytes('a: 1\r\nb: 2\r\n'))).toEqual({ ok: true, text: 'a: 1\r\nb: 2\r\n', bom: false, crlf: true, loneCr: false });
  });

  it('BOM and CRLF together', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'a: 1\r\n'))).toEqual({ ok: true, text: 'a: 1\r\n', bom: true, crlf: true, loneCr: false });
  });

  it('lone CR line ends (old Mac files) read as LF, each at its own offset, and are written back as CR', () => {
    const decoded = decode(bytes('# chú thích\rkind: to-chuc\rid: x\r'));
    expect(decoded).toEqual({ ok: true, text: '# chú thích\nkind: to-chuc\nid: x\n', bom: false, crlf: false, loneCr: 'all' });
    if (!decoded.ok) throw new Error('not decoded');
    expect(encode(decoded, `${decoded.text}name: y\n`)).toBe('# chú thích\rkind: to-chuc\rid: x\rname: y\r');
  });

  it('lone CR with CRLF: the CRLF stay; with LF too, the line ends cannot be written back', () => {
    const crlf = decode(bytes('a: 1\r\nb: 2\rc: 3\r\n'));
    expect(crlf).toMatchObject({ text: 'a: 1\r\nb: 2\nc: 3\r\n', crlf: true, loneCr: 'all' });
    if (!crlf.ok) throw new Error('not decoded');
    expect(encode(crlf, crlf.text)).toBe('a: 1\r\nb: 2\rc: 3\r\n');
    const mixed = decode(bytes('a: 1\nb: 2\rc: 3\n'));
    expect(mixed).toMatchObject({ text: 'a: 1\nb: 2\nc: 3\n', loneCr: 'some' });
    if (!mixed.ok) throw new Error('not decoded');
    expect(encode(mixed, mixed.text)).toBeUndefined();
  });

  it('encode puts the byte-order mark back', () => {
    const decoded = decode(bytes([0xef, 0xbb, 0xbf], 'a: 1\n'));
    if (!decoded.ok) throw new Error('not decoded');
    expect(encode(decoded, 'a: 2\n')).toBe('\uFEFFa: 2\n');
  });

  it('an empty file is an empty text', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: true, text: '', bom: false, crlf: false, loneCr: false });
  });

  it('UTF-16 with a BOM, either byte order: utf16', () => {
    expect(decode(bytes([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]))).toEqual({ ok: false, reason: 'utf16' });
    expect(decode(bytes([0xfe, 0xff, 0x00, 0x61, 0x00, 0x3a]))).toEqual({ ok: false, reason: 'utf16' });
  });

  it('UTF-16 without a BOM has NUL bytes: nul', () => {
    expect(decode(bytes([0x61, 0x00, 0x3a, 0x00]))).toEqual({ ok: false, reason: 'nul' });
  });

  it('a NUL byte anywhere: nul', () => {
    expect(decode(bytes('kind: to-chuc\n', [0], '\n'))).toEqual({ ok: false, reason: 'nul' });
  });

  it.each([
    ['0xC3 0x28 (a lead byte without its follower)', [0xc3, 0x28]],
    ['a lone continuation byte', [0x80]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a sequence cut short at the end', [0xe1, 0xbb]],
    ['Windows-1258 "Việt"', [0x56, 0x69, 0xea, 0xf2, 0x74]],
  ])('invalid UTF-8, %s: utf8', (_name, invalid) => {
    expect(decode(bytes('name: ', invalid, '\n'))).toEqual({ ok: false, reason: 'utf8' });
  });

  it('a single 0xFF byte is not taken for UTF-16', () => {
    expect(decode(bytes([0xff]))).toEqual({ ok: false, reason: 'utf8' });
  });
});

// colorLevel(): colours only on a terminal; NO_COLOR and FORCE_COLOR as users set them.
import { describe, expect, it } from 'vitest';
import { chalkFor, colorLevel } from '../../src/cli/color.js';

const terminal = { write: () => true, isTTY: true };
const pipe = { write: () => true, isTTY: false };
const bare = { write: () => true };

describe('colorLevel', () => {
  it('no colour off a terminal, with an empty environment', () => {
    expect(colorLevel({}, pipe)).toBe(0);
    expect(colorLevel({}, bare)).toBe(0);
  });

  it('colour on a terminal', () => {
    expect(colorLevel({}, terminal)).toBe(1);
    expect(colorLevel({ COLORTERM: 'truecolor' }, terminal)).toBe(3);
    expect(colorLevel({ COLORTERM: '24bit' }, terminal)).toBe(3);
  });

  it('NO_COLOR, set to anything but "", turns colour off on a terminal', () => {
    expect(colorLevel({ NO_COLOR: '1' }, terminal)).toBe(0);
    expect(colorLevel({ NO_COLOR: 'yes' }, terminal)).toBe(0);
    expect(colorLevel({ NO_COLOR: '0' }, terminal)).toBe(0);
    expect(colorLevel({ NO_COLOR: 'x', COLORTERM: 'truecolor' }, terminal)).toBe(0);
  });

  it('NO_COLOR="" is as if unset (no-color.org)', () => {
    expect(colorLevel({ NO_COLOR: '' }, terminal)).toBe(1);
  });

  it('FORCE_COLOR turns colour on off a terminal, its value setting the level', () => {
    expect(colorLevel({ FORCE_COLOR: '1' }, pipe)).toBe(1);
    expect(colorLevel({ FORCE_COLOR: '' }, pipe)).toBe(1);
    expect(colorLevel({ FORCE_COLOR: 'true' }, pipe)).toBe(1);
    expect(colorLevel({ FORCE_COLOR: '2' }, pipe)).toBe(2);
    expect(colorLevel({ FORCE_COLOR: '3' }, pipe)).toBe(3);
  });

  it('FORCE_COLOR=0 or false turns colour off on a terminal', () => {
    expect(colorLevel({ FORCE_COLOR: '0' }, terminal)).toBe(0);
    expect(colorLevel({ FORCE_COLOR: 'false' }, terminal)).toBe(0);
  });

  it('TERM=dumb: no colour on a terminal', () => {
    expect(colorLevel({ TERM: 'dumb' }, terminal)).toBe(0);
  });

  it('reads the environment it is given, not the process\'s', () => {
    const saved = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '3';
    try {
      expect(colorLevel({}, pipe)).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = saved;
    }
  });
});

describe('chalkFor', () => {
  it('plain text at level 0, escapes above', () => {
    expect(chalkFor({}, pipe).red('x')).toBe('x');
    expect(chalkFor({ FORCE_COLOR: '1' }, pipe).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});

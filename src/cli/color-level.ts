import type { Io, Stream } from './io.js';

/**
 * Colour only on a terminal, NO_COLOR turns it off, FORCE_COLOR turns it on (0-3 sets the level);
 * decided from the Io given, not from the process, so tests can set it.
 */
export function colorLevel(env: Io['env'], stream: Stream): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as 2 | 3;
    return 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : 1;
}

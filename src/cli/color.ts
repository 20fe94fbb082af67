import { Chalk, type ChalkInstance } from 'chalk';
import { colorLevel } from './color-level.js';
import type { Io, Stream } from './io.js';

export { colorLevel };

export function chalkFor(env: Io['env'], stream: Stream): ChalkInstance {
  return new Chalk({ level: colorLevel(env, stream) });
}

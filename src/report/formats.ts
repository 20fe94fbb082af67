import type { Diagnostic } from '../check/diagnostic.js';
import type { FormatContext } from './context.js';
import { formatGithub } from './github.js';
import { formatHuman } from './human.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';

export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;

/** Output formats by name: each a pure function of the diagnostics. */
export const formatters = {
  human: formatHuman,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const formatNames = Object.keys(formatters) as FormatName[];

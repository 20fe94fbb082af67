import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './context.js';
import { formatHuman } from './human.js';

export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;

/**
 * Output formats by name, each a pure function of the diagnostics, loaded only when chosen; but
 * the default one, small, comes with the command (a module of its own costs a millisecond).
 */
export const formatters = {
  human: async () => formatHuman,
  json: async () => (await import('./json.js')).formatJson,
  github: async () => (await import('./github.js')).formatGithub,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  junit: async () => (await import('./junit.js')).formatJunit,
} as const satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof formatters;
export const formatNames = Object.keys(formatters) as FormatName[];

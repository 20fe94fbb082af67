import type { Catalogue, Lang } from '../i18n/catalogue.js';

export interface Stream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Everything a command may touch of the outside world, so tests run it in-process. */
export interface Io {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Stream;
  stderr: Stream;
}

export interface CommandContext {
  io: Io;
  lang: Lang;
  catalogue: Catalogue;
  /** Set by a command's action; main returns it. */
  exitCode: number;
}

/** A problem with how the tool was called (exit 2), worded for the user already. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super(message);
  }
}

/** A usage error thrown by a lazily loaded command file (its own copy of the class): known by name. */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError || (error instanceof Error && error.name === 'UsageError');
}

export const exitCodes = {
  ok: 0,
  /** Problems found in plan files (errors; warnings too with --strict). */
  problems: 1,
  /** Usage, configuration or I/O error: unknown flag, missing path... */
  usage: 2,
  /** A bug in plan itself. */
  internal: 3,
} as const;

/**
 * An input or output the system refused, said as the user knows it: what the tool was doing, with
 * which of the user's files (the plan file, not the temp file beside it), and the system's code.
 * Not a bug of the tool: the command ends with exit code 2 and words that say what to do.
 */

/** What the tool was doing. */
export type IoAction = 'read' | 'write' | 'list' | 'lock';

/**
 * Codes of the tool's own, beside the system's (ENOENT, EACCES, ENOSPC...):
 * - ENOTREG: the path is not a regular file (a FIFO, a device, a socket): reading it could wait forever;
 * - ELOCKED: another `plan` command is writing the file and did not let go in time;
 * - ECHANGED: the file kept changing while the tool was writing it (an editor, another program).
 */
export type OwnCode = 'ENOTREG' | 'ELOCKED' | 'ECHANGED';

export class IoFailure extends Error {
  override readonly name = 'IoFailure';
  constructor(
    readonly action: IoAction,
    readonly path: string,
    readonly code: string,
    /** ELOCKED: the process holding the lock, as its lock file says. */
    readonly holder?: { pid: number; host: string },
  ) {
    super(`${action} ${path}: ${code}`);
  }
}

/** An IoFailure, also one made by another bundle's copy of the class (lazily loaded commands have their own). */
export function isIoFailure(error: unknown): error is IoFailure {
  return error instanceof IoFailure || (error instanceof Error && error.name === 'IoFailure');
}

/** An error from a system call (fs, os): a string code like "ENOENT" and the call's name. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  if (!(error instanceof Error)) return false;
  const { code, syscall } = error as NodeJS.ErrnoException;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) && typeof syscall === 'string';
}

/** A system error as an IoFailure about `path`; any other error as it is. */
export function ioFailure(action: IoAction, path: string, error: unknown): unknown {
  if (isIoFailure(error)) return error;
  return isSystemError(error) ? new IoFailure(action, path, error.code) : error;
}

/** What a system call that nobody named was doing: listing a folder, reading, or else writing. */
const readingCalls = new Set(['open', 'read', 'stat', 'lstat', 'fstat', 'access', 'realpath', 'readlink', 'close']);

/**
 * The IoFailure that a system error thrown where no caller named the file amounts to (the path is
 * the one the call was given), or undefined for an error that is not about input or output.
 */
export function asIoFailure(error: unknown): IoFailure | undefined {
  if (isIoFailure(error)) return error;
  if (!isSystemError(error)) return undefined;
  const call = error.syscall ?? '';
  const action: IoAction = call === 'scandir' || call === 'opendir' || call === 'readdir' ? 'list' : readingCalls.has(call) ? 'read' : 'write';
  return new IoFailure(action, error.path ?? (error as { dest?: string }).dest ?? '', error.code);
}

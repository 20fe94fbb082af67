import { realpathSync } from 'node:fs';
import { IoFailure } from './failure.js';
import { lockFile, type LockOptions } from './lock.js';
import { readRegularFile } from './read.js';
import { writeFileAtomic } from './write-atomic.js';

export interface UpdateOptions extends LockOptions {
  /** Reads and changes at most this many times while the file keeps changing (default 5). */
  attempts?: number;
}

/**
 * Changes a file from what it holds without losing anyone else's change (two `plan done` from two
 * terminals, a hook, an editor saving meanwhile). `change` is given the file's bytes and returns
 * its new content, or undefined for none; it may take its time, and is called again, with the new
 * bytes, when the file changed meanwhile. The write itself compares and swaps: under the file's
 * lock (see `lockFile`) the file is read again, and only if it still holds the bytes `change` was
 * given is the new content written (atomically, and durably: fsync before and after the rename).
 *
 * Returns whether the file was written (not when the content is already the one asked for).
 * Throws an IoFailure: ECHANGED when the file changed under every attempt, ELOCKED when another
 * command held it too long, or the system's code.
 */
export async function updateFile(
  path: string,
  change: (bytes: Buffer) => string | Uint8Array | undefined | Promise<string | Uint8Array | undefined>,
  options: UpdateOptions = {},
): Promise<boolean> {
  const attempts = options.attempts ?? 5;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const before = readRegularFile(path);
    const after = await change(before);
    if (after === undefined) return false;
    const bytes = typeof after === 'string' ? Buffer.from(after) : after;
    if (before.equals(bytes)) return false;
    const lock = await lockFile(lockTarget(path), options);
    try {
      if (!readRegularFile(path).equals(before)) continue; // changed since: change the new bytes
      writeFileAtomic(path, bytes, { durable: true });
      return true;
    } finally {
      lock.release();
    }
  }
  throw new IoFailure('write', path, 'ECHANGED');
}

/** The file itself, not a symbolic link to it: a command that reaches it through the link and one that does not take the same lock. */
function lockTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // gone meanwhile: the read again under the lock says so
  }
}

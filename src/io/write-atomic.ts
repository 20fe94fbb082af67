import { accessSync, closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IoFailure, ioFailure } from './failure.js';
import { processAlive } from './process.js';

export interface WriteOptions {
  /**
   * The data and the rename reach the disk before the call returns (fsync of the file, then of its
   * folder): a plan file survives a power cut as either the old or the new version. Outputs and
   * caches, which can be made again, skip the wait.
   */
  durable?: boolean;
}

/** A temp file this module leaves, when the process is killed at the wrong time, is this old at most before it is taken as stale whatever its process. */
const staleAfterMs = 60 * 60 * 1000;

/**
 * Writes a file whole or not at all: a temp file beside the target, then a rename, so an editor,
 * git or Word never sees half a file, and a failed write leaves the old file as it was.
 * - The data may come in pieces (a cache of thousands of entries), written as they come: no single
 *   string or buffer of the whole file is ever made.
 * - A symbolic link is written through (the file it points to is replaced, the link stays); a
 *   target that is not a regular file (a folder, a FIFO) is refused.
 * - A file replaced keeps its permission bits; a read-only one is not replaced (EREADONLY).
 * - Temp files that killed runs left beside the target (`<name>.<pid>.tmp`) are removed.
 * Throws an IoFailure ('write') naming the target.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>, options: WriteOptions = {}): void {
  let target = path;
  let mode: number | undefined;
  try {
    const link = lstatSync(path, { throwIfNoEntry: false });
    if (link?.isSymbolicLink()) target = realpathSync(path);
    const stat = link?.isSymbolicLink() ? statSync(target) : link;
    if (stat && !stat.isFile()) throw new IoFailure('write', path, stat.isDirectory() ? 'EISDIR' : 'ENOTREG');
    if (stat) mode = stat.mode & 0o7777;
    // A rename replaces a file whatever its permissions: one made read-only (a signed plan, a
    // document locked against edits) is refused, as an editor would.
    if (stat && !writable(target)) throw new IoFailure('write', path, 'EREADONLY');
  } catch (error) {
    throw ioFailure('write', path, error);
  }
  removeStaleTemps(target);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w', mode ?? 0o666);
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      if (typeof data === 'string') writeAll(fd, Buffer.from(data));
      else if (data instanceof Uint8Array) writeAll(fd, data);
      else writePieces(fd, data);
      if (options.durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw ioFailure('write', path, error);
  }
  if (options.durable) syncFolder(dirname(target));
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Pieces gathered up to about 16 kB a write: few system calls, small buffers. */
function writePieces(fd: number, pieces: Iterable<string>): void {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= 1 << 14) {
      writeAll(fd, Buffer.from(pending));
      pending = '';
    }
  }
  writeAll(fd, Buffer.from(pending));
}

/** writeSync may write less than asked: the rest is written until none is left. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

/** The rename itself reaches the disk with the folder's own fsync (not possible on Windows: skipped). */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // a file system or platform without it
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The temp files of `target` (`<name>.<pid>.tmp`) whose process is gone, or that are over an hour
 * old (a process id reused by another program): a run killed between writing and renaming left
 * them. Those of this process are its own to overwrite. Best effort: what cannot go stays.
 */
export function removeStaleTemps(target: string): void {
  const folder = dirname(target);
  const prefix = `${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = name.slice(prefix.length, -'.tmp'.length);
    if (!/^[1-9][0-9]*$/.test(pid) || Number(pid) === process.pid) continue;
    const path = join(folder, name);
    try {
      if (processAlive(Number(pid)) && Date.now() - lstatSync(path).mtimeMs < staleAfterMs) continue;
      rmSync(path, { force: true });
    } catch {
      // gone already, or not ours to remove
    }
  }
}

import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';

/**
 * Writes a file whole or not at all: a temp file beside the target, then a rename, so an editor,
 * git or Word never sees half a file, and a failed write leaves the old file as it was.
 * The data may come in pieces (a cache of thousands of entries), written as they come: no single
 * string or buffer of the whole file is ever made.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(temp, data);
    else writePieces(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Pieces gathered up to about 16 kB a write: few system calls, small buffers. */
function writePieces(temp: string, pieces: Iterable<string>): void {
  const fd = openSync(temp, 'w');
  try {
    let pending = '';
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= 1 << 14) {
        writeAll(fd, pending);
        pending = '';
      }
    }
    writeAll(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/** writeSync may write less than asked: the rest is written until none is left. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { IoFailure, ioFailure } from './failure.js';

// Opening a FIFO for reading waits for a writer, for ever if none comes: O_NONBLOCK returns at once
// (it changes nothing for a regular file), and fstat then says what the path is. Windows has
// neither FIFOs nor the flag.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Opens a file for reading, refusing whatever is not a regular file: a FIFO would wait for ever, a
 * device (/dev/zero) never end, a folder give EISDIR later. Throws an IoFailure ('read').
 */
export function openRegular(path: string): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, openFlags);
  } catch (error) {
    throw ioFailure('read', path, error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new IoFailure('read', path, stat.isDirectory() ? 'EISDIR' : 'ENOTREG');
    return { fd, size: stat.size };
  } catch (error) {
    closeSync(fd);
    throw ioFailure('read', path, error);
  }
}

/** Reads from an open file into `buffer` from 0, up to its length or the end of the file; the count read. */
export function readInto(fd: number, buffer: Uint8Array, path: string): number {
  let read = 0;
  try {
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
  } catch (error) {
    throw ioFailure('read', path, error);
  }
  return read;
}

/** The bytes of a regular file (see `openRegular`); throws an IoFailure. */
export function readRegularFile(path: string): Buffer {
  const { fd, size } = openRegular(path);
  try {
    const buffer = Buffer.allocUnsafe(size);
    return buffer.subarray(0, readInto(fd, buffer, path));
  } finally {
    closeSync(fd);
  }
}

/** The text of a regular file, UTF-8. */
export function readRegularText(path: string): string {
  return readRegularFile(path).toString('utf8');
}

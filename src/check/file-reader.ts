import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads files into one buffer, grown when needed (to the largest file read): hashing ten thousand
 * files for the cache then allocates nothing per file, and the process stays small.
 */
export class FileReader {
  private buffer = Buffer.allocUnsafe(1 << 16);

  /** The file's bytes, valid until the next call. */
  read(path: string): Uint8Array {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(size);
      let read = 0;
      while (read < size) {
        const n = readSync(fd, this.buffer, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      return this.buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  }
}


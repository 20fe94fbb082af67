import { closeSync } from 'node:fs';
import { openRegular, readInto } from '../io/read.js';

/**
 * Reads files into one buffer, grown when needed (to the largest file read): hashing ten thousand
 * files for the cache then allocates nothing per file, and the process stays small. What is not a
 * regular file is refused (see `openRegular`): an IoFailure with its code.
 */
export class FileReader {
  private buffer = Buffer.allocUnsafe(1 << 16);

  /** The file's bytes, valid until the next call. */
  read(path: string): Uint8Array {
    const { fd, size } = openRegular(path);
    try {
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(size);
      return this.buffer.subarray(0, readInto(fd, this.buffer.subarray(0, size), path));
    } finally {
      closeSync(fd);
    }
  }
}

import { statSync } from 'node:fs';
import { ContentCache } from './cache.js';

/** A file as stat saw it: its remembered hash if it is as it was, else what to remember one under. */
export interface Look {
  hash?: string;
  signature: string;
  /** Unchanged for a few seconds: its signature can be trusted to show the next change. */
  settled: boolean;
}

/**
 * The content hash of each file, remembered with the file's stat signature (device, inode, size,
 * modification and change times to the nanosecond), as git's index does: a file whose signature is
 * the one remembered is neither read nor hashed again. The caches stay keyed by content; this only
 * spares recomputing a key. Every write to a file moves its change time (no tool can set that one),
 * so a changed file always shows. A file changed in the last few seconds is not remembered: on a
 * file system with coarse timestamps a second change within the same tick would not show.
 */
export class FileHashes {
  private readonly store: ContentCache<string> | undefined;

  /**
   * No folder: nothing is remembered, every file is read and hashed. `now` in nanoseconds since
   * 1970. `name`: of the cache file (`plan check` keeps one per year folder, beside its results).
   */
  constructor(
    cacheFolder: string | undefined,
    private readonly now = BigInt(Date.now()) * 1_000_000n,
    name = 'hashes',
  ) {
    this.store = cacheFolder ? new ContentCache<string>(cacheFolder, name, []) : undefined;
  }

  /** Stats the file (throws when it cannot); reads nothing. */
  look(absolute: string): Look {
    const stat = statSync(absolute, { bigint: true });
    const signature = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    const hash = this.store?.get(absolute, signature);
    const settled = this.now - (stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs) > 3_000_000_000n;
    return { ...(hash ? { hash } : {}), signature, settled };
  }

  /** Remembers the hash of the bytes read after `look`, if the file had settled. */
  remember(absolute: string, look: Look, hash: string): void {
    if (look.settled && look.hash !== hash) this.store?.set(absolute, look.signature, hash);
  }

  /** The SHA-1 of the file's bytes; `read` is called only when they must be hashed. Throws when the file cannot be read. */
  hashOf(absolute: string, read: () => Uint8Array): string {
    if (!this.store) return ContentCache.hash(read());
    const look = this.look(absolute);
    if (look.hash) return look.hash;
    const hash = ContentCache.hash(read());
    this.remember(absolute, look, hash);
    return hash;
  }

  /** Forgets the files not in `files` (see ContentCache.retain). */
  retain(files: ReadonlySet<string>): void {
    this.store?.retain(files);
  }

  save(): void {
    this.store?.save();
  }
}

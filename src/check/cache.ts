import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeFileAtomic } from '../write-atomic.js';
import { join } from 'node:path';
import { version } from '../version.js';

let createHash: typeof import('node:crypto').createHash | undefined;

/** Bump when the shape of what is cached changes. */
const format = 2;

export const cacheFolderName = '.plan-cache';

/**
 * What was worked out from each file, keyed by the file's content: a file whose bytes are the same
 * as at the last run is not parsed again. The key also holds the tool's version and what else the
 * result depends on (for `plan check`: the language and "today"), so nothing is trusted across
 * versions. One JSON file per use, written atomically; the folder is safe to delete at any time.
 */
export class ContentCache<T> {
  private entries: Record<string, { hash: string; outcome: T }> = {};
  private dirty = false;
  private readonly path: string;
  private readonly key: string;

  constructor(
    private readonly folder: string,
    name: string,
    key: readonly string[],
  ) {
    this.path = join(folder, `${name}.json`);
    this.key = [format, version, ...key].join('|');
    try {
      const stored = JSON.parse(readFileSync(this.path, 'utf8')) as { key?: string; entries?: ContentCache<T>['entries'] };
      if (stored.key === this.key && stored.entries) this.entries = stored.entries;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** SHA-1 of the bytes. node:crypto is loaded on the first call: a run with nothing changed never hashes. */
  static hash(bytes: Uint8Array): string {
    createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash;
    return createHash('sha1').update(bytes).digest('hex');
  }

  get(absolute: string, hash: string): T | undefined {
    const entry = this.entries[absolute];
    return entry && entry.hash === hash ? entry.outcome : undefined;
  }

  /** Stores what the key gives; the same key again changes nothing (what it gives is the same). */
  set(absolute: string, hash: string, outcome: T): void {
    if (this.entries[absolute]?.hash === hash) return;
    this.entries[absolute] = { hash, outcome };
    this.dirty = true;
  }

  /** Drops the entries of files not in `files` (deleted or moved since): for a cache that sees all its files. */
  retain(files: ReadonlySet<string>): void {
    for (const absolute of Object.keys(this.entries)) {
      if (files.has(absolute)) continue;
      delete this.entries[absolute];
      this.dirty = true;
    }
  }

  /**
   * The JSON of the cache, `{"key":…,"entries":{…}}`, an entry at a time: a year's cache is
   * megabytes, and one string of it (twice that in UTF-16) would be a worker's largest object.
   */
  private *pieces(): Generator<string> {
    yield `{"key":${JSON.stringify(this.key)},"entries":{`;
    let first = true;
    for (const [absolute, entry] of Object.entries(this.entries)) {
      yield `${first ? '' : ','}${JSON.stringify(absolute)}:${JSON.stringify(entry)}`;
      first = false;
    }
    yield '}}';
  }

  /** Writes the cache if anything changed: temp file, then rename. A failure only costs speed. */
  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileAtomic(this.path, this.pieces());
      this.dirty = false;
    } catch {
      // A read-only checkout: run without a cache.
    }
  }
}

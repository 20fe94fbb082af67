import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../version.js';
import type { FileOutcome } from './file-pass.js';

/** Bump when the shape of what is cached changes. */
const format = 1;

export const cacheFolderName = '.plan-cache';

/**
 * What `plan check` found in each file on its own, keyed by the file's content: a file whose bytes
 * are the same as at the last run is not parsed again. The key also holds the tool's version, the
 * language and "today" (a done date in the future depends on it), so nothing is trusted across
 * versions. One JSON file, written atomically; safe to delete at any time.
 */
export class CheckCache {
  private entries: Record<string, { hash: string; outcome: FileOutcome }> = {};
  private dirty = false;
  private readonly path: string;
  private readonly key: string;

  constructor(
    private readonly folder: string,
    key: { lang: string; today: string },
  ) {
    this.path = join(folder, 'check.json');
    this.key = `${format}|${version}|${key.lang}|${key.today}`;
    try {
      const stored = JSON.parse(readFileSync(this.path, 'utf8')) as { key?: string; entries?: CheckCache['entries'] };
      if (stored.key === this.key && stored.entries) this.entries = stored.entries;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  static hash(bytes: Uint8Array): string {
    return createHash('sha1').update(bytes).digest('hex');
  }

  get(absolute: string, hash: string): FileOutcome | undefined {
    const entry = this.entries[absolute];
    return entry && entry.hash === hash ? entry.outcome : undefined;
  }

  set(absolute: string, hash: string, outcome: FileOutcome): void {
    this.entries[absolute] = { hash, outcome };
    this.dirty = true;
  }

  /** Writes the cache if anything changed: temp file, then rename. A failure only costs speed. */
  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(this.folder, { recursive: true });
      const temp = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ key: this.key, entries: this.entries }));
      renameSync(temp, this.path);
      this.dirty = false;
    } catch {
      // A read-only checkout: run without a cache.
    }
  }
}

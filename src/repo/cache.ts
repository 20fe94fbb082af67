import { mkdirSync } from 'node:fs';
import { readRegularText } from '../io/read.js';
import { createRequire } from 'node:module';
import { writeFileAtomic } from '../io/write-atomic.js';
import { join } from 'node:path';
import { version } from '../version.js';

let createHash: typeof import('node:crypto').createHash | undefined;

/** Bump when the shape of what is cached changes. */
const format = 10;

export const cacheFolderName = '.plan-cache';

/**
 * What was worked out from each file, keyed by the file's content: a file whose bytes are the same
 * as at the last run is not parsed again. The key also holds the tool's version and what else the
 * result depends on (for `plan check`: the language and "today"), so nothing is trusted across
 * versions. One JSON file per use, written atomically; the folder is safe to delete at any time.
 *
 * A cache file is trusted only as written: it ends with a checksum of its entries (FNV-1a, fast
 * enough to check on every run; this is against damage, not malice). A file cut short, edited by
 * hand, of another shape or of another version is ignored, and written again at the end of the run.
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
    let text: string;
    try {
      text = readRegularText(this.path);
    } catch {
      return; // no cache yet, or one that cannot be read: start empty
    }
    const entries = this.unsealed(text);
    if (entries) this.entries = entries;
    else this.dirty = true; // not to be trusted: replaced at the next save
  }

  /** The entries of a cache file's text, if it is one this version wrote for this key, whole. */
  private unsealed(text: string): ContentCache<T>['entries'] | undefined {
    const head = headOf(this.key);
    const tail = /,"seal":"([0-9a-f]{8})"\}$/.exec(text.slice(-20));
    if (!text.startsWith(head) || !tail) return undefined;
    const body = text.slice(head.length, text.length - tail[0].length);
    if (checksum(body) !== tail[1]) return undefined;
    try {
      const entries: unknown = JSON.parse(body);
      return entries && typeof entries === 'object' && !Array.isArray(entries) ? (entries as ContentCache<T>['entries']) : undefined;
    } catch {
      return undefined;
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

  /** Writes the cache if anything changed: temp file, then rename. A failure only costs speed. */
  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileAtomic(this.path, cachePieces(this.key, this.entries));
      this.dirty = false;
    } catch {
      // A read-only checkout: run without a cache.
    }
  }
}

const headOf = (key: string) => `{"key":${JSON.stringify(key)},"entries":`;

/**
 * The JSON of a cache file, `{"key":…,"entries":{…},"seal":"…"}`, an entry at a time: a year's
 * cache is megabytes, and one string of it (twice that in UTF-16) would be a worker's largest
 * object. The seal is the checksum of the entries' text, worked out as it is written.
 */
export function* cachePieces(key: string, entries: Readonly<Record<string, unknown>>): Generator<string> {
  yield headOf(key);
  const sum = new Checksum();
  const piece = (text: string) => (sum.add(text), text);
  yield piece('{');
  let first = true;
  for (const [absolute, entry] of Object.entries(entries)) {
    yield piece(`${first ? '' : ','}${JSON.stringify(absolute)}:${JSON.stringify(entry)}`);
    first = false;
  }
  yield piece('}');
  yield `,"seal":"${sum.hex()}"}`;
}

/** FNV-1a over UTF-16 code units, 32 bits: a checksum of a text given in pieces. */
class Checksum {
  private h = 0x811c9dc5;

  add(text: string): void {
    let h = this.h;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    this.h = h;
  }

  hex(): string {
    return (this.h >>> 0).toString(16).padStart(8, '0');
  }
}

function checksum(text: string): string {
  const sum = new Checksum();
  sum.add(text);
  return sum.hex();
}

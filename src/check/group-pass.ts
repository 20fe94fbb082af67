import { dirname, relative, sep } from 'node:path';
import { catalogues } from '../i18n/index.js';
import { rules } from './rules.js';
import { ContentCache } from './cache.js';
import { FileReader } from './file-reader.js';
import type { Facts } from './checks/context.js';
import type { FileDiagnostic, FileOutcome, FilePassOptions } from './file-pass.js';
import { checkRepo } from './repo-pass.js';

/** A file that cannot be read gives no outcome, only the reason (ENOENT, EACCES...). */
export type Outcome = FileOutcome | { unreadable: string };

export interface GroupFile {
  absolute: string;
  /** Reported on (the others are context: a plan checked alone still finds its organisation). */
  checked: boolean;
  /** The hash of its bytes, when the caller knows it (checkGroup works out the others). */
  hash?: string;
}

/**
 * Files that the checks across files never cross: a year folder with all its files, or the files
 * outside any year folder. Sorted: the checks across files meet the files in the same order
 * whatever was checked, cached or sent to a worker ("the first plan of the folder" is one file).
 */
export interface Group {
  key: string;
  files: GroupFile[];
}

export interface GroupOptions extends FilePassOptions {
  /** Folder of the content cache; none: no cache. */
  cacheFolder?: string;
  /** Bytes of some files instead of the disk's (a fix is checked before it is written). */
  contents?: ReadonlyMap<string, Uint8Array>;
}

/** Checks each file on its own; a file left out of the answer is checked again by the caller. */
export type FilePass = (files: readonly string[]) => Promise<Map<string, Outcome>>;

/** One group's diagnostics, by checked file. */
export type GroupFound = [string, FileDiagnostic[]][];

export interface GroupResult {
  found: GroupFound;
  /** The hashes of the files the group came without one for, by path. */
  computed: Record<string, string>;
}

/**
 * The name of a group's cache file: its folder, relative to the cache's, spelt safely for a file
 * name (`check-plans%2F2024`). A name two groups shared would only cost cache misses: entries are
 * keyed by each file's path and content.
 */
function cacheNameOf(key: string, cacheFolder: string): string {
  return `check-${key === '' ? '-' : encodeURIComponent(relative(dirname(cacheFolder), key).split(sep).join('/'))}`;
}

/**
 * One group, start to end: each file on its own (from the cache when its bytes have not changed),
 * then the checks across its files. The same code runs on the main thread and in a worker.
 */
export async function checkGroup(group: Group, options: GroupOptions, filePass: FilePass): Promise<GroupResult> {
  const lang = options.lang;
  const cache =
    options.cacheFolder && !options.contents
      ? new ContentCache<FileOutcome>(options.cacheFolder, cacheNameOf(group.key, options.cacheFolder), [lang, options.today])
      : undefined;
  // The hashes the caller did not know (files new or changed since they were last hashed) are
  // worked out here: on a worker, the main thread reads none of the files.
  const computed: Record<string, string> = {};
  const hashes = new Map<string, string>();
  const outcomes = new Map<string, Outcome>();
  const misses: string[] = [];
  let reader: FileReader | undefined;
  for (const { absolute, hash } of group.files) {
    let known = hash;
    try {
      known ??= cache ? (computed[absolute] = ContentCache.hash((reader ??= new FileReader()).read(absolute))) : undefined;
    } catch {
      // unreadable: its check says why
    }
    if (known) hashes.set(absolute, known);
    const hit = known ? cache?.get(absolute, known) : undefined;
    if (hit) outcomes.set(absolute, hit);
    else misses.push(absolute);
  }
  if (misses.length > 0) {
    for (const [absolute, outcome] of await filePass(misses)) {
      outcomes.set(absolute, outcome);
      const hash = hashes.get(absolute);
      if (cache && hash && !('unreadable' in outcome)) cache.set(absolute, hash, outcome);
    }
    cache?.save();
  }

  const facts = new Map<string, Facts>();
  for (const { absolute } of group.files) {
    const outcome = outcomes.get(absolute);
    if (outcome && 'facts' in outcome && outcome.facts) facts.set(absolute, outcome.facts);
  }
  const checked = new Set(group.files.filter((f) => f.checked).map((f) => f.absolute));
  const catalogue = catalogues[lang];
  const across = await checkRepo(facts, checked, options, catalogue, options.contents);
  const found: GroupFound = [];
  for (const { absolute } of group.files) {
    if (!checked.has(absolute)) continue;
    const outcome = outcomes.get(absolute)!;
    if ('unreadable' in outcome) {
      const args = { detail: outcome.unreadable };
      found.push([absolute, [{ severity: rules['file/unreadable'].severity, rule: 'file/unreadable', ...catalogue.rules['file/unreadable'](args), args }]]);
      continue;
    }
    found.push([absolute, [...outcome.diagnostics, ...(across.get(absolute) ?? [])]]);
  }
  return { found, computed };
}

import { dirname, relative, sep } from 'node:path';
import { catalogues } from '../i18n/index.js';
import { rules } from '../diagnostics/rules.js';
import { ContentCache } from '../repo/cache.js';
import { FileHashes, type Look } from '../repo/file-hashes.js';
import { FileReader } from '../repo/file-reader.js';
import { listYamlFiles } from '../repo/files.js';
import type { Facts } from '../check/checks/context.js';
import type { Kind } from '../model/kinds.js';
import type { FileDiagnostic, FileOutcome, FilePassOptions } from './file-pass.js';
import { checkRepo } from './repo-pass.js';
import { placeOf } from '../repo/place.js';

/** A file that cannot be read gives no outcome, only the reason (ENOENT, EACCES...). */
export type Outcome = FileOutcome | { unreadable: string };

export interface GroupFile {
  absolute: string;
  /** Reported on (the others are context: a plan checked alone still finds its organisation). */
  checked: boolean;
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

/**
 * The name of a group's cache files: its folder, relative to the cache's, spelt safely for a file
 * name (`plans%2F2024`). A name two groups shared would only cost cache misses: entries are keyed
 * by each file's path and content.
 */
function cacheNameOf(key: string, cacheFolder: string): string {
  return key === '' ? '-' : encodeURIComponent(relative(dirname(cacheFolder), key).split(sep).join('/'));
}

/**
 * The caches of one group: its files' hashes, the group's diagnostics, and each file's outcome
 * (read only when the group's diagnostics cannot be used: it is the largest).
 */
interface GroupCaches {
  hashes: FileHashes;
  found: ContentCache<GroupFound>;
  files: () => ContentCache<FileOutcome>;
}

function cachesOf(group: Group, options: GroupOptions): GroupCaches | undefined {
  const folder = options.cacheFolder;
  if (!folder || options.contents) return undefined;
  const name = cacheNameOf(group.key, folder);
  const key = [options.lang, options.today];
  let files: ContentCache<FileOutcome> | undefined;
  return {
    hashes: new FileHashes(folder, undefined, `hashes-${name}`),
    found: new ContentCache<GroupFound>(folder, `group-${name}`, key),
    files: () => (files ??= new ContentCache<FileOutcome>(folder, `check-${name}`, key)),
  };
}

/**
 * The group's key in its cache of diagnostics: the list itself (files, hashes, which are checked),
 * not a hash of it, so that a run with nothing changed never loads node:crypto. None while a file
 * has no hash (new or changed since it was hashed, or unreadable: the group is checked, to report it).
 */
function listKey(group: Group, hashes: ReadonlyMap<string, string>): string | undefined {
  const list = group.files.map(({ absolute, checked }) => [absolute, hashes.get(absolute), checked]);
  return list.every(([, hash]) => hash) ? JSON.stringify(list) : undefined;
}

/**
 * One group, start to end, on the thread it is given to: a group whose files are all as they were
 * gives the diagnostics it gave (nothing read, nothing parsed); otherwise each file on its own
 * (from the cache when its bytes have not changed), then the checks across its files. Files are
 * stat'ed here, and read and hashed only when stat shows a change: on a worker, the thread that
 * sent the group touches none of its files.
 */
export async function checkGroup(group: Group, options: GroupOptions, filePass: FilePass): Promise<GroupFound> {
  const caches = cachesOf(group, options);
  const looks = new Map<string, Look>();
  const hashes = new Map<string, string>();
  for (const { absolute } of group.files) {
    try {
      const look = caches?.hashes.look(absolute);
      if (look) looks.set(absolute, look);
      if (look?.hash) hashes.set(absolute, look.hash);
    } catch {
      // cannot be stat'ed: its check says why
    }
  }
  const stored = caches ? listKey(group, hashes) : undefined;
  const known = stored ? caches!.found.get(group.key, stored) : undefined;
  if (known) return known;

  const outcomes = new Map<string, Outcome>();
  const misses: string[] = [];
  let reader: FileReader | undefined;
  for (const { absolute } of group.files) {
    let hash = hashes.get(absolute);
    const look = looks.get(absolute);
    if (!hash && caches && look) {
      try {
        hash = ContentCache.hash((reader ??= new FileReader()).read(absolute));
        hashes.set(absolute, hash);
        caches.hashes.remember(absolute, look, hash);
      } catch {
        // unreadable: its check says why
      }
    }
    const hit = hash ? caches?.files().get(absolute, hash) : undefined;
    if (hit) outcomes.set(absolute, hit);
    else misses.push(absolute);
  }
  if (misses.length > 0) {
    for (const [absolute, outcome] of await filePass(misses)) {
      outcomes.set(absolute, outcome);
      const hash = hashes.get(absolute);
      if (caches && hash && !('unreadable' in outcome)) caches.files().set(absolute, hash, outcome);
    }
  }

  const facts = new Map<string, Facts>();
  const broken = new Map<string, Kind>();
  for (const { absolute } of group.files) {
    const outcome = outcomes.get(absolute);
    if (outcome && 'facts' in outcome && outcome.facts) facts.set(absolute, outcome.facts);
    else if (outcome && 'claims' in outcome && outcome.claims) broken.set(absolute, outcome.claims);
  }
  const checked = new Set(group.files.filter((f) => f.checked).map((f) => f.absolute));
  const lang = options.lang;
  const catalogue = catalogues[lang];
  const across = await checkRepo({ facts, broken }, checked, options, catalogue, options.contents);
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
  if (caches) {
    const key = listKey(group, hashes);
    if (key) caches.found.set(group.key, key, found.filter(([, list]) => list.length > 0));
    if (group.key !== '') {
      // A year folder's group holds all its files (the checked ones and the rest as context): what
      // its caches keep of files no longer there goes.
      const present = new Set(group.files.map((f) => f.absolute));
      caches.hashes.retain(present);
      caches.files().retain(present);
    }
    caches.hashes.save();
    caches.files().save();
    caches.found.save();
  }
  return found;
}

/** A year folder checked whole by the thread that lists it (see `checkYear`). */
export interface YearResult {
  found: GroupFound;
  /** The year's files, all checked. */
  files: string[];
  /** Files found under the folder that belong to another group (deeper, or right in it). */
  others: string[];
}

/**
 * A year folder, listed here and checked whole: on a worker, the main thread never holds the list
 * of a province's thousands of files. Every file under it is checked (the folder was named).
 */
export async function checkYear(folder: string, options: GroupOptions, filePass: FilePass): Promise<YearResult> {
  const files: string[] = [];
  const others: string[] = [];
  for (const file of listYamlFiles(folder)) (placeOf(file).yearPath === folder ? files : others).push(file);
  const found = await checkGroup({ key: folder, files: files.map((absolute) => ({ absolute, checked: true })) }, options, filePass);
  return { found, files, others };
}

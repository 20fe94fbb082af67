import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { FileReader } from './file-reader.js';
import { join } from 'node:path';
import type { Catalogue } from '../i18n/catalogue.js';
import { ContentCache } from './cache.js';
import { FileHashes, type Look } from './file-hashes.js';
import type { Options } from './checks/context.js';
import type { Config } from './config.js';
import { applyConfig } from './config.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import { displayPath } from './files.js';
import { checkGroup, type FilePass, type Group, type GroupFound, type GroupOptions, type GroupResult } from './group-pass.js';
import type { WorkerPool } from './parallel.js';
import { placeOf } from './repo-pass.js';

export interface CheckRun {
  diagnostics: Diagnostic[];
  /** Display paths of the files checked, in order. */
  checkedFiles: string[];
  /** The text of each file with a diagnostic, by display path, for the excerpts of the human format. */
  sources: Map<string, string>;
  files: number;
}

export interface RunOptions extends Options {
  config?: Config;
  /** Folder of the content cache; none: no cache. */
  cacheFolder?: string;
  /** Bytes of some files instead of the disk's (a fix is checked before it is written); never cached. */
  contents?: ReadonlyMap<string, Uint8Array>;
  /** Read the texts of files with diagnostics, for the excerpts of the human format. */
  withSources?: boolean;
  /** Fewest files worth starting worker threads for (default: 400). */
  minFilesForWorkers?: number;
}

/**
 * The other files of the years the checked files belong to: a plan checked alone still finds its
 * organisation, and a commune's plan its district's. Their own problems are not reported.
 */
function contextFiles(checked: readonly string[]): string[] {
  const years = new Set(checked.map((f) => placeOf(f).yearPath).filter((p): p is string => p !== undefined));
  const seen = new Set(checked);
  const found: string[] = [];
  for (const year of years) {
    for (const body of list(year)) {
      if (!body.isDirectory() || body.name.startsWith('.')) continue;
      for (const file of list(join(year, body.name))) {
        const path = join(year, body.name, file.name);
        if (file.isFile() && /\.ya?ml$/i.test(file.name) && !seen.has(path)) found.push(path);
      }
    }
  }
  return found.sort();
}

function list(folder: string) {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** The worker script exists only in the bundled tool (dist/check/worker.js). */
function workersAvailable(): boolean {
  try {
    return existsSync(new URL('../check/worker.js', import.meta.url));
  } catch {
    return false;
  }
}

/**
 * The files in groups that the checks across files never cross: each year folder with all its
 * files (the checked ones and, as context, the others), and the files outside any year folder.
 * A province's decade is then checked a year at a time, holding one year's facts in memory.
 */
function groupsOf(checked: readonly string[]): { key: string; files: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const file of [...checked, ...contextFiles(checked)]) {
    const key = placeOf(file).yearPath ?? '';
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  return [...groups].map(([key, files]) => ({ key, files: files.sort() }));
}

/**
 * How many cores worker threads may use: none below the number of files that pays for starting
 * them, without the bundled worker script, or when some files' bytes are given (a fix to check).
 * node:os is loaded only past the count: start-up is a feature.
 */
async function coresFor(files: number, options: RunOptions): Promise<number> {
  if (files < (options.minFilesForWorkers ?? 400) || options.contents || !workersAvailable()) return 1;
  const { availableParallelism } = await import('node:os');
  return availableParallelism();
}

/**
 * Checks every file, reporting every problem of every file, sorted. Each file is checked on its
 * own (from the cache when its bytes have not changed), then the checks across files run on the
 * facts of its year. Many files go to worker threads: whole years when there are several of
 * comparable size (a province's decade), else the files of the one big year in shares.
 */
export async function checkFiles(cwd: string, absolutePaths: readonly string[], catalogue: Catalogue, options: RunOptions): Promise<CheckRun> {
  const cached = options.cacheFolder && !options.contents ? options.cacheFolder : undefined;
  const groupOptions: GroupOptions = {
    today: options.today,
    lang: catalogue.lang,
    ...(cached ? { cacheFolder: cached } : {}),
    ...(options.contents ? { contents: options.contents } : {}),
  };
  const checked = new Set(absolutePaths);
  const reader = new FileReader();
  const diagnostics: Diagnostic[] = [];
  const report = (found: GroupFound) => {
    for (const [absolute, list] of found) for (const d of list) diagnostics.push({ file: displayPath(cwd, absolute), ...d });
  };
  // A year whose files are all as they were gives the diagnostics it gave: nothing is parsed,
  // no facts are read. Keyed by every file's content and by which of them are checked.
  const groupCache = cached ? new ContentCache<GroupFound>(cached, 'groups', [catalogue.lang, options.today]) : undefined;
  // Files are only stat'ed here: the hash of one unchanged since the last run is remembered; the
  // others are read and hashed by checkGroup (on a worker when there are many).
  const hashes = cached ? new FileHashes(cached) : undefined;
  const looks = new Map<string, Look>();
  const toCheck: Group[] = [];
  for (const { key, files } of groupsOf(absolutePaths)) {
    const group: Group = {
      key,
      files: files.map((absolute) => {
        const look = hashes ? lookAt(hashes, absolute) : undefined;
        if (look) looks.set(absolute, look);
        return { absolute, checked: checked.has(absolute), ...(look?.hash ? { hash: look.hash } : {}) };
      }),
    };
    const stored = groupCache ? groupKey(group) : undefined;
    const known = stored ? groupCache!.get(key, stored) : undefined;
    if (known) report(known);
    else toCheck.push(group);
  }

  const inline: FilePass = async (files) => {
    // The parser and the checks, loaded only when some file is not in the cache.
    const { checkEach } = await import('./file-pass.js');
    return checkEach(reader, groupOptions, options.contents)(files);
  };
  const sizes = toCheck.map((g) => g.files.length);
  const total = sizes.reduce((a, b) => a + b, 0);
  const largest = Math.max(0, ...sizes);
  let pool: WorkerPool | undefined;
  const startPool = async (threads: number) => {
    const { WorkerPool } = await import('./parallel.js');
    return (pool ??= new WorkerPool(groupOptions, threads, largest));
  };
  try {
    let done = new Map<string, GroupResult>();
    const cores = toCheck.length >= 2 && largest <= 0.6 * total ? await coresFor(total, options) : 1;
    if (cores > 1) {
      // Whole years to the workers, one per core: this thread reads no file and keeps no facts.
      done = await (await startPool(Math.min(4, cores))).checkGroups(toCheck);
    }
    // One big year: its files in shares, one of them checked here (two cores, one extra heap).
    const shared: FilePass = async (files) => {
      const cores = await coresFor(files.length, options);
      if (cores < 2) return inline(files);
      const { readAndCheck } = await import('./file-pass.js');
      const outcomes = await (await startPool(Math.min(3, cores - 1))).checkFiles(files, (f) => readAndCheck(reader, f, groupOptions));
      const left = files.filter((f) => !outcomes.has(f));
      for (const [f, outcome] of await inline(left)) outcomes.set(f, outcome);
      return outcomes;
    };
    for (const group of toCheck) {
      // A group a worker did not finish (it stopped) is checked here.
      const { found, computed } = done.get(group.key) ?? (await checkGroup(group, groupOptions, shared));
      for (const file of group.files) {
        const hash = computed[file.absolute];
        const look = looks.get(file.absolute);
        if (hash && look) hashes!.remember(file.absolute, look, hash);
        if (hash) file.hash = hash;
      }
      const stored = groupKey(group);
      if (groupCache && stored) groupCache.set(group.key, stored, found.filter(([, list]) => list.length > 0));
      report(found);
    }
    groupCache?.save();
    hashes?.save();
  } finally {
    await pool?.close();
  }
  const kept = applyConfig(diagnostics, options.config);
  kept.sort(compareDiagnostics);
  const sources = options.withSources ? await sourcesOf(cwd, kept, options.contents) : new Map<string, string>();
  return { diagnostics: kept, sources, files: absolutePaths.length, checkedFiles: absolutePaths.map((f) => displayPath(cwd, f)) };
}

/** How stat sees the file; none when it cannot (its check says why). */
function lookAt(hashes: FileHashes, absolute: string): Look | undefined {
  try {
    return hashes.look(absolute);
  } catch {
    return undefined;
  }
}

/**
 * A group's key in the cache: the list itself (files, hashes, which are checked), not a hash of
 * it, so that a run with nothing changed never loads node:crypto. None while a file has no hash
 * (new or changed since it was hashed, or unreadable: its group is checked, to report it).
 */
function groupKey(group: Group): string | undefined {
  return group.files.every((f) => f.hash) ? JSON.stringify(group.files.map((f) => [f.absolute, f.hash, f.checked])) : undefined;
}

/** The texts the human format quotes: only of files that have something to show. */
async function sourcesOf(cwd: string, diagnostics: readonly Diagnostic[], contents?: ReadonlyMap<string, Uint8Array>): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  const wanted = new Set(diagnostics.filter((d) => d.range).map((d) => d.file));
  if (wanted.size === 0) return sources;
  const { decode } = await import('./source.js');
  const { resolve } = await import('node:path');
  for (const file of wanted) {
    const absolute = resolve(cwd, file);
    try {
      const decoded = decode(contents?.get(absolute) ?? readFileSync(absolute));
      if (decoded.ok) sources.set(file, decoded.text);
    } catch {
      // gone since: no excerpt
    }
  }
  return sources;
}

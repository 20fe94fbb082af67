import { existsSync } from 'node:fs';
import { readRegularFile } from '../io/read.js';
import { FileReader } from '../repo/file-reader.js';
import { join } from 'node:path';
import type { Catalogue } from '../i18n/catalogue.js';
import type { Options } from '../check/checks/context.js';
import type { Config } from '../check/config.js';
import { applyConfig } from '../check/config.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath, estimateYear, isYamlName, listFolder, listYamlFiles, type Listed } from '../repo/files.js';
import { checkGroup, checkYear, type FilePass, type Group, type GroupFound, type GroupOptions } from './group-pass.js';
import type { WorkerPool } from './parallel.js';
import { placeOf } from '../repo/place.js';

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
    for (const body of listFolder(year)) {
      if (!body.isDirectory() || body.name.startsWith('.')) continue;
      for (const file of listFolder(join(year, body.name))) {
        const path = join(year, body.name, file.name);
        if (file.isFile() && isYamlName(file.name) && !seen.has(path)) found.push(path);
      }
    }
  }
  return found.sort();
}

/** The worker script exists only in the bundled tool (dist/engine/worker.js). */
function workersAvailable(): boolean {
  try {
    return existsSync(new URL('../engine/worker.js', import.meta.url));
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

/** Checks every file of the list (see `checkListed`). */
export async function checkFiles(cwd: string, absolutePaths: readonly string[], catalogue: Catalogue, options: RunOptions): Promise<CheckRun> {
  return checkListed(cwd, { files: [...absolutePaths], years: [] }, catalogue, options);
}

/**
 * Checks every file, reporting every problem of every file, sorted. Each group of files (a year
 * folder, or the files outside any) is checked whole: each file on its own (from the cache when its
 * bytes have not changed), then the checks across its files. A province's decade of year folders,
 * left unlisted, goes a year at a time to worker threads that list, check and cache each: this
 * thread never holds the ten thousand files (its heap, unlike theirs, cannot be bounded). Else the
 * years are listed here, and a group with many files to check has them checked in shares.
 */
export async function checkListed(cwd: string, listed: Listed, catalogue: Catalogue, options: RunOptions): Promise<CheckRun> {
  const cached = options.cacheFolder && !options.contents ? options.cacheFolder : undefined;
  const groupOptions: GroupOptions = {
    today: options.today,
    lang: catalogue.lang,
    ...(cached ? { cacheFolder: cached } : {}),
    ...(options.contents ? { contents: options.contents } : {}),
  };
  const reader = new FileReader();
  const diagnostics: Diagnostic[] = [];
  const report = (found: GroupFound) => {
    for (const [absolute, list] of found) for (const d of list) diagnostics.push({ file: displayPath(cwd, absolute), ...d });
  };
  const inline: FilePass = async (files) => {
    // The parser and the checks, loaded only when some file is not in the cache.
    const { checkEach } = await import('./file-pass.js');
    return checkEach(reader, groupOptions, options.contents)(files);
  };
  let pool: WorkerPool | undefined;
  const startPool = async (threads: number, largest: number) => {
    const { WorkerPool } = await import('./parallel.js');
    return (pool ??= new WorkerPool(groupOptions, threads, largest));
  };
  const checked: string[] = [];
  try {
    let rest = listed.files;
    // Whole years to the workers when there are several of comparable size (one big year is
    // checked in shares instead) and enough files to pay for starting them.
    const estimates = listed.years.length >= 2 ? listed.years.map(estimateYear) : [];
    const total = estimates.reduce((a, b) => a + b, 0);
    const largest = Math.max(0, ...estimates);
    const cores = estimates.length >= 2 && largest <= 0.6 * total ? await coresFor(total, options) : 1;
    if (cores > 1) {
      const done = await (await startPool(Math.min(4, cores), largest)).checkYears(listed.years);
      for (const year of listed.years) {
        // A year a worker did not finish (it stopped) is checked here.
        const { found, files, others } = done.get(year) ?? (await checkYear(year, groupOptions, inline));
        report(found);
        checked.push(...files);
        rest = rest.concat(others);
      }
    } else {
      for (const year of listed.years) rest = rest.concat(listYamlFiles(year));
    }
    checked.push(...rest);

    // One big group: its files in shares, one of them checked here (two cores, one extra heap).
    const shared: FilePass = async (files) => {
      const cores = await coresFor(files.length, options);
      if (cores < 2) return inline(files);
      const { readAndCheck } = await import('./file-pass.js');
      const outcomes = await (await startPool(Math.min(3, cores - 1), files.length)).checkFiles(files, (f) => readAndCheck(reader, f, groupOptions));
      const left = files.filter((f) => !outcomes.has(f));
      for (const [f, outcome] of await inline(left)) outcomes.set(f, outcome);
      return outcomes;
    };
    const inRest = new Set(rest);
    for (const { key, files } of groupsOf(rest)) {
      const group: Group = { key, files: files.map((absolute) => ({ absolute, checked: inRest.has(absolute) })) };
      report(await checkGroup(group, groupOptions, shared));
    }
  } finally {
    await pool?.close();
  }
  checked.sort();
  const kept = applyConfig(diagnostics, options.config);
  kept.sort(compareDiagnostics);
  const sources = options.withSources ? await sourcesOf(cwd, kept, options.contents) : new Map<string, string>();
  return { diagnostics: kept, sources, files: checked.length, checkedFiles: checked.map((f) => displayPath(cwd, f)) };
}

/** The texts the human format quotes: only of files that have something to show. */
async function sourcesOf(cwd: string, diagnostics: readonly Diagnostic[], contents?: ReadonlyMap<string, Uint8Array>): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  const wanted = new Set(diagnostics.filter((d) => d.range).map((d) => d.file));
  if (wanted.size === 0) return sources;
  const { decode } = await import('../repo/source.js');
  const { resolve } = await import('node:path');
  for (const file of wanted) {
    const absolute = resolve(cwd, file);
    try {
      const decoded = decode(contents?.get(absolute) ?? readRegularFile(absolute));
      if (decoded.ok) sources.set(file, decoded.text);
    } catch {
      // gone since: no excerpt
    }
  }
  return sources;
}

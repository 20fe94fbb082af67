import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { FileReader } from './file-reader.js';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Catalogue } from '../i18n/catalogue.js';
import { ContentCache } from './cache.js';
import type { Facts, Options } from './checks/context.js';
import type { Config } from './config.js';
import { applyConfig } from './config.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import type { FileDiagnostic, FileOutcome } from './file-pass.js';
import { displayPath } from './files.js';
import type { Outcome, WorkerPool } from './parallel.js';
import { checkRepo, placeOf } from './repo-pass.js';
import { rules } from './rules.js';

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
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  // Sorted, so that checks across files meet the files in the same order whatever was checked,
  // cached or sent to a worker: "the first plan of the folder" is always the same one.
  return [...groups].map(([key, files]) => ({ key, files: files.sort() }));
}

/**
 * Checks every file, reporting every problem of every file, sorted. Each file is checked on its
 * own (from the cache when its bytes have not changed, on worker threads when there are many),
 * then the checks across files run on the facts of its year.
 */
export async function checkFiles(cwd: string, absolutePaths: readonly string[], catalogue: Catalogue, options: RunOptions): Promise<CheckRun> {
  const passOptions = { today: options.today, lang: catalogue.lang };
  const checked = new Set(absolutePaths);
  const minimum = options.minFilesForWorkers ?? 400;
  let pool: WorkerPool | undefined;
  const reader = new FileReader();
  const diagnostics: Diagnostic[] = [];
  // A year whose files are all as they were gives the diagnostics it gave: nothing is parsed,
  // no facts are read. Keyed by every file's content and by which of them are checked.
  const groupCache =
    options.cacheFolder && !options.contents
      ? new ContentCache<[string, FileDiagnostic[]][]>(options.cacheFolder, 'groups', [passOptions.lang, passOptions.today])
      : undefined;
  try {
    for (const group of groupsOf(absolutePaths)) {
      const outcomes = new Map<string, Outcome>();
      const hashes = new Map<string, string>();
      const misses: { absolute: string; bytes: Uint8Array }[] = [];
      const pending: { absolute: string; bytes: Uint8Array }[] = [];
      for (const absolute of group.files) {
        let bytes: Uint8Array;
        try {
          bytes = options.contents?.get(absolute) ?? reader.read(absolute);
        } catch (error) {
          outcomes.set(absolute, { unreadable: (error as NodeJS.ErrnoException).code ?? String(error) });
          continue;
        }
        if (groupCache) hashes.set(absolute, ContentCache.hash(bytes));
        // The reader's buffer is reused for the next file: copies are kept only while few (many
        // files go to worker threads, which read them again; an empty copy means "read again").
        pending.push({ absolute, bytes: pending.length < minimum ? Uint8Array.from(bytes) : new Uint8Array(0) });
      }
      const groupHash = groupCache
        ? ContentCache.hash(new TextEncoder().encode(JSON.stringify([...hashes].sort().map(([f, h]) => [f, h, checked.has(f)]))))
        : undefined;
      const known = groupHash ? groupCache!.get(group.key, groupHash) : undefined;
      if (known && outcomes.size === 0) {
        for (const [absolute, list] of known) for (const d of list) diagnostics.push({ file: displayPath(cwd, absolute), ...d });
        continue;
      }
      const cache =
        options.cacheFolder && !options.contents
          ? new ContentCache<FileOutcome>(options.cacheFolder, `check-${ContentCache.hash(new TextEncoder().encode(group.key)).slice(0, 16)}`, [passOptions.lang, passOptions.today])
          : undefined;
      for (const { absolute, bytes } of pending) {
        const hit = cache ? cache.get(absolute, hashes.get(absolute)!) : undefined;
        if (hit) outcomes.set(absolute, hit);
        else misses.push({ absolute, bytes });
      }
      if (misses.length >= minimum && !options.contents && workersAvailable() && availableParallelism() > 1) {
        if (!pool) {
          const { WorkerPool } = await import('./parallel.js');
          pool = new WorkerPool(passOptions);
        }
        const { checkOne } = await import('./file-pass.js');
        const inline = (absolute: string) => checkOne(absolute, reader.read(absolute), passOptions);
        for (const [absolute, outcome] of await pool.check(misses.map((m) => m.absolute), inline)) outcomes.set(absolute, outcome);
      }
      const left = misses.filter((m) => !outcomes.has(m.absolute));
      if (left.length > 0) {
        // The parser and the checks, loaded only when some file is not in the cache.
        const { checkOne } = await import('./file-pass.js');
        for (const { absolute, bytes } of left) {
          outcomes.set(absolute, checkOne(absolute, bytes.length > 0 ? bytes : reader.read(absolute), passOptions));
        }
      }
      if (cache) {
        for (const { absolute } of misses) {
          const outcome = outcomes.get(absolute);
          if (outcome && !('unreadable' in outcome)) cache.set(absolute, hashes.get(absolute)!, outcome);
        }
        cache.save();
      }
      const found = await groupDiagnostics(group.files, outcomes, checked, options, catalogue);
      if (groupHash) groupCache!.set(group.key, groupHash, found.filter(([, list]) => list.length > 0));
      for (const [absolute, list] of found) for (const d of list) diagnostics.push({ file: displayPath(cwd, absolute), ...d });
    }
    groupCache?.save();
  } finally {
    await pool?.close();
  }
  const kept = applyConfig(diagnostics, options.config);
  kept.sort(compareDiagnostics);
  const sources = options.withSources ? await sourcesOf(cwd, kept, options.contents) : new Map<string, string>();
  return { diagnostics: kept, sources, files: absolutePaths.length, checkedFiles: absolutePaths.map((f) => displayPath(cwd, f)) };
}

/** One group's diagnostics by checked file: each file's own, then those of the checks across its files. */
async function groupDiagnostics(
  files: readonly string[],
  outcomes: ReadonlyMap<string, Outcome>,
  checked: ReadonlySet<string>,
  options: RunOptions,
  catalogue: Catalogue,
): Promise<[string, FileDiagnostic[]][]> {
  const facts = new Map<string, Facts>();
  for (const absolute of files) {
    const outcome = outcomes.get(absolute);
    if (outcome && 'facts' in outcome && outcome.facts) facts.set(absolute, outcome.facts);
  }
  const across = await checkRepo(facts, checked, options, catalogue, options.contents);
  const found: [string, FileDiagnostic[]][] = [];
  for (const absolute of files) {
    if (!checked.has(absolute)) continue;
    const outcome = outcomes.get(absolute)!;
    if ('unreadable' in outcome) {
      const args = { detail: outcome.unreadable };
      found.push([absolute, [{ severity: rules['file/unreadable'].severity, rule: 'file/unreadable', ...catalogue.rules['file/unreadable'](args), args }]]);
      continue;
    }
    found.push([absolute, [...outcome.diagnostics, ...(across.get(absolute) ?? [])]]);
  }
  return found;
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

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../i18n/catalogue.js';
import { ContentCache } from './cache.js';
import type { Facts, Options } from './checks/context.js';
import type { Config } from './config.js';
import { applyConfig } from './config.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import type { FileDiagnostic, FileOutcome } from './file-pass.js';
import { displayPath } from './files.js';
import type { Outcome } from './parallel.js';
import { checkRepo, placeOf } from './repo-pass.js';
import { rules } from './rules.js';

export interface CheckRun {
  diagnostics: Diagnostic[];
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
  /** Fewest files worth starting worker threads for (default: minFilesForWorkers). */
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
 * Checks every file, reporting every problem of every file, sorted. Each file is checked on its
 * own (from the cache when its bytes have not changed, on worker threads when there are many),
 * then the checks across files run on the facts of all of them.
 */
export async function checkFiles(cwd: string, absolutePaths: readonly string[], catalogue: Catalogue, options: RunOptions): Promise<CheckRun> {
  const passOptions = { today: options.today, lang: catalogue.lang };
  const cache =
    options.cacheFolder && !options.contents
      ? new ContentCache<FileOutcome>(options.cacheFolder, 'check', [passOptions.lang, passOptions.today])
      : undefined;
  const checked = new Set(absolutePaths);
  const outcomes = new Map<string, Outcome>();
  const misses: { absolute: string; hash?: string; bytes: Uint8Array }[] = [];
  for (const absolute of [...absolutePaths, ...contextFiles(absolutePaths)]) {
    let bytes: Uint8Array;
    try {
      bytes = options.contents?.get(absolute) ?? readFileSync(absolute);
    } catch (error) {
      outcomes.set(absolute, { unreadable: (error as NodeJS.ErrnoException).code ?? String(error) });
      continue;
    }
    const hash = cache ? ContentCache.hash(bytes) : undefined;
    const hit = hash ? cache!.get(absolute, hash) : undefined;
    if (hit) outcomes.set(absolute, hit);
    else misses.push({ absolute, bytes, ...(hash ? { hash } : {}) });
  }
  // Below this many files, starting threads costs more than it saves.
  const minimum = options.minFilesForWorkers ?? 400;
  if (misses.length >= minimum && !options.contents && workersAvailable()) {
    const { checkInWorkers } = await import('./parallel.js');
    const done = await checkInWorkers(misses.map((m) => m.absolute), passOptions);
    for (const [absolute, outcome] of done) outcomes.set(absolute, outcome);
  } else if (misses.length > 0) {
    // The parser and the checks, loaded only when some file is not in the cache.
    const { checkOne } = await import('./file-pass.js');
    for (const { absolute, bytes } of misses) outcomes.set(absolute, checkOne(absolute, bytes, passOptions));
  }
  if (cache) {
    for (const { absolute, hash } of misses) {
      const outcome = outcomes.get(absolute);
      if (hash && outcome && !('unreadable' in outcome)) cache.set(absolute, hash, outcome);
    }
    cache.save();
  }

  const facts = new Map<string, Facts>();
  for (const [absolute, outcome] of outcomes) if ('facts' in outcome && outcome.facts) facts.set(absolute, outcome.facts);
  const across = await checkRepo(facts, checked, options, catalogue, options.contents);

  const diagnostics: Diagnostic[] = [];
  for (const absolute of absolutePaths) {
    const file = displayPath(cwd, absolute);
    const outcome = outcomes.get(absolute)!;
    if ('unreadable' in outcome) {
      const args = { detail: outcome.unreadable };
      diagnostics.push({ file, severity: rules['file/unreadable'].severity, rule: 'file/unreadable', ...catalogue.rules['file/unreadable'](args), args });
      continue;
    }
    const own: FileDiagnostic[] = [...(outcome as FileOutcome).diagnostics, ...(across.get(absolute) ?? [])];
    for (const d of own) diagnostics.push({ file, ...d });
  }
  const kept = applyConfig(diagnostics, options.config);
  kept.sort(compareDiagnostics);
  return { diagnostics: kept, sources: await sourcesOf(cwd, kept, options.contents), files: absolutePaths.length };
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

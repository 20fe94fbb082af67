import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Catalogue } from '../i18n/catalogue.js';
import { checkFileBytes, type FileResult } from './check-file.js';
import { fileChecks, repoChecks, textChecks } from './checks/index.js';
import type { Loaded, Options, Repo } from './checks/context.js';
import type { Config } from './config.js';
import { applyConfig } from './config.js';
import { toDiagnostics } from './diagnose.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import { displayPath } from './files.js';
import { rules } from './rules.js';

export interface CheckRun {
  diagnostics: Diagnostic[];
  /** Each checked file's text, by display path, for the excerpts of the human format. */
  sources: Map<string, string>;
  files: number;
  /** Each checked file's result by absolute path, for --fix. */
  results: Map<string, FileResult>;
}

export interface RunOptions extends Options {
  config?: Config;
}

/** plans/<year>/<body>/<file>: the year and body a file's folders name, if they do. */
function placeOf(absolute: string): { yearFolder?: number; bodyFolder?: string; yearPath?: string } {
  const bodyPath = dirname(absolute);
  const yearPath = dirname(bodyPath);
  const year = basename(yearPath);
  if (!/^\d{4}$/.test(year)) return {};
  return { yearFolder: Number(year), bodyFolder: basename(bodyPath), yearPath };
}

/**
 * The other files of the years the checked files belong to: a plan checked alone still finds its
 * organisation, and a commune's plan its district's. Their own problems are not reported.
 */
function contextFiles(checked: readonly string[]): string[] {
  const years = new Set(checked.map((f) => placeOf(f).yearPath).filter((p): p is string => p !== undefined));
  const found: string[] = [];
  for (const year of years) {
    for (const body of safeList(year)) {
      if (!body.isDirectory() || body.name.startsWith('.')) continue;
      for (const file of safeList(join(year, body.name))) {
        if (file.isFile() && /\.ya?ml$/i.test(file.name)) found.push(join(year, body.name, file.name));
      }
    }
  }
  const seen = new Set(checked);
  return found.filter((f) => !seen.has(f)).sort();
}

function safeList(folder: string) {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

function load(absolute: string, result: FileResult): Loaded | undefined {
  if (!result.valid || !result.kind || !result.doc || result.text === undefined) return undefined;
  const file = { absolute, doc: result.doc, text: result.text, ...placeOf(absolute) };
  return { kind: result.kind, data: result.data, file } as Loaded;
}

function makeRepo(all: Loaded[], checked: ReadonlySet<string>): Repo {
  const organisations = all.filter((l): l is Extract<Loaded, { kind: 'to-chuc' }> => l.kind === 'to-chuc');
  return {
    all,
    checked,
    organisationOf(plan) {
      const candidates = organisations.filter((o) => o.data.id === plan.data.body);
      // In plans/<year>/, a plan's organisation is the one of its own year.
      return candidates.find((o) => o.file.yearPath === plan.file.yearPath) ?? (plan.file.yearPath ? undefined : candidates[0]);
    },
  };
}

/**
 * Checks every file, reporting every problem of every file, sorted. `contents` gives the bytes of
 * some files instead of the disk's (a fix is checked before it is written).
 */
export function checkFiles(
  cwd: string,
  absolutePaths: readonly string[],
  catalogue: Catalogue,
  options: RunOptions,
  contents?: ReadonlyMap<string, Uint8Array>,
): CheckRun {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const results = new Map<string, FileResult>();
  const loaded: Loaded[] = [];
  for (const absolute of absolutePaths) {
    const file = displayPath(cwd, absolute);
    let bytes: Uint8Array;
    try {
      bytes = contents?.get(absolute) ?? readFileSync(absolute);
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? String(error);
      const wording = catalogue.rules['file/unreadable']({ detail });
      diagnostics.push({ file, severity: rules['file/unreadable'].severity, rule: 'file/unreadable', ...wording, args: { detail } });
      continue;
    }
    const result = checkFileBytes(absolute, bytes);
    results.set(absolute, result);
    if (result.text !== undefined) sources.set(file, result.text);
    const item = load(absolute, result);
    if (item) {
      loaded.push(item);
      for (const check of fileChecks) result.findings.push(...check(item, options));
    }
    if (result.kind && result.doc && result.text !== undefined) {
      const textItem = item ?? ({ kind: result.kind, data: result.data, file: { absolute, doc: result.doc, text: result.text } } as Loaded);
      for (const check of textChecks) result.findings.push(...check(textItem, options));
    }
  }
  const checked = new Set(results.keys());
  for (const absolute of contextFiles([...checked])) {
    try {
      const item = load(absolute, checkFileBytes(absolute, readFileSync(absolute)));
      if (item) loaded.push(item);
    } catch {
      // A context file that cannot be read only means less context.
    }
  }
  const repo = makeRepo(loaded, checked);
  for (const check of repoChecks) {
    for (const { absolute, finding } of check(repo, options)) results.get(absolute)?.findings.push(finding);
  }
  for (const [absolute, result] of results) diagnostics.push(...toDiagnostics(displayPath(cwd, absolute), result, catalogue));
  const kept = applyConfig(diagnostics, options.config);
  kept.sort(compareDiagnostics);
  return { diagnostics: kept, sources, files: absolutePaths.length, results };
}

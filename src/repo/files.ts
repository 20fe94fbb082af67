import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { IoFailure, ioFailure } from '../io/failure.js';

export class PathNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`not found: ${path}`);
  }
}

const yamlFile = /\.ya?ml$/i;

/** Whether a file name is one the walk lists: *.yaml or *.yml. */
export const isYamlName = (name: string) => yamlFile.test(name);

/** A folder's entries; none when it cannot be read (what is in it is then reported, or not there). */
export function listFolder(path: string) {
  try {
    return readdirSync(path, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** A path as the user sees it: relative to the working folder, "/" separators. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** What the user named: the YAML files, and (when asked) the year folders left unlisted. */
export interface Listed {
  files: string[];
  /** Folders named like a year (`2024`), not entered: whoever checks one lists it (see checkYear). */
  years: string[];
}

/**
 * The YAML files the user named: files as given (whatever their extension), folders walked for
 * *.yaml and *.yml (hidden folders and node_modules skipped), each once, in a stable order. With
 * `leaveYears`, folders named like a year are not entered but returned: a province's decade is
 * listed a year at a time, by the threads that check them.
 */
export function collectFiles(cwd: string, paths: readonly string[], leaveYears = false): Listed {
  const found = new Set<string>();
  const years = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new PathNotFoundError(path);
      throw ioFailure('read', absolute, error);
    }
    if (stats.isDirectory()) walk(absolute, found, leaveYears ? years : undefined);
    // A FIFO named would make the check wait for a writer for ever, a device never end.
    else if (!stats.isFile()) throw new IoFailure('read', absolute, 'ENOTREG');
    else found.add(absolute);
  }
  // A file named on its own that the listing of a year folder left unlisted will list is that year's.
  const files = [...found].filter((f) => ![...years].some((y) => walkFinds(y, f)));
  return { files: files.sort(), years: [...years].sort() };
}

/** The YAML files under a folder, sorted, walked as `collectFiles` walks. */
export function listYamlFiles(folder: string): string[] {
  const found = new Set<string>();
  walk(folder, found);
  return [...found].sort();
}

const yearFolder = /^\d{4}$/;

/** Folders the walk leaves out: hidden ones and node_modules. */
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * About how many YAML files a year folder holds, from two listings: its bodies, times the files of
 * the first one (a year's bodies keep alike sets of plans). Enough to decide where to check it.
 */
export function estimateYear(folder: string): number {
  const bodies = listFolder(folder).filter((e) => e.isDirectory() && !skipped(e.name));
  const first = bodies[0] ? listFolder(join(folder, bodies[0].name)).filter((e) => e.isFile() && yamlFile.test(e.name)).length : 0;
  return bodies.length * Math.max(1, first);
}

/** Whether walking `folder` lists `file`: a YAML file under it, in no hidden folder or node_modules. */
function walkFinds(folder: string, file: string): boolean {
  if (!file.startsWith(folder + sep) || !yamlFile.test(file)) return false;
  return file
    .slice(folder.length + 1)
    .split(sep)
    .every((part) => !skipped(part));
}

function walk(folder: string, found: Set<string>, years?: Set<string>): void {
  if (years && yearFolder.test(basename(folder))) {
    years.add(folder);
    return;
  }
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (error) {
    // A folder named, or under one named, that cannot be listed: its files would go unchecked.
    throw ioFailure('list', folder, error);
  }
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, found, years);
    // A link to a file is checked as that file. What is not a regular file (a FIFO, a device) is
    // listed too, and its check says so (the reader refuses it): not skipped without a word.
    else if (yamlFile.test(entry.name)) found.add(path);
  }
}

/** The `plans/` folder of the repo the user is in: here or in the nearest parent folder, as git finds `.git`. */
export function findPlansFolder(cwd: string, name = 'plans'): string | undefined {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const candidate = join(folder, name);
    try {
      if (statSync(candidate).isDirectory()) return candidate;
    } catch {
      // not here: look one level up
    }
    if (dirname(folder) === folder) return undefined;
  }
}

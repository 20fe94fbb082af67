import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export class PathNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`not found: ${path}`);
  }
}

const yamlFile = /\.ya?ml$/i;

/** A path as the user sees it: relative to the working folder, "/" separators. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * The YAML files the user named: files as given (whatever their extension), folders walked for
 * *.yaml and *.yml (hidden folders and node_modules skipped), each once, in a stable order.
 */
export function collectFiles(cwd: string, paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new PathNotFoundError(path);
    }
    if (stats.isDirectory()) walk(absolute, found);
    else found.add(absolute);
  }
  return [...found].sort();
}

function walk(folder: string, found: Set<string>): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile() && yamlFile.test(entry.name)) found.add(path);
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

// The shipped year (plans/2024/dinh-quan: plan, organisation, guide, sheets, reports) in a temp
// repo, with its scoring guide changed as data and any file's text changed, for the scoring tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { repoRoot } from './run.js';

export const shippedFolder = 'plans/2024/dinh-quan';

export interface YearChanges {
  /** The guide as data, changed in place (re-written as YAML). */
  guide?: (guide: Record<string, unknown>) => void;
  /** A file's text by its name in the folder (cham-diem.yaml...), changed. */
  texts?: Record<string, (text: string) => string>;
  /** More files, by their path in the repo. */
  extra?: Record<string, string>;
}

/** The files of the changed year, by path in the repo, for `tempFolders()`'s writer. */
export function shippedYear(changes: YearChanges = {}): Record<string, string> {
  const files: Record<string, string> = { ...changes.extra };
  for (const name of readdirSync(join(repoRoot, shippedFolder))) {
    const text = readFileSync(join(repoRoot, shippedFolder, name), 'utf8');
    files[`${shippedFolder}/${name}`] = changes.texts?.[name]?.(text) ?? text;
  }
  if (changes.guide) {
    const path = `${shippedFolder}/huong-dan-cham-diem.yaml`;
    const guide = parse(files[path]!) as Record<string, unknown>;
    changes.guide(guide);
    files[path] = stringify(guide);
  }
  return files;
}

import { readFileSync } from 'node:fs';
import type { Catalogue } from '../i18n/catalogue.js';
import { checkFileBytes } from './check-file.js';
import { toDiagnostics } from './diagnose.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import { displayPath } from './files.js';
import { rules } from './rules.js';

export interface CheckRun {
  diagnostics: Diagnostic[];
  /** Each checked file's text, by display path, for the excerpts of the human format. */
  sources: Map<string, string>;
  files: number;
}

/** Checks every file, reporting every problem of every file, sorted. */
export function checkFiles(cwd: string, absolutePaths: readonly string[], catalogue: Catalogue): CheckRun {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const absolute of absolutePaths) {
    const file = displayPath(cwd, absolute);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? String(error);
      const wording = catalogue.rules['file/unreadable']({ detail });
      diagnostics.push({ file, severity: rules['file/unreadable'].severity, rule: 'file/unreadable', ...wording, args: { detail } });
      continue;
    }
    const result = checkFileBytes(absolute, bytes);
    if (result.text !== undefined) sources.set(file, result.text);
    diagnostics.push(...toDiagnostics(file, result, catalogue));
  }
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, sources, files: absolutePaths.length };
}

import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../write-atomic.js';
import { resolve } from 'node:path';
import { decode } from '../check/source.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { applyFixes, isSafeFix } from '../check/fix.js';
import { checkFiles, type CheckRun, type RunOptions } from '../check/run.js';
import { displayPath } from '../check/files.js';
import type { Diagnostic, Fix } from '../check/diagnostic.js';

/** Passes over one file: a fix skipped for overlapping another may apply on the next. */
const maxPasses = 5;

/**
 * `plan check --fix`: applies the safe fixes of each file, in place, keeping every other byte
 * (comments, order, layout, BOM, line ends); written atomically. Returns what it did, in words.
 */
export async function fixFiles(cwd: string, run: CheckRun, catalogue: Catalogue, options: RunOptions, dryRun: boolean): Promise<string> {
  const lines: string[] = [];
  const files = [...new Set(run.diagnostics.filter((d) => d.fix).map((d) => d.file))];
  for (const file of files) {
    const absolute = resolve(cwd, file);
    const decoded = decode(readFileSync(absolute));
    if (!decoded.ok) continue;
    let text = decoded.text;
    const done: Diagnostic[] = [];
    let diagnostics = run.diagnostics.filter((d) => d.fix && d.file === file);
    for (let pass = 0; pass < maxPasses && diagnostics.length > 0; pass++) {
      const byFix = new Map<Fix, Diagnostic>(diagnostics.map((d) => [d.fix!, d]));
      const { text: next, applied } = applyFixes(text, [...byFix.keys()]);
      if (applied.length === 0 || !isSafeFix(text, next)) break;
      done.push(...applied.map((f) => byFix.get(f)!));
      text = next;
      diagnostics = await recheck(cwd, absolute, text, decoded.bom, catalogue, options);
    }
    if (done.length === 0) continue;
    if (!dryRun) writeFileAtomic(absolute, (decoded.bom ? '\uFEFF' : '') + text);
    lines.push(catalogue.fix.changed(file, done.length, dryRun));
    for (const d of done) {
      const where = d.range ? `${d.range.start.line}:${d.range.start.column}` : '';
      lines.push(`  ${where} [${d.rule}] ${d.message}`);
    }
  }
  if (lines.length === 0) lines.push(catalogue.fix.nothing);
  return `${lines.join('\n')}\n`;
}

/** The fixable diagnostics of a fixed text, found by checking it as the file it will become. */
async function recheck(cwd: string, absolute: string, text: string, bom: boolean, catalogue: Catalogue, options: RunOptions): Promise<Diagnostic[]> {
  const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
  const { cacheFolder: _none, ...uncached } = options;
  const run = await checkFiles(cwd, [absolute], catalogue, { ...uncached, contents: new Map([[absolute, bytes]]) });
  return run.diagnostics.filter((d) => d.fix);
}


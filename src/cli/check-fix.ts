import { readRegularFile } from '../io/read.js';
import { updateFile } from '../io/update.js';
import { resolve } from 'node:path';
import { decode, encode } from '../repo/source.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { applyFixes, isSafeFix } from '../check/fix.js';
import { checkFiles, type CheckRun, type RunOptions } from '../engine/run.js';
import type { Diagnostic, Fix } from '../diagnostics/diagnostic.js';

/** Passes over one file: a fix skipped for overlapping another may apply on the next. */
const maxPasses = 5;

/**
 * `plan check --fix`: applies the safe fixes of each file, in place, keeping every other byte
 * (comments, order, layout, BOM, line ends); written atomically, without losing a change another
 * command made meanwhile (see `updateFile`). Returns what it did, in words.
 */
export async function fixFiles(cwd: string, run: CheckRun, catalogue: Catalogue, options: RunOptions, dryRun: boolean): Promise<string> {
  const lines: string[] = [];
  const files = [...new Set(run.diagnostics.filter((d) => d.fix).map((d) => d.file))];
  for (const file of files) {
    const absolute = resolve(cwd, file);
    let done: Diagnostic[] = [];
    // The fixes are found again on the bytes being changed: another command or an editor may have
    // changed the file since it was checked (and the change is then made again on what it holds).
    const fixed = async (bytes: Uint8Array): Promise<string | undefined> => {
      done = [];
      const decoded = decode(bytes);
      if (!decoded.ok) return undefined;
      let text = decoded.text;
      let diagnostics = await recheck(cwd, absolute, bytes, catalogue, options);
      for (let pass = 0; pass < maxPasses && diagnostics.length > 0; pass++) {
        const byFix = new Map<Fix, Diagnostic>(diagnostics.map((d) => [d.fix!, d]));
        const { text: next, applied } = applyFixes(text, [...byFix.keys()]);
        if (applied.length === 0 || !isSafeFix(text, next)) break;
        done.push(...applied.map((f) => byFix.get(f)!));
        text = next;
        diagnostics = await recheck(cwd, absolute, new TextEncoder().encode((decoded.bom ? '\uFEFF' : '') + text), catalogue, options);
      }
      // A file mixing lone CR and LF line ends cannot be written back with its line ends: left as it is.
      const written = done.length > 0 ? encode(decoded, text) : undefined;
      if (written === undefined) done = [];
      return written;
    };
    if (dryRun) await fixed(readRegularFile(absolute));
    else await updateFile(absolute, fixed);
    if (done.length === 0) continue;
    lines.push(catalogue.fix.changed(file, done.length, dryRun));
    for (const d of done) {
      const where = d.range ? `${d.range.start.line}:${d.range.start.column}` : '';
      lines.push(`  ${where} [${d.rule}] ${d.message}`);
    }
  }
  if (lines.length === 0) lines.push(catalogue.fix.nothing);
  return `${lines.join('\n')}\n`;
}

/** The fixable diagnostics of a text, found by checking it as the file it will become. */
async function recheck(cwd: string, absolute: string, bytes: Uint8Array, catalogue: Catalogue, options: RunOptions): Promise<Diagnostic[]> {
  const { cacheFolder: _none, ...uncached } = options;
  const run = await checkFiles(cwd, [absolute], catalogue, { ...uncached, contents: new Map([[absolute, bytes]]) });
  return run.diagnostics.filter((d) => d.fix);
}

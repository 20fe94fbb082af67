// Shared by test/rules/*.test.ts: a plans repo built at test time in a temp folder, from the
// shipped example files with one change, so that each case reads "shipped example + this change".
//
//   plans/2024/dinh-quan/{to-chuc,ke-hoach}.yaml   the shipped district (plans/2024/dinh-quan/)
//   plans/2024/phu-vinh/{to-chuc,ke-hoach}.yaml    the commune of examples/plans/2024/phu-vinh/,
//                                                  when a case asks for it (`commune: true`)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { positionOf, shipped, tempFolders, type Files } from '../helpers/fixtures.js';
import { checkJson, repoRoot, where, type CheckResult, type JsonDiagnostic } from '../helpers/run.js';

/** The shipped example's statuses are as of 20/06/2024. */
export const today = '2024-06-20';

export const planFile = 'plans/2024/dinh-quan/ke-hoach.yaml';
export const orgFile = 'plans/2024/dinh-quan/to-chuc.yaml';
export const communePlanFile = 'plans/2024/phu-vinh/ke-hoach.yaml';
export const communeOrgFile = 'plans/2024/phu-vinh/to-chuc.yaml';

/** The example commune's text (examples/plans/2024/phu-vinh/): `ke-hoach` or `to-chuc`. */
export function example(kind: 'ke-hoach' | 'to-chuc'): string {
  return readFileSync(join(repoRoot, 'examples', 'plans', '2024', 'phu-vinh', `${kind}.yaml`), 'utf8');
}

export type Change = (text: string) => string;

/** What a case changes of the shipped files; files it does not name are copied as shipped. */
export interface Case {
  plan?: Change;
  org?: Change;
  /** Also put the example commune beside the district (plans/2024/phu-vinh/). */
  commune?: boolean;
  communePlan?: Change;
  communeOrg?: Change;
  /** Files to leave out of the repo (by their path in it). */
  without?: string[];
  /** Files to add, or to write in place of the shipped ones (by their path in it). */
  extra?: Files;
}

export interface CheckOptions {
  /** Paths given to `plan check`, relative to the repo; none: the whole plans/ folder. */
  paths?: string[];
  /** --today; 2024-06-20 unless told. */
  today?: string;
  /** Further options (--strict...). */
  options?: string[];
}

export interface CaseResult extends CheckResult {
  folder: string;
  /** Each file's text as written, by its path in the repo. */
  texts: Record<string, string>;
  /** `file:line:column rule` of every diagnostic, in the report's order. */
  found: string[];
  /** `file:line:column` of the first `needle` after `anchor` in that file, as written. */
  at(file: string, needle: string, anchor?: string): string;
  /** The one diagnostic of a rule (fails when there is not exactly one). */
  one(rule: string): JsonDiagnostic;
  /** Every diagnostic of a rule, in the report's order. */
  all(rule: string): JsonDiagnostic[];
}

/** The files of a case, by path in the repo. */
export function caseFiles(c: Case): Record<string, string> {
  const same: Change = (t) => t;
  const files: Record<string, string> = {
    [orgFile]: (c.org ?? same)(shipped('to-chuc')),
    [planFile]: (c.plan ?? same)(shipped('ke-hoach')),
  };
  if (c.commune || c.communePlan || c.communeOrg) {
    files[communeOrgFile] = (c.communeOrg ?? same)(example('to-chuc'));
    files[communePlanFile] = (c.communePlan ?? same)(example('ke-hoach'));
  }
  for (const path of c.without ?? []) delete files[path];
  for (const [path, content] of Object.entries(c.extra ?? {})) {
    files[path] = typeof content === 'string' ? content : new TextDecoder().decode(content);
  }
  return files;
}

/** `line:column` of the first `needle` after `anchor` in `text`. */
export function lineColumn(text: string, needle: string, anchor?: string): string {
  const { line, column } = positionOf(text, needle, anchor);
  return `${line}:${column}`;
}

/**
 * A checker of cases for one test file: each case is written to a fresh temp folder (removed
 * after the file's tests) and checked there with `plan check --format json --today 2024-06-20`.
 * Call at the top level of a test file.
 */
export function useRepos(): {
  write: (files: Files) => string;
  check: (c: Case, options?: CheckOptions) => Promise<CaseResult>;
} {
  const write = tempFolders();
  const check = async (c: Case, options: CheckOptions = {}): Promise<CaseResult> => {
    const texts = caseFiles(c);
    const folder = write(texts);
    const result = await checkJson(folder, options.paths ?? [], ['--today', options.today ?? today, ...(options.options ?? [])]);
    return {
      ...result,
      folder,
      texts,
      found: result.report.diagnostics.map(where),
      at(file, needle, anchor) {
        const text = texts[file];
        if (text === undefined) throw new Error(`no file ${file} in this case`);
        return `${file}:${lineColumn(text, needle, anchor)}`;
      },
      one(rule) {
        const matching = result.report.diagnostics.filter((d) => d.rule === rule);
        if (matching.length !== 1) {
          throw new Error(`expected one ${rule}, found:\n${result.report.diagnostics.map(where).join('\n') || '(none)'}`);
        }
        return matching[0]!;
      },
      all: (rule) => result.report.diagnostics.filter((d) => d.rule === rule),
    };
  };
  return { write, check };
}

/** The text with every `from` replaced by `to`, failing when there is none (a stale case). */
export function replaceAll(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not found: ${from}`);
  return text.split(from).join(to);
}

/**
 * The text without the first line that is exactly `line` after the unique `anchor` (or in the
 * whole text, where it must then be unique).
 */
export function dropLine(text: string, line: string, anchor?: string): string {
  const lines = text.split('\n');
  let from = 0;
  if (anchor !== undefined) {
    const at = text.indexOf(anchor);
    if (at < 0 || text.indexOf(anchor, at + 1) >= 0) throw new Error(`anchor not found once: ${anchor}`);
    from = text.slice(0, at).split('\n').length - 1;
  } else if (lines.filter((l) => l === line).length !== 1) {
    throw new Error(`line not found once: ${JSON.stringify(line)}`);
  }
  const index = lines.indexOf(line, from);
  if (index < 0) throw new Error(`line not found: ${JSON.stringify(line)}`);
  lines.splice(index, 1);
  return lines.join('\n');
}

import type { Document } from 'yaml';
import { catalogues, type Lang } from '../i18n/index.js';
import type { Kind } from '../model/kinds.js';
import type { Organisation, Plan } from '../model/types.js';
import { readDocument, claimedKind } from '../repo/document.js';
import type { Facts, FileInput, Options } from '../check/checks/context.js';
import { factsOf, reportFactsOf, schemeFactsOf, sheetsFactsOf } from '../check/checks/facts.js';
import { fileChecks, schemeChecks, textChecks } from '../check/checks/index.js';
import type { ScoreSheets, ScoringScheme } from '../model/scoring-types.js';
import { toDiagnostics } from './diagnose.js';
import { checkTemplate } from '../check/checks/template.js';
import type { Report, ReportTemplate } from '../model/report-types.js';
import { checkReportDates } from '../check/checks/dates.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileReader } from '../repo/file-reader.js';
import type { FilePass, Outcome } from './group-pass.js';

/** A diagnostic before it is given the file name the user sees (that depends on the working folder). */
export type FileDiagnostic = Omit<Diagnostic, 'file'>;

/** What checking one file on its own yields: plain data, so it can cross a worker or sit in a cache. */
export interface FileOutcome {
  diagnostics: FileDiagnostic[];
  kind?: Kind;
  /** The facts the checks across files need; present when the file passed its schema. */
  facts?: Facts;
  /** A file without facts (broken syntax, failed schema): the kind it means to be, if known (see `claimedKind`). */
  claims?: Kind;
}

export interface FilePassOptions extends Options {
  lang: Lang;
}

/** Every check of one file that needs no other file: syntax, schema, dates, ids, recipients, text. */
export function checkOne(absolute: string, bytes: Uint8Array, options: FilePassOptions): FileOutcome {
  try {
    return checkOneUnguarded(absolute, bytes, options);
  } catch (error) {
    // A document nested deeper than some check's recursion goes: the file is refused as too deep,
    // the run goes on (a stack overflow is no bug to report, and no reason to stop the others).
    if (!(error instanceof RangeError)) throw error;
    const args = { code: 'RESOURCE_EXHAUSTION', detail: error.message };
    return { diagnostics: [{ severity: 'error', rule: 'yaml/syntax', args, ...catalogues[options.lang].rules['yaml/syntax'](args) }] };
  }
}

function checkOneUnguarded(absolute: string, bytes: Uint8Array, options: FilePassOptions): FileOutcome {
  const result = readDocument(absolute, bytes);
  const { doc, text, kind } = result;
  if (result.valid && kind === 'huong-dan-cham-diem' && doc && text !== undefined) {
    const input = { kind, data: result.data as ScoringScheme, doc, text, absolute };
    for (const check of schemeChecks) result.findings.push(...check(input, options));
  }
  if (result.valid && kind === 'bao-cao') result.findings.push(...checkReportDates(result.data as Report));
  if (result.valid && kind === 'mau-bao-cao' && doc && text !== undefined) {
    result.findings.push(...checkTemplate({ kind, data: result.data as ReportTemplate, doc, text, absolute }));
  }
  const planOrOrganisation = kind === 'to-chuc' || kind === 'ke-hoach' ? kind : undefined;
  if (result.valid && planOrOrganisation && doc && text !== undefined) {
    const input = { kind, data: result.data, doc, text, absolute } as FileInput;
    for (const check of fileChecks) result.findings.push(...check(input, options));
  }
  if (kind && doc && text !== undefined) {
    // Text is checked whatever the data's shape: it needs only the parsed YAML.
    const input = { kind, data: result.data as Plan & Organisation, doc: doc as Document, text, absolute } as FileInput;
    for (const check of textChecks) result.findings.push(...check(input, options));
  }
  const diagnostics = toDiagnostics('', result, catalogues[options.lang]).map(({ file: _file, ...rest }) => rest);
  const facts = result.valid ? factsFor(kind, result.data) : {};
  const claims = 'facts' in facts ? undefined : claimedKind(absolute, result);
  return detach({
    diagnostics,
    ...(kind ? { kind } : {}),
    ...facts,
    ...(claims ? { claims } : {}),
  });
}

/** Reads a file (or takes the bytes given for it) and checks it; a file that cannot be read gives the reason. */
export function readAndCheck(reader: FileReader, absolute: string, options: FilePassOptions, contents?: ReadonlyMap<string, Uint8Array>): Outcome {
  let bytes: Uint8Array;
  try {
    bytes = contents?.get(absolute) ?? reader.read(absolute);
  } catch (error) {
    return { unreadable: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  return checkOne(absolute, bytes, options);
}

/** The file pass of checkGroup done here, on this thread: each file read and checked in turn. */
export function checkEach(reader: FileReader, options: FilePassOptions, contents?: ReadonlyMap<string, Uint8Array>): FilePass {
  return async (files) => new Map(files.map((f) => [f, readAndCheck(reader, f, options, contents)]));
}

/** The facts of a valid file for the checks across files, by its kind. */
function factsFor(kind: Kind | undefined, data: unknown): { facts: Facts } | Record<string, never> {
  if (kind === 'to-chuc' || kind === 'ke-hoach') return { facts: factsOf(kind, data as Plan | Organisation) };
  if (kind === 'huong-dan-cham-diem') return { facts: schemeFactsOf(data as ScoringScheme) };
  if (kind === 'cham-diem') return { facts: sheetsFactsOf(data as ScoreSheets) };
  if (kind === 'bao-cao') return { facts: reportFactsOf(data as Report) };
  return {};
}

/**
 * A copy made of fresh strings. The parser's strings are slices of the file's text, and a slice
 * keeps the whole text alive: thousands of kept outcomes would hold every file read. Short strings
 * (ids, dates) and short lists of them (data paths, units named together) are shared, frozen: a
 * year's plans follow one template and name the same units, thousands of times over.
 */
function detach(outcome: FileOutcome): FileOutcome {
  return JSON.parse(JSON.stringify(outcome), (_key, value: unknown) => {
    if (typeof value === 'string') return value.length > 40 ? value : shared(sharedStrings, value, value);
    if (Array.isArray(value) && value.length <= 12 && value.every((v) => v === null || typeof v !== 'object')) {
      return shared(sharedLists, JSON.stringify(value), value);
    }
    return value;
  }) as FileOutcome;
}

const sharedStrings = new Map<string, string>();
const sharedLists = new Map<string, readonly unknown[]>();

function shared<T>(pool: Map<string, T>, key: string, value: T): T {
  const known = pool.get(key);
  if (known !== undefined) return known;
  // Bounded: a long run over many bodies starts afresh rather than grow.
  if (pool.size >= 50_000) pool.clear();
  pool.set(key, Array.isArray(value) ? (Object.freeze(value) as T) : value);
  return value;
}

import type { RuleId } from './rules.js';

export type Severity = 'error' | 'warning' | 'info';

/** A position in a file, 1-based, as a user and an editor count: column in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
  /** 0-based offset into the file's text (after a byte-order mark, if any, was removed). */
  offset: number;
}

export interface Range {
  start: Position;
  /** Exclusive end. */
  end: Position;
}

export type ArgValue = string | number | readonly string[];
export type Args = Readonly<Record<string, ArgValue>>;

/** What a rule reports: data only. The locator turns `path` into a range; the catalogue words it. */
export interface Finding {
  rule: RuleId;
  args: Args;
  /** Data path into the YAML document, e.g. ["sections", 1, "tasks", 3, "lead"]. */
  path?: readonly (string | number)[];
  /** Point at the key of the last path segment rather than its value. */
  at?: 'key' | 'value';
  /** Offsets [start, end) when the finding is not about a node (syntax errors). */
  span?: readonly [number, number];
  /** Overrides the rule's default severity. */
  severity?: Severity;
  /** A safe correction: replace the text at these offsets. Applied by `plan check --fix`. */
  fix?: Fix;
}

/** Offsets [start, end) in the file's text (BOM removed) and what to put there instead. */
export interface Fix {
  span: readonly [number, number];
  text: string;
}

/** The one type for every problem the tool reports, whatever found it. */
export interface Diagnostic {
  /** Path of the file as the user named it, relative to the working folder, with "/" separators. */
  file: string;
  /** Absent when the problem is about the file as a whole (it is empty, unreadable...). */
  range?: Range;
  severity: Severity;
  rule: RuleId;
  message: string;
  hint?: string;
  /** The data the message was made from, for tools that read the JSON output. */
  args: Args;
  /** Data path of the culprit in the document, when there is one. */
  path?: readonly (string | number)[];
  /** Present when `plan check --fix` can correct it. */
  fix?: Fix;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorted by file, line, column, then rule: the order every output format uses. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const la = a.range?.start.line ?? 0;
  const lb = b.range?.start.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.range?.start.column ?? 0;
  const cb = b.range?.start.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  if (a.severity !== b.severity) return severityOrder[a.severity] - severityOrder[b.severity];
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  filesWithProblems: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    files,
    filesWithProblems: new Set(diagnostics.map((d) => d.file)).size,
  };
}

// Runs the tool in-process, as `bin/plan.js` does, with captured streams.
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Io, Stream } from '../../src/cli/io.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A stream that keeps what is written to it. */
export class Sink implements Stream {
  private readonly chunks: string[] = [];
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
  get text(): string {
    return this.chunks.join('');
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Working folder; the repository root unless told. */
  cwd?: string;
  /** The environment; empty unless told, so there is no colour and no PLAN_LANG. */
  env?: Io['env'];
  /** Whether stdout and stderr claim to be terminals. */
  tty?: boolean;
}

export async function run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new Sink(options.tty ?? false);
  const stderr = new Sink(options.tty ?? false);
  const code = await main({ argv, cwd: options.cwd ?? repoRoot, env: options.env ?? {}, stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** One diagnostic of `--format json`. */
export interface JsonDiagnostic {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
  hint?: string;
  path?: (string | number)[];
  args: Record<string, unknown>;
}

export interface JsonReport {
  summary: { errors: number; warnings: number; infos: number; files: number; filesWithProblems: number };
  diagnostics: JsonDiagnostic[];
}

export interface CheckResult extends RunResult {
  report: JsonReport;
}

/** `plan check --format json PATHS...` in `cwd`, its output parsed. */
export async function checkJson(cwd: string, paths: readonly string[] = [], extra: readonly string[] = []): Promise<CheckResult> {
  const result = await run(['check', '--format', 'json', ...extra, ...paths], { cwd });
  let report: JsonReport;
  try {
    report = JSON.parse(result.stdout) as JsonReport;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
  return { ...result, report };
}

/** `file:line:column rule`, the way a reader checks a diagnostic at a glance. */
export function where(d: JsonDiagnostic): string {
  return d.line === undefined ? `${d.file} ${d.rule}` : `${d.file}:${d.line}:${d.column} ${d.rule}`;
}

/** Lines that look like a JavaScript stack trace. */
export function stackLines(text: string): string[] {
  return text.split('\n').filter((line) => /^\s+at /.test(line));
}

// eslint-disable-next-line no-control-regex
export const ansi = /\u001b\[[0-9;]*m/;

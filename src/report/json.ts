import { summarize, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './context.js';

/** For programs: the summary and every diagnostic, positions 1-based, end exclusive. */
export function formatJson(diagnostics: readonly Diagnostic[], context: FormatContext): string {
  const body = {
    summary: summarize(diagnostics, context.files),
    diagnostics: diagnostics.map((d) => ({
      file: d.file,
      ...(d.range
        ? {
            line: d.range.start.line,
            column: d.range.start.column,
            endLine: d.range.end.line,
            endColumn: d.range.end.column,
          }
        : {}),
      severity: d.severity,
      rule: d.rule,
      message: d.message,
      ...(d.hint ? { hint: d.hint } : {}),
      ...(d.path ? { path: d.path } : {}),
      args: d.args,
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

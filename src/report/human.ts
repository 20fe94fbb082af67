import { summarize, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './context.js';
import { excerpt, lineStarts } from './excerpt.js';
import { printableText } from './printable.js';

/**
 * For people at a terminal: `file:line:col: severity [rule]`, the line with a numbered gutter
 * and a caret, the message, the fix; a summary line at the end.
 */
export function formatHuman(diagnostics: readonly Diagnostic[], context: FormatContext): string {
  const { chalk, catalogue } = context;
  const out: string[] = [];
  const lines = new Map<string, number[]>();
  const startsOf = (file: string, source: string) => lines.get(file) ?? lines.set(file, lineStarts(source)).get(file)!;
  for (const d of diagnostics) {
    const file = printableText(d.file);
    const where = d.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file;
    const paint = d.severity === 'error' ? chalk.red.bold : d.severity === 'warning' ? chalk.yellow.bold : chalk.cyan.bold;
    out.push(`${chalk.bold(where)}: ${paint(catalogue.severity[d.severity])} ${chalk.dim(`[${d.rule}]`)}`);
    const source = context.sources.get(d.file);
    const shown = source !== undefined && d.range ? excerpt(source, d.range, startsOf(d.file, source)) : undefined;
    if (shown) {
      const number = String(shown.lineNumber);
      const gutter = ' '.repeat(number.length);
      out.push(chalk.dim(`${gutter} |`));
      out.push(`${chalk.dim(`${number} |`)} ${shown.line}`);
      out.push(`${chalk.dim(`${gutter} |`)} ${paint(shown.marker)}`);
    }
    out.push(printableText(d.message));
    if (d.hint) out.push(`${chalk.green(`${catalogue.hintLabel}:`)} ${printableText(d.hint)}`);
    out.push('');
  }
  const summary = summarize(diagnostics, context.files);
  const line = catalogue.summary(summary);
  out.push(summary.errors ? chalk.red.bold(`✖ ${line}`) : summary.warnings ? chalk.yellow.bold(`⚠ ${line}`) : chalk.green(`✔ ${line}`));
  return `${out.join('\n')}\n`;
}

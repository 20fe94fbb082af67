import { createHash } from 'node:crypto';
import { summarize, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import type { Lang } from '../i18n/catalogue.js';
import { andList } from '../i18n/format.js';
import type { FormatContext } from './context.js';

/** GitHub shows this many annotations of each type per step and drops the rest without a word. */
export const annotationLimit = 10;

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's data, escaped as GitHub's toolkit does (`escapeData` in @actions/core). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`, which end the properties or one of them. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation: `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=T::MESSAGE`. */
function annotation(d: Diagnostic, hintLabel: string): string {
  const properties: [string, string | number][] = [['file', d.file]];
  if (d.range) {
    const { start, end } = d.range;
    properties.push(['line', start.line]);
    // The runner drops col and endColumn when line and endLine differ: send them for one line only.
    // endColumn is exclusive, as our ranges and SARIF's are.
    if (start.line === end.line) properties.push(['col', start.column], ['endLine', end.line], ['endColumn', end.column]);
    else properties.push(['endLine', end.line]);
  }
  properties.push(['title', `plan: ${d.rule}`]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  const text = d.hint ? `${d.message}\n${hintLabel}: ${d.hint}` : d.message;
  return `::${commands[d.severity]} ${props}::${escapeData(text)}`;
}

/** How many problems of each severity got no annotation, in words; the full list is printed above it. */
export function notAnnotated(lang: Lang, skipped: Readonly<Record<Severity, number>>, limit = annotationLimit): string {
  if (lang === 'vi') {
    const parts = [
      skipped.error ? `${skipped.error} lỗi` : '',
      skipped.warning ? `${skipped.warning} cảnh báo` : '',
      skipped.info ? `${skipped.info} ghi chú` : '',
    ].filter(Boolean);
    return `GitHub chỉ hiển thị ${limit} chú thích đầu tiên của mỗi loại: ${andList('vi', parts)} không được chú thích trên tệp; xem danh sách đầy đủ ở trên.`;
  }
  const parts = [
    skipped.error ? `${skipped.error} error(s)` : '',
    skipped.warning ? `${skipped.warning} warning(s)` : '',
    skipped.info ? `${skipped.info} note(s)` : '',
  ].filter(Boolean);
  return `GitHub shows only the first ${limit} annotations of each type: ${andList('en', parts)} not annotated in the files; see the full list above.`;
}

/**
 * For GitHub Actions: an annotation (workflow command) for each of the first 10 problems of each
 * severity, then every problem as a plain line (`file:line:col: severity [rule] message`, the fix
 * indented under it), the summary, and how many problems got no annotation.
 *
 * The plain part repeats text taken from the checked files (values, keys, file names): a line of
 * it starting with `::` or holding `##[` would be run as a workflow command by the runner. It is
 * printed between `::stop-commands::TOKEN` and `::TOKEN::`, GitHub's way to print text as is;
 * the token is a hash of that text, so the output stays deterministic and the text cannot hold it.
 */
export function formatGithub(diagnostics: readonly Diagnostic[], context: FormatContext): string {
  const { catalogue } = context;
  const out: string[] = [];
  const seen: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const skipped: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) {
    if (seen[d.severity]++ < annotationLimit) out.push(annotation(d, catalogue.hintLabel));
    else skipped[d.severity]++;
  }
  const plain: string[] = [];
  for (const d of diagnostics) {
    const where = d.range ? `${d.file}:${d.range.start.line}:${d.range.start.column}` : d.file;
    plain.push(`${where}: ${catalogue.severity[d.severity]} [${d.rule}] ${d.message}`);
    if (d.hint) plain.push(`    ${catalogue.hintLabel}: ${d.hint}`);
  }
  plain.push(catalogue.summary(summarize(diagnostics, context.files)));
  if (skipped.error + skipped.warning + skipped.info > 0) plain.push(notAnnotated(catalogue.lang, skipped));
  if (diagnostics.length === 0) {
    out.push(...plain);
  } else {
    const body = plain.join('\n');
    const token = `plan-${createHash('sha256').update(body).digest('hex').slice(0, 32)}`;
    out.push(`::stop-commands::${token}`, body, `::${token}::`);
  }
  return `${out.join('\n')}\n`;
}

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './context.js';

/** Characters XML 1.0 cannot hold, not even escaped: C0 controls but tab, CR, LF; lone surrogates; U+FFFE, U+FFFF. */
const illegal = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: the illegal characters dropped; `&`, `<`, `>` escaped, CR kept as a reference (a parser would turn it into LF). */
export function xmlText(text: string): string {
  return text.replace(illegal, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also both quotes, and tab and line breaks, which a parser would turn into spaces. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

const suiteName = 'plan check';

/**
 * JUnit XML, as CI servers read it (GitLab, Jenkins, Azure DevOps...): one test case per file,
 * named by its path; a file with errors or warnings fails, with one `<failure>` per problem
 * (type: the rule; body: place, rule, message and fix); notes go to the test case's
 * `<system-out>`. A file without problems is a passing test case. The files are those whose text
 * was read plus those named by a diagnostic, in code-unit order, as diagnostics are sorted.
 * `failures` counts failing files, so it never exceeds `tests`. No times or host names.
 */
export function formatJunit(diagnostics: readonly Diagnostic[], context: FormatContext): string {
  const { catalogue } = context;
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of context.checkedFiles ?? context.sources.keys()) byFile.set(file, []);
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const files = [...byFile.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const failing = (file: string) => byFile.get(file)!.some((d) => d.severity !== 'info');
  const tests = files.length;
  const failures = files.filter(failing).length;
  const counts = `tests="${tests}" failures="${failures}" errors="0"`;

  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${suiteName}" ${counts}>`,
    `  <testsuite name="${suiteName}" ${counts} skipped="0">`,
  ];
  for (const file of files) {
    const problems = byFile.get(file)!;
    const open = `    <testcase classname="${suiteName}" name="${xmlAttribute(file)}" file="${xmlAttribute(file)}"`;
    if (problems.length === 0) {
      out.push(`${open}/>`);
      continue;
    }
    out.push(`${open}>`);
    const line = (d: Diagnostic) => {
      const where = d.range ? `${d.file}:${d.range.start.line}:${d.range.start.column}` : d.file;
      const head = `${where}: ${catalogue.severity[d.severity]} [${d.rule}] ${d.message}`;
      return d.hint ? `${head}\n${catalogue.hintLabel}: ${d.hint}` : head;
    };
    for (const d of problems.filter((p) => p.severity !== 'info')) {
      out.push(`      <failure type="${xmlAttribute(d.rule)}" message="${xmlAttribute(d.message)}">${xmlText(line(d))}</failure>`);
    }
    const notes = problems.filter((p) => p.severity === 'info');
    if (notes.length > 0) out.push(`      <system-out>${xmlText(notes.map(line).join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}

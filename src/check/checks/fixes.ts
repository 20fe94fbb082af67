import { isScalar, type Document } from 'yaml';
import type { Fix } from '../../diagnostics/diagnostic.js';

/** Plain text that YAML would read as something else (a map, a comment, a tag...) needs quotes. */
function needsQuotes(text: string): boolean {
  return /: |\s#|^[-?:,[\]{}#&*!|>'"%@`]|^\s|\s$/u.test(text) || text === '';
}

/**
 * A fix that replaces a one-line string value with `text`, keeping its quoting style (and adding
 * double quotes when the new text could not stand plain). Undefined for a multi-line value.
 */
export function replaceValue(doc: Document, source: string, path: readonly (string | number)[], text: string): Fix | undefined {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  if (source.slice(start, end).includes('\n')) return undefined;
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      return { span: [start, end], text: JSON.stringify(text) };
    case 'QUOTE_SINGLE':
      return { span: [start, end], text: `'${text.replaceAll("'", "''")}'` };
    case 'PLAIN':
      return { span: [start, end], text: needsQuotes(text) ? JSON.stringify(text) : text };
    default:
      return undefined;
  }
}

import { isCollection, LineCounter, parseAllDocuments, visit, type Document, type YAMLError } from 'yaml';
import type { Finding } from '../diagnostics/diagnostic.js';

export interface Parsed {
  doc?: Document;
  lineCounter: LineCounter;
  findings: Finding[];
  /** True when the text has errors that make its data unreliable (not just duplicate keys). */
  broken: boolean;
}

/**
 * The `yaml` package places some errors where it noticed them, not at their cause: a duplicate
 * key at its first letter, an unclosed "[" or "{" where the collection stopped. Point at the cause.
 */
function causeSpan(doc: Document, error: YAMLError): [number, number] {
  const [start, end] = error.pos;
  let span: [number, number] = [start, end];
  visit(doc, {
    Pair(_, pair) {
      const range = (pair.key as { range?: [number, number, number] } | null)?.range;
      if (error.code === 'DUPLICATE_KEY' && range && range[0] === start) span = [range[0], range[1]];
    },
    Node(_, node) {
      const range = node.range;
      const unclosed = error.code !== 'DUPLICATE_KEY' && isCollection(node) && node.flow && range && range[1] === start;
      if (unclosed) span = [range[0], range[0] + 1];
    },
  });
  return span;
}

function fromYamlError(doc: Document, text: string, error: YAMLError, severity: 'error' | 'warning'): Finding {
  const span = causeSpan(doc, error);
  if (error.code === 'DUPLICATE_KEY') {
    return { rule: 'yaml/duplicate-key', span, args: { key: text.slice(span[0], span[1]) }, severity };
  }
  // The package's own English sentence, without the excerpt it appends after a blank line.
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { rule: 'yaml/syntax', span, args: { code: error.code, detail }, severity };
}

export function parseYaml(text: string): Parsed {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const findings: Finding[] = [];
  for (const doc of list) {
    for (const e of doc.errors) findings.push(fromYamlError(doc, text, e, 'error'));
    for (const w of doc.warnings) findings.push(fromYamlError(doc, text, w, 'warning'));
  }
  const broken = list.some((d) => d.errors.some((e) => e.code !== 'DUPLICATE_KEY'));
  if (list.length > 1) {
    const second = list[1]!;
    const start = second.range[0];
    findings.push({ rule: 'file/multiple-documents', span: [start, start], args: { count: list.length } });
  }
  return { doc: list[0], lineCounter, findings, broken };
}

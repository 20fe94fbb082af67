import { LineCounter, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import type { Finding } from './diagnostic.js';

export interface Parsed {
  doc?: Document;
  lineCounter: LineCounter;
  findings: Finding[];
  /** True when the text has errors that make its data unreliable (not just duplicate keys). */
  broken: boolean;
}

/** The key text a DUPLICATE_KEY error points at. */
function keyText(text: string, [start, end]: readonly [number, number]): string {
  return text.slice(start, end).split(/[\r\n]/)[0]!.replace(/:\s*$/, '').trim();
}

function fromYamlError(text: string, error: YAMLError, severity: 'error' | 'warning'): Finding {
  const span = [error.pos[0], error.pos[1]] as const;
  if (error.code === 'DUPLICATE_KEY') {
    return { rule: 'yaml/duplicate-key', span, args: { key: keyText(text, span) }, severity };
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
    for (const e of doc.errors) findings.push(fromYamlError(text, e, 'error'));
    for (const w of doc.warnings) findings.push(fromYamlError(text, w, 'warning'));
  }
  const broken = list.some((d) => d.errors.some((e) => e.code !== 'DUPLICATE_KEY'));
  if (list.length > 1) {
    const second = list[1]!;
    const start = second.range[0];
    findings.push({ rule: 'file/multiple-documents', span: [start, start], args: { count: list.length } });
  }
  return { doc: list[0], lineCounter, findings, broken };
}

import { isMap, isScalar, type Document } from 'yaml';
import { isKind, kindFromFileName, kindNames, type Kind } from '../model/kinds.js';
import type { Finding } from './diagnostic.js';
import { parseYaml } from './parse.js';
import { validateSchema } from './schema.js';
import { decode } from './source.js';
import { closest } from './suggest.js';
import type { LineCounter } from 'yaml';

/** What checking one file yields: its findings, and what the locator needs to place them. */
export interface FileResult {
  findings: Finding[];
  /** The text the positions refer to (absent when the bytes are not text). */
  text?: string;
  doc?: Document;
  lineCounter?: LineCounter;
  kind?: Kind;
  /** The document as plain data, when it parsed. */
  data?: unknown;
  /** True when the data has its kind's shape: the clerical checks may trust it. */
  valid?: boolean;
  /** The file began with a UTF-8 byte-order mark (not part of `text`): a fix keeps it. */
  bom?: boolean;
}

/** Checks one file's bytes on their own: syntax, kind, schema. Pure: no I/O. */
export function checkFileBytes(fileName: string, bytes: Uint8Array): FileResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return { findings: [{ rule: 'file/binary', args: { reason: decoded.reason } }] };
  const { text } = decoded;
  const parsed = parseYaml(text);
  const { doc, lineCounter } = parsed;
  const findings = [...parsed.findings];
  const base = { text, doc, lineCounter, bom: decoded.bom };
  if (!doc || doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    if (!parsed.broken) findings.push({ rule: 'file/empty', args: { kind: kindFromFileName(fileName) ?? '' } });
    return { ...base, findings };
  }
  if (parsed.broken) return { ...base, findings };
  if (!isMap(doc.contents)) {
    findings.push({ rule: 'file/not-a-map', path: [], args: {} });
    return { ...base, findings };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // The `yaml` package refuses documents whose aliases would expand without bound.
    findings.push({ rule: 'yaml/syntax', path: [], args: { code: 'ALIAS_LIMIT', detail: 'too many aliases' } });
    return { ...base, findings };
  }
  const kindValue = (data as Record<string, unknown>).kind;
  if (kindValue === undefined) {
    findings.push({
      rule: 'file/missing-kind',
      path: [],
      args: { kinds: kindNames, suggestion: kindFromFileName(fileName) ?? '' },
    });
    return { ...base, findings, data };
  }
  if (!isKind(kindValue)) {
    findings.push({
      rule: 'file/unknown-kind',
      path: ['kind'],
      args: { value: String(kindValue), kinds: kindNames, suggestion: closest(String(kindValue), kindNames) ?? '' },
    });
    return { ...base, findings, data };
  }
  const schemaFindings = validateSchema(kindValue, data);
  findings.push(...schemaFindings);
  // With a duplicate key the data keeps one of the two values: not to be trusted either.
  const valid = schemaFindings.length === 0 && !findings.some((f) => f.rule === 'yaml/duplicate-key');
  return { ...base, findings, data, kind: kindValue, valid };
}

import { isAlias, isMap, isPair, isScalar, visit, type Document } from 'yaml';
import { isKind, kindFromFileName, kindNames, type Kind } from '../model/kinds.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { parseYaml } from './parse.js';
import { validateSchema } from './schema.js';
import { decode } from './source.js';
import { closest } from '../text/suggest.js';
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

/**
 * A file's bytes read as a document: decoded, parsed as YAML with positions, its kind, its data
 * checked against its kind's schema; every problem on the way is a finding. Pure: no I/O.
 */
export function readDocument(fileName: string, bytes: Uint8Array): FileResult {
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
  } catch (error) {
    // The `yaml` package refuses an alias to no anchor, and aliases that would expand without
    // bound; a document nested deeper than the stack goes can only be refused too.
    const detail = error instanceof Error ? error.message : String(error);
    const code = /Unresolved alias/.test(detail) ? 'BAD_ALIAS' : error instanceof RangeError ? 'RESOURCE_EXHAUSTION' : 'ALIAS_LIMIT';
    findings.push({ rule: 'yaml/syntax', ...aliasPlace(doc, code), args: { code, detail } });
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
  let schemaFindings: Finding[];
  try {
    schemaFindings = validateSchema(kindValue, data);
  } catch (error) {
    // Values nested deeper than the validator's stack goes: refused, not a crash.
    if (!(error instanceof RangeError)) throw error;
    findings.push({ rule: 'yaml/syntax', path: [], args: { code: 'RESOURCE_EXHAUSTION', detail: error.message } });
    return { ...base, findings, data };
  }
  findings.push(...schemaFindings.map((f) => withCommaCause(f, doc)));
  // With a duplicate key the data keeps one of the two values: not to be trusted either.
  const valid = schemaFindings.length === 0 && !findings.some((f) => f.rule === 'yaml/duplicate-key');
  return { ...base, findings, data, kind: kindValue, valid };
}

/** Where a refused document is refused: its first alias to no anchor, else the document. */
function aliasPlace(doc: Document, code: string): Pick<Finding, 'path' | 'span'> {
  if (code !== 'BAD_ALIAS') return { path: [] };
  const anchors = new Set<string>();
  let span: [number, number] | undefined;
  visit(doc, {
    Node(_, node) {
      if (span) return visit.BREAK;
      if (isAlias(node)) {
        if (!anchors.has(node.source) && node.range) span = [node.range[0], node.range[1]];
      } else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return span ? { span } : { path: [] };
}

/**
 * The kind a file means to be, even when it does not parse or fails its schema: its `kind:`, as
 * parsed or as written on a line of its own, else its name. A file that exists is then never
 * called missing by the checks across files (its own errors say what is wrong with it).
 */
export function claimedKind(fileName: string, result: Pick<FileResult, 'kind' | 'data' | 'text'>): Kind | undefined {
  if (result.kind) return result.kind;
  const parsed = (result.data as Record<string, unknown> | undefined)?.kind;
  if (isKind(parsed)) return parsed;
  const written = result.text === undefined ? undefined : /^kind:[ \t]*["']?([a-z-]+)/m.exec(result.text)?.[1];
  return isKind(written) ? written : kindFromFileName(fileName);
}

/**
 * `{ text: Họp, tổng kết }`: in a flow map a comma ends the value, so "tổng kết" becomes a field
 * of its own with no value, and the schema calls it unknown. The comma is the cause: say so, with
 * the text as it was meant (the value before it, the comma and this word).
 */
function withCommaCause(finding: Finding, doc: Document): Finding {
  if (finding.rule !== 'schema/unknown-property' || !finding.path) return finding;
  const map = doc.getIn(finding.path.slice(0, -1), true);
  if (!isMap(map) || !map.flow) return finding;
  const property = String(finding.args.property);
  const at = map.items.findIndex((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === property);
  const pair = map.items[at];
  const before = map.items[at - 1];
  if (!pair || pair.value !== null || !before || !isScalar(before.value) || typeof before.value.value !== 'string' || !isScalar(before.key)) return finding;
  return { ...finding, args: { ...finding.args, comma: 'yes', key: String(before.key.value), meant: `${before.value.value}, ${property}` } };
}

/**
 * Changes the status of one task (or of one period of a repeating task) in a plan file's text,
 * keeping every other byte: comments, key order, blank lines, indentation, quoting, flow or block
 * style and line endings. The text is never re-serialised: each step parses the current text,
 * finds the exact offsets from the nodes' ranges and splices a few characters in or out.
 *
 * Where things go:
 * - A value that exists is replaced in place (only the value: a trailing comment on its line stays,
 *   and a quoted value keeps its quotes).
 * - A key that is missing goes after the last key, in the file's order, of those that come before
 *   it in the schema's order (id, text, lead, with, deadline, repeat, status, done, evidence,
 *   occurrences; for a period: status, done, evidence), else after the map's last key. So `status`
 *   goes after lead/with/deadline/repeat (or text), `done` right after `status`, `evidence` after
 *   `done` or `status`, `occurrences` at the end of the task.
 * - In a block map a new line goes right after the last line of the previous entry's value (a
 *   folded `>-` text spans several lines; a `|+` text keeps its trailing blank lines), with the
 *   map's key indentation and the file's line ending. Own-line comments that follow that entry stay
 *   below the new line: in a plan they introduce what follows (the next key or the next task).
 * - In a flow map (`{ status: planned }`, or a whole task written `{ id: a, text: b }`) the new
 *   entry is written `, key: value` after the previous entry, inside the braces.
 * - A `done:` line is removed (with its trailing comment) when the new status is not done.
 *
 * New values are written plain when YAML reads them back as the same string, else double-quoted;
 * a replaced value that was quoted keeps its quote style. After editing, the text is parsed again
 * and its data must equal the original data with exactly the intended change, and the text outside
 * the task must be unchanged; otherwise an Error is thrown and nothing is returned.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Status } from '../model/types.js';

export interface TaskChange {
  /** The new status. */
  status: Status;
  /** YYYY-MM-DD: written when status is 'done' (not allowed with another status). */
  done?: string;
  /** Written when given. */
  evidence?: string;
  /** For a repeating task: the occurrence key ("2024-H2", "2024-Q3", "2024-05", "2024"). */
  period?: string;
}

type Path = readonly (string | number)[];

/** Why a change cannot be made safely: the CLI words it from the reason (the message is for developers). */
export type EditReason =
  | 'yaml-errors'
  | 'no-task'
  | 'not-a-map'
  | 'complex-key'
  | 'no-colon'
  | 'empty-map'
  | 'not-a-value'
  | 'shared-line'
  | 'would-break'
  | 'more-than-status'
  | 'outside-task'
  | 'bad-change';

export class EditError extends Error {
  override readonly name = 'EditError';
  constructor(
    readonly reason: EditReason,
    message: string,
    /** The key (or `occurrences.<period>`) the reason is about, when there is one. */
    readonly key?: string,
  ) {
    super(message);
  }
}
type AnyPair = Pair<unknown, unknown>;

const STATUSES: readonly string[] = ['planned', 'in-progress', 'done', 'cancelled'];
const PERIOD = /^[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/;
const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const TASK_ORDER = ['id', 'text', 'lead', 'with', 'deadline', 'repeat', 'status', 'done', 'evidence', 'occurrences'];
const OCCURRENCE_ORDER = ['status', 'done', 'evidence'];
/** Indentation of the entries of an `occurrences:` map this module creates, under the key. */
const STEP = '  ';

// ---------------------------------------------------------------------------------------------
// Text positions

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/** The end of the line holding `at`: the offset of its line break ("\r\n" or "\n"), or the end. */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  if (nl < 0) return text.length;
  return nl > at && text[nl - 1] === '\r' ? nl - 1 : nl;
}

const column = (text: string, at: number): number => at - lineStart(text, at);

/** The file's line ending: that of its first line. */
const lineEndingOf = (text: string): string => /\r?\n/.exec(text)?.[0] ?? '\n';

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

// ---------------------------------------------------------------------------------------------
// Nodes

const nameOf = (path: Path): string => (path.length === 0 ? '(document)' : path.map(String).join('.'));

const keyName = (pair: AnyPair): string | undefined => {
  const key = pair.key;
  return isScalar(key) && key.value !== null && typeof key.value !== 'object' ? String(key.value) : undefined;
};

const findPair = (map: YAMLMap, key: string): AnyPair | undefined =>
  (map.items as AnyPair[]).find((p) => keyName(p) === key);

function keyRange(pair: AnyPair): [number, number] {
  const range = (pair.key as Node | null)?.range;
  if (!range) throw new EditError('complex-key', 'a key without a position in the file (a "?" complex key?) cannot be edited');
  return [range[0], range[1]];
}

/** A value that is absent from the text: `key:` with nothing after it. */
function isEmptyValue(text: string, node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (!isScalar(node) || node.value !== null || !node.range) return false;
  return text.slice(node.range[0], node.range[1]).trim() === '';
}

const isBlockScalar = (node: unknown): node is Scalar =>
  isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');

/**
 * Where the text of a pair's value ends: after its last character that is part of the value (not
 * the line break, trailing blank lines or comment lines after it, except the kept blank lines of
 * a `|+` block). For a pair without a value, the end of its key.
 */
function valueEnd(text: string, pair: AnyPair): number {
  const keyEnd = keyRange(pair)[1];
  const node = pair.value as Node | null;
  if (isEmptyValue(text, node) || !node?.range) return keyEnd;
  const [start, end] = node.range;
  let source = text.slice(start, end);
  if (isBlockScalar(node) && /^[|>]([1-9]?\+|\+[1-9])/.test(source)) source = source.replace(/\r?\n$/, '');
  else source = source.trimEnd();
  return Math.max(start + source.length, keyEnd);
}

/** The end of the last line of a block map entry (before its line break), comment included. */
const entryLineEnd = (text: string, pair: AnyPair): number => lineEnd(text, valueEnd(text, pair));

/** Where the map's text ends: after `}` for a flow map, at the end of its last entry's line else. */
function mapEnd(text: string, map: YAMLMap): number {
  if (map.flow) return map.range![1];
  const last = map.items.at(-1) as AnyPair | undefined;
  return last ? entryLineEnd(text, last) : map.range![1];
}

/** The offset just after the ":" of a pair whose value is empty. */
function afterColon(text: string, pair: AnyPair): number {
  const colon = text.indexOf(':', keyRange(pair)[1]);
  if (colon < 0) throw new EditError('no-colon', 'no ":" after a key');
  return colon + 1;
}

// ---------------------------------------------------------------------------------------------
// Values

/** True when `value` written plain reads back as the same string, in a block or a flow map. */
function plainReadsBack(value: string, flow: boolean): boolean {
  if (value === '' || /[\r\n\t]/.test(value)) return false;
  const doc = parseDocument(flow ? `{ k: ${value} }\n` : `k: ${value}\n`);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return false;
  const node: unknown = doc.contents.get('k', true);
  return isScalar(node) && node.type === 'PLAIN' && node.value === value && doc.contents.items.length === 1;
}

/** The source text of a value: in the quote style of the value it replaces, else plain if safe. */
function scalarSource(value: string, flow: boolean, like?: Scalar.Type): string {
  if (like === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (like === 'QUOTE_SINGLE' && /^[^\p{Cc}\u2028\u2029]*$/u.test(value)) return `'${value.replaceAll("'", "''")}'`;
  return plainReadsBack(value, flow) ? value : JSON.stringify(value);
}

type Fields = [key: string, value: string][];

const fieldsOf = (change: TaskChange): Fields => [
  ['status', change.status],
  ...(change.status === 'done' && change.done !== undefined ? [['done', change.done] as [string, string]] : []),
  ...(change.evidence !== undefined ? [['evidence', change.evidence] as [string, string]] : []),
];

/** A new occurrence entry: `{ status: done, done: 2024-12-10 }`. */
const flowMapSource = (fields: Fields): string =>
  `{ ${fields.map(([k, v]) => `${k}: ${scalarSource(v, true)}`).join(', ')} }`;

// ---------------------------------------------------------------------------------------------
// Edits: each takes the current text and returns the next one.

function parse(text: string): Document {
  return parseDocument(text);
}

/** The map at `path` in the current text; for a period, the entry `occurrences[period]`. */
function mapAt(doc: Document, taskPath: Path, period?: string): YAMLMap {
  const task = doc.getIn(taskPath, true);
  if (!isMap(task)) throw new EditError('no-task', `there is no task (a map) at ${nameOf(taskPath)}`);
  if (period === undefined) return task;
  const occurrences = findPair(task, 'occurrences')?.value;
  const entry = isMap(occurrences) ? findPair(occurrences, period)?.value : undefined;
  if (!isMap(entry)) throw new EditError('not-a-map', `occurrences.${period} of the task at ${nameOf(taskPath)} is not a map`, `occurrences.${period}`);
  return entry;
}

/** Inserts `key: value` into a map as a new entry after `anchor` (or as the only entry). */
function insertEntry(text: string, map: YAMLMap, anchor: AnyPair | undefined, key: string, valueSource: string): string {
  const entry = `${key}: ${valueSource}`;
  if (map.flow) {
    if (!anchor) return splice(text, map.range![0], map.range![1], `{ ${entry} }`);
    const at = valueEnd(text, anchor);
    return splice(text, at, at, `, ${entry}`);
  }
  if (!anchor) throw new EditError('empty-map', `cannot add "${key}" to an empty block map`, key);
  const at = entryLineEnd(text, anchor);
  const indent = ' '.repeat(column(text, keyRange(anchor)[0]));
  return splice(text, at, at, `${lineEndingOf(text)}${indent}${entry}`);
}

/** Sets `key: value` in the map: replaces the value, fills an empty one, or adds the entry. */
function setKey(text: string, locate: (doc: Document) => YAMLMap, key: string, value: string, order: readonly string[]): string {
  const map = locate(parse(text));
  const pair = findPair(map, key);
  if (pair) {
    const node = pair.value;
    if (isEmptyValue(text, node)) {
      const at = afterColon(text, pair);
      return splice(text, at, at, ` ${scalarSource(value, map.flow === true)}`);
    }
    if (!isScalar(node) || !node.range) throw new EditError('not-a-value', `"${key}" is not a single written value (a list, a map or an alias)`, key);
    if (node.value === value) return text;
    const [start] = node.range;
    const like = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? node.type : undefined;
    return splice(text, start, valueEnd(text, pair), scalarSource(value, map.flow === true, like));
  }
  const before = new Set(order.slice(0, Math.max(order.indexOf(key), 0)));
  const items = map.items as AnyPair[];
  const anchor = items.findLast((p) => before.has(keyName(p) ?? '')) ?? items.at(-1);
  return insertEntry(text, map, anchor, key, scalarSource(value, map.flow === true));
}

/** Removes the entry `key` from the map, if there. In a block map, its whole line goes. */
function removeKey(text: string, locate: (doc: Document) => YAMLMap, key: string): string {
  const map = locate(parse(text));
  const items = map.items as AnyPair[];
  const index = items.findIndex((p) => keyName(p) === key);
  if (index < 0) return text;
  const pair = items[index]!;
  if (map.flow) {
    const previous = items[index - 1];
    const next = items[index + 1];
    if (previous) return splice(text, valueEnd(text, previous), valueEnd(text, pair), '');
    if (next) return splice(text, keyRange(pair)[0], keyRange(next)[0], '');
    return splice(text, map.range![0], map.range![1], '{}');
  }
  const keyStart = keyRange(pair)[0];
  const start = lineStart(text, keyStart);
  if (text.slice(start, keyStart).trim() !== '') {
    throw new EditError('shared-line', `"${key}" shares its line with what comes before it ("- ${key}:"), so its line cannot be removed`, key);
  }
  const end = entryLineEnd(text, pair);
  // The line break before the line goes with it, so the file's last line needs no special case.
  const from = start === 0 ? 0 : text[start - 2] === '\r' ? start - 2 : start - 1;
  const to = start === 0 ? end + (text.startsWith('\r\n', end) ? 2 : text[end] === '\n' ? 1 : 0) : end;
  return splice(text, from, to, '');
}

/**
 * Makes sure `occurrences[period]` exists. A missing entry (or `occurrences` map) is written
 * whole, with the change's fields, and true is returned: nothing more to do.
 */
function addOccurrence(text: string, taskPath: Path, period: string, fields: Fields): { text: string; written: boolean } {
  const doc = parse(text);
  const task = doc.getIn(taskPath, true) as YAMLMap;
  const entry = flowMapSource(fields);
  const occurrencesPair = findPair(task, 'occurrences');
  if (!occurrencesPair) {
    const last = task.items.at(-1) as AnyPair | undefined;
    if (task.flow || !last) {
      return { text: insertEntry(text, task, last, 'occurrences', `{ ${period}: ${entry} }`), written: true };
    }
    const at = entryLineEnd(text, last);
    const indent = ' '.repeat(column(text, keyRange(last)[0]));
    const eol = lineEndingOf(text);
    return { text: splice(text, at, at, `${eol}${indent}occurrences:${eol}${indent}${STEP}${period}: ${entry}`), written: true };
  }
  const occurrences = occurrencesPair.value;
  if (isEmptyValue(text, occurrences)) {
    const at = afterColon(text, occurrencesPair);
    return { text: splice(text, at, at, ` { ${period}: ${entry} }`), written: true };
  }
  if (!isMap(occurrences)) throw new EditError('not-a-map', `"occurrences" of the task at ${nameOf(taskPath)} is not a map`, 'occurrences');
  const entryPair = findPair(occurrences, period);
  if (!entryPair) {
    const last = occurrences.items.at(-1) as AnyPair | undefined;
    return { text: insertEntry(text, occurrences, last, period, entry), written: true };
  }
  if (isEmptyValue(text, entryPair.value)) {
    const at = afterColon(text, entryPair);
    return { text: splice(text, at, at, ` ${entry}`), written: true };
  }
  if (!isMap(entryPair.value)) throw new EditError('not-a-map', `occurrences.${period} of the task at ${nameOf(taskPath)} is not a map`, `occurrences.${period}`);
  return { text, written: false };
}

// ---------------------------------------------------------------------------------------------
// Checks

function checkChange(change: TaskChange): void {
  if (!STATUSES.includes(change.status)) throw new EditError('bad-change', `unknown status "${String(change.status)}"`);
  if (change.done !== undefined) {
    if (change.status !== 'done') throw new EditError('bad-change', `a done date is only written with status "done", not "${change.status}"`);
    if (!DATE.test(change.done)) throw new EditError('bad-change', `the done date "${change.done}" is not YYYY-MM-DD`);
  }
  if (change.period !== undefined && !PERIOD.test(change.period)) {
    throw new EditError('bad-change', `the period "${change.period}" is not one of YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM`);
  }
}

type Data = Record<string, unknown>;

function dataAt(data: unknown, path: Path): Data {
  let at: unknown = data;
  for (const key of path) at = (at as Record<string | number, unknown> | null | undefined)?.[key];
  if (!at || typeof at !== 'object' || Array.isArray(at)) throw new EditError('no-task', `there is no task at ${nameOf(path)}`);
  return at as Data;
}

/** The original data with the change applied: what the edited text must read as. */
function expectedData(before: unknown, taskPath: Path, change: TaskChange): unknown {
  const data = structuredClone(before);
  const task = dataAt(data, taskPath);
  let target = task;
  if (change.period !== undefined) {
    if (!task.occurrences || typeof task.occurrences !== 'object') task.occurrences = {};
    const occurrences = task.occurrences as Data;
    if (!occurrences[change.period] || typeof occurrences[change.period] !== 'object') occurrences[change.period] = {};
    target = occurrences[change.period] as Data;
  }
  target.status = change.status;
  if (change.status !== 'done') delete target.done;
  else if (change.done !== undefined) target.done = change.done;
  if (change.evidence !== undefined) target.evidence = change.evidence;
  return data;
}

const firstLine = (message: string): string => message.split('\n')[0]!;

// ---------------------------------------------------------------------------------------------

/**
 * The text with the status of the task at `taskPath` (its data path, e.g.
 * ['sections', 1, 'sections', 1, 'tasks', 2]) changed, or with `period`, that of one occurrence.
 * Throws an EditError (its reason for the user's words; its message, English, one sentence, for
 * developers) when the change cannot be made safely.
 */
export function editTask(text: string, taskPath: (string | number)[], change: TaskChange): string {
  checkChange(change);
  const original = parse(text);
  if (original.errors.length > 0) {
    throw new EditError('yaml-errors', `Cannot edit the plan: it has YAML errors (${firstLine(original.errors[0]!.message)}).`);
  }
  const task = original.getIn(taskPath, true);
  if (!isMap(task)) throw new EditError('no-task', `Cannot edit the plan: there is no task (a map) at ${nameOf(taskPath)}.`);
  const where = `the task at ${nameOf(taskPath)}${change.period === undefined ? '' : `, period ${change.period}`}`;
  const [taskStart] = task.range!;
  const taskEnd = mapEnd(text, task);

  let result = text;
  try {
    const fields = fieldsOf(change);
    let written = false;
    if (change.period !== undefined) ({ text: result, written } = addOccurrence(result, taskPath, change.period, fields));
    if (!written) {
      const locate = (doc: Document) => mapAt(doc, taskPath, change.period);
      const order = change.period === undefined ? TASK_ORDER : OCCURRENCE_ORDER;
      result = setKey(result, locate, 'status', change.status, order);
      if (change.status !== 'done') result = removeKey(result, locate, 'done');
      for (const [key, value] of fields.slice(1)) result = setKey(result, locate, key, value, order);
    }
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    throw new EditError(error.reason, `Cannot edit ${where}: ${error.message}.`, error.key);
  }

  const edited = parse(result);
  if (edited.errors.length > 0) {
    throw new EditError('would-break', `Editing ${where} would break the file (${firstLine(edited.errors[0]!.message)}); it was left unchanged.`);
  }
  if (!isDeepStrictEqual(edited.toJS(), expectedData(original.toJS(), taskPath, change))) {
    throw new EditError('more-than-status', `Editing ${where} would change more than its status; the file was left unchanged.`);
  }
  const head = text.slice(0, taskStart);
  const tail = text.slice(taskEnd);
  if (!result.startsWith(head) || !result.endsWith(tail) || result.length < head.length + tail.length) {
    throw new EditError('outside-task', `Editing ${where} would change text outside the task; the file was left unchanged.`);
  }
  return result;
}

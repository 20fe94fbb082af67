import type { ErrorObject } from 'ajv/dist/2020.js';
import { kinds, type Kind } from '../model/kinds.js';
import type { JsonSchema } from '../model/schemas/common.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { allowedProperties, fieldAt } from './schema-field.js';
import { validatorFor } from './validators-compiled.js';
import { closest } from '../text/suggest.js';

/** Every schema problem of a document of this kind, as findings with data paths. */
export function validateSchema(kind: Kind, data: unknown): Finding[] {
  const validate = validatorFor(kind);
  if (validate(data)) return [];
  const root = kinds[kind].schema;
  // A key that fails `propertyNames` comes twice: the inner error (with `propertyName`) and the
  // propertyNames one, which names the key. Keep the latter.
  const errors = (validate.errors ?? []).filter((e) => e.keyword === 'propertyNames' || e.propertyName === undefined);
  return reduceAlternatives(errors).map((e) => toFinding(root, e, data));
}

/** "/sections/0/tasks/a~1b" → ["sections", 0, "tasks", "a/b"]: `~1` before `~0`, every one. */
export function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      return /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment;
    });
}

/**
 * anyOf/oneOf: ajv reports every branch's errors and then the alternative's own. Keep the branch
 * that went furthest (its deepest error), so the user reads one useful message, not all of them.
 */
export function reduceAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const result = [...errors];
  const alternatives = result
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const alt of alternatives) {
    if (alt.keyword === 'oneOf' && (alt.params as { passingSchemas?: unknown }).passingSchemas) continue;
    const at = result.indexOf(alt);
    const run = branchErrors(result, at);
    const branches = groupByBranch(alt, run);
    const score = (list: ErrorObject[]) => {
      // A type mismatch at the alternative's own place means the branch does not apply at all.
      const wrongType = list.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath);
      const depth = Math.max(...list.map((e) => e.instancePath.split('/').length));
      return (wrongType ? 0 : 1000) + depth * 10 - Math.min(list.length, 9);
    };
    const ranked = [...branches.values()].sort((a, b) => score(b) - score(a));
    const best = ranked[0];
    let keep: ErrorObject[];
    if (!best) keep = [alt];
    else if (ranked.every((list) => score(list) < 1000)) {
      const types = run.filter((e) => e.keyword === 'type').flatMap((e) => [(e.params as { type: string | string[] }).type].flat());
      keep = [{ ...alt, keyword: 'type', params: { type: [...new Set(types)] } }];
    } else keep = best;
    // In place, so that an enclosing alternative still finds its branches right before it.
    result.splice(at - run.length, run.length + 1, ...keep);
  }
  return result;
}

/**
 * The errors of an alternative's branches: ajv appends them just before the alternative's own
 * error, at or under its instance path. (Their schemaPath alone does not tell: a branch written
 * as a $ref reports paths inside the referenced definition.)
 */
function branchErrors(errors: readonly ErrorObject[], at: number): ErrorObject[] {
  const alt = errors[at]!;
  let first = at;
  while (first > 0) {
    const e = errors[first - 1]!;
    const under = e.instancePath === alt.instancePath || e.instancePath.startsWith(`${alt.instancePath}/`);
    if (!under) break;
    first--;
  }
  return errors.slice(first, at);
}

/** Branch of each error: its index for an inline branch, the referenced definition for a $ref. */
function groupByBranch(alt: ErrorObject, run: readonly ErrorObject[]): Map<string, ErrorObject[]> {
  const prefix = `${alt.schemaPath}/`;
  const branches = new Map<string, ErrorObject[]>();
  for (const e of run) {
    const key = e.schemaPath.startsWith(prefix)
      ? e.schemaPath.slice(prefix.length).split('/')[0]!
      : e.schemaPath.split('/').slice(0, 3).join('/');
    branches.set(key, [...(branches.get(key) ?? []), e]);
  }
  return branches;
}

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A multiple of a step as it should print: 1.25, not 1.2500000000000002. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** One ajv error as a finding: the rule, the data path and the args its message needs. */
export function toFinding(root: JsonSchema, error: ErrorObject, data: unknown): Finding {
  const path = parsePointer(error.instancePath);
  const field = fieldAt(root, path);
  // A list item is named by its list and its place in it ("tasks", 3rd), not by "2".
  const last = path.at(-1);
  const name = typeof last === 'number' ? String(path.at(-2) ?? '') : String(last ?? '');
  const common = {
    field: name,
    title: field.title ?? name,
    description: field.description ?? '',
    ...(typeof last === 'number' ? { position: last + 1 } : {}),
  };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const property = String(params.missingProperty);
      const missing = fieldAt(root, [...path, property]);
      return {
        rule: 'schema/required',
        path,
        at: 'key',
        args: {
          ...common,
          property,
          propertyTitle: missing.title ?? property,
          propertyDescription: missing.description ?? '',
        },
      };
    }
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const allowed = allowedProperties(root, path);
      return {
        rule: 'schema/unknown-property',
        path: [...path, property],
        at: 'key',
        args: { ...common, property, allowed, suggestion: closest(property, allowed) ?? '' },
      };
    }
    case 'type':
      // A text under a key that only a guide's own stage id could be ("notes: ..."): a misspelt
      // field, far likelier than a stage's points written as words.
      if (field.byPattern && typeOf(valueAt(data, path)) === 'string') {
        const parentPath = path.slice(0, -1);
        const parent = fieldAt(root, parentPath);
        const parentName = String(parentPath.at(-1) ?? '');
        const allowed = allowedProperties(root, parentPath);
        return {
          rule: 'schema/unknown-property',
          path,
          at: 'key',
          args: { field: parentName, title: parent.title ?? parentName, description: parent.description ?? '', property: name, allowed, suggestion: closest(name, allowed) ?? '' },
        };
      }
      return {
        rule: 'schema/type',
        path,
        args: { ...common, expected: [params.type as string | string[]].flat(), actual: typeOf(valueAt(data, path)) },
      };
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(String);
      const value = String(valueAt(data, path));
      return { rule: 'schema/enum', path, args: { ...common, value: show(value), allowed, suggestion: closest(value, allowed) ?? '' } };
    }
    case 'pattern':
      return { rule: 'schema/pattern', path, args: { ...common, value: show(valueAt(data, path)), pattern: String(params.pattern) } };
    case 'minLength':
      return { rule: 'schema/empty', path, args: common };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        rule: 'schema/range',
        path,
        args: { ...common, value: show(valueAt(data, path)), comparison: String(params.comparison), limit: Number(params.limit) },
      };
    case 'multipleOf': {
      const value = Number(valueAt(data, path));
      const step = Number(params.multipleOf);
      // The two nearest values that are on the step, for the hint ("1,25 or 1,5").
      const below = Math.floor(value / step) * step;
      return {
        rule: 'schema/multiple-of',
        path,
        args: { ...common, value: show(valueAt(data, path)), step, below: round(below), above: round(below + step) },
      };
    }
    case 'minProperties':
      return { rule: 'schema/empty', path, args: common };
    case 'minItems':
      return { rule: 'schema/min-items', path, args: { ...common, limit: Number(params.limit) } };
    case 'uniqueItems':
      return {
        rule: 'schema/duplicate-item',
        path: [...path, Number(params.i)],
        args: { ...common, first: Number(params.j) + 1, second: Number(params.i) + 1 },
      };
    case 'propertyNames': {
      const key = String(params.propertyName);
      return { rule: 'schema/key-name', path: [...path, key], at: 'key', args: { ...common, key } };
    }
    default:
      return { rule: 'schema/invalid', path, args: { ...common, keyword: error.keyword, detail: error.message ?? '' } };
  }
}

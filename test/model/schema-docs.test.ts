import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../src/model/schemas/common.js';
import { organisationSchema } from '../../src/model/schemas/organisation.js';
import { planSchema } from '../../src/model/schemas/plan.js';
import { scoreSheetsSchema, scoringSchemeSchema } from '../../src/model/schemas/scoring.js';

/**
 * An editor (VS Code with the YAML extension) shows a property's title and description on hover
 * and in completion: every field the clerk can write must explain itself, in Vietnamese.
 */

interface Field {
  /** JSON Pointer of the property's schema, e.g. "/$defs/task/properties/deadline". */
  pointer: string;
  schema: JsonSchema;
}

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every property schema under every `properties`, anywhere in the schema, `$defs` included. */
function fields(node: unknown, pointer = ''): Field[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => fields(item, `${pointer}/${i}`));
  if (!isObject(node)) return [];
  const found: Field[] = [];
  for (const [key, value] of Object.entries(node)) {
    const here = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (key === 'properties' && isObject(value)) {
      for (const [name, schema] of Object.entries(value)) {
        if (isObject(schema)) found.push({ pointer: `${here}/${name}`, schema });
      }
    }
    found.push(...fields(value, here));
  }
  return found;
}

/** A letter only Vietnamese uses among Latin scripts: with a tone or vowel mark, or "đ". */
const vietnameseLetter = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** What is wrong with one text of a field, or undefined. */
function problem(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return 'missing or empty';
  if (text !== text.normalize('NFC')) return 'not NFC';
  if (!vietnameseLetter.test(text)) return 'not Vietnamese';
  return undefined;
}

describe.each([
  ['to-chuc', organisationSchema as JsonSchema],
  ['ke-hoach', planSchema as JsonSchema],
  ['huong-dan-cham-diem', scoringSchemeSchema as JsonSchema],
  ['cham-diem', scoreSheetsSchema as JsonSchema],
])('schema of %s', (_kind, schema) => {
  const all = fields(schema);

  it('is walked through its $defs', () => {
    expect(all.some((f) => f.pointer.startsWith('/$defs/'))).toBe(true);
    expect(all.some((f) => f.pointer.startsWith('/properties/'))).toBe(true);
  });

  it('gives every property a Vietnamese title and description', () => {
    const bad = all.flatMap(({ pointer, schema: field }) =>
      (['title', 'description'] as const).flatMap((key) => {
        const why = problem(field[key]);
        return why ? [`${pointer}: ${key} ${why}`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });
});

describe('the walk', () => {
  it('finds nested properties, in $defs and in arrays, and reports a bare one', () => {
    const sample = {
      properties: { a: { title: 'Tên', description: 'Tên đầy đủ.' } },
      $defs: { x: { anyOf: [{ properties: { b: { type: 'string' } } }] } },
    };
    const found = fields(sample);
    expect(found.map((f) => f.pointer)).toEqual(['/properties/a', '/$defs/x/anyOf/0/properties/b']);
    expect(problem(found[1]!.schema.title)).toBe('missing or empty');
    expect(problem('Ten day du')).toBe('not Vietnamese');
    expect(problem('Te\u0302n')).toBe('not NFC');
  });
});

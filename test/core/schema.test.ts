// From ajv's errors to findings: JSON pointers, and the one useful error of an anyOf/oneOf.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parsePointer, reduceAlternatives, toFinding, validateSchema } from '../../src/repo/schema.js';

describe('parsePointer', () => {
  it('the empty pointer is the root', () => {
    expect(parsePointer('')).toEqual([]);
  });

  it('unescapes every ~1 and ~0, ~1 first', () => {
    expect(parsePointer('/a~1b~1c/~01')).toEqual(['a/b/c', '~1']);
    expect(parsePointer('/~0~0/~1~1')).toEqual(['~~', '//']);
    expect(parsePointer('/~00')).toEqual(['~0']);
  });

  it('turns index segments into numbers, and leaves the rest as text', () => {
    expect(parsePointer('/sections/1/tasks/0/lead')).toEqual(['sections', 1, 'tasks', 0, 'lead']);
    expect(parsePointer('/a/10/01/-1/1e3/ 1')).toEqual(['a', 10, '01', '-1', '1e3', ' 1']);
  });

  it('keeps an empty key', () => {
    expect(parsePointer('/')).toEqual(['']);
    expect(parsePointer('/a//b')).toEqual(['a', '', 'b']);
  });
});

/** ajv's errors for `data` under `schema`, all of them. */
function errorsOf(schema: object, data: unknown): ErrorObject[] {
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  expect(validate(data)).toBe(false);
  return validate.errors ?? [];
}

const brief = (errors: ErrorObject[]) => errors.map((e) => `${e.keyword} ${e.instancePath}`).sort();

describe('reduceAlternatives', () => {
  const anyOf = {
    type: 'object',
    properties: {
      x: {
        anyOf: [
          { type: 'string' },
          { type: 'object', required: ['a'], properties: { a: { type: 'integer' } } },
        ],
      },
      y: { type: 'integer' },
    },
  };

  it('anyOf: keeps the error of the branch that went furthest, drops the others and the anyOf', () => {
    const errors = errorsOf(anyOf, { x: { a: 'no' } });
    expect(brief(errors)).toEqual(['anyOf /x', 'type /x', 'type /x/a']);
    expect(brief(reduceAlternatives(errors))).toEqual(['type /x/a']);
  });

  it('anyOf: a missing property in the branch of the right type', () => {
    const errors = errorsOf(anyOf, { x: {} });
    expect(brief(reduceAlternatives(errors))).toEqual(['required /x']);
  });

  it('anyOf where no branch has the right type: one type error naming every type', () => {
    const reduced = reduceAlternatives(errorsOf(anyOf, { x: 5 }));
    expect(brief(reduced)).toEqual(['type /x']);
    expect([(reduced[0]!.params as { type: string[] }).type].flat().sort()).toEqual(['object', 'string']);
  });

  it('leaves errors outside the alternative alone', () => {
    const reduced = reduceAlternatives(errorsOf(anyOf, { x: { a: 'no' }, y: 'text' }));
    expect(brief(reduced)).toEqual(['type /x/a', 'type /y']);
  });

  it('oneOf: keeps the branch of the right type', () => {
    const schema = { type: 'object', properties: { d: { oneOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-9]{4}$' }] } } };
    const errors = errorsOf(schema, { d: '20x4' });
    expect(brief(errors)).toEqual(['oneOf /d', 'pattern /d', 'type /d']);
    expect(brief(reduceAlternatives(errors))).toEqual(['pattern /d']);
  });

  it('oneOf matched by two branches: keeps the oneOf error itself', () => {
    const schema = { oneOf: [{ type: 'number' }, { type: 'integer' }] };
    const reduced = reduceAlternatives(errorsOf(schema, 5));
    expect(brief(reduced)).toEqual(['oneOf ']);
  });

  it('alternatives inside alternatives: one error, the deepest', () => {
    const schema = {
      anyOf: [
        { type: 'string' },
        {
          type: 'object',
          properties: { p: { oneOf: [{ type: 'boolean' }, { type: 'object', required: ['q'] }] } },
        },
      ],
    };
    const reduced = reduceAlternatives(errorsOf(schema, { p: {} }));
    expect(brief(reduced)).toEqual(['required /p']);
  });

  it('branches written as $ref: still only the most relevant branch', () => {
    const schema = {
      $defs: {
        text: { type: 'string' },
        box: { type: 'object', required: ['a'], properties: { a: { type: 'integer' } } },
      },
      type: 'object',
      properties: { x: { anyOf: [{ $ref: '#/$defs/text' }, { $ref: '#/$defs/box' }] } },
    };
    const errors = errorsOf(schema, { x: { a: 'no' } });
    expect(brief(errors)).toEqual(['anyOf /x', 'type /x', 'type /x/a']);
    expect(brief(reduceAlternatives(errors))).toEqual(['type /x/a']);
  });

  it('no alternatives: the errors as they were', () => {
    const errors = errorsOf({ type: 'object', required: ['a', 'b'] }, {});
    expect(reduceAlternatives(errors)).toEqual(errors);
  });
});

describe('validateSchema', () => {
  it('a valid document: no findings', () => {
    expect(
      validateSchema('to-chuc', {
        kind: 'to-chuc',
        id: 'thu',
        name: 'Thử',
        level: 'xã',
        place: 'Thử',
        letterhead: { parent: 'ỦY BAN', issuer: 'BAN THƯỜNG TRỰC' },
        issuer: { name: 'Ban Thường trực', symbol: 'MTTQ-BTT' },
      }),
    ).toEqual([]);
  });

  it('a key that fails its pattern is one finding, at the key', () => {
    const findings = validateSchema('ke-hoach', {
      kind: 'ke-hoach',
      body: 'thu',
      year: 2024,
      number: 1,
      symbol: 'KH-MTTQ-BTT',
      date: '2024-01-25',
      summary: 'Thử',
      sections: [{ tasks: [{ id: 'a', text: 'Việc', repeat: 'year', occurrences: { '2024-H3': { status: 'done' } } }] }],
      recipients: ['Lưu: VT'],
      signer: { person: 'a' },
    });
    expect(findings.map((f) => [f.rule, f.path, f.at])).toEqual([
      ['schema/key-name', ['sections', 0, 'tasks', 0, 'occurrences', '2024-H3'], 'key'],
    ]);
  });
});

describe('toFinding', () => {
  it('a schema keyword without a rule of its own still reports, as schema/invalid, with the field', () => {
    const schema = {
      type: 'object',
      properties: { tags: { title: 'Nhãn', description: 'Các nhãn.', type: 'object', maxProperties: 1 } },
    };
    const data = { tags: { a: 1, b: 2 } };
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(data)).toBe(false);
    const finding = toFinding(schema, validate.errors![0]!, data);
    expect(finding.rule).toBe('schema/invalid');
    expect(finding.path).toEqual(['tags']);
    expect(finding.args).toMatchObject({ field: 'tags', title: 'Nhãn', keyword: 'maxProperties' });
  });
});

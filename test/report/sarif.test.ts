// The SARIF format, validated against the OASIS SARIF 2.1.0 schema shipped in test/data.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { catalogues, type Lang } from '../../src/i18n/index.js';
import type { FormatContext } from '../../src/report/context.js';
import { fileUri, formatSarif } from '../../src/report/sarif.js';
import { repoRoot } from '../helpers/run.js';

// ajv-formats is CommonJS: under NodeNext its default import is `module.exports`, whose `default`
// is the plugin itself.
const addFormats = formats.default;

type Schema = Record<string, unknown>;

/**
 * The schema file declares draft-04, which ajv 8 does not implement. It only uses keywords whose
 * meaning did not change from draft-04 to draft-07 (checked below), so it is compiled as draft-07
 * once its `$schema` is dropped and its root `id` is written `$id`.
 */
function sarifSchema(): Schema {
  const raw = JSON.parse(readFileSync(new URL('../data/sarif-2.1.0.json', import.meta.url), 'utf8')) as Schema;
  const { $schema, id, ...rest } = raw;
  expect($schema).toBe('http://json-schema.org/draft-04/schema#');
  return { ...rest, $id: id };
}

/** Every keyword used by a schema or one of its subschemas (not property names). */
function keywords(schema: unknown, found = new Set<string>()): Set<string> {
  if (typeof schema !== 'object' || schema === null) return found;
  for (const [key, value] of Object.entries(schema)) {
    found.add(key);
    if (key === 'properties' || key === 'definitions' || key === 'patternProperties') {
      for (const sub of Object.values(value as Schema)) keywords(sub, found);
    } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      for (const sub of value as unknown[]) keywords(sub, found);
    } else if (key === 'items' || key === 'additionalProperties' || key === 'not') {
      keywords(value, found);
    }
  }
  return found;
}

const validate = (() => {
  // The schema's `language` pattern, "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$", has a stray "]":
  // an error under the `u` flag ajv uses by default, a literal "]" without it. Its other patterns
  // (GUIDs, versions, MIME types) mean the same either way.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(sarifSchema());
})();

function context(lang: Lang = 'vi'): FormatContext {
  return { catalogue: catalogues[lang], sources: new Map(), files: 4, chalk: new Chalk({ level: 0 }) };
}

const at = (line: number, column: number, endLine: number, endColumn: number) => ({
  start: { line, column, offset: 0 },
  end: { line: endLine, column: endColumn, offset: 0 },
});

const sample: Diagnostic[] = [
  {
    file: 'plans/2024/dinh-quan/ke-hoach.yaml',
    range: at(40, 19, 40, 20),
    severity: 'error',
    rule: 'schema/type',
    message: '«Đơn vị chủ trì» (lead) phải là chuỗi chữ, không phải số nguyên.',
    hint: 'Mã đơn vị chủ trì.',
    args: { field: 'lead', expected: ['string'], actual: 'integer' },
    path: ['sections', 0, 'lead'],
  },
  {
    file: 'plans/2024/dinh-quan/ke-hoach.yaml',
    range: at(3, 1, 5, 4),
    severity: 'warning',
    rule: 'yaml/syntax',
    message: 'Lỗi cú pháp YAML: Thụt lề không đúng.',
    args: { code: 'BAD_INDENT', detail: '' },
  },
  {
    file: 'plans/2024/phú vinh/kế hoạch #1, a:b.yaml',
    range: at(1, 7, 1, 14),
    severity: 'info',
    rule: 'schema/type',
    message: 'Ghi chú.',
    args: {},
  },
  { file: 'rong.yaml', severity: 'error', rule: 'file/empty', message: 'Tệp trống.', hint: 'Điền nội dung.', args: {} },
];

interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: Record<string, number> } }[];
    }[];
  }[];
}

const read = (text: string) => JSON.parse(text) as Log;

describe('the schema in test/data', () => {
  it('uses only keywords that mean the same in draft-04 and draft-07', () => {
    const same = ['$ref', 'additionalProperties', 'anyOf', 'default', 'definitions', 'description', 'enum', 'format', 'items', 'maximum', 'minItems', 'minimum', 'oneOf', 'pattern', 'properties', 'required', 'title', 'type', 'uniqueItems'];
    const used = keywords(sarifSchema());
    used.delete('$id');
    expect([...used].filter((k) => !same.includes(k))).toEqual([]);
  });

  it('rejects what SARIF forbids, so a pass means something', () => {
    const log = read(formatSarif(sample, context()));
    expect(validate(log)).toBe(true);
    log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region!.startLine = 0;
    expect(validate(log)).toBe(false);
    expect(validate({ ...read(formatSarif(sample, context())), version: '2.0.0' })).toBe(false);
    const noText = read(formatSarif(sample, context()));
    (noText.runs[0]!.tool.driver.rules[0]!.shortDescription as { text?: string }).text = undefined;
    expect(validate(JSON.parse(JSON.stringify(noText)))).toBe(false);
  });
});

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0, with problems, without, in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const list of [sample, []]) {
        const log = read(formatSarif(list, context(lang)));
        const valid = validate(log);
        expect(validate.errors ?? [], `${lang}, ${list.length} diagnostics`).toEqual([]);
        expect(valid).toBe(true);
      }
    }
  });

  it('describes the tool and every rule that reported, in the registry order', () => {
    const log = read(formatSarif(sample, context()));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(run.tool.driver.name).toBe('plan');
    expect(run.tool.driver.version).toBe(pkg.version);
    expect(run.tool.driver.informationUri).toBeUndefined();
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.rules).toEqual([
      { id: 'file/empty', shortDescription: { text: 'Tệp không có dữ liệu.' }, defaultConfiguration: { level: 'error' } },
      { id: 'yaml/syntax', shortDescription: { text: 'Lỗi cú pháp YAML.' }, defaultConfiguration: { level: 'error' } },
      { id: 'schema/type', shortDescription: { text: 'Giá trị sai kiểu.' }, defaultConfiguration: { level: 'error' } },
    ]);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    const en = read(formatSarif(sample, context('en'))).runs[0]!.tool.driver.rules;
    expect(en.map((r) => r.shortDescription.text)).toEqual(['file/empty', 'yaml/syntax', 'schema/type'].map((id) => catalogues.en.ruleDescriptions[id as 'file/empty']));
  });

  it('gives each result its rule, level, message with the fix, file and region, in the given order', () => {
    const { results } = read(formatSarif(sample, context())).runs[0]!;
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['schema/type', 'error'],
      ['yaml/syntax', 'warning'],
      ['schema/type', 'note'],
      ['file/empty', 'error'],
    ]);
    expect(results[0]).toEqual({
      ruleId: 'schema/type',
      ruleIndex: 2,
      level: 'error',
      message: { text: '«Đơn vị chủ trì» (lead) phải là chuỗi chữ, không phải số nguyên.\nCách sửa: Mã đơn vị chủ trì.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'plans/2024/dinh-quan/ke-hoach.yaml', uriBaseId: '%SRCROOT%' },
            // endColumn is exclusive in SARIF, as in our ranges: one character is 19..20.
            region: { startLine: 40, startColumn: 19, endLine: 40, endColumn: 20 },
          },
        },
      ],
    });
    expect(results[1]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 1, endLine: 5, endColumn: 4 });
    expect(results[1]!.message.text).toBe('Lỗi cú pháp YAML: Thụt lề không đúng.');
    // A problem of the whole file names the file and no region.
    expect(results[3]!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'rong.yaml', uriBaseId: '%SRCROOT%' } });
  });

  it('writes paths as relative URI references, percent-encoded', () => {
    const { results } = read(formatSarif(sample, context())).runs[0]!;
    const uri = results[2]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('plans/2024/ph%C3%BA%20vinh/k%E1%BA%BF%20ho%E1%BA%A1ch%20%231,%20a:b.yaml');
    expect(decodeURIComponent(uri)).toBe('plans/2024/phú vinh/kế hoạch #1, a:b.yaml');
    expect(fileUri('a:b/c%d,e.yaml')).toBe('a%3Ab/c%25d,e.yaml');
    expect(fileUri('x/a:b@c;d=e&f+g$h!(1).yaml')).toBe('x/a:b@c;d=e&f+g$h!(1).yaml');
    expect(fileUri('x/a?b#c[d].yaml')).toBe('x/a%3Fb%23c%5Bd%5D.yaml');
    expect(fileUri('../ngoai.yaml')).toBe('../ngoai.yaml');
  });

  it('is deterministic: no time, no absolute path', () => {
    const text = formatSarif(sample, context());
    expect(formatSarif(sample, context())).toBe(text);
    expect(text).not.toContain(repoRoot);
    expect(text).not.toMatch(/"(startTimeUtc|endTimeUtc|timeUtc)"|file:\/\//);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

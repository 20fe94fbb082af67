import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindNames, kinds } from '../src/model/kinds.js';

describe('published schema files', () => {
  it.each(kindNames)('schemas/%s.schema.json is up to date (run "npm run schemas")', (kind) => {
    const published = readFileSync(new URL(`../schemas/${kind}.schema.json`, import.meta.url), 'utf8');
    expect(published).toBe(`${JSON.stringify(kinds[kind].schema, null, 2)}\n`);
  });

  it('every shipped YAML file points its editor at the schema of its kind', () => {
    const files = [
      'plans/2024/dinh-quan/to-chuc.yaml',
      'plans/2024/dinh-quan/ke-hoach.yaml',
      'plans/2024/dinh-quan/huong-dan-cham-diem.yaml',
      'plans/2024/dinh-quan/cham-diem.yaml',
    ];
    for (const file of files) {
      const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
      const kind = /^kind: (\S+)$/m.exec(text)?.[1];
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../../../schemas/${kind}.schema.json`);
    }
  });
});

// The bar of test/rules/: each rule of the clerk's groups has its cases in its group's file
// (test/rules/<group>.test.ts), failing and passing. A rule added to src/diagnostics/rules.ts without
// cases fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleIds, rules } from '../../src/diagnostics/rules.js';
import { repoRoot } from '../helpers/run.js';

const groups = ['date', 'task', 'number', 'ref', 'recipients', 'signer', 'repo', 'score', 'template'] as const;

describe.each(groups)('test/rules/%s.test.ts', (group) => {
  const text = readFileSync(join(repoRoot, 'test', 'rules', `${group}.test.ts`), 'utf8');
  const ids = ruleIds.filter((id) => rules[id].group === group);

  it('the group has rules', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ids)('%s: a failing case reported at file:line:column, and a passing case', (id) => {
    // A failing case: the rule id after a `file:line:column` of the report.
    expect(text).toContain(`} ${id}\``);
    // A passing case: the section of the rule holds one whose report is empty.
    const section = text.slice(text.indexOf(id));
    expect(section).toMatch(/it(\.each[^\n]*)?\(\s*'passes|describe\('passes'|expect\((r|one|all)\.found\)\.toEqual\(\[\]\)/);
  });
});

import type { Severity } from './diagnostic.js';

/**
 * Every rule the tool can report, with its default severity. The `RuleId` type is derived from
 * this table, so a message catalogue or a test cannot name a rule that does not exist, and tsc
 * says when a language lacks the words for one.
 */
export const rules = {
  // The file as a whole.
  'file/unreadable': { severity: 'error', group: 'file' },
  'file/binary': { severity: 'error', group: 'file' },
  'file/empty': { severity: 'error', group: 'file' },
  'file/multiple-documents': { severity: 'error', group: 'file' },
  'file/not-a-map': { severity: 'error', group: 'file' },
  'file/missing-kind': { severity: 'error', group: 'file' },
  'file/unknown-kind': { severity: 'error', group: 'file' },
  // YAML syntax, as the `yaml` package reports it.
  'yaml/syntax': { severity: 'error', group: 'yaml' },
  'yaml/duplicate-key': { severity: 'error', group: 'yaml' },
  // The JSON Schema of the file's kind, one rule per kind of schema error.
  'schema/required': { severity: 'error', group: 'schema' },
  'schema/unknown-property': { severity: 'error', group: 'schema' },
  'schema/type': { severity: 'error', group: 'schema' },
  'schema/enum': { severity: 'error', group: 'schema' },
  'schema/pattern': { severity: 'error', group: 'schema' },
  'schema/empty': { severity: 'error', group: 'schema' },
  'schema/range': { severity: 'error', group: 'schema' },
  'schema/min-items': { severity: 'error', group: 'schema' },
  'schema/duplicate-item': { severity: 'error', group: 'schema' },
  'schema/key-name': { severity: 'error', group: 'schema' },
  'schema/invalid': { severity: 'error', group: 'schema' },
} as const satisfies Record<string, { severity: Severity; group: string }>;

export type RuleId = keyof typeof rules;
export const ruleIds = Object.keys(rules) as RuleId[];

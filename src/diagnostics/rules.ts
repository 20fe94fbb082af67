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
  'schema/multiple-of': { severity: 'error', group: 'schema' },
  'schema/min-items': { severity: 'error', group: 'schema' },
  'schema/duplicate-item': { severity: 'error', group: 'schema' },
  'schema/key-name': { severity: 'error', group: 'schema' },
  'schema/invalid': { severity: 'error', group: 'schema' },
  // Dates.
  'date/invalid': { severity: 'error', group: 'date' },
  'date/plan-year': { severity: 'warning', group: 'date' },
  'date/basis-after-plan': { severity: 'error', group: 'date' },
  'date/period-reversed': { severity: 'error', group: 'date' },
  'date/deadline-outside-period': { severity: 'error', group: 'date' },
  'date/done-in-future': { severity: 'error', group: 'date' },
  'task/done-without-date': { severity: 'error', group: 'task' },
  'task/date-without-done': { severity: 'error', group: 'task' },
  'task/no-lead': { severity: 'warning', group: 'task' },
  // Document numbers and symbols.
  'number/type-code': { severity: 'error', group: 'number' },
  'number/issuer-symbol': { severity: 'error', group: 'number' },
  'number/duplicate': { severity: 'error', group: 'number' },
  // References between files and inside them.
  'ref/duplicate-id': { severity: 'error', group: 'ref' },
  'ref/unknown-id': { severity: 'error', group: 'ref' },
  'ref/unknown-body': { severity: 'error', group: 'ref' },
  'ref/cluster-leader': { severity: 'error', group: 'ref' },
  'ref/unit-in-two-clusters': { severity: 'error', group: 'ref' },
  // Nơi nhận and the signature.
  'recipients/line-format': { severity: 'warning', group: 'recipients', fixable: true },
  'recipients/archive': { severity: 'error', group: 'recipients', fixable: true },
  'signer/authority': { severity: 'error', group: 'signer' },
  // Vietnamese text.
  'text/nfc': { severity: 'error', group: 'text', fixable: true },
  'text/tone-mark': { severity: 'error', group: 'text', fixable: true },
  'text/spacing': { severity: 'warning', group: 'text', fixable: true },
  'text/quotes': { severity: 'warning', group: 'text' },
  'text/known-name': { severity: 'error', group: 'text', fixable: true },
  'text/control-char': { severity: 'error', group: 'text', fixable: true },
  'text/invisible-char': { severity: 'warning', group: 'text', fixable: true },
  // The repo as a whole.
  'repo/layout': { severity: 'warning', group: 'repo' },
  'repo/incomplete-year': { severity: 'error', group: 'repo' },
  'repo/parent-citation': { severity: 'warning', group: 'repo' },
  'repo/parent-date': { severity: 'warning', group: 'repo' },
  'repo/parent-cluster': { severity: 'error', group: 'repo' },
  'repo/parent-unit': { severity: 'warning', group: 'repo' },
  // Emulation scores: the scheme (huong-dan-cham-diem) and the units' sheets (cham-diem).
  'score/scheme-sum': { severity: 'error', group: 'score' },
  'score/above-max': { severity: 'error', group: 'score' },
  'score/missing-criterion': { severity: 'error', group: 'score' },
  'score/unknown-criterion': { severity: 'error', group: 'score' },
  'score/method': { severity: 'error', group: 'score' },
  'score/achieved': { severity: 'error', group: 'score' },
  'score/no-reason': { severity: 'error', group: 'score' },
  'score/unknown-unit': { severity: 'error', group: 'score' },
  'score/duplicate-sheet': { severity: 'error', group: 'score' },
  'score/missing-sheet': { severity: 'error', group: 'score' },
  'score/bonus-cap': { severity: 'error', group: 'score' },
  'score/stated-total': { severity: 'error', group: 'score' },
  'score/no-scheme': { severity: 'error', group: 'score' },
  'score/unscored': { severity: 'error', group: 'score' },
  'score/unknown-stage': { severity: 'error', group: 'score' },
  'score/stage-scope': { severity: 'error', group: 'score' },
  'score/stage-coverage': { severity: 'error', group: 'score' },
  'score/step': { severity: 'error', group: 'score' },
  // Report templates (mau-bao-cao) and the reports they print (bao-cao).
  'template/placeholder': { severity: 'error', group: 'template' },
  'template/table': { severity: 'error', group: 'template' },
  'template/missing-value': { severity: 'error', group: 'template' },
  'template/unused-narrative': { severity: 'warning', group: 'template' },
} as const satisfies Record<string, { severity: Severity; group: string; fixable?: boolean }>;

export type RuleId = keyof typeof rules;
export type RuleGroup = (typeof rules)[RuleId]['group'];

export function isFixable(rule: RuleId): boolean {
  return 'fixable' in rules[rule] && rules[rule].fixable === true;
}
export const ruleIds = Object.keys(rules) as RuleId[];

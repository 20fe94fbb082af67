import type { Args, Severity } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rules.js';
import type { EditReason } from '../repo/edit-task.js';

/** Why `plan done`/`plan status` left a file unchanged: the edit's reasons, and the file's. */
export type EditFailure = EditReason | 'utf16' | 'nul' | 'utf8' | 'task-gone' | 'mixed-line-ends';

export type Lang = 'vi' | 'en';
export const langs: readonly Lang[] = ['vi', 'en'];

/** A stage as messages name it: its id, and the guide's name when the guide names its stages. */
export interface StageLabel {
  id: string;
  name?: string;
}

export interface Wording {
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** Catalogue functions read their args loosely: the rule that reports decides their shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RuleArgs = { readonly [key: string]: any };

/** The words of one language. Every rule must have its wording: tsc checks it. */
export interface Catalogue {
  lang: Lang;
  rules: { [R in RuleId]: (args: RuleArgs) => Wording };
  /** One rule's purpose in a line, for `plan rules`, SARIF and the docs. */
  ruleDescriptions: { [R in RuleId]: string };
  severity: Record<Severity, string>;
  hintLabel: string;
  summary: (s: { errors: number; warnings: number; infos: number; files: number; filesWithProblems: number }) => string;
  usage: {
    unknownOption: (option: string, suggestion?: string) => string;
    unknownCommand: (command: string, suggestion?: string) => string;
    missingArgument: (name: string) => string;
    optionMissingArgument: (option: string) => string;
    invalidChoice: (option: string, value: string, allowed: readonly string[]) => string;
    excessArguments: (count: number) => string;
    pathNotFound: (path: string) => string;
    noPlansFolder: (folder: string) => string;
    readError: (path: string, detail: string) => string;
    unknownKind: (kind: string, kinds: readonly string[]) => string;
    seeHelp: string;
    internal: (detail: string) => string;
    badDate: (option: string, value: string) => string;
    dryRunWithoutFix: string;
    badChoice: (option: string, value: string, allowed: readonly string[]) => string;
    /** `--diff X` compares X with `--stage`: the same stage twice compares nothing. */
    diffSameStage: (stage: string) => string;
    conflicting: (a: string, b: string) => string;
    badRange: (from: string, to: string) => string;
    unknownTask: (id: string, known: readonly string[]) => string;
    ambiguousTask: (id: string, places: readonly string[]) => string;
    periodNeeded: (id: string, periods: readonly string[]) => string;
    notRepeating: (id: string) => string;
    editFailed: (file: string, reason: EditFailure, key: string) => string;
    config: (
      path: string,
      problem: 'syntax' | 'shape' | 'unknown-rule' | 'setting',
      detail: string,
      yaml?: { code: string; detail: string; line?: number; column?: number },
    ) => string;
  };
  due: {
    columns: { deadline: string; task: string; lead: string; status: string; late: string };
    status: Record<'planned' | 'in-progress' | 'done' | 'cancelled', string>;
    quarterTitle: (quarter: number, year: number) => string;
    allYearTitle: (year: number) => string;
    carriedTitle: string;
    allUnits: string;
    daysLate: (days: number) => string;
    allYearMark: string;
    recurringMark: (period: string) => string;
    none: (from: string, to: string) => string;
    summary: (count: number, overdue: number) => string;
    skipped: (count: number) => string;
  };
  score: {
    columns: {
      unit: string; cluster: string; bonus: string; deductions: string; total: string; rank: string; clusterRank: string;
      class: string; award: string; criterion: string; self: string; final: string; difference: string; note: string;
    };
    tied: (rank: number) => string;
    title: (year: number, stage: StageLabel) => string;
    /** A stage as a sentence names it: the guide's name, else the words for a default stage. */
    stageName: (stage: StageLabel) => string;
    /** A stage as a column head: "Tự chấm", "Hội đồng", or the guide's name. */
    stageColumn: (stage: StageLabel) => string;
    bonusItem: (id: string) => string;
    deductionItem: (id: string) => string;
    none: string;
    /** Nothing differs between the two stages `--diff` compares. */
    noDiff: (from: StageLabel, to: StageLabel) => string;
    summary: (units: number, ties: number) => string;
    diffSummary: (changes: number, units: number, from: StageLabel, to: StageLabel) => string;
    noScheme: string;
    brokenScheme: (count: number) => string;
    skipped: (count: number) => string;
    /** The stage is not complete: the units without a sheet, and the sheets with criteria unscored (by name, how many). */
    unscored: (stage: StageLabel, noSheet: readonly string[], partial: readonly { name: string; criteria: number }[]) => string;
    /** How many units each band holds, and their share (already cut or rounded by the guide's rule); a band of id '' is "in none". */
    bands: (bands: readonly { id: string; name: string; count: number; share: number }[], decimals: number) => string;
    /** A stage no sheet gives points for, and the stages that have some. */
    stageUnscored: (stage: StageLabel, scored: readonly StageLabel[]) => string;
    /** `--stage` or `--diff` names a stage the guide does not have. */
    unknownStage: (option: string, stage: string, stages: readonly StageLabel[]) => string;
  };
  render: {
    written: (path: string) => string;
    unchanged: (path: string) => string;
    exists: (path: string) => string;
    notRendered: (errors: number) => string;
    draftWithErrors: (errors: number) => string;
    noPlan: string;
    invalidPlans: (count: number) => string;
    noOrganisation: (body: string, year: number) => string;
    badTemplate: (path: string, errors: number) => string;
    noReport: (kind: string) => string;
    allWithOutput: string;
    allNothing: (year: number) => string;
    allSummary: (written: number, unchanged: number, failed: number) => string;
    failedTitle: (document: string) => string;
    pdfWritten: (path: string) => string;
    pdfMissing: string;
    pdfFailed: (path: string, detail: string) => string;
  };
  /** Input and output the system refused (exit 2), and what the codes mean. */
  io: {
    /** "không có quyền (EACCES)". */
    reason: (code: string) => string;
    failed: (failure: { action: 'read' | 'write' | 'list' | 'lock'; path: string; code: string; holder?: { pid: number; host: string } | undefined }) => string;
  };
  fix: {
    changed: (file: string, count: number, dryRun: boolean) => string;
    nothing: string;
  };
  cli: {
    description: string;
    lang: string;
    version: string;
    help: string;
    check: string;
    checkPaths: string;
    format: string;
    strict: string;
    today: string;
    fix: string;
    dryRun: string;
    noCache: string;
    schema: string;
    schemaKind: string;
    due: string;
    dueOptions: {
      quarter: string; month: string; year: string; from: string; to: string; overdue: string; unit: string;
      body: string; status: string; noCarry: string; format: string; today: string;
    };
    done: string;
    doneOptions: { on: string; evidence: string; period: string; body: string; year: string };
    score: string;
    scoreOptions: { year: string; body: string; cluster: string; stage: string; format: string; diff: string };
    render: string;
    renderKind: string;
    renderOptions: { year: string; body: string; output: string; force: string; draft: string; all: string; pdf: string };
    renderKindNeeded: string;
    status: string;
    taskIdArg: string;
    statusArg: string;
    changed: (id: string, file: string, status: string) => string;
    kindsTitle: string;
    helpTitles: { usage: string; options: string; commands: string; arguments: string };
    /** The usage line of each command, after its name. */
    usageLines: { plan: string; check: string; schema: string; due: string; done: string; status: string; score: string; render: string };
  };
}

export function render(catalogue: Catalogue, rule: RuleId, args: Args): Wording {
  return catalogue.rules[rule](args);
}

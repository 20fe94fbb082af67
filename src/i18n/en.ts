import type { Catalogue, EditFailure, RuleArgs, StageLabel } from './catalogue.js';
import { clerkDescriptionsEn, clerkRulesEn } from './en-clerk.js';
import { ioEn, ioHintEn, ioReasonEn } from './en-io.js';
import { yamlProblemEn } from './en-yaml.js';
import { andList, orList, quoteAll } from './format.js';

/** Why an edit of a plan file was not made, by reason (`key`: the field or task it is about). */
/** A YAML problem of plan.config.yaml, at its line and column, in the catalogue's words. */
function configSyntaxEn(path: string, yaml: { code: string; detail: string; line?: number; column?: number } | undefined): string {
  const { message, hint } = yamlProblemEn(yaml?.code ?? 'IMPOSSIBLE', yaml?.detail ?? '');
  const at = yaml?.line !== undefined ? `:${yaml.line}:${yaml.column ?? 1}` : '';
  return `${path}${at}: YAML syntax error: ${message}. Fix: ${hint}`;
}

const editReasonsEn: Record<EditFailure, (key: string) => string> = {
  'yaml-errors': () => 'the file has YAML syntax errors; run "plan check" to see and fix them first',
  'no-task': () => 'there is no task (a map of "name: value" lines) at its place in the file',
  'not-a-map': (k) => `"${k}" is not a map of "name: value" lines; fix it after the schema ("plan schema ke-hoach")`,
  'complex-key': () => 'the file has a key written "? ..." that plan cannot edit; edit it by hand',
  'no-colon': () => 'a key has no ":" after it',
  'empty-map': (k) => `the task is an empty map, "${k}" cannot be added to it; write its fields and run again`,
  'not-a-value': (k) => `"${k}" is not a single value (a list, a map or an alias); edit it by hand`,
  'shared-line': (k) => `"${k}" is on the line of its "- ", so its line cannot be removed alone; move it to a line of its own and run again`,
  'would-break': () => 'the edit would break the syntax of the file',
  'more-than-status': () => 'the edit would change more than the status',
  'outside-task': () => 'the edit would change text outside the task',
  'bad-change': () => 'the change is not valid (status, date or period)',
  utf16: () => 'the file is saved as UTF-16, not UTF-8; save it again as UTF-8',
  nul: () => 'the file contains NUL characters: it is not a YAML text',
  utf8: () => 'the file is not UTF-8 text (perhaps typed in TCVN3 or VNI); convert it to Unicode first',
  'task-gone': (k) => `the task "${k}" is no longer in the file (it was just changed elsewhere); run the command again`,
  'mixed-line-ends': () => 'the file mixes two kinds of line ends (CR and LF); save it with one kind and run again',
};

const typeNames: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a map ("name: value" lines)',
  array: 'a list (one "- " line per item)',
  null: 'empty',
};

const fieldName = (a: RuleArgs) => (a.position ? `item ${a.position} of "${a.field}"` : `"${a.field}"`);
const typeName = (t: string) => typeNames[t] ?? t;

/** A stage in a sentence: the guide's name, else the words of a default stage, else its id. */
const stageNameEn = (st: StageLabel): string => st.name ?? { self: 'self-score', cluster: "cluster's score", final: "council's score" }[st.id] ?? st.id;

export const en: Catalogue = {
  lang: 'en',
  rules: {
    ...clerkRulesEn,
    'file/unreadable': (a) => ({ message: `Cannot read the file: ${ioReasonEn(String(a.detail))}.`, hint: ioHintEn(String(a.detail)) }),
    'file/binary': (a) => ({
      message:
        a.reason === 'utf16'
          ? 'The file is saved as UTF-16 (Notepad\'s "Unicode"), not UTF-8.'
          : a.reason === 'utf8'
            ? 'The file is not UTF-8 text (an old Vietnamese encoding such as TCVN3 or VNI, or a binary file).'
            : 'The file contains NUL characters: it is a binary file, not YAML text.',
      hint: 'Open it in an editor and save it as UTF-8; convert TCVN3/VNI text to Unicode first.',
    }),
    'file/empty': (a) => ({
      message: 'The file is empty: nothing but blank lines and comments.',
      hint: a.kind
        ? `Fill it in (see "plan schema ${a.kind}"), or delete it.`
        : 'Fill it in, starting with a "kind: ..." line, or delete it.',
    }),
    'file/multiple-documents': (a) => ({
      message: `The file holds ${a.count} YAML documents (separated by "---"); one per file.`,
      hint: 'Move each part after "---" to a file of its own.',
    }),
    'file/not-a-map': () => ({
      message: 'The file must hold "name: value" fields, not a list or a single line of text.',
      hint: 'Start the file with "kind: ..." and then the other fields, one per line.',
    }),
    'file/missing-kind': (a) => ({
      message: 'The file does not say what it is: the "kind" field is missing.',
      hint: a.suggestion
        ? `Add the line "kind: ${a.suggestion}" at the top.`
        : `Add a "kind: ..." line at the top, with one of ${orList('en', a.kinds)}.`,
    }),
    'file/unknown-kind': (a) => ({
      message: `There is no kind of file "${a.value}".`,
      hint: a.suggestion ? `Did you mean "${a.suggestion}"? Kinds: ${orList('en', a.kinds)}.` : `Kinds: ${orList('en', a.kinds)}.`,
    }),
    'yaml/syntax': (a) => {
      const { message, hint } = yamlProblemEn(a.code, a.detail);
      return { message: `YAML syntax error: ${message}.`, hint };
    },
    'yaml/duplicate-key': (a) => ({
      message: `The key "${a.key}" appears twice in the same map.`,
      hint: 'Keep one line and delete the other; two different items belong in a list as two "- " entries.',
    }),
    'schema/required': (a) => ({
      message: `The required field "${a.property}" is missing${a.field ? ` in ${fieldName(a)}` : ''}.`,
      hint: `Add a "${a.property}: ..." line.`,
    }),
    'schema/unknown-property': (a) =>
      a.comma === 'yes'
        ? {
            message: `A comma inside { } cut "${a.key}" in two: "${a.property}" became a field of its own, which the schema does not have.`,
            hint: `Inside { }, a value with a comma goes in quotes: ${a.key}: "${a.meant}". Or write the field on a line of its own (no { }).`,
          }
        : {
            message: `The field "${a.property}" is not part of ${a.field ? fieldName(a) : 'this kind of file'}.`,
            hint: a.suggestion ? `Did you mean "${a.suggestion}"? Fields: ${andList('en', a.allowed)}.` : `Fields: ${andList('en', a.allowed)}.`,
          },
    'schema/type': (a) => ({
      message:
        a.actual === 'null'
          ? `${fieldName(a)} is empty; it must be ${orList('en', a.expected.map(typeName))}.`
          : `${fieldName(a)} must be ${orList('en', a.expected.map(typeName))}, not ${typeName(a.actual)}.`,
    }),
    'schema/enum': (a) => ({
      message: `"${a.value}" is not a valid value for ${fieldName(a)}.`,
      hint: `${a.suggestion ? `Did you mean "${a.suggestion}"? ` : ''}Use one of ${orList('en', quoteAll(a.allowed))}.`,
    }),
    'schema/pattern': (a) => ({
      message: `"${a.value}" is not in the expected shape for ${fieldName(a)}.`,
      hint: `It must match ${a.pattern}.`,
    }),
    'schema/empty': (a) => ({ message: `${fieldName(a)} must not be empty.` }),
    'schema/range': (a) => ({
      message: `${fieldName(a)} is ${a.value}; it must be ${a.comparison === '>=' ? 'at least' : a.comparison === '<=' ? 'at most' : a.comparison} ${a.limit}.`,
    }),
    'schema/multiple-of': (a) => ({
      message: `${fieldName(a)} is ${a.value}; it goes in steps of ${a.step}.`,
      hint: `Round it to ${a.below} or ${a.above}.${a.description ? ` ${a.description}` : ''}`,
    }),
    'schema/min-items': (a) => ({ message: `${fieldName(a)} needs at least ${a.limit} item(s).` }),
    'schema/duplicate-item': (a) => ({
      message: `${fieldName(a)}: item ${a.second} repeats item ${a.first}.`,
      hint: 'Delete the repeated item.',
    }),
    'schema/key-name': (a) => ({ message: `The key "${a.key}" is not valid in ${fieldName(a)}.` }),
    'schema/invalid': (a) => ({ message: `${fieldName(a)} is not valid (${a.keyword}: ${a.detail}).` }),
  },
  ruleDescriptions: {
    ...clerkDescriptionsEn,
    'file/unreadable': 'The file cannot be read.',
    'file/binary': 'The file is not UTF-8 text.',
    'file/empty': 'The file holds no data.',
    'file/multiple-documents': 'The file holds several YAML documents.',
    'file/not-a-map': 'The file is not a map of fields.',
    'file/missing-kind': 'The file has no "kind" field.',
    'file/unknown-kind': 'The "kind" field names no known kind of file.',
    'yaml/syntax': 'YAML syntax error.',
    'yaml/duplicate-key': 'A key appears twice.',
    'schema/required': 'A required field is missing.',
    'schema/unknown-property': 'A field is not part of the schema.',
    'schema/type': 'A value has the wrong type.',
    'schema/enum': 'A value is not one of the allowed ones.',
    'schema/pattern': 'A value is not in the expected shape.',
    'schema/empty': 'A value is empty.',
    'schema/range': 'A number is out of range.',
    'schema/multiple-of': 'A number is not on the allowed step (points are not finer than 0.01; the guide\'s step: score/step).',
    'schema/min-items': 'A list has too few items.',
    'schema/duplicate-item': 'A list repeats an item.',
    'schema/key-name': 'A key is not in the expected shape.',
    'schema/invalid': 'A value does not satisfy the schema.',
  },
  severity: { error: 'error', warning: 'warning', info: 'note' },
  hintLabel: 'Fix',
  summary: (s) => {
    if (s.errors + s.warnings + s.infos === 0) return `No problems in ${s.files} file(s).`;
    const parts = [
      s.errors ? `${s.errors} error(s)` : '',
      s.warnings ? `${s.warnings} warning(s)` : '',
      s.infos ? `${s.infos} note(s)` : '',
    ].filter(Boolean);
    return `${andList('en', parts)} in ${s.filesWithProblems}/${s.files} file(s).`;
  },
  usage: {
    unknownOption: (o, s) => `Unknown option ${o}.${s ? ` Did you mean ${s}?` : ''}`,
    unknownCommand: (c, s) => `Unknown command "${c}".${s ? ` Did you mean "${s}"?` : ''}`,
    missingArgument: (n) => `Missing argument ${n}.`,
    optionMissingArgument: (o) => `Option ${o} needs a value.`,
    invalidChoice: (o, v, allowed) => `"${v}" is not valid for ${o}; use one of ${orList('en', allowed)}.`,
    excessArguments: (n) => `${n} argument(s) too many.`,
    pathNotFound: (p) => `"${p}" not found.`,
    noPlansFolder: (f) => `No "${f}" folder here or in any parent folder: run in a plans repo, or name the files to check.`,
    readError: (p, d) => `Cannot read "${p}": ${d}.`,
    unknownKind: (k, kinds) => `No kind of file "${k}"; kinds: ${orList('en', kinds)}.`,
    seeHelp: 'See "plan --help".',
    internal: (d) => `Internal error in plan (please report it): ${d}`,
    badDate: (o, v) => `${o} takes a real date, YYYY-MM-DD; "${v}" is not one.`,
    dryRunWithoutFix: '--dry-run goes with --fix (it shows what would be fixed).',
    conflicting: (a, b) => `${a} cannot go with ${b}: choose one way to name the period.`,
    badRange: (f, t) => `--from ${f} is after --to ${t}.`,
    diffSameStage: (st) => `--diff "${st}" compares that stage with the --stage one, and they are the same. Choose another, e.g. --diff self --stage final.`,
    badChoice: (o, v, allowed) =>
      allowed.length === 0
        ? `"${v}" is not valid for ${o}: there are no values (the files needed are missing, or have errors: run "plan check").`
        : `"${v}" is not valid for ${o}; valid values: ${allowed.join(', ')}.`,
    unknownTask: (id, known) => `No task "${id}".${known.length ? ` Tasks: ${known.join(', ')}.` : ''}`,
    ambiguousTask: (id, places) => `Task "${id}" is in several plans: ${places.join('; ')}. Add --body or --year.`,
    periodNeeded: (id, periods) => `"${id}" repeats: give --period, one of ${periods.join(', ')}.`,
    notRepeating: (id) => `"${id}" does not repeat: drop --period.`,
    editFailed: (f, reason, key) => `Could not edit ${f} safely; it is unchanged: ${editReasonsEn[reason](key)}.`,
    config: (p, problem, d, yaml) =>
      problem === 'unknown-rule'
        ? `${p}: no rule "${d}" (see the rules table in README).`
        : problem === 'setting'
          ? `${p}: "${d}": a rule is set to off, info, warning or error.`
          : problem === 'syntax'
            ? configSyntaxEn(p, yaml)
            : `${p}: the config has one "rules" map of "rule-id: off | info | warning | error"${d ? ` (found "${d}")` : ''}.`,
  },
  due: {
    columns: { deadline: 'Due', task: 'Task', lead: 'Lead', status: 'Status', late: 'Late' },
    status: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' },
    quarterTitle: (q, y) => `Quarter ${['', 'I', 'II', 'III', 'IV'][q]} ${y}`,
    allYearTitle: (y) => `All year ${y}`,
    carriedTitle: 'Still open from earlier periods',
    allUnits: 'All units',
    daysLate: (d) => `${d} day(s)`,
    allYearMark: 'all year',
    recurringMark: (p) => `period ${p}`,
    none: (f, t) => `Nothing due from ${f} to ${t}.`,
    summary: (n, o) => `${n} task(s)${o ? `, ${o} overdue` : ''}.`,
    skipped: (n) => `Skipped ${n} file(s) with errors (run "plan check").`,
  },
  score: {
    columns: {
      unit: 'Unit', cluster: 'Cluster', bonus: 'Bonus', deductions: 'Deducted', total: 'Total', rank: 'Rank', clusterRank: 'In cluster',
      class: 'Class', award: 'Award proposed', criterion: 'Criterion', self: 'Self', final: 'Council', difference: 'Difference', note: 'Note',
    },
    tied: (r) => `${r} (tied)`,
    title: (y, st) => `Emulation scores ${y} (${stageNameEn(st)})`,
    stageName: (st) => stageNameEn(st),
    stageColumn: (st) => st.name ?? { self: 'Self', cluster: 'Cluster', final: 'Council' }[st.id] ?? st.id,
    bonusItem: (id) => `bonus "${id}"`,
    deductionItem: (id) => `deduction "${id}"`,
    none: 'No score sheet matches.',
    noDiff: (f, t) =>
      f.id === 'self' && t.id === 'final' && !f.name && !t.name ? "The council's scores equal the self-scores." : `The ${stageNameEn(t)} equals the ${stageNameEn(f)}.`,
    summary: (n, t) => `${n} unit(s)${t ? `, ${t} tied` : ''}.`,
    diffSummary: (c, n, f, t) =>
      f.id === 'self' && t.id === 'final' && !f.name && !t.name
        ? `${c} score(s) the council changed, in ${n} unit(s).`
        : `${c} score(s) where the ${stageNameEn(t)} differs from the ${stageNameEn(f)}, in ${n} unit(s).`,
    noScheme: 'No valid scoring scheme (huong-dan-cham-diem.yaml) under plans/.',
    brokenScheme: (n) => `The scoring scheme has errors (${n} file(s), above), so no scores can be worked out; fix them and run again.`,
    skipped: (n) => `Skipped ${n} file(s) with errors (run "plan check").`,
    unscored: (st, noSheet, partial) =>
      `Note: the ${stageNameEn(st)} stage is not complete; missing points count as 0 — ${[
        ...(noSheet.length ? [`${noSheet.length} unit(s) have no sheet (not in the table): ${noSheet.join(', ')}`] : []),
        ...(partial.length ? [`${partial.length} unit(s) have criteria without points: ${partial.map((p) => `${p.name} (${p.criteria})`).join(', ')}`] : []),
      ].join('; ')}.`,
    bands: (bands, decimals) => {
      const pct = new Intl.NumberFormat('en', { maximumFractionDigits: decimals });
      return `Bands: ${bands.map((b) => `${b.id ? b.name : 'in no band'} ${b.count} (${pct.format(b.share)}%)`).join('; ')}.`;
    },
    stageUnscored: (st, scored) =>
      `No sheet gives points for the "${st.id}" stage (${stageNameEn(st)})${scored.length ? `; stages scored: ${scored.map((s) => s.id).join(', ')}` : ''}.`,
    unknownStage: (o, st, stages) => `${o} "${st}": the scoring guide has no such stage. Its stages: ${stages.map((s) => `${s.id} (${stageNameEn(s)})`).join(', ')}.`,
  },
  render: {
    written: (p) => `Wrote ${p}.`,
    unchanged: (p) => `${p} is already what would be written; left as it is.`,
    exists: (p) => `${p} exists and differs from what would be written. Add --force to overwrite it, or choose another file with -o.`,
    notRendered: (n) =>
      `Not rendered: the document has ${n} error(s) (above). Fix them and run again, or add --draft for a draft marked "DỰ THẢO".`,
    draftWithErrors: (n) => `The draft still has ${n} error(s); every page is marked "DỰ THẢO".`,
    noPlan: 'There is no plan (kind: ke-hoach) in the plans/ folder.',
    invalidPlans: (n) => `${n} file(s) cannot be read as data (errors above: syntax, shape or permission); fix them and run again.`,
    noOrganisation: (b, y) => `No organisation file (kind: to-chuc, id: ${b}) for ${y}: the document takes its letterhead and signer from it. Create plans/${y}/${b}/to-chuc.yaml.`,
    badTemplate: (p, n) => `The template ${p} has ${n} error(s) (above): fix it and run again.`,
    noReport: (k) => `There is no report file (kind: bao-cao, type: ${k}) in plans/. Create plans/<year>/<body>/bao-cao-${k}.yaml (see the examples in plans/2024/dinh-quan/).`,
    allWithOutput: '--all writes each document to its default name under out/: it does not take -o.',
    allNothing: (y) => `There is no plan or report for ${y}.`,
    allSummary: (w, u, f) => `${w} document(s) written, ${u} unchanged${f ? `, ${f} not rendered (above)` : ''}.`,
    failedTitle: (d) => `✖ ${d}`,
    pdfWritten: (p) => `Wrote ${p}.`,
    pdfMissing:
      'No PDF: LibreOffice is not installed. Install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; Windows, macOS: libreoffice.org) and run again with --pdf. The .docx was written.',
    pdfFailed: (p, d) => `LibreOffice could not convert ${p} to PDF: ${d}`,
  },
  io: ioEn,
  fix: {
    changed: (f, n, dry) => `${dry ? 'Would fix' : 'Fixed'} ${n} place(s) in ${f}:`,
    nothing: 'Nothing to fix automatically.',
  },
  cli: {
    description: 'The emulation and commendation plans of a Vietnam Fatherland Front office, as YAML files.',
    lang: 'language of messages: vi (default) or en',
    version: 'print the version',
    help: 'print help',
    check: 'check plan files (default: every file under plans/)',
    checkPaths: 'files or folders to check',
    format: 'output format: human (default), json, github (default under GitHub Actions), sarif or junit',
    strict: 'treat warnings as errors (exit code 1)',
    today: "take this date as today (YYYY-MM-DD; default: today in Vietnam)",
    fix: 'apply the safe fixes (NFC, tone marks, spacing, misspelt names, recipients), keeping comments and layout',
    noCache: 'do not use the .plan-cache/ folder (check every file afresh)',
    dryRun: 'with --fix: print what would be fixed, write nothing',
    schema: 'print the JSON Schema of a kind of file (no kind: list the kinds)',
    schemaKind: 'kind of file',
    kindsTitle: 'Kinds of file:',
    due: 'list the tasks due (default: this quarter, every body)',
    dueOptions: {
      quarter: 'quarter (1-4)',
      month: 'month (1-12)',
      year: 'year (default: this year)',
      from: 'from date (YYYY-MM-DD)',
      to: 'to date (YYYY-MM-DD)',
      overdue: 'only overdue tasks (deadline passed, not done)',
      unit: 'only tasks this unit leads or joins (unit id)',
      body: "only this body's plans (body id)",
      status: 'only tasks with this status: planned, in-progress, done, cancelled',
      noCarry: 'leave out undone tasks of earlier periods',
      format: 'output: table (default), json, csv or md',
      today: 'take this date as today (YYYY-MM-DD)',
    },
    done: 'mark a task done, in place in its plan file',
    doneOptions: {
      on: 'done date (default: today)',
      evidence: 'evidence, e.g. "Báo cáo số 142/BC-MTTQ-BTT"',
      period: 'period of a repeating task, e.g. 2024-H2',
      body: 'body id, when several plans share the task id',
      year: 'plan year, when several plans share the task id',
    },
    score: "tally the units' emulation scores: section subtotals, total, rank, class, award proposed",
    render: 'write the Word document (.docx) to be signed, laid out as Decree 30/2020/NĐ-CP requires',
    renderKind: 'kind of document: ke-hoach (the plan), so-ket (6-month review), tong-ket (year-end summary), cham-diem (scoring report)',
    renderKindNeeded: 'Name the kind of document (ke-hoach, so-ket, tong-ket, cham-diem), or use --all.',
    renderOptions: {
      year: 'year of the document (default: the latest)',
      body: 'id of the issuing body (default: the only body with that document that year)',
      output: '.docx file to write (default: out/<year>/<body>/<kind>-<number>-<year>.docx beside plans/)',
      force: 'overwrite an existing file whose content differs',
      draft: 'render even when the document has errors, marked "DỰ THẢO" on every page',
      all: "render every document of the year (plans and reports) of every body into out/",
      pdf: 'also write the PDF beside it (needs LibreOffice)',
    },
    scoreOptions: {
      year: 'year scored (default: the latest year with a scoring scheme)',
      body: 'id of the scoring body (default: the only body with a scheme that year)',
      cluster: "only this emulation cluster's units (cluster id)",
      stage: "which stage's scores: self, cluster or final (the council's), or a stage id of the guide's \"stages\"; default: the guide's result",
      format: 'output: table (default), json, csv or md',
      diff: "only where the --stage score differs from this stage's (default: the first, the self-score), by unit and criterion",
    },
    status: "change a task's status: planned, in-progress, done, cancelled",
    taskIdArg: 'task id (the "id" field in the plan)',
    statusArg: 'the new status',
    changed: (id, f, st) => `Recorded "${id}": ${st} (${f}).`,
    helpTitles: { usage: 'Usage:', options: 'Options:', commands: 'Commands:', arguments: 'Arguments:' },
    usageLines: {
      plan: '[options] <command>',
      check: '[options] [paths...]',
      schema: '[kind]',
      due: '[options]',
      done: '<task-id> [options]',
      status: '<task-id> <status> [options]',
      score: '[options]',
      render: '<kind> [options] | --all [--year <year>]',
    },
  },
};

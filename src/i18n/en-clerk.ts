import type { RuleArgs, Wording } from './catalogue.js';
import type { RuleId } from '../diagnostics/rules.js';

type ClerkRule = Exclude<RuleId, `file/${string}` | `yaml/${string}` | `schema/${string}`>;

const roman = ['', 'I', 'II', 'III', 'IV'];
const sumWhat: Record<string, string> = { section: 'section', criterion: 'criterion', total: 'total' };
const kindWords: Record<string, string> = { 'to-chuc': 'an organisation file (to-chuc.yaml)', 'ke-hoach': 'a plan file (ke-hoach.yaml)' };

const missingWords: Record<string, string> = {
  'no-parent': 'the organisation file names no parent body ("parent")',
  'no-plan': "there is no plan (ke-hoach) of this body's year",
  'no-units': 'the organisation file has no member units ("units")',
  'no-sheets': 'there are no score sheets (cham-diem) for the year',
  'no-scheme': "there is no scoring guide (huong-dan-cham-diem) of this body's year",
};

/** The characters `text/control-char` and `text/invisible-char` name, by `kind`. */
const controlNamesEn: Record<string, string> = {
  nul: 'NUL',
  'line-break': "Word's line break, Shift+Enter",
  'page-break': 'page break',
  escape: "ESC, a terminal's control code",
  delete: 'DEL',
  c1: 'a C1 control character, usually from a wrong encoding conversion',
  noncharacter: 'not a Unicode character',
  surrogate: 'half of a UTF-16 pair',
  'zero-width-space': 'zero-width space',
  'word-joiner': 'word joiner',
  bom: 'a byte-order mark, usually glued in when files were joined',
};

/** "and N more places in the file", for a problem said once per file. */
const moreEn = (more: unknown) => (Number(more) > 0 ? ` (and ${Number(more)} more place(s) in the file)` : '');

export const clerkRulesEn: { [R in ClerkRule]: (a: RuleArgs) => Wording } = {
  'date/invalid': (a) => ({ message: `"${a.value}" is not a calendar date.`, hint: 'Write a real year-month-day.' }),
  'date/plan-year': (a) => ({ message: `A plan for ${a.year} dated ${a.value}.`, hint: `Date it in ${a.year} (or the last quarter of the year before).` }),
  'date/basis-after-plan': (a) => ({ message: `A legal basis dated ${a.value}, after the plan itself (${a.planDate}).`, hint: 'A document can only rest on documents issued before it.' }),
  'date/period-reversed': (a) => ({
    message: `The "period" ends on ${a.to}, before it starts on ${a.from}.`,
    hint: 'Write "from" as the first day and "to" as the last (it may be in the next year, for a plan over two years); the two may have been swapped.',
  }),
  'date/deadline-outside-period': (a) => ({
    message: a.quarter ? `Deadline ${a.value} is outside quarter ${roman[a.quarter]} of ${a.year} (${a.from} to ${a.to}).` : `Deadline ${a.value} is outside the plan's period (${a.from} to ${a.to}).`,
    hint: 'Fix the deadline, or move the task to the quarter it belongs to.',
  }),
  'date/done-in-future': (a) => ({ message: `Done date ${a.value} is in the future (today is ${a.today}).`, hint: 'Record "done" once it is done; --today sets another day.' }),
  'task/done-without-date': (a) => ({ message: `Task${a.period ? ` (period ${a.period})` : ''} marked done without a done date.`, hint: 'Add "done: YYYY-MM-DD".' }),
  'task/date-without-done': (a) => ({ message: `A done date, but the status${a.period ? ` of ${a.period}` : ''} is "${a.status}", not "done".`, hint: 'Set "status: done", or remove the date.' }),
  'task/no-lead': (a) => ({ message: `Task "${a.id}" has no lead unit.`, hint: 'Add "lead: ID" naming a department, unit or cluster of the organisation.' }),
  'number/type-code': (a) => ({ message: `Symbol "${a.symbol}" opens with "${a.code}", but a ${a.kind} takes "${a.expected}".`, hint: `Start the symbol with "${a.expected}".` }),
  'number/issuer-symbol': (a) => ({ message: `Symbol "${a.symbol}" does not carry the issuing body's letters.`, hint: `The organisation file says "${a.expected}".` }),
  'number/duplicate': (a) => ({ message: `Number ${a.number} of ${a.year} is already used by ${a.other}.`, hint: 'A body numbers its documents once a year: no two share a number.' }),
  'ref/duplicate-id': (a) => ({ message: `Id "${a.id}" is used twice (first at ${a.first}).`, hint: 'Give one of them another id.' }),
  'ref/unknown-id': (a) => ({ message: `No ${a.what === 'person' ? 'person' : 'unit'} "${a.id}" in the organisation file.`, hint: a.suggestion ? `Did you mean "${a.suggestion}"?` : 'Use an id from the organisation file, or "all-units".' }),
  'ref/unknown-body': (a) => ({ message: `No organisation file for body "${a.id}" in ${a.year}.`, hint: a.suggestion ? `Did you mean "${a.suggestion}"?` : `Create plans/${a.year}/${a.id}/to-chuc.yaml, or fix "body".` }),
  'ref/cluster-leader': (a) => ({ message: `The cluster ${a.role} "${a.id}" is not a member of cluster "${a.cluster}".`, hint: 'Add it to the members, or choose a member.' }),
  'ref/unit-in-two-clusters': (a) => ({ message: `Unit "${a.id}" is in both cluster "${a.first}" and "${a.second}".`, hint: 'A unit belongs to one emulation cluster.' }),
  'recipients/line-format': (a) => ({ message: `Recipient "${a.found}" carries a dash or final punctuation.`, hint: `Write "${a.expected}": dashes, ";" and "." are printed for you.` }),
  'recipients/archive': (a) => ({
    message: a.problem === 'missing' ? 'The recipients lack the archive line.' : a.problem === 'not-last' ? `The archive line "${a.found}" must come last.` : a.problem === 'colon-spacing' ? `The archive line "${a.found}" has wrong spacing around its colon.` : `The archive line "${a.found}" lacks its colon.`,
    hint: a.problem === 'missing' ? 'Add "Lưu: VT" as the last recipient.' : a.problem === 'not-last' ? 'Move "Lưu: ..." to the end.' : `Write "${a.expected}"; "plan check --fix" does it.`,
  }),
  'signer/authority': (a) => ({
    message: `The signing authority does not fit the signer (${a.problem}: ${[a.authority, a.on, a.position].filter(Boolean).join(' / ')}).`,
    hint: 'TM. signs for a collective body; KT. is a deputy signing for the head; TL./TUQ. sign for the head by order or delegation; the head alone signs with no authority.',
  }),
  'text/nfc': (a) => ({ message: `"${a.found}" is typed with decomposed characters (pasted from a PDF?).`, hint: 'Retype it precomposed (Unicode NFC); "plan check --fix" does it.' }),
  'text/tone-mark': (a) => ({ message: `Tone mark on the wrong letter: "${a.found}".`, hint: `Write "${a.expected}"; "plan check --fix" does it.` }),
  'text/spacing': (a) => ({ message: a.kind === 'before-punctuation' ? 'A space before punctuation.' : a.kind === 'after-bracket' ? 'A space after an opening bracket.' : a.kind === 'tab' ? 'A tab inside the text.' : 'More than one space between words.', hint: '"plan check --fix" removes it.' }),
  'text/quotes': (a) => ({ message: `"${a.found}" has no matching ${a.expected ? `"${a.expected}"` : 'mark'}.`, hint: 'Add the matching mark, or remove the stray one.' }),
  'text/known-name': (a) => ({ message: `Misspelt name: "${a.found}".`, hint: `Write "${a.expected}"; "plan check --fix" does it.` }),
  'text/control-char': (a) => ({
    message: `The text has ${a.kind === 'noncharacter' || a.kind === 'surrogate' ? 'the invalid character' : 'the control character'} ${a.code}${controlNamesEn[a.kind] ? ` (${controlNamesEn[a.kind]})` : ''}${a.escaped ? `, written "${a.found}"` : ''}: it does not print, and Word and LibreOffice refuse a Word document that holds it.`,
    hint:
      a.kind === 'line-break' || a.kind === 'page-break'
        ? 'Replace it with a space (for a new line, write a paragraph or line of its own); "plan check --fix" does it.'
        : a.escaped
          ? `Remove "${a.found}" from the double-quoted text.`
          : 'Remove the character (usually pasted from another program; editors show it at the column given).',
  }),
  'text/invisible-char': (a) => ({
    message: `The text has the invisible character ${a.code}${controlNamesEn[a.kind] ? ` (${controlNamesEn[a.kind]})` : ''}${a.escaped ? `, written "${a.found}"` : ''}: it prints nothing but breaks searching and comparing the text.`,
    hint: 'Remove it; "plan check --fix" does it.',
  }),
  'repo/layout': (a) => ({
    message: a.problem === 'year' ? `A plan for ${a.value} in the folder of ${a.folder}.` : `Body id "${a.value}" differs from its folder "${a.folder}".`,
    hint: a.problem === 'year' ? `Move it to plans/${a.value}/, or fix "year".` : 'Name the folder after the body id, or fix the id.',
  }),
  'repo/incomplete-year': (a) => ({ message: `${a.folder} lacks ${kindWords[a.missing] ?? a.missing}.`, hint: `Each body has an organisation file and a plan per year; see "plan schema ${a.missing}".` }),
  'repo/parent-citation': (a) => ({
    message: a.problem === 'missing' ? `The plan does not cite the parent body's plan ${a.cited} of ${a.date} ("${a.body}").` : a.problem === 'number' ? `The basis cites ${a.found}, but the parent's plan of the year is ${a.cited}.` : `The basis dates plan ${a.cited} ${a.found}; it is dated ${a.date}.`,
    hint: a.problem === 'missing' ? 'Add the parent plan to "bases".' : 'Make the basis match the parent plan.',
  }),
  'repo/parent-date': (a) => ({ message: `Dated ${a.date}, before the parent plan ${a.cited} (${a.parentDate}) it implements.`, hint: 'Check both dates.' }),
  'repo/parent-cluster': (a) =>
    a.problem === 'unknown'
      ? {
          message: `Member of cluster "${a.cluster}" here, but the parent ("${a.parent}") has no such cluster.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
          hint: (a.clusters as readonly string[]).length ? `The parent's clusters: ${(a.clusters as readonly string[]).join(', ')}.` : 'The parent has no "clusters" yet: add it there, or drop "memberOf" here.',
        }
      : { message: `Member of cluster "${a.cluster}" here, but the parent's ("${a.parent}") cluster does not list "${a.id}".`, hint: 'Make "memberOf" and the parent cluster\'s "members" agree.' },
  'repo/parent-unit': (a) => ({ message: `The parent's organisation ("${a.parent}") has no unit "${a.id}".`, hint: 'Add it to the parent\'s units, or fix "parent.id".' }),
  'score/scheme-sum': (a) => ({
    message:
      a.what === 'total'
        ? `Total ${a.found}, but the sections' maxima plus the bonus cap (within the total cap, if any) make ${a.expected}.`
        : a.capped === 'yes'
          ? `The ${sumWhat[a.what] ?? a.what}'s cap is ${a.found}, but its sub-criteria add up to only ${a.expected}: no unit can reach it.`
          : `The ${sumWhat[a.what] ?? a.what}'s maximum is ${a.found}, but its sub-criteria add up to ${a.expected}.`,
    hint:
      a.what === 'total'
        ? 'Fix the total (with a total cap "cap", the total is the smaller of the sum and the cap).'
        : 'Make the maximum equal the sum, or fix the sub-criteria; a group whose items may add up to more than its maximum is marked "capped: true".',
  }),
  'score/above-max': (a) => ({ message: `The ${a.stage} score of "${a.id}" is ${a.value}, outside 0 to ${a.max}.`, hint: "A score is not negative and not above its criterion's maximum." }),
  'score/missing-criterion': (a) => ({ message: `The sheet of "${a.unit}" lacks a score for ${(a.ids as readonly string[]).map((id) => `"${id}"`).join(', ')}.`, hint: 'Score every leaf criterion of the scheme (0 if not met).' }),
  'score/method': (a) => ({
    message: `The ${a.stage} score of "${a.id}" is ${a.value}, not a score its ${a.method} method can give (${(a.allowed as readonly string[]).join('; ')}).`,
    hint: a.method === 'yes-no' ? 'A yes/no criterion gives its full points or 0.' : "Give the points of one of the guide's steps (or a number of items), or 0.",
  }),
  'score/achieved': (a) => ({
    message: `"${a.id}" records ${a.achieved} achieved, which the guide scores ${a.expected}, but its ${a.stage} score is ${a.value}.`,
    hint: 'Give the points of the step reached, or correct the achieved figure if it was verified again.',
  }),
  'score/no-reason': (a) => ({
    message: `The scores of "${a.id}" for "${a.unit}" differ between stages (${a.stages}) with no reason given.`,
    hint: 'Write "reason: ..." (why the cluster or the council scored otherwise), or "note: ...".',
  }),
  'score/unknown-criterion': (a) =>
    a.what === 'award'
      ? { message: `The scheme has no award "${a.id}".`, hint: 'Use the id of one of the scheme\'s "awards".' }
      : a.what === 'part'
        ? { message: `The scheme has no section, criterion or item "${a.id}".`, hint: 'Use a section, criterion, bonus or deduction item id of the scheme.' }
        : { message: `The scheme has no criterion or item "${a.id}".`, hint: 'Use a leaf criterion, bonus or deduction item id of the scheme.' },
  'score/unknown-stage': (a) => {
    const stages = a.stages as readonly string[];
    const where: Record<string, string> = {
      sheet: 'The sheet gives points for stage',
      report: 'The report prints stage',
      official: '"official" names stage',
      from: '"from" takes stage',
      'tie-break': 'The tie-break reads the total of stage',
    };
    return {
      message: `${where[String(a.where)] ?? 'Stage'} "${a.stage}", ${a.where === 'from' ? 'which is not a stage listed before it that scores on its own' : 'which the scoring guide does not have'}${moreEn(a.more)}.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
      hint: stages.length
        ? `${a.where === 'from' ? 'Stages it can take' : "The guide's stages"}: ${stages.join(', ')}.${a.where === 'sheet' ? ' Points of a stage the guide does not have count nowhere.' : ''}`
        : 'List the stages that score on their own (no "from") before the one put together from them.',
    };
  },
  'score/stage-scope': (a) =>
    a.case === 'report'
      ? {
          message: `Stage "${a.stage}" scores only part of the guide: a scoring report classifies and proposes awards on the result, not on a part.`,
          hint: `Make "stage" one that scores the whole guide${(a.from as readonly string[]).length ? ` (${(a.from as readonly string[]).join(', ')})` : ''}; this stage's own points are shown by plan score --stage ${a.stage}.`,
        }
      : a.case === 'assembled'
      ? {
          message: `Stage "${a.stage}" is put together from ${(a.from as readonly string[]).map((s) => `"${s}"`).join(', ')} and takes no points of its own: these count nowhere${moreEn(a.more)}.`,
          hint: 'Write the points under the stage that scores this part (one of its "from" in the guide).',
        }
      : {
          message: `Stage "${a.stage}" does not score "${a.id}" (the guide gives it to another): these points count nowhere${moreEn(a.more)}.`,
          hint: 'Write the points under the stage that scores this part, or fix that stage\'s "scores" in the guide.',
        },
  'score/stage-coverage': (a) => {
    const missing = a.missing as readonly string[];
    const twice = a.twice as readonly string[];
    const list = (items: readonly string[]) => (items.length <= 10 ? items.join(', ') : `${items.slice(0, 10).join(', ')} and ${items.length - 10} more`);
    return {
      message: `Stage "${a.stage}" is put together from others, but ${[
        ...(missing.length ? [`none of them scores ${list(missing.map((id) => `"${id}"`))} (it would be 0)`] : []),
        ...(twice.length ? [`two of them score ${list(twice.map((id) => `"${id}"`))}`] : []),
      ].join('; ')}.`,
      hint: 'Each section, criterion, bonus and deduction item is scored by exactly one stage of "from": fix their "scores".',
    };
  },
  'score/step': (a) => ({
    message:
      a.what === 'score'
        ? `The ${a.stage} score of "${a.id}" is ${a.value}, not on the guide's step of ${a.step}.`
        : `"${a.field}" is ${a.value}, not on the guide's step of ${a.step}${a.stated === 'yes' ? ' ("step")' : ' (the default, as the guide gives no "step")'}.`,
    hint: `Round it to ${a.below} or ${a.above}.${a.stated === 'no' ? ' A guide that gives tenths of a point says "step: 0.1" in its file.' : ''}`,
  }),
  'score/unknown-unit': (a) => ({ message: `The organisation of "${a.body}" in ${a.year} has no unit "${a.id}".`, hint: 'Fix the unit id, or add the unit to the organisation file.' }),
  'score/duplicate-sheet': (a) => ({
    message: a.other
      ? `"${a.unit}" also has a sheet in ${a.other}: it would be counted and awarded twice.`
      : `"${a.unit}" has two sheets in this file (sheet ${a.first} and this one): the second would be counted and awarded twice.`,
    hint: 'Keep one sheet per unit: merge the scores into one and delete the other, or fix the unit id if it is a slip.',
  }),
  'score/unscored': (a) => {
    const noSheet = a.noSheet as readonly string[];
    const units = a.partialUnits as readonly string[];
    const partial = units.map((unit, i) => ({ unit, criteria: String((a.partialCriteria as readonly string[])[i]).split(', ') }));
    const list = (items: readonly string[]) => (items.length <= 10 ? items.join(', ') : `${items.slice(0, 10).join(', ')} and ${items.length - 10} more`);
    const parts = [
      ...(noSheet.length ? [`${noSheet.length} of ${a.units} units have no sheet (${list(noSheet.map((u) => `"${u}"`))})`] : []),
      ...(partial.length ? [`${partial.length} sheet(s) lack points for some criteria (${list(partial.map((p) => `"${p.unit}": ${list(p.criteria)}`))})`] : []),
    ];
    return {
      message: `${a.scored === 'yes' ? 'The' : 'Nobody has scored the'} "${a.stage}" stage${a.scored === 'yes' ? ' is not complete' : ''}: ${parts.join('; ')}. Missing points count as 0, so the report is not the result to sign.`,
      hint: 'Finish the scoring, then render the report; to preview it, add --draft (a draft is marked "DỰ THẢO").',
    };
  },
  'score/missing-sheet': (a) => ({
    message: `No score sheet yet for ${(a.ids as readonly string[]).length} of the ${a.count} units of "${a.body}" in ${a.year}: ${(a.ids as readonly string[]).map((id) => `"${id}"`).join(', ')}; they would be left out of the ranking.`,
    hint: 'Add a sheet for each unit missing (0 points if it sent none), or take the unit out of the organisation\'s "units" if it is not scored this year.',
  }),
  'score/bonus-cap': (a) => ({ message: `The ${a.stage} bonus adds up to ${a.found}, over its cap of ${a.cap}.`, hint: "Keep the bonus within the scheme's cap." }),
  'score/stated-total': (a) => ({ message: `The stated ${a.stage} total of "${a.unit}" is ${a.found}, but the sum is ${a.expected}.`, hint: 'Total = criteria + bonus (within its cap) - deductions; fix the total or its parts.' }),
  'score/no-scheme': (a) => ({ message: `No scoring scheme of "${a.body}" for ${a.year}.`, hint: `Create plans/${a.year}/${a.body}/huong-dan-cham-diem.yaml, or fix "scheme".` }),
  'template/placeholder': (a) => ({
    message:
      a.problem === 'syntax'
        ? 'A placeholder opens with "{{" and is never closed with "}}".'
        : a.problem === 'tag'
          ? `"${a.tag}" is not a placeholder: templates use {{name}}, and sections {{#name}}...{{/name}}, {{^name}}...{{/name}}.`
          : a.problem === 'unclosed'
            ? `"${a.tag}" opens a section that no "{{/${a.name}}}" closes in the same text.`
            : a.problem === 'unopened'
              ? `"${a.tag}" closes a section that no "{{#${a.name}}}" or "{{^${a.name}}}" opened.`
              : `A ${a.type} template has no placeholder "{{${a.name}}}"${a.suggestion ? `; did you mean "{{${a.suggestion}}}"?` : '.'}`,
    hint:
      a.problem === 'unknown'
        ? 'The names are listed in the README (section on report templates) and by "plan schema mau-bao-cao".'
        : a.problem === 'unclosed' || a.problem === 'unopened'
          ? 'A section opens with {{#name}} (printed when there is a value) or {{^name}} (when there is none) and closes with {{/name}} in the same text.'
          : 'Write a placeholder as {{name}}, e.g. {{nhiem_vu.ty_le_da_xong}}; text printed only with (or without) a value: {{#name}}...{{/name}}, {{^name}}...{{/name}}; no {{>...}} or {{{...}}}.',
  }),
  'template/table': (a) => ({
    message: `A ${a.type} report has no table "${a.table}".`,
    hint: `Tables of this report type: ${(a.allowed as readonly string[]).join(', ')}.`,
  }),
  'template/missing-value': (a) => ({
    message:
      a.what === 'narrative'
        ? `The template needs the office's text "${a.name}", which the report ${a.report} lacks.`
        : a.what === 'table'
          ? `The table "${a.name}" has no data: ${missingWords[a.reason] ?? a.reason}.`
          : `The placeholder "{{${a.name}}}" has no value: ${missingWords[a.reason] ?? a.reason}.`,
    hint:
      a.what === 'narrative'
        ? `Add to ${a.report}:\n  narrative:\n    ${a.name}:\n      - ...`
        : 'Add that data, or take the placeholder out of the template.',
  }),
  'template/unused-narrative': (a) => ({
    message: `The office's text "${a.name}" is not printed: the template ${a.template} has no "narrative: ${a.name}".`,
    hint: `The template's slots: ${(a.slots as readonly string[]).join(', ') || '(none)'}. Rename it to match, or add the slot to the template.`,
  }),
};

export const clerkDescriptionsEn: { [R in ClerkRule]: string } = {
  'date/invalid': 'Not a calendar date.',
  'date/plan-year': "The plan's date is outside its year.",
  'date/basis-after-plan': 'A legal basis dated after the plan.',
  'date/deadline-outside-period': "A deadline outside its quarter or the plan's period.",
  'date/period-reversed': 'A plan\'s or a report\'s period that ends before it starts.',
  'date/done-in-future': 'A done date in the future.',
  'task/done-without-date': 'Done without a done date.',
  'task/date-without-done': 'A done date on a task not done.',
  'task/no-lead': 'A task without a lead unit.',
  'number/type-code': 'The type code of a symbol does not fit the kind of document.',
  'number/issuer-symbol': "The symbol lacks the issuing body's letters.",
  'number/duplicate': "Two documents of one body share a number in a year.",
  'ref/duplicate-id': 'An id used twice.',
  'ref/unknown-id': 'A unit or person id not in the organisation file.',
  'ref/unknown-body': 'No organisation file for the issuing body.',
  'ref/cluster-leader': 'A cluster leader or deputy outside the cluster.',
  'ref/unit-in-two-clusters': 'A unit in two clusters.',
  'recipients/line-format': 'A recipient with a dash or final punctuation.',
  'recipients/archive': 'The archive line is missing, misplaced or lacks its colon.',
  'signer/authority': 'The signing authority does not fit the signer.',
  'text/nfc': 'Text not in Unicode NFC.',
  'text/tone-mark': 'A tone mark on the wrong letter, or stacked.',
  'text/spacing': 'Extra spaces.',
  'text/quotes': 'Unbalanced quotes or brackets.',
  'text/known-name': 'A common name misspelt.',
  'text/control-char': 'A control character in the text (Word cannot open the document).',
  'text/invisible-char': 'An invisible character in the text.',
  'repo/layout': 'A file that does not match its year or body folder.',
  'repo/incomplete-year': "A body's year folder without an organisation file or a plan.",
  'repo/parent-citation': "A plan that does not cite the parent's plan of the year rightly.",
  'repo/parent-date': "A plan dated before its parent's.",
  'repo/parent-cluster': "A cluster membership the parent's file does not show.",
  'repo/parent-unit': "A body the parent's file does not list as a unit.",
  'score/scheme-sum': "A scheme's maxima that do not add up.",
  'score/above-max': "A score below zero or above its criterion's maximum.",
  'score/missing-criterion': 'A sheet without a score for a criterion.',
  'score/unknown-criterion': 'A score for a criterion or item the scheme lacks.',
  'score/unknown-unit': 'A sheet for a unit the organisation lacks.',
  'score/method': "A score its criterion's way of scoring cannot give (yes/no, steps, items).",
  'score/achieved': 'A score that is not the step of the achieved figure the sheet records.',
  'score/no-reason': 'Scores that differ between stages with no reason given.',
  'score/duplicate-sheet': 'A unit with two score sheets (in one file or two).',
  'score/missing-sheet': 'A unit of the organisation without a score sheet.',
  'score/unscored': 'A scoring report of a stage not complete (units without a sheet, criteria without points).',
  'score/unknown-stage': 'A stage the scoring guide does not have.',
  'score/stage-scope': 'Points under a stage that does not score that part (a stage put together from others, or another scorer\'s part).',
  'score/stage-coverage': 'A stage put together from others with a part nobody scores, or two score.',
  'score/step': 'Points not on the guide\'s step (0.25 by default; "step: 0.1" for a guide in tenths).',
  'score/bonus-cap': 'A bonus over its cap.',
  'score/stated-total': 'A stated total that is not the sum.',
  'score/no-scheme': 'Score sheets without their scheme.',
  'template/placeholder': 'A {{...}} placeholder that is malformed or unknown for the template\'s report type.',
  'template/table': "A table the template's report type does not compute.",
  'template/missing-value': 'A placeholder or text slot the template uses that the data lacks.',
  'template/unused-narrative': "Office text in a report that its template does not print.",
};

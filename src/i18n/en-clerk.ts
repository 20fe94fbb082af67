import type { RuleArgs, Wording } from './catalogue.js';
import type { RuleId } from '../check/rules.js';

type ClerkRule = Exclude<RuleId, `file/${string}` | `yaml/${string}` | `schema/${string}`>;

const roman = ['', 'I', 'II', 'III', 'IV'];
const kindWords: Record<string, string> = { 'to-chuc': 'an organisation file (to-chuc.yaml)', 'ke-hoach': 'a plan file (ke-hoach.yaml)' };

export const clerkRulesEn: { [R in ClerkRule]: (a: RuleArgs) => Wording } = {
  'date/invalid': (a) => ({ message: `"${a.value}" is not a calendar date.`, hint: 'Write a real year-month-day.' }),
  'date/plan-year': (a) => ({ message: `A plan for ${a.year} dated ${a.value}.`, hint: `Date it in ${a.year} (or the last quarter of the year before).` }),
  'date/basis-after-plan': (a) => ({ message: `A legal basis dated ${a.value}, after the plan itself (${a.planDate}).`, hint: 'A document can only rest on documents issued before it.' }),
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
  'repo/parent-cluster': (a) => ({ message: `Member of cluster "${a.cluster}" here, but the parent's ("${a.parent}") cluster does not list "${a.id}".`, hint: 'Make "memberOf" and the parent cluster\'s "members" agree.' }),
  'repo/parent-unit': (a) => ({ message: `The parent's organisation ("${a.parent}") has no unit "${a.id}".`, hint: 'Add it to the parent\'s units, or fix "parent.id".' }),
};

export const clerkDescriptionsEn: { [R in ClerkRule]: string } = {
  'date/invalid': 'Not a calendar date.',
  'date/plan-year': "The plan's date is outside its year.",
  'date/basis-after-plan': 'A legal basis dated after the plan.',
  'date/deadline-outside-period': "A deadline outside its quarter or the plan's period.",
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
  'repo/layout': 'A file that does not match its year or body folder.',
  'repo/incomplete-year': "A body's year folder without an organisation file or a plan.",
  'repo/parent-citation': "A plan that does not cite the parent's plan of the year rightly.",
  'repo/parent-date': "A plan dated before its parent's.",
  'repo/parent-cluster': "A cluster membership the parent's file does not show.",
  'repo/parent-unit': "A body the parent's file does not list as a unit.",
};

import { citedDocument, codesFor, fileTypeCodes, typeCodeOf } from '../../model/document-types.js';
import type { Finding } from '../../diagnostics/diagnostic.js';
import type { FileCheck, Loaded, RepoCheck, RepoFinding } from './context.js';

type PlanFile = Extract<Loaded, { kind: 'ke-hoach' }>;

/** Each basis's symbol opens with the code of its kind of document (Nghị quyết → NQ...). */
export const checkBasisCodes: FileCheck = (input) => {
  if (input.kind !== 'ke-hoach') return [];
  const findings: Finding[] = [];
  input.data.bases?.forEach((basis, i) => {
    const codes = codesFor(basis.kind);
    if (!basis.symbol || !codes) return;
    const code = typeCodeOf(basis.symbol);
    if (!codes.includes(code)) {
      findings.push({ rule: 'number/type-code', path: ['bases', i, 'symbol'], args: { symbol: basis.symbol, code, kind: basis.kind, expected: codes[0]! } });
    }
  });
  return findings;
};

/** A symbol with its separators made one: "KH.MTTQ.BTT" and "KH-MTTQ-BTT" are the same letters. */
const sameLetters = (symbol: string) => symbol.replace(/[-.]/g, '-');

/** The plan's symbol: the code of its kind, then the issuing body's letters from its organisation. */
export const checkPlanSymbol: RepoCheck = (repo) => {
  const found: RepoFinding[] = [];
  for (const loaded of repo.all) {
    if (loaded.kind !== 'ke-hoach' || !repo.checked.has(loaded.file.absolute)) continue;
    const plan = loaded.data;
    const expectedCode = fileTypeCodes[plan.kind];
    const code = typeCodeOf(plan.symbol);
    const rest = plan.symbol.slice(code.length + 1);
    const at = (finding: Finding) => found.push({ absolute: loaded.file.absolute, finding });
    if (code !== expectedCode) {
      at({ rule: 'number/type-code', path: ['symbol'], args: { symbol: plan.symbol, code, kind: 'Kế hoạch', expected: expectedCode } });
    }
    const issuer = repo.organisationOf(loaded)?.data.issuer.symbol;
    // Offices write "KH-UBMT" (Nghị định 30) or "KH.UBMT": the letters must match, the separator
    // is the office's own, and the symbol suggested is written with it.
    if (issuer && sameLetters(rest) !== sameLetters(issuer)) {
      const separator = plan.symbol.charAt(code.length) === '.' ? '.' : '-';
      const expected = `${expectedCode}${separator}${separator === '.' ? issuer.replace(/-/g, '.') : issuer}`;
      at({ rule: 'number/issuer-symbol', path: ['symbol'], args: { symbol: plan.symbol, found: rest, expected } });
    }
  }
  return found;
};

interface NumberedDocument {
  number: number;
  symbol: string;
  year: number;
  owner: PlanFile;
  path: (string | number)[];
}

/**
 * One body numbers its documents once a year, whatever their type: two documents with the same
 * number in one year is a clerical error. The documents known are the plans and the documents
 * their tasks cite as evidence, when those carry the body's own letters.
 */
export const checkDuplicateNumbers: RepoCheck = (repo) => {
  const byBody = new Map<string, NumberedDocument[]>();
  for (const loaded of repo.all) {
    if (loaded.kind !== 'ke-hoach') continue;
    const plan = loaded.data;
    const issuer = repo.organisationOf(loaded)?.data.issuer.symbol;
    const list = byBody.get(plan.body) ?? [];
    list.push({ number: plan.number, symbol: plan.symbol, year: Number(plan.date.slice(0, 4)), owner: loaded, path: ['number'] });
    for (const task of plan.tasks) {
      const { path } = task;
      const cited = task.evidence ? citedDocument(task.evidence) : undefined;
      // The office's own documents, its symbol written with hyphens or dots.
      if (!cited || !issuer || !sameLetters(cited.symbol).endsWith(`-${sameLetters(issuer)}`)) continue;
      const year = Number((task.done ?? plan.date).slice(0, 4));
      list.push({ ...cited, year, owner: loaded, path: [...path, 'evidence'] });
    }
    byBody.set(plan.body, list);
  }
  const found: RepoFinding[] = [];
  for (const list of byBody.values()) {
    const seen = new Map<string, NumberedDocument>();
    for (const doc of list) {
      const key = `${doc.year}/${doc.number}`;
      const first = seen.get(key);
      // The same number and symbol is the same document cited again, unless both are plan files.
      const sameDocument = first && first.symbol === doc.symbol && !(first.path[0] === 'number' && doc.path[0] === 'number');
      if (first && !sameDocument && repo.checked.has(doc.owner.file.absolute)) {
        found.push({
          absolute: doc.owner.file.absolute,
          finding: {
            rule: 'number/duplicate',
            path: doc.path,
            args: { number: doc.number, symbol: doc.symbol, year: doc.year, other: `${first.number}/${first.symbol}` },
          },
        });
      }
      if (!first) seen.set(key, doc);
    }
  }
  return found;
};

import type { Catalogue } from '../i18n/catalogue.js';
import type { FileResult } from '../repo/document.js';
import type { Diagnostic, Finding } from '../diagnostics/diagnostic.js';
import { locate, toRange } from '../repo/locate.js';
import { rules } from '../diagnostics/rules.js';

/** Findings of one file → diagnostics: placed by the one locator, worded by the catalogue. */
export function toDiagnostics(file: string, result: FileResult, catalogue: Catalogue): Diagnostic[] {
  return result.findings.map((finding) => toDiagnostic(file, finding, result, catalogue));
}

function toDiagnostic(file: string, finding: Finding, result: FileResult, catalogue: Catalogue): Diagnostic {
  const { doc, lineCounter } = result;
  let span: readonly [number, number] | undefined = finding.span;
  if (!span && finding.path && doc) span = locate(doc, finding.path, finding.at);
  // Messages quote what the user typed, which may be decomposed (pasted from a PDF).
  const wording = catalogue.rules[finding.rule](finding.args);
  wording.message = wording.message.normalize('NFC');
  if (wording.hint) wording.hint = wording.hint.normalize('NFC');
  const diagnostic: Diagnostic = {
    file,
    severity: finding.severity ?? rules[finding.rule].severity,
    rule: finding.rule,
    message: wording.message,
    args: finding.args,
  };
  if (span && lineCounter) diagnostic.range = toRange(lineCounter, span);
  if (wording.hint) diagnostic.hint = wording.hint;
  if (finding.path) diagnostic.path = finding.path;
  if (finding.fix) diagnostic.fix = finding.fix;
  return diagnostic;
}

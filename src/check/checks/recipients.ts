import type { Finding } from '../../diagnostics/diagnostic.js';
import type { FileCheck } from './context.js';
import { replaceValue } from './fixes.js';

const archive = /^Lưu\b/u;

/**
 * Nơi nhận: the data holds each recipient as words only ("- " and ";" are printed), and the last
 * line is the archive ("Lưu: VT"), written with its colon.
 */
export const checkRecipients: FileCheck = (input) => {
  if (input.kind !== 'ke-hoach') return [];
  const { recipients } = input.data;
  const { doc, text } = input;
  const findings: Finding[] = [];
  recipients.forEach((line, i) => {
    const path = ['recipients', i];
    // Compared in NFC: a decomposed "Lưu" is still the archive line (text/nfc reports the rest).
    const bare = line.normalize('NFC').replace(/^\s*[-–+•]\s*/u, '').replace(/\s*[;.,]\s*$/u, '');
    const fix = (expected: string) => replaceValue(doc, text, path, expected);
    const isArchive = archive.test(bare);
    if (isArchive && i !== recipients.length - 1) {
      findings.push({ rule: 'recipients/archive', path, args: { problem: 'not-last', found: bare } });
    }
    const expected = isArchive ? bare.replace(/^Lưu\s*:?\s*/u, 'Lưu: ') : bare;
    // One fix per value: the archive's also drops a dash or a final ";".
    if (expected !== bare) {
      const problem = /^Lưu\s*:/u.test(bare) ? 'colon-spacing' : 'colon';
      findings.push({ rule: 'recipients/archive', path, args: { problem, found: line, expected }, fix: fix(expected) });
    } else if (bare !== line.normalize('NFC')) {
      findings.push({ rule: 'recipients/line-format', path, args: { found: line, expected: bare }, fix: fix(bare) });
    }
  });
  if (!recipients.some((line) => archive.test(line.normalize('NFC').replace(/^\s*[-–+•]\s*/u, '')))) {
    findings.push({ rule: 'recipients/archive', path: ['recipients'], at: 'key', args: { problem: 'missing', found: '' } });
  }
  return findings;
};

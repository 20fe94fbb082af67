import type { FileCheck, RepoCheck } from './context.js';
import { checkParentConsistency } from './consistency.js';
import { checkDates } from './dates.js';
import { checkLayout } from './layout.js';
import { checkBasisCodes, checkDuplicateNumbers, checkPlanSymbol } from './numbers.js';
import { checkRecipients } from './recipients.js';
import { checkIds, checkPlanReferences } from './references.js';
import { checkSigner } from './signer.js';
import { checkVietnameseText } from './text.js';

/** Checks of one file's data (it passed its schema). */
export const fileChecks: readonly FileCheck[] = [checkDates, checkBasisCodes, checkIds, checkRecipients];

/** Checks of one file's text, whatever its data: they need only the parsed YAML. */
export const textChecks: readonly FileCheck[] = [checkVietnameseText];

/** Checks across files: references, numbering, the folder layout, the plans' chain. */
export const repoChecks: readonly RepoCheck[] = [
  checkPlanReferences,
  checkPlanSymbol,
  checkDuplicateNumbers,
  checkSigner,
  checkLayout,
  checkParentConsistency,
];

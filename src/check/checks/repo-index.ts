import { checkParentConsistency } from './consistency.js';
import type { RepoCheck } from './context.js';
import { checkLayout } from './layout.js';
import { checkDuplicateNumbers, checkPlanSymbol } from './numbers.js';
import { checkPlanReferences } from './references.js';
import { checkScoreSheets, checkScoringReports } from './scores.js';
import { checkSigner } from './signer.js';

/** Checks across files: references, numbering, the folder layout, the plans' chain. */
export const repoChecks: readonly RepoCheck[] = [
  checkPlanReferences,
  checkPlanSymbol,
  checkDuplicateNumbers,
  checkSigner,
  checkLayout,
  checkParentConsistency,
  checkScoreSheets,
  checkScoringReports,
];

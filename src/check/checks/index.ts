import type { FileCheck, SchemeCheck } from './context.js';
import { checkSchemeSums } from './scores.js';
import { checkSchemeStages } from './stages.js';
import { checkSchemeSteps } from './steps.js';
import { checkDates } from './dates.js';
import { checkBasisCodes } from './numbers.js';
import { checkRecipients } from './recipients.js';
import { checkIds } from './references.js';
import { checkVietnameseText } from './text.js';

/** Checks of one file's data (it passed its schema). */
export const fileChecks: readonly FileCheck[] = [checkDates, checkBasisCodes, checkIds, checkRecipients];

/** Checks of one file's text, whatever its data: they need only the parsed YAML. */
export const textChecks: readonly FileCheck[] = [checkVietnameseText];

/** Checks of one scoring scheme's data (it passed its schema). */
export const schemeChecks: readonly SchemeCheck[] = [checkSchemeSums, checkSchemeStages, checkSchemeSteps];

import { organisationSchema } from './schemas/organisation.js';
import { planSchema } from './schemas/plan.js';
import { reportSchema, templateSchema } from './schemas/report.js';
import { scoreSheetsSchema, scoringSchemeSchema } from './schemas/scoring.js';
import type { JsonSchema } from './schemas/common.js';

/**
 * The kinds of file a plans repo holds. A file says its kind in its `kind:` key; the usual
 * file name is what `plan check` suggests when the key is missing.
 */
export const kinds = {
  'to-chuc': { schema: organisationSchema as JsonSchema, fileName: 'to-chuc.yaml' },
  'ke-hoach': { schema: planSchema as JsonSchema, fileName: 'ke-hoach.yaml' },
  'huong-dan-cham-diem': { schema: scoringSchemeSchema as JsonSchema, fileName: 'huong-dan-cham-diem.yaml' },
  'cham-diem': { schema: scoreSheetsSchema as JsonSchema, fileName: 'cham-diem.yaml' },
  'bao-cao': { schema: reportSchema as JsonSchema, fileName: 'bao-cao.yaml' },
  'mau-bao-cao': { schema: templateSchema as JsonSchema, fileName: 'mau-bao-cao.yaml' },
} as const;

export type Kind = keyof typeof kinds;
export const kindNames = Object.keys(kinds) as Kind[];

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.hasOwn(kinds, value);
}

/** The kind a file's name suggests (`to-chuc.yaml` → `to-chuc`), if any. */
export function kindFromFileName(fileName: string): Kind | undefined {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
  return isKind(base) ? base : undefined;
}

import type { ChalkInstance } from 'chalk';
import type { Catalogue } from '../../i18n/catalogue.js';

export interface DueContext {
  catalogue: Catalogue;
  chalk: ChalkInstance;
  /** Terminal width for the table; long texts wrap to fit it. */
  width: number;
  window: { from: string; to: string };
}

/** dd/mm/yyyy, the way Vietnamese offices write dates. */
export const vnDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

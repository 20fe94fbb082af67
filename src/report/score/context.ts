import type { ChalkInstance } from 'chalk';
import type { Catalogue } from '../../i18n/catalogue.js';
import type { Stage } from '../../model/scoring-types.js';
import type { DiffRow } from '../../score/diff.js';
import type { UnitScore } from '../../score/types.js';

/** What `plan score` prints: the units' results, or with --diff what the council changed. */
export type ScoreReport =
  | {
      kind: 'units';
      year: number;
      stage: Stage;
      units: readonly UnitScore[];
      /** What the stage still lacks, in words (see src/score/completeness.ts). */
      note?: string;
      /** The units in each band and their shares, in words (see src/score/bands.ts). */
      bands?: string;
    }
  | { kind: 'diff'; year: number; rows: readonly DiffRow[] };

export interface ScoreContext {
  catalogue: Catalogue;
  chalk: ChalkInstance;
}

export type ScoreFormatter = (report: ScoreReport, context: ScoreContext) => string;

import type { ChalkInstance } from 'chalk';
import type { Catalogue, StageLabel } from '../../i18n/catalogue.js';
import type { DiffRow } from '../../score/diff.js';
import type { UnitScore } from '../../score/types.js';

/** What `plan score` prints: the units' results at a stage, or with --diff where two stages differ. */
export type ScoreReport =
  | {
      kind: 'units';
      year: number;
      stage: StageLabel;
      units: readonly UnitScore[];
      /** What the stage still lacks, in words (see src/score/completeness.ts). */
      note?: string;
      /** The units in each band and their shares, in words (see src/score/bands.ts). */
      bands?: string;
    }
  | {
      kind: 'diff';
      year: number;
      /** The stage compared from (the self-score, by default) and the one compared to (the result). */
      from: StageLabel;
      to: StageLabel;
      rows: readonly DiffRow[];
      /** What the later stage still lacks, in words: its unscored criteria are not rows. */
      note?: string;
    };

export interface ScoreContext {
  catalogue: Catalogue;
  chalk: ChalkInstance;
}

export type ScoreFormatter = (report: ScoreReport, context: ScoreContext) => string;

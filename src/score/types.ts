import type { Stage, TieBreakKey } from '../model/scoring-types.js';
import type { Hundredths } from './points.js';

/** One unit's result at one stage. Points are whole quarters (src/score/points.ts). */
export interface UnitScore {
  unit: string;
  name: string;
  /** The unit's cluster id, or null when it is in none. */
  cluster: string | null;
  /** The cluster's name as the organisation gives it ("Cụm thi đua số 1"), or null. */
  clusterName: string | null;
  stage: Stage;
  /** Section id → subtotal, in the scheme's order; `scored: false` when the stage scores none of it. */
  sections: { id: string; code: string; max: Hundredths; subtotal: Hundredths; scored: boolean }[];
  /** Leaf criterion id → points at the stage (0 when the sheet gives none). */
  criteria: Map<string, Hundredths>;
  /** Whether the stage scores the whole guide: else (a Ban's part) no class and no award are given. */
  whole: boolean;
  /** Whether the stage scores any bonus item, any deduction item (else the columns are blank). */
  bonusScored: boolean;
  deductionsScored: boolean;
  /** Bonus after the scheme's cap. */
  bonus: Hundredths;
  /** Deductions after the scheme's cap (a positive number, subtracted). */
  deductions: Hundredths;
  total: Hundredths;
  /** The total of the self-score and of the cluster's score, for the tie-break keys. */
  selfTotal: Hundredths;
  clusterTotal: Hundredths;
  rank: number;
  clusterRank: number | null;
  /** Equal to another unit on every tie-break key: the rank is shared. */
  tie: boolean;
  clusterTie: boolean;
  /** Band id and name, or null when no band fits. */
  class: string | null;
  className: string | null;
  /** The first award proposed (id and name), or null; `awards` has them all, in the scheme's order. */
  award: string | null;
  awardName: string | null;
  awards: { id: string; name: string }[];
}

export interface ScoreOptions {
  tieBreak?: readonly TieBreakKey[];
}

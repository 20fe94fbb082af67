/**
 * The data of the scoring files, as their schemas (schemas/scoring.ts) guarantee it: the scheme a
 * year's guide sets out (huong-dan-cham-diem) and the units' score sheets (cham-diem). Points are
 * plain numbers on the guide's step (0.25 by default) here; arithmetic on them goes through
 * src/score/points.ts.
 */

export type ScoringMethod = 'yes-no' | 'per-item' | 'percent' | 'graded';

export interface Scoring {
  method: ScoringMethod;
  /** per-item: points for each indicator reached. */
  perItem?: number;
  /** per-item: what is counted. */
  item?: string;
  /** From the highest: reaching `from` (a percentage or a count) gives `points`. */
  steps?: { from: number; points: number }[];
  note?: string;
}

export interface Criterion {
  id: string;
  /** As printed: "1", "1.1", "a". */
  code: string;
  title: string;
  /** With sub-criteria: the sum of theirs, or with `capped` a cap on it. */
  max: number;
  /** The sub-criteria may add up to more than `max`: the group's points stop at `max`. */
  capped?: boolean;
  scoring?: Scoring;
  /** Absent on a leaf: only leaves are scored on a sheet. */
  criteria?: Criterion[];
}

export interface ScoringSection {
  id: string;
  /** As printed: "I", "II". */
  code: string;
  title: string;
  max: number;
  /** The criteria may add up to more than `max`: the section's points stop at `max`. */
  capped?: boolean;
  criteria: Criterion[];
}

export interface BonusItem {
  id: string;
  title: string;
  max: number;
  scoring?: Scoring;
}

export interface DeductionItem {
  id: string;
  title: string;
  perCase?: number;
  max: number;
}

export interface BandConditions {
  /** Each section reaches at least this share of its maximum (0.5: half). */
  minShareOfEachSection?: number;
  /** No leaf criterion below half its maximum. */
  noCriterionBelowHalf?: boolean;
  /** Total deductions at most this. */
  maxDeductions?: number;
  note?: string;
}

export interface Band {
  id: string;
  name: string;
  /** Inclusive. */
  min: number;
  /** Exclusive; absent: no upper bound. */
  max?: number;
  conditions?: BandConditions;
}

export interface AwardRule {
  id: string;
  name: string;
  by?: string;
  /** Band ids that may get it; absent: any. */
  classes?: string[];
  top?: { scope: 'cluster' | 'overall'; count: number };
  minTotal?: number;
  limits?: { perCluster?: number; overall?: number };
  /** Units already proposed for an award above are considered too (a Cờ and a Bằng khen), but for `excludes`. */
  combines?: boolean;
  /** A unit proposed for one of these is not considered for this one. */
  excludes?: string[];
  note?: string;
}

export type TieBreakKey = 'total' | 'selfTotal' | 'clusterTotal' | 'deductions' | 'name';

/** Units equal on every key share a rank (never ordered by file order). */
export const defaultTieBreak: readonly TieBreakKey[] = ['total', 'selfTotal'];

export interface ScoringScheme {
  kind: 'huong-dan-cham-diem';
  body: string;
  year: number;
  source: { kind: string; number?: number; symbol?: string; date?: string; issuer?: string; title: string; note?: string };
  /** The sections' maxima plus the bonus cap. */
  total: number;
  /** Sections plus bonus stop here (deductions after): "95 + bonus, at most 100". */
  cap?: number;
  /** The maximum a report prints when it is not `total`: the sections' maxima without the bonus. */
  nominal?: number;
  /** Points, maxima and bands are multiples of this (absent: 0.25). */
  step?: number;
  /** How the shares of the bands are written (default: 2 decimals, cut). */
  shares?: { decimals?: number; rounding?: 'truncate' | 'round' };
  sections: ScoringSection[];
  bonus?: { cap: number; items: BonusItem[] };
  deductions?: { cap?: number; items: DeductionItem[] };
  /** From the highest: a unit gets the first band whose range and conditions it meets. */
  /** Absent: the guide ranks, it does not classify. */
  classes?: Band[];
  /** In order: a unit is proposed for the first award it qualifies for. */
  awards?: AwardRule[];
  tieBreak?: TieBreakKey[];
  /**
   * The rounds of scoring, in order (absent: self, cluster, final). A guide names its own: a
   * province's Bans each scoring their field, city departments, a council.
   */
  stages?: StageDef[];
  /** The stage whose scores are the result (absent: "final" of the default stages, else the last). */
  official?: string;
}

/** A stage id: self, cluster, final, or one a guide's `stages` names. */
export type Stage = string;

/** The stages of a guide that names none (as files written before `stages` mean them). */
export const defaultStages: readonly Stage[] = ['self', 'cluster', 'final'];

/** The default stages as a Vietnamese sentence and a signed report name them ("điểm do Hội đồng chấm"). */
export const defaultStageWordsVi: Readonly<Record<string, string>> = { self: 'đơn vị tự chấm', cluster: 'cụm chấm', final: 'Hội đồng chấm' };

/** Keys of a score or an adjustment that are not stage ids (a guide's stage may not take them). */
export const notStageKeys: readonly string[] = ['item', 'note', 'explanation', 'reason', 'evidence', 'achieved'];

export interface StageDef {
  id: Stage;
  /** As a report prints it: "Ban Tổ chức – Tuyên giáo", "Hội đồng Thi đua – Khen thưởng". */
  name: string;
  /** What this stage scores: section, criterion, bonus or deduction item ids (absent: everything). */
  scores?: string[];
  /** Put together from these stages: each criterion and item from the one that scores it. */
  from?: Stage[];
}

/**
 * Points by stage id. The default stages are named; a guide's own are further keys of the same
 * object (`{self: 9, ban-to-chuc: 8}`), read through `pointsAt`.
 */
export interface StagePoints {
  self?: number;
  cluster?: number;
  final?: number;
  [stage: string]: unknown;
}

/** A stage's points of a score, an adjustment or stated totals; undefined when it gives none. */
export function pointsAt(points: StagePoints | undefined, stage: Stage): number | undefined {
  const value = points?.[stage];
  return typeof value === 'number' ? value : undefined;
}

export interface Score extends StagePoints {
  note?: string;
  /** The unit's explanation of its self-score. */
  explanation?: string;
  /** The reviewer's reason for a score other than the self-score. */
  reason?: string;
  evidence?: string;
  /** What the unit achieved (a percentage, a count) that the points follow from. */
  achieved?: number;
}

export interface Adjustment extends StagePoints {
  /** A bonus or deduction item id of the scheme. */
  item: string;
  note?: string;
  explanation?: string;
  reason?: string;
  evidence?: string;
}

export interface Sheet {
  unit: string;
  /** Keyed by leaf criterion id. */
  scores: Record<string, Score>;
  bonus?: Adjustment[];
  /** Points deducted, written as positive numbers. */
  deductions?: Adjustment[];
  /** Totals the sheet states, to be checked against the sum. */
  totals?: StagePoints;
  note?: string;
}

export interface ScoreSheets {
  kind: 'cham-diem';
  body: string;
  year: number;
  scheme: { body: string; year: number };
  sheets: Sheet[];
  /** The council's choice among tied units that a limit cannot hold whole, by award. */
  decisions?: TieDecision[];
}

export interface TieDecision {
  award: string;
  units: string[];
  note: string;
}

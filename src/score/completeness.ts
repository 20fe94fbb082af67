import { stages, type Stage } from '../model/scoring-types.js';

/** What a stage of scoring still lacks: the units with no sheet, the criteria a sheet leaves unscored. */
export interface StageGaps {
  stage: Stage;
  /** Units of the organisation without a sheet, in the organisation's order. */
  noSheet: string[];
  /** Sheets that give no points at the stage for some leaf criteria (ids in the scheme's order). */
  partial: { unit: string; criteria: string[] }[];
  /** Whether any sheet gives any point at the stage: a stage nobody has scored is not a table of zeros. */
  scored: boolean;
}

type Points = Partial<Record<Stage, number>> | undefined;

interface SheetLike {
  unit: string;
  scores: Readonly<Record<string, Points>>;
  bonus?: readonly Points[];
  deductions?: readonly Points[];
}

/**
 * The gaps of one stage, from the scheme's leaf criteria, the sheets (a unit's criterion without the
 * stage's points counts as 0 in the tally: here it is named) and the units that should be scored.
 * Pure: the check of a scoring report, `plan score` and the report's render share it.
 */
export function stageGaps(leafIds: readonly string[], sheets: readonly SheetLike[], unitIds: readonly string[], stage: Stage): StageGaps {
  const sheeted = new Set(sheets.map((s) => s.unit));
  const partial: StageGaps['partial'] = [];
  let scored = false;
  for (const sheet of sheets) {
    const criteria = leafIds.filter((id) => sheet.scores[id]?.[stage] === undefined);
    if (criteria.length < leafIds.length) scored = true;
    if ([...(sheet.bonus ?? []), ...(sheet.deductions ?? [])].some((p) => p?.[stage] !== undefined)) scored = true;
    if (criteria.length > 0) partial.push({ unit: sheet.unit, criteria });
  }
  return { stage, noSheet: unitIds.filter((id) => !sheeted.has(id)), partial, scored };
}

/** Whether the stage is complete: every unit has a sheet, every sheet every criterion. */
export const isComplete = (gaps: StageGaps): boolean => gaps.noSheet.length === 0 && gaps.partial.length === 0;

/** The stages some sheet gives points for, in order (self, cluster, final). */
export function scoredStages(leafIds: readonly string[], sheets: readonly SheetLike[]): Stage[] {
  return stages.filter((stage) => stageGaps(leafIds, sheets, [], stage).scored);
}

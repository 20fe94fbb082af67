import { pointsAt, type Stage, type StagePoints } from '../model/scoring-types.js';
import type { StageReading } from './stages.js';

/** What a stage of scoring still lacks: the units with no sheet, the criteria a sheet leaves unscored. */
export interface StageGaps {
  stage: Stage;
  /** Units of the organisation without a sheet, in the organisation's order. */
  noSheet: string[];
  /** Sheets that give no points at the stage for some leaf criteria it scores (ids in the scheme's order). */
  partial: { unit: string; criteria: string[] }[];
  /** Whether any sheet gives any point at the stage: a stage nobody has scored is not a table of zeros. */
  scored: boolean;
}

interface SheetLike {
  unit: string;
  scores: Readonly<Record<string, StagePoints | undefined>>;
  bonus?: readonly (StagePoints & { item: string })[];
  deductions?: readonly (StagePoints & { item: string })[];
}

/**
 * The gaps of one stage, from how it reads a sheet (src/score/stages.ts: the criteria it scores, and
 * for a stage put together from several scorers, whose points each one takes), the sheets (a
 * criterion without the stage's points counts as 0 in the tally: here it is named) and the units
 * that should be scored. Pure: the check of a scoring report, `plan score` and the report's render share it.
 */
export function stageGaps(reading: StageReading, sheets: readonly SheetLike[], unitIds: readonly string[]): StageGaps {
  const sheeted = new Set(sheets.map((s) => s.unit));
  const partial: StageGaps['partial'] = [];
  let scored = false;
  for (const sheet of sheets) {
    const criteria: string[] = [];
    for (const [id, from] of reading.leaves) {
      if (pointsAt(sheet.scores[id], from) === undefined) criteria.push(id);
      else scored = true;
    }
    const adjusted = (a: StagePoints & { item: string }) => {
      const from = reading.items.get(a.item);
      return from !== undefined && pointsAt(a, from) !== undefined;
    };
    if (!scored && [...(sheet.bonus ?? []), ...(sheet.deductions ?? [])].some(adjusted)) scored = true;
    if (criteria.length > 0) partial.push({ unit: sheet.unit, criteria });
  }
  return { stage: reading.stage, noSheet: unitIds.filter((id) => !sheeted.has(id)), partial, scored };
}

/** Whether the stage is complete: every unit has a sheet, every sheet every criterion the stage scores. */
export const isComplete = (gaps: StageGaps): boolean => gaps.noSheet.length === 0 && gaps.partial.length === 0;

/** The stages some sheet gives points for, in the guide's order. */
export function scoredStages(readings: readonly StageReading[], sheets: readonly SheetLike[]): Stage[] {
  return readings.filter((reading) => stageGaps(reading, sheets, []).scored).map((r) => r.stage);
}

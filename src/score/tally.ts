import { pointsAt, type Adjustment, type Criterion, type ScoringScheme, type Sheet, type Stage, type StagePoints } from '../model/scoring-types.js';
import { add, min, subtract, toHundredths, zero, type Hundredths } from './points.js';
import { readingOf, type StageReading } from './stages.js';

/** Every leaf criterion (the ones a sheet scores) of a list, depth first, in printed order. */
export function leavesOf(criteria: readonly Criterion[]): Criterion[] {
  return criteria.flatMap((c) => (c.criteria ? leavesOf(c.criteria) : [c]));
}

/** A stage's points, 0 when the sheet gives none (or the stage does not score it). */
const at = (points: StagePoints | undefined, stage: Stage | undefined): Hundredths => {
  const value = stage === undefined ? undefined : pointsAt(points, stage);
  return value === undefined ? zero : toHundredths(value);
};

/** Adjustments of a stage, each within its item's maximum, the sum within the cap. */
function adjustments(list: readonly Adjustment[] | undefined, items: readonly { id: string; max: number }[], cap: number | undefined, reading: StageReading): Hundredths {
  const maxOf = new Map(items.map((i) => [i.id, toHundredths(i.max)]));
  const sum = add(...(list ?? []).map((a) => {
    const given = at(a, reading.items.get(a.item));
    const max = maxOf.get(a.item);
    return max === undefined ? given : min(given, max);
  }));
  return cap === undefined ? sum : min(sum, toHundredths(cap));
}

export interface Tally {
  /** `scored: false`: the stage scores none of the section's criteria (a part of another scorer). */
  sections: { id: string; code: string; max: Hundredths; subtotal: Hundredths; scored: boolean }[];
  criteria: Map<string, Hundredths>;
  bonus: Hundredths;
  deductions: Hundredths;
  total: Hundredths;
  /** Whether the stage scores any bonus item, any deduction item (a Ban's part may score neither). */
  bonusScored: boolean;
  deductionsScored: boolean;
  /** Whether the stage scores the whole guide (see StageReading.whole). */
  whole: boolean;
}

/**
 * A sheet summed at one stage: sections, bonus (capped), deductions (capped), total. Exact.
 * A group (a criterion with sub-criteria, or a section) marked `capped` stops at its maximum when
 * its items add up to more; the scheme's `cap` bounds sections plus bonus, deductions coming after.
 */
export function tally(scheme: ScoringScheme, sheet: Sheet, stage: Stage): Tally {
  const reading = readingOf(scheme, stage);
  const criteria = new Map<string, Hundredths>();
  let scoredHere = false;
  const sum = (list: readonly Criterion[]): Hundredths =>
    add(
      ...list.map((c) => {
        if (!c.criteria) {
          const from = reading.leaves.get(c.id);
          if (from !== undefined) scoredHere = true;
          const given = at(sheet.scores[c.id], from);
          criteria.set(c.id, given);
          return given;
        }
        const inner = sum(c.criteria);
        return c.capped ? min(inner, toHundredths(c.max)) : inner;
      }),
    );
  const sections = scheme.sections.map((section) => {
    scoredHere = false;
    const inner = sum(section.criteria);
    const max = toHundredths(section.max);
    return { id: section.id, code: section.code, max, subtotal: section.capped ? min(inner, max) : inner, scored: scoredHere };
  });
  const bonus = adjustments(sheet.bonus, scheme.bonus?.items ?? [], scheme.bonus?.cap ?? 0, reading);
  const deductions = adjustments(sheet.deductions, scheme.deductions?.items ?? [], scheme.deductions?.cap, reading);
  const gained = add(...sections.map((s) => s.subtotal), bonus);
  const total = subtract(scheme.cap === undefined ? gained : min(gained, toHundredths(scheme.cap)), deductions);
  // A guide without such items: 0 as ever; with some: whether this stage scores one.
  const scores = (items: readonly { id: string }[] | undefined) => !items?.length || items.some((i) => reading.items.has(i.id));
  return { sections, criteria, bonus, deductions, total, bonusScored: scores(scheme.bonus?.items), deductionsScored: scores(scheme.deductions?.items), whole: reading.whole };
}

import type { Adjustment, Criterion, ScoringScheme, Sheet, Stage } from '../model/scoring-types.js';
import { add, min, subtract, toQuarters, zero, type Quarters } from './points.js';

/** Every leaf criterion (the ones a sheet scores) of a list, depth first, in printed order. */
export function leavesOf(criteria: readonly Criterion[]): Criterion[] {
  return criteria.flatMap((c) => (c.criteria ? leavesOf(c.criteria) : [c]));
}

/** A stage's points, 0 when the sheet gives none. */
const at = (points: { [S in Stage]?: number } | undefined, stage: Stage): Quarters =>
  points?.[stage] === undefined ? zero : toQuarters(points[stage]!);

/** Adjustments of a stage, each within its item's maximum, the sum within the cap. */
function adjustments(list: readonly Adjustment[] | undefined, items: readonly { id: string; max: number }[], cap: number | undefined, stage: Stage): Quarters {
  const maxOf = new Map(items.map((i) => [i.id, toQuarters(i.max)]));
  const sum = add(...(list ?? []).map((a) => {
    const given = at(a, stage);
    const max = maxOf.get(a.item);
    return max === undefined ? given : min(given, max);
  }));
  return cap === undefined ? sum : min(sum, toQuarters(cap));
}

export interface Tally {
  sections: { id: string; code: string; max: Quarters; subtotal: Quarters }[];
  criteria: Map<string, Quarters>;
  bonus: Quarters;
  deductions: Quarters;
  total: Quarters;
}

/**
 * A sheet summed at one stage: sections, bonus (capped), deductions (capped), total. Exact.
 * A group (a criterion with sub-criteria, or a section) marked `capped` stops at its maximum when
 * its items add up to more; the scheme's `cap` bounds sections plus bonus, deductions coming after.
 */
export function tally(scheme: ScoringScheme, sheet: Sheet, stage: Stage): Tally {
  const criteria = new Map<string, Quarters>();
  const sum = (list: readonly Criterion[]): Quarters =>
    add(
      ...list.map((c) => {
        if (!c.criteria) {
          const given = at(sheet.scores[c.id], stage);
          criteria.set(c.id, given);
          return given;
        }
        const inner = sum(c.criteria);
        return c.capped ? min(inner, toQuarters(c.max)) : inner;
      }),
    );
  const sections = scheme.sections.map((section) => {
    const inner = sum(section.criteria);
    const max = toQuarters(section.max);
    return { id: section.id, code: section.code, max, subtotal: section.capped ? min(inner, max) : inner };
  });
  const bonus = adjustments(sheet.bonus, scheme.bonus?.items ?? [], scheme.bonus?.cap ?? 0, stage);
  const deductions = adjustments(sheet.deductions, scheme.deductions?.items ?? [], scheme.deductions?.cap, stage);
  const gained = add(...sections.map((s) => s.subtotal), bonus);
  const total = subtract(scheme.cap === undefined ? gained : min(gained, toQuarters(scheme.cap)), deductions);
  return { sections, criteria, bonus, deductions, total };
}

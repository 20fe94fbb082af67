import type { Band, ScoringScheme } from '../model/scoring-types.js';
import { leavesOf, type Tally } from './tally.js';
import { toHundredths } from './points.js';

/** Whether a tally meets a band's range and extra conditions. */
export function meetsBand(scheme: ScoringScheme, band: Band, tally: Tally): boolean {
  if (tally.total < toHundredths(band.min)) return false;
  if (band.max !== undefined && tally.total >= toHundredths(band.max)) return false;
  const c = band.conditions;
  if (!c) return true;
  if (c.noCriterionBelowHalf) {
    const leaves = scheme.sections.flatMap((s) => leavesOf(s.criteria));
    // Below half: twice the points under the maximum (whole quarters, no fractions).
    if (leaves.some((leaf) => 2 * (tally.criteria.get(leaf.id) ?? 0) < toHundredths(leaf.max))) return false;
  }
  if (c.minShareOfEachSection !== undefined) {
    const share = c.minShareOfEachSection;
    if (tally.sections.some((s) => s.subtotal < share * s.max)) return false;
  }
  if (c.maxDeductions !== undefined && tally.deductions > toHundredths(c.maxDeductions)) return false;
  return true;
}

/** The first band, in the scheme's order, whose range and conditions the tally meets. */
export function classify(scheme: ScoringScheme, tally: Tally): Band | undefined {
  return (scheme.classes ?? []).find((band) => meetsBand(scheme, band, tally));
}

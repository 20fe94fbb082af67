import type { ScoringScheme } from '../model/scoring-types.js';
import type { UnitScore } from './types.js';

/** How a guide writes a share: so many decimals, cut (real reports write 38,23 for 38,235) or rounded half up. */
export interface ShareRule {
  decimals: number;
  rounding: 'truncate' | 'round';
}

export const defaultShareRule: ShareRule = { decimals: 2, rounding: 'truncate' };

/** The scheme's rule for shares, the default filled in. */
export const shareRuleOf = (scheme: ScoringScheme): ShareRule => ({ ...defaultShareRule, ...scheme.shares });

/** One band: how many units it holds, and their share of the units scored, as the guide writes it. */
export interface BandCount {
  id: string;
  name: string;
  count: number;
  /** Percent, already cut or rounded to the rule's decimals (exact: from whole numbers, no float drift). */
  share: number;
}

/**
 * The units in each band of the scheme, in the scheme's order, and those in none (id null), with
 * their shares of all units scored. Exact: the share is count × 100 / units worked out on whole
 * numbers, then cut or rounded, so 13 of 34 is 38,23 (38,235...) and never 38,24 by float error.
 */
export function bandCounts(scheme: ScoringScheme, units: readonly UnitScore[]): BandCount[] {
  const rule = shareRuleOf(scheme);
  const share = (count: number) => shareOf(count, units.length, rule);
  const bands = (scheme.classes ?? []).map((band) => {
    const count = units.filter((u) => u.class === band.id).length;
    return { id: band.id, name: band.name, count, share: share(count) };
  });
  const none = units.filter((u) => u.class === null).length;
  return none > 0 && bands.length > 0 ? [...bands, { id: '', name: '', count: none, share: share(none) }] : bands;
}

/** count / whole as a percent with `decimals` decimals, cut or rounded half up, from integers. */
export function shareOf(count: number, whole: number, rule: ShareRule): number {
  if (whole === 0) return 0;
  const scale = 10 ** rule.decimals;
  const numerator = count * 100 * scale;
  const scaled = rule.rounding === 'truncate' ? Math.floor(numerator / whole) : Math.floor((2 * numerator + whole) / (2 * whole));
  return scaled / scale;
}

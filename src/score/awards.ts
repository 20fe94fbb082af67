import type { AwardRule } from '../model/scoring-types.js';
import { toQuarters } from './points.js';
import type { UnitScore } from './types.js';

/**
 * Proposes awards, in the scheme's order: a unit gets the first it qualifies for. Units are taken
 * by rank; tied units (equal on every tie-break key) are taken together: when the limits leave
 * room for some of them only, none gets that award (a tie is never broken by file order), nor does
 * any unit below them in the same scope (cluster or overall); they are considered for the next one. Sets `award` and `awardName` on the units.
 */
export function proposeAwards(units: readonly UnitScore[], awards: readonly AwardRule[]): void {
  const byRank = [...units].sort((a, b) => a.rank - b.rank);
  for (const rule of awards) {
    const overall = { given: 0 };
    const perCluster = new Map<string, number>();
    const eligible = byRank.filter((u) => u.award === null && qualifies(u, rule));
    const groups = new Map<number, UnitScore[]>();
    for (const u of eligible) groups.set(u.rank, [...(groups.get(u.rank) ?? []), u]);
    for (const group of groups.values()) {
      const counts = new Map<string, number>();
      for (const u of group) if (u.cluster) counts.set(u.cluster, (counts.get(u.cluster) ?? 0) + 1);
      const fitsOverall = rule.limits?.overall === undefined || overall.given + group.length <= rule.limits.overall;
      const fitsClusters = rule.limits?.perCluster === undefined
        || [...counts].every(([c, n]) => (perCluster.get(c) ?? 0) + n <= rule.limits!.perCluster!);
      // No lower-ranked unit may take a place a tie could not share: the award closes there.
      if (!fitsOverall) break;
      if (!fitsClusters) {
        for (const c of counts.keys()) perCluster.set(c, Infinity);
        continue;
      }
      if (group.some((u) => u.cluster !== null && perCluster.get(u.cluster) === Infinity)) continue;
      for (const u of group) {
        u.award = rule.id;
        u.awardName = rule.name;
        overall.given++;
        if (u.cluster) perCluster.set(u.cluster, (perCluster.get(u.cluster) ?? 0) + 1);
      }
    }
  }
}

function qualifies(u: UnitScore, rule: AwardRule): boolean {
  if (rule.classes && (u.class === null || !rule.classes.includes(u.class))) return false;
  if (rule.minTotal !== undefined && u.total < toQuarters(rule.minTotal)) return false;
  if (rule.top) {
    const rank = rule.top.scope === 'cluster' ? u.clusterRank : u.rank;
    if (rank === null || rank > rule.top.count) return false;
  }
  return true;
}

import type { AwardRule, TieDecision } from '../model/scoring-types.js';
import { toHundredths } from './points.js';
import type { UnitScore } from './types.js';

/**
 * Proposes awards, in the scheme's order: a unit gets the first it qualifies for, and more only from
 * rules that combine (`combines`, save those they exclude). For each award:
 * 1. A per-cluster quota is decided inside each cluster, by the cluster's own ranking: units tied
 *    in the cluster are taken together, and when the quota leaves room for some of them only,
 *    none gets it, nor does any unit below them in that cluster (a tie is never broken by file
 *    order). A tie in the overall ranking with a unit of another cluster changes nothing here.
 *    Units in no cluster have no cluster quota.
 * 2. The overall limit is then applied to those, by overall rank, ties taken together the same way.
 * Units passed over are considered for the next award. Sets `awards` (and the first as `award`, `awardName`).
 */
export function proposeAwards(units: readonly UnitScore[], awards: readonly AwardRule[], decisions: readonly TieDecision[] = []): void {
  const byRank = [...units].sort((a, b) => a.rank - b.rank);
  for (const rule of awards) {
    // By default a unit gets one award; a rule that combines considers the awarded too, but for those it excludes.
    const open = (u: UnitScore) =>
      rule.combines ? !u.awards.some((a) => a.id === rule.id || (rule.excludes ?? []).includes(a.id)) : u.awards.length === 0;
    const eligible = byRank.filter((u) => open(u) && qualifies(u, rule));
    const chosen = new Set(decisions.filter((d) => d.award === rule.id).flatMap((d) => d.units));
    const perCluster = rule.limits?.perCluster;
    const withinClusters = perCluster === undefined ? eligible : withinClusterQuota(eligible, perCluster, chosen);
    const overall = rule.limits?.overall ?? Infinity;
    for (const u of takeWhole(withinClusters, (x) => x.rank, overall, chosen)) {
      u.awards.push({ id: rule.id, name: rule.name });
      if (u.award === null) {
        u.award = rule.id;
        u.awardName = rule.name;
      }
    }
  }
}

/** The eligible units each cluster's quota admits, in the order given (by overall rank). */
function withinClusterQuota(eligible: readonly UnitScore[], quota: number, chosen: ReadonlySet<string>): UnitScore[] {
  const byCluster = new Map<string, UnitScore[]>();
  for (const u of eligible) if (u.cluster !== null) byCluster.set(u.cluster, [...(byCluster.get(u.cluster) ?? []), u]);
  const admitted = new Set<UnitScore>(eligible.filter((u) => u.cluster === null));
  for (const members of byCluster.values()) {
    const rankInCluster = (u: UnitScore) => u.clusterRank ?? u.rank;
    const ordered = [...members].sort((a, b) => rankInCluster(a) - rankInCluster(b));
    for (const u of takeWhole(ordered, rankInCluster, quota, chosen)) admitted.add(u);
  }
  return eligible.filter((u) => admitted.has(u));
}

/**
 * The first units, in rank order, up to `limit`, taking units of one rank (a tie) together: at the
 * first tie the limit cannot hold whole, it stops (no unit below a tie takes a place the tie could
 * not share). There, the units the council chose (`chosen`, a recorded decision) take the places,
 * when they fit; the others of the tie do not.
 */
function takeWhole(ordered: readonly UnitScore[], rankOf: (u: UnitScore) => number, limit: number, chosen: ReadonlySet<string>): UnitScore[] {
  const taken: UnitScore[] = [];
  for (let i = 0; i < ordered.length; ) {
    let j = i + 1;
    while (j < ordered.length && rankOf(ordered[j]!) === rankOf(ordered[i]!)) j++;
    const tie = ordered.slice(i, j);
    if (taken.length + tie.length > limit) {
      const decided = tie.filter((u) => chosen.has(u.unit));
      if (decided.length > 0 && taken.length + decided.length <= limit) taken.push(...decided);
      break;
    }
    taken.push(...tie);
    i = j;
  }
  return taken;
}

function qualifies(u: UnitScore, rule: AwardRule): boolean {
  if (rule.classes && (u.class === null || !rule.classes.includes(u.class))) return false;
  if (rule.minTotal !== undefined && u.total < toHundredths(rule.minTotal)) return false;
  if (rule.top) {
    const rank = rule.top.scope === 'cluster' ? u.clusterRank : u.rank;
    if (rank === null || rank > rule.top.count) return false;
  }
  return true;
}

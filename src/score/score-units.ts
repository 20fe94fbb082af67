import { defaultTieBreak, type ScoringScheme, type Sheet, type Stage, type TieDecision } from '../model/scoring-types.js';
import type { Organisation } from '../model/types.js';
import { proposeAwards } from './awards.js';
import { classify } from './classify.js';
import { listOrder, rankAll } from './rank.js';
import { tally } from './tally.js';
import type { UnitScore } from './types.js';

/**
 * Every unit with a sheet, scored at a stage: sections, bonus, deductions, total, rank overall and
 * in its cluster, class and proposed award. Listed by rank; tied units by name (Vietnamese
 * collation). Pure: the data in, the results out.
 */
export function scoreUnits(
  scheme: ScoringScheme,
  sheets: readonly Sheet[],
  organisation: Organisation | undefined,
  stage: Stage,
  decisions: readonly TieDecision[] = [],
): UnitScore[] {
  const names = new Map((organisation?.units ?? []).map((u) => [u.id, u.name]));
  const clusterOf = clustersByUnit(organisation);

  const units: UnitScore[] = sheets.map((sheet) => {
    const t = tally(scheme, sheet, stage);
    // A part of the guide is not on its scale: no band fits it.
    const band = t.whole ? classify(scheme, t) : undefined;
    return {
      unit: sheet.unit,
      name: names.get(sheet.unit) ?? sheet.unit,
      cluster: clusterOf.get(sheet.unit)?.id ?? null,
      clusterName: clusterOf.get(sheet.unit)?.name ?? null,
      stage,
      sections: t.sections,
      criteria: t.criteria,
      whole: t.whole,
      bonusScored: t.bonusScored,
      deductionsScored: t.deductionsScored,
      bonus: t.bonus,
      deductions: t.deductions,
      total: t.total,
      selfTotal: tally(scheme, sheet, 'self').total,
      clusterTotal: tally(scheme, sheet, 'cluster').total,
      rank: 0,
      clusterRank: null,
      tie: false,
      clusterTie: false,
      class: band?.id ?? null,
      className: band?.name ?? null,
      award: null,
      awardName: null,
      awards: [],
    };
  });

  const keys = scheme.tieBreak ?? defaultTieBreak;
  for (const [u, r] of rankAll(units, keys)) Object.assign(u, { rank: r.rank, tie: r.tie });
  for (const cluster of new Set(units.map((u) => u.cluster))) {
    if (cluster === null) continue;
    const members = units.filter((u) => u.cluster === cluster);
    for (const [u, r] of rankAll(members, keys)) Object.assign(u, { clusterRank: r.rank, clusterTie: r.tie });
  }
  // Awards follow the result, never a scorer's part of it.
  proposeAwards(units, units.every((u) => u.whole) ? (scheme.awards ?? []) : [], decisions);
  return units.sort(listOrder(keys));
}

/** Each member unit's cluster, id and name (the id where the organisation gives no name). */
export function clustersByUnit(organisation: Organisation | undefined): Map<string, { id: string; name: string }> {
  const clusterOf = new Map<string, { id: string; name: string }>();
  for (const c of organisation?.clusters ?? []) for (const m of c.members) clusterOf.set(m, { id: c.id, name: c.name ?? c.id });
  return clusterOf;
}

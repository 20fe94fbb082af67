import { toPoints } from '../../score/points.js';
import type { ScoreReport } from './context.js';

/** For programs: one object per unit (or per change with --diff), points as plain numbers. */
export function scoreJson(report: ScoreReport): string {
  if (report.kind === 'diff') {
    const rows = report.rows.map((r) => ({
      unit: r.unit,
      name: r.name,
      cluster: r.cluster,
      clusterName: r.clusterName,
      item: r.item,
      code: r.code,
      kind: r.kind,
      // Keyed by the stages' ids: "self" and "final" by default, as before stages were data.
      [report.from.id]: toPoints(r.before),
      [report.to.id]: toPoints(r.after),
      difference: toPoints(r.difference),
      note: r.note,
    }));
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  const units = report.units.map((u) => ({
    unit: u.unit,
    name: u.name,
    cluster: u.cluster,
    clusterName: u.clusterName,
    stage: u.stage,
    sections: Object.fromEntries(u.sections.map((s) => [s.id, s.scored ? toPoints(s.subtotal) : null])),
    bonus: u.bonusScored ? toPoints(u.bonus) : null,
    deductions: u.deductionsScored ? toPoints(u.deductions) : null,
    total: toPoints(u.total),
    selfTotal: toPoints(u.selfTotal),
    rank: u.rank,
    clusterRank: u.clusterRank,
    tie: u.tie,
    clusterTie: u.clusterTie,
    class: u.class,
    className: u.className,
    award: u.award,
    awardName: u.awardName,
    awards: u.awards.map((a) => a.id),
    awardNames: u.awards.map((a) => a.name),
  }));
  return `${JSON.stringify(units, null, 2)}\n`;
}

import type { Hundredths } from '../../score/points.js';
import type { ScoreContext, ScoreReport } from './context.js';

/** A report as a header and rows of text, shared by the table, CSV and Markdown formats. */
export interface Grid {
  head: string[];
  rows: string[][];
  /** Columns holding numbers (right-aligned where the format can). */
  numeric: Set<number>;
  summary: string;
}

/** `points` writes a number of quarters: "87,75" for people, "87.75" for a spreadsheet. */
export function toGrid(report: ScoreReport, { catalogue }: Pick<ScoreContext, 'catalogue'>, points: (q: Hundredths) => string): Grid {
  const c = catalogue.score.columns;
  if (report.kind === 'diff') {
    const label = (r: (typeof report.rows)[number]) =>
      r.kind === 'criterion' ? r.code : r.kind === 'bonus' ? catalogue.score.bonusItem(r.item) : catalogue.score.deductionItem(r.item);
    const signed = (q: Hundredths) => (q > 0 ? `+${points(q)}` : points(q));
    return {
      head: [c.unit, c.cluster, c.criterion, catalogue.score.stageColumn(report.from), catalogue.score.stageColumn(report.to), c.difference, c.note],
      rows: report.rows.map((r) => [r.name, r.clusterName ?? '', label(r), points(r.before), points(r.after), signed(r.difference), r.note ?? '']),
      numeric: new Set([3, 4, 5]),
      summary: catalogue.score.diffSummary(report.rows.length, new Set(report.rows.map((r) => r.unit)).size, report.from, report.to),
    };
  }
  const sections = report.units[0]?.sections.map((s) => s.code) ?? [];
  const rank = (r: number | null, tie: boolean) => (r === null ? '' : tie ? catalogue.score.tied(r) : String(r));
  const rows = report.units.map((u) => [
    rank(u.rank, u.tie),
    u.name,
    u.clusterName ?? u.cluster ?? '',
    ...u.sections.map((s) => (s.scored ? points(s.subtotal) : '')),
    u.bonusScored ? points(u.bonus) : '',
    u.deductionsScored ? points(u.deductions) : '',
    points(u.total),
    rank(u.clusterRank, u.clusterTie),
    u.className ?? '',
    u.awards.map((a) => a.name).join('; '),
  ]);
  const first = 3;
  const numeric = new Set(Array.from({ length: sections.length + 3 }, (_, i) => first + i));
  return {
    head: [c.rank, c.unit, c.cluster, ...sections, c.bonus, c.deductions, c.total, c.clusterRank, c.class, c.award],
    rows,
    numeric,
    summary: catalogue.score.summary(report.units.length, report.units.filter((u) => u.tie).length),
  };
}

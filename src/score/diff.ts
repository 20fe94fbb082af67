import type { ScoringScheme, Sheet } from '../model/scoring-types.js';
import { subtract, toQuarters, zero, type Quarters } from './points.js';
import { leavesOf } from './tally.js';

/** One place where the council's final score differs from the unit's self-score. */
export interface DiffRow {
  unit: string;
  name: string;
  /** The unit's cluster: id and name, or null when it is in none. */
  cluster: string | null;
  clusterName: string | null;
  /** A leaf criterion id, or a bonus or deduction item id. */
  item: string;
  /** "I.2.2" for a criterion; the item id for a bonus or deduction. */
  code: string;
  kind: 'criterion' | 'bonus' | 'deduction';
  self: Quarters;
  final: Quarters;
  /** final - self. */
  difference: Quarters;
  note: string | null;
}

const q = (n: number | undefined): Quarters => (n === undefined ? zero : toQuarters(n));

/** Where self and final differ, per unit (sheet order given) and criterion (scheme order). */
export function diffUnits(
  scheme: ScoringScheme,
  sheets: readonly Sheet[],
  names: ReadonlyMap<string, string>,
  clusters: ReadonlyMap<string, { id: string; name: string }> = new Map(),
): DiffRow[] {
  const leaves = scheme.sections.flatMap((s) => leavesOf(s.criteria).map((leaf) => ({ leaf, code: `${s.code}.${leaf.code}` })));
  const rows: DiffRow[] = [];
  for (const sheet of sheets) {
    const name = names.get(sheet.unit) ?? sheet.unit;
    const cluster = clusters.get(sheet.unit);
    const push = (item: string, code: string, kind: DiffRow['kind'], p: { self?: number; final?: number; note?: string } | undefined) => {
      const self = q(p?.self);
      const final = q(p?.final);
      if (self !== final) rows.push({
          unit: sheet.unit,
          name,
          cluster: cluster?.id ?? null,
          clusterName: cluster?.name ?? null,
          item,
          code,
          kind,
          self,
          final,
          difference: subtract(final, self),
          note: p?.note ?? null,
        });
    };
    for (const { leaf, code } of leaves) push(leaf.id, code, 'criterion', sheet.scores[leaf.id]);
    for (const b of sheet.bonus ?? []) push(b.item, b.item, 'bonus', b);
    for (const d of sheet.deductions ?? []) push(d.item, d.item, 'deduction', d);
  }
  return rows;
}

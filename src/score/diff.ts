import { pointsAt, type ScoringScheme, type Sheet, type Stage } from '../model/scoring-types.js';
import { subtract, toHundredths, type Hundredths } from './points.js';
import { readingOf, type StageReading } from './stages.js';
import { leavesOf } from './tally.js';

/** One place where a later stage's score differs from an earlier one's (the council's from the self-score, by default). */
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
  /** The points of the stage compared from (the self-score, by default) and of the one compared to. */
  before: Hundredths;
  after: Hundredths;
  /** after - before. */
  difference: Hundredths;
  note: string | null;
}

type Points = Parameters<typeof pointsAt>[0];

/**
 * Where two stages differ, per unit (sheet order given) and criterion (scheme order): only what both
 * stages score and both have given points for. A criterion the later stage has not scored yet is
 * not a change to 0 (`plan score` names what is unscored beside the table).
 */
export function diffUnits(
  scheme: ScoringScheme,
  sheets: readonly Sheet[],
  names: ReadonlyMap<string, string>,
  clusters: ReadonlyMap<string, { id: string; name: string }> = new Map(),
  stages: { from: Stage; to: Stage } = { from: 'self', to: 'final' },
): DiffRow[] {
  const from = readingOf(scheme, stages.from);
  const to = readingOf(scheme, stages.to);
  const leaves = scheme.sections.flatMap((s) => leavesOf(s.criteria).map((leaf) => ({ leaf, code: `${s.code}.${leaf.code}` })));
  const rows: DiffRow[] = [];
  for (const sheet of sheets) {
    const name = names.get(sheet.unit) ?? sheet.unit;
    const cluster = clusters.get(sheet.unit);
    const push = (item: string, code: string, kind: DiffRow['kind'], p: (Points & { note?: string; reason?: string }) | undefined, map: (r: StageReading) => ReadonlyMap<string, Stage>) => {
      const a = map(from).get(item);
      const b = map(to).get(item);
      const before = a === undefined ? undefined : pointsAt(p, a);
      const after = b === undefined ? undefined : pointsAt(p, b);
      if (before === undefined || after === undefined || before === after) return;
      rows.push({
        unit: sheet.unit,
        name,
        cluster: cluster?.id ?? null,
        clusterName: cluster?.name ?? null,
        item,
        code,
        kind,
        before: toHundredths(before),
        after: toHundredths(after),
        difference: subtract(toHundredths(after), toHundredths(before)),
        // The reviewer's reason says why; a note did before reasons had their own field.
        note: p?.reason ?? p?.note ?? null,
      });
    };
    for (const { leaf, code } of leaves) push(leaf.id, code, 'criterion', sheet.scores[leaf.id], (r) => r.leaves);
    for (const b of sheet.bonus ?? []) push(b.item, b.item, 'bonus', b, (r) => r.items);
    for (const d of sheet.deductions ?? []) push(d.item, d.item, 'deduction', d, (r) => r.items);
  }
  return rows;
}

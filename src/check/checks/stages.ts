import type { ScoringScheme, Stage } from '../../model/scoring-types.js';
import { coverageOf, partsOf, readingOf, stagesOf } from '../../score/stages.js';
import type { Finding } from '../../diagnostics/diagnostic.js';
import { closest } from '../../text/suggest.js';
import type { SchemeCheck, SheetsFacts } from './context.js';

type Path = (string | number)[];

/** The tie-break keys that read a stage's total, and the stage they read. */
const tieBreakStages: Record<string, Stage> = { selfTotal: 'self', clusterTotal: 'cluster' };

/**
 * The stages a guide names (src/score/stages.ts): ids once each; `scores` naming parts of the
 * guide; `from` naming stages listed before that score for themselves; each criterion and item of a
 * stage put together from others scored by exactly one of them (else it would be 0, or counted from
 * the first, without a word); `official` and the tie-break keys naming stages the guide has.
 */
export const checkSchemeStages: SchemeCheck = (input) => {
  const scheme = input.data;
  const found: Finding[] = [];
  const known = stagesOf(scheme).map((s) => s.id);
  const unknown = (stage: string, path: Path, where: string, among: readonly string[] = known) =>
    found.push({ rule: 'score/unknown-stage', path, args: { stage, stages: [...among], where, suggestion: closest(stage, among) ?? '' } });

  if (scheme.stages) {
    const parts = partsOf(scheme);
    const seen = new Map<string, number>();
    scheme.stages.forEach((stage, i) => {
      const first = seen.get(stage.id);
      if (first !== undefined) found.push({ rule: 'ref/duplicate-id', path: ['stages', i, 'id'], args: { id: stage.id, first: `stages.${first}.id` } });
      else seen.set(stage.id, i);
      (stage.scores ?? []).forEach((id, k) => {
        if (!parts.under.has(id)) found.push({ rule: 'score/unknown-criterion', path: ['stages', i, 'scores', k], args: { id, what: 'part' } });
      });
      if (!stage.from) return;
      // From stages before it that give points of their own: a stage of stages would read nothing.
      const sources = scheme.stages!.slice(0, i).filter((s) => !s.from).map((s) => s.id);
      stage.from.forEach((id, k) => {
        if (!sources.includes(id)) unknown(id, ['stages', i, 'from', k], 'from', sources);
      });
      const by = new Map<string, Stage[]>();
      for (const id of stage.from.filter((f) => sources.includes(f))) {
        const source = scheme.stages!.find((s) => s.id === id)!;
        const covered = coverageOf(parts, source.scores);
        for (const part of [...covered.leaves, ...covered.items]) by.set(part, [...(by.get(part) ?? []), id]);
      }
      const missing = [...parts.leafIds, ...parts.itemIds].filter((id) => !by.has(id));
      const twice = [...by].filter(([, list]) => list.length > 1).map(([id, list]) => `${id} (${list.join(', ')})`);
      if (missing.length > 0 || twice.length > 0) {
        found.push({ rule: 'score/stage-coverage', path: ['stages', i, 'from'], at: 'key', args: { stage: stage.id, missing, twice } });
      }
    });
  }
  if (scheme.official !== undefined && !known.includes(scheme.official)) unknown(scheme.official, ['official'], 'official');
  (scheme.tieBreak ?? []).forEach((key, i) => {
    const stage = tieBreakStages[key];
    if (stage !== undefined && !known.includes(stage)) unknown(stage, ['tieBreak', i], 'tie-break');
  });
  return found;
};

/**
 * The stages a sheet gives points for: each one of the guide's; none for a stage put together from
 * others (its points are theirs); and a stage that scores only some parts gives no points for the
 * others (a Ban scoring outside its field). A stage the guide does not have would be left out of
 * every tally without a word.
 */
export function checkSheetStages(scheme: ScoringScheme, sheet: SheetsFacts['sheets'][number], base: Path): Finding[] {
  const found: Finding[] = [];
  const stages = stagesOf(scheme);
  const known = stages.map((s) => s.id);
  const entries: { points: Record<string, number>; id: string; path: Path; leaf: boolean }[] = [
    ...Object.entries(sheet.scores).map(([id, s]) => ({ points: s.points, id, path: [...base, 'scores', id], leaf: true })),
    ...(['bonus', 'deductions'] as const).flatMap((list) => (sheet[list] ?? []).map((a, j) => ({ points: a.points, id: a.item, path: [...base, list, j], leaf: false }))),
    ...(sheet.totals ? [{ points: sheet.totals, id: '', path: [...base, 'totals'], leaf: false }] : []),
  ];
  for (const entry of entries) {
    for (const stage of Object.keys(entry.points)) {
      const path = [...entry.path, stage];
      const info = stages.find((s) => s.id === stage);
      if (!info) {
        found.push({ rule: 'score/unknown-stage', path, at: 'key', args: { stage, stages: known, where: 'sheet', suggestion: closest(stage, known) ?? '' } });
      } else if (info.from) {
        found.push({ rule: 'score/stage-scope', path, at: 'key', args: { stage, id: entry.id, case: 'assembled', from: [...info.from] } });
      } else if (info.scores && entry.id !== '') {
        const reading = readingOf(scheme, stage);
        const scores = entry.leaf ? reading.leaves.has(entry.id) : reading.items.has(entry.id);
        // An id the guide does not have is reported as such (score/unknown-criterion), not as outside.
        const parts = partsOf(scheme);
        const inGuide = entry.leaf ? parts.leaves.has(entry.id) : parts.items.has(entry.id);
        if (!scores && inGuide) found.push({ rule: 'score/stage-scope', path, at: 'key', args: { stage, id: entry.id, case: 'outside', from: [] } });
      }
    }
  }
  return found;
}

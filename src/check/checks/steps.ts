import type { Criterion, Scoring, ScoringScheme } from '../../model/scoring-types.js';
import { defaultStep, isExactPoints, isOnStep, stepsAround } from '../../score/points.js';
import type { Finding } from '../../diagnostics/diagnostic.js';
import type { SchemeCheck, SheetsFacts } from './context.js';

type Path = (string | number)[];

/** The points of a guide, each with its data path: maxima, caps, steps' points, bands, limits. */
function pointsOfScheme(scheme: ScoringScheme): { path: Path; value: number }[] {
  const found: { path: Path; value: number }[] = [];
  const put = (value: number | undefined, path: Path) => {
    if (value !== undefined) found.push({ path, value });
  };
  const scoring = (s: Scoring | undefined, path: Path) => {
    put(s?.perItem, [...path, 'perItem']);
    s?.steps?.forEach((st, k) => put(st.points, [...path, 'steps', k, 'points']));
  };
  const criteria = (list: readonly Criterion[], path: Path) =>
    list.forEach((c, i) => {
      put(c.max, [...path, i, 'max']);
      scoring(c.scoring, [...path, i, 'scoring']);
      if (c.criteria) criteria(c.criteria, [...path, i, 'criteria']);
    });
  put(scheme.total, ['total']);
  put(scheme.cap, ['cap']);
  put(scheme.nominal, ['nominal']);
  scheme.sections.forEach((s, i) => {
    put(s.max, ['sections', i, 'max']);
    criteria(s.criteria, ['sections', i, 'criteria']);
  });
  put(scheme.bonus?.cap, ['bonus', 'cap']);
  scheme.bonus?.items.forEach((it, i) => {
    put(it.max, ['bonus', 'items', i, 'max']);
    scoring(it.scoring, ['bonus', 'items', i, 'scoring']);
  });
  put(scheme.deductions?.cap, ['deductions', 'cap']);
  scheme.deductions?.items.forEach((it, i) => {
    put(it.max, ['deductions', 'items', i, 'max']);
    put(it.perCase, ['deductions', 'items', i, 'perCase']);
  });
  scheme.classes?.forEach((b, i) => {
    put(b.min, ['classes', i, 'min']);
    put(b.max, ['classes', i, 'max']);
    put(b.conditions?.maxDeductions, ['classes', i, 'conditions', 'maxDeductions']);
  });
  scheme.awards?.forEach((a, i) => put(a.minTotal, ['awards', i, 'minTotal']));
  return found;
}

function offStep(value: number, step: number, path: Path, args: Record<string, string | number>): Finding | undefined {
  // A number finer than hundredths is the schema's to report (schema/multiple-of).
  if (!isExactPoints(value) || isOnStep(value, step)) return undefined;
  const [below, above] = stepsAround(value, step);
  return { rule: 'score/step', path, args: { ...args, value, step, below, above, stated: step === defaultStep ? 'no' : 'yes' } };
}

/**
 * score/step: a guide's points are on its step ("step", a quarter point unless it says 0.1, 0.5...):
 * its maxima, caps, the points of its steps and the bounds of its bands.
 */
export const checkSchemeSteps: SchemeCheck = (input) => {
  const step = input.data.step ?? defaultStep;
  return pointsOfScheme(input.data).flatMap(({ path, value }) => offStep(value, step, path, { what: 'guide', field: String(path.at(-1)) }) ?? []);
};

/** score/step: a sheet's points, at every stage, are on its guide's step. */
export function sheetStepFindings(step: number, sheet: SheetsFacts['sheets'][number], base: Path): Finding[] {
  const found: Finding[] = [];
  const each = (points: Record<string, number>, path: Path, id: string) => {
    for (const [stage, value] of Object.entries(points)) {
      const finding = offStep(value, step, [...path, stage], { what: 'score', id, stage });
      if (finding) found.push(finding);
    }
  };
  for (const [id, score] of Object.entries(sheet.scores)) each(score.points, [...base, 'scores', id], id);
  for (const list of ['bonus', 'deductions'] as const) (sheet[list] ?? []).forEach((a, j) => each(a.points, [...base, list, j], a.item));
  if (sheet.totals) each(sheet.totals, [...base, 'totals'], 'totals');
  return found;
}

import type { ScoringScheme, Sheet, Stage, TieBreakKey } from '../../model/scoring-types.js';
import { defaultStep, isExactPoints, sumPoints, toPoints, toHundredths } from '../../score/points.js';
import { tally } from '../../score/tally.js';
import { isComplete, stageGaps } from '../../score/completeness.js';
import { pointsFor, type MethodFacts } from '../../score/method.js';
import { officialStage, readingOf, stagesOf } from '../../score/stages.js';
import type { Criterion } from '../../model/scoring-types.js';
import { dirname, relative } from 'node:path';
import type { Finding } from '../../diagnostics/diagnostic.js';
import type { CriterionFacts, Place, RepoCheck, RepoFinding, SchemeCheck, SchemeFacts, ScoringLoaded, SheetsFacts, StageFacts } from './context.js';
import { checkSheetStages } from './stages.js';
import { sheetStepFindings } from './steps.js';

type Path = (string | number)[];

/** The sum of maxima, as points; undefined when one is not a multiple of 0.25 (the schema says so). */
function sumOf(maxima: readonly number[]): number | undefined {
  return maxima.every(isExactPoints) ? toPoints(sumPoints(maxima)) : undefined;
}

/**
 * score/scheme-sum: in a scheme, a criterion's sub-criteria add up to its maximum, a section's
 * criteria to the section's, and the sections plus the bonus cap to the total.
 */
export const checkSchemeSums: SchemeCheck = (input) => {
  const found: Finding[] = [];
  const scheme = input.data;
  // A capped group's items may add up to more than its maximum, never to less (it could not be reached).
  const check = (max: number, children: readonly { max: number }[], path: Path, capped: boolean | undefined) => {
    const expected = sumOf(children.map((c) => c.max));
    if (expected === undefined || !isExactPoints(max)) return;
    const off = capped ? toHundredths(expected) < toHundredths(max) : toHundredths(expected) !== toHundredths(max);
    if (off) {
      found.push({
        rule: 'score/scheme-sum',
        path: [...path, 'max'],
        args: { expected, found: max, what: path.length <= 2 ? 'section' : 'criterion', ...(capped ? { capped: 'yes' } : {}) },
      });
    }
  };
  const walk = (criteria: readonly Criterion[], path: Path) => {
    criteria.forEach((c, i) => {
      if (!c.criteria) return;
      check(c.max, c.criteria, [...path, i], c.capped);
      walk(c.criteria, [...path, i, 'criteria']);
    });
  };
  scheme.sections.forEach((s, i) => {
    check(s.max, s.criteria, ['sections', i], s.capped);
    walk(s.criteria, ['sections', i, 'criteria']);
  });
  // An award that excludes another names one of the scheme's (else it would exclude nothing, silently).
  const awardIds = new Set((scheme.awards ?? []).map((a) => a.id));
  (scheme.awards ?? []).forEach((award, i) => {
    (award.excludes ?? []).forEach((id, k) => {
      if (!awardIds.has(id)) found.push({ rule: 'score/unknown-criterion', path: ['awards', i, 'excludes', k], args: { id, what: 'award' } });
    });
  });
  // The total: sections plus the bonus cap, within the scheme's cap when it has one (95 + 10, at most 100).
  const sum = sumOf([...scheme.sections.map((s) => s.max), scheme.bonus?.cap ?? 0]);
  const expected = sum !== undefined && scheme.cap !== undefined && isExactPoints(scheme.cap) ? Math.min(sum, scheme.cap) : sum;
  if (expected !== undefined && isExactPoints(scheme.total) && toHundredths(expected) !== toHundredths(scheme.total)) {
    found.push({ rule: 'score/scheme-sum', path: ['total'], args: { expected, found: scheme.total, what: 'total' } });
  }
  return found;
};

/** A scheme as src/score takes it, rebuilt from its facts (the words are not needed to sum). */
function schemeOf(facts: SchemeFacts): ScoringScheme {
  return {
    kind: 'huong-dan-cham-diem',
    body: facts.body,
    year: facts.year,
    source: { kind: '', title: '' },
    total: 0,
    sections: facts.sections.map((s) => ({ id: s.id, code: s.code, title: '', max: s.max, ...(s.capped ? { capped: true } : {}), criteria: s.groups.map(criterionOf) })),
    ...(facts.cap !== undefined ? { cap: facts.cap } : {}),
    ...(facts.bonus ? { bonus: { cap: facts.bonus.cap, items: facts.bonus.items.map((i) => ({ ...i, title: '' })) } } : {}),
    ...(facts.deductions ? { deductions: { ...facts.deductions, items: facts.deductions.items.map((i) => ({ ...i, title: '' })) } } : {}),
    ...(facts.stages ? { stages: facts.stages.map((st) => ({ ...st, name: '' })) } : {}),
    ...(facts.official !== undefined ? { official: facts.official } : {}),
    classes: [],
  };
}

/** The schemes rebuilt from facts, once each: a stage's reading is kept per scheme object. */
const rebuilt = new WeakMap<SchemeFacts, ScoringScheme>();
function schemeFor(facts: SchemeFacts): ScoringScheme {
  let scheme = rebuilt.get(facts);
  if (!scheme) rebuilt.set(facts, (scheme = schemeOf(facts)));
  return scheme;
}

type SheetFacts = SheetsFacts['sheets'][number];

/** A sheet as src/score takes it, from its facts. */
const sheetOf = (sheet: SheetFacts): Sheet => ({
  unit: sheet.unit,
  scores: Object.fromEntries(Object.entries(sheet.scores).map(([id, s]) => [id, s.points])),
  ...(sheet.bonus ? { bonus: sheet.bonus.map((b) => ({ item: b.item, ...b.points })) } : {}),
  ...(sheet.deductions ? { deductions: sheet.deductions.map((d) => ({ item: d.item, ...d.points })) } : {}),
});

const criterionOf = (c: CriterionFacts): Criterion => ({
  id: c.id,
  code: '',
  title: '',
  max: c.max,
  ...(c.capped ? { capped: true } : {}),
  ...(c.criteria ? { criteria: c.criteria.map(criterionOf) } : {}),
});

/** The stages a score gives points for: the guide's in its order, then any it does not have. */
function stagesIn(p: StageFacts, order: readonly Stage[]): Stage[] {
  const given = Object.keys(p);
  return [...order.filter((s) => p[s] !== undefined), ...given.filter((s) => !order.includes(s))];
}

/**
 * The score sheets against their scheme and organisation: scores within 0 and their maximum, every
 * leaf criterion scored, no unknown criterion or unit, the bonus within its cap, stated totals
 * equal to the exact sum (src/score), and a scheme to score by.
 */
export const checkScoreSheets: RepoCheck = (repo) => {
  const found: RepoFinding[] = [];
  const schemes = repo.scoring.filter((l): l is Extract<ScoringLoaded, { kind: 'huong-dan-cham-diem' }> => l.kind === 'huong-dan-cham-diem');
  for (const loaded of repo.scoring) {
    if (loaded.kind !== 'cham-diem' || !repo.checked.has(loaded.file.absolute)) continue;
    const at = (finding: Finding) => found.push({ absolute: loaded.file.absolute, finding });
    const facts: SheetsFacts = loaded.data;
    const matching = schemes.filter((s) => s.data.body === facts.scheme.body && s.data.year === facts.scheme.year);
    const scheme = matching.find((s) => s.file.yearPath === loaded.file.yearPath) ?? matching[0];
    const organisation = repo.organisationFor(facts.body, loaded.file);
    const units = organisation ? new Set((organisation.data.units ?? []).map((u) => u.id)) : undefined;
    // A scheme there that fails its schema is not missing: its errors are reported, the sheets wait for it.
    if (!scheme && !repo.brokenNear('huong-dan-cham-diem', loaded.file, 'year')) {
      at({ rule: 'score/no-scheme', path: ['scheme'], args: { body: facts.scheme.body, year: facts.scheme.year } });
    }
    // A decision names units of the organisation and an award of the scheme; else it would change nothing, silently.
    (facts.decisions ?? []).forEach((d, i) => {
      d.units.forEach((unit, k) => {
        if (units && !units.has(unit)) at({ rule: 'score/unknown-unit', path: ['decisions', i, 'units', k], args: { id: unit, body: facts.body, year: facts.year } });
      });
      if (scheme && !(scheme.data.awards ?? []).some((a) => a.id === d.award)) {
        at({ rule: 'score/unknown-criterion', path: ['decisions', i, 'award'], args: { id: d.award, what: 'award' } });
      }
    });
    const order = scheme ? stagesOf(scheme.data).map((st) => st.id) : ['self', 'cluster', 'final'];
    const stageFindings: Finding[] = [];
    facts.sheets.forEach((sheet, i) => {
      const base: Path = ['sheets', i];
      if (units && !units.has(sheet.unit)) at({ rule: 'score/unknown-unit', path: [...base, 'unit'], args: { id: sheet.unit, body: facts.body, year: facts.year } });
      // A score the cluster or the council changed says why (its reason, or a note as before).
      const unreasoned = (entry: { points: StageFacts; reasoned?: true }, path: Path, id: string) => {
        const { points } = entry;
        const given = stagesIn(points, order);
        if (entry.reasoned || new Set(given.map((st) => points[st])).size <= 1) return;
        at({ rule: 'score/no-reason', path: [...path, given.at(-1)!], args: { unit: sheet.unit, id, stages: given.map((st) => `${st} ${points[st]}`).join(', ') } });
      };
      for (const [id, score] of Object.entries(sheet.scores)) unreasoned(score, [...base, 'scores', id], id);
      for (const list of ['bonus', 'deductions'] as const) (sheet[list] ?? []).forEach((entry, j) => unreasoned(entry, [...base, list, j], entry.item));
      if (!scheme) return;
      const s = scheme.data;
      stageFindings.push(...checkSheetStages(schemeFor(s), sheet, base));
      sheetStepFindings(s.step ?? defaultStep, sheet, base).forEach(at);
      const leaves = new Map(s.sections.flatMap((sec) => sec.leaves.map((l) => [l.id, l.max] as const)));
      const methods = new Map(s.sections.flatMap((sec) => sec.leaves.flatMap((l) => (l.method ? [[l.id, l.method] as const] : []))));
      const rangeCheck = (points: StageFacts, max: number, path: Path, id: string) => {
        for (const stage of stagesIn(points, order)) {
          const value = points[stage]!;
          if (value < 0 || value > max) at({ rule: 'score/above-max', path: [...path, stage], args: { id, stage, value, max } });
        }
      };
      const decisive = officialStage(s);
      for (const [id, score] of Object.entries(sheet.scores)) {
        const max = leaves.get(id);
        if (max === undefined) at({ rule: 'score/unknown-criterion', path: [...base, 'scores', id], at: 'key', args: { id } });
        else {
          rangeCheck(score.points, max, [...base, 'scores', id], id);
          const method = methods.get(id);
          if (method) methodCheck(method, score, max, [...base, 'scores', id], id, order, decisive).forEach(at);
        }
      }
      const missing = [...leaves.keys()].filter((id) => !(id in sheet.scores));
      if (missing.length > 0) at({ rule: 'score/missing-criterion', path: [...base, 'scores'], at: 'key', args: { unit: sheet.unit, ids: missing } });
      for (const [list, items] of [['bonus', s.bonus?.items ?? []], ['deductions', s.deductions?.items ?? []]] as const) {
        const maxOf = new Map(items.map((it) => [it.id, it.max]));
        (sheet[list] ?? []).forEach((entry, j) => {
          const max = maxOf.get(entry.item);
          if (max === undefined) at({ rule: 'score/unknown-criterion', path: [...base, list, j, 'item'], args: { id: entry.item } });
          else rangeCheck(entry.points, max, [...base, list, j], entry.item);
        });
      }
      const cap = s.bonus?.cap ?? 0;
      for (const stage of order) {
        const given = (sheet.bonus ?? []).map((b) => b.points[stage]).filter((p): p is number => p !== undefined && isExactPoints(p));
        if (given.length === 0) continue;
        const sum = sumPoints(given);
        if (sum > toHundredths(cap)) at({ rule: 'score/bonus-cap', path: [...base, 'bonus'], at: 'key', args: { stage, found: toPoints(sum), cap } });
      }
      if (sheet.totals) {
        const data = sheetOf(sheet);
        // A total of a stage the guide does not have is reported as such (checkSheetStages), not summed.
        for (const stage of stagesIn(sheet.totals, order).filter((st) => order.includes(st))) {
          const stated = sheet.totals[stage]!;
          let sum: number;
          try {
            sum = toPoints(tally(schemeFor(s), data, stage).total);
          } catch {
            continue; // a point that is no quarter: the schema reports it
          }
          if (!isExactPoints(stated) || toHundredths(stated) !== toHundredths(sum)) {
            at({ rule: 'score/stated-total', path: [...base, 'totals', stage], args: { unit: sheet.unit, stage, found: stated, expected: sum } });
          }
        }
      }
    });
    onceEach(stageFindings).forEach(at);
  }
  found.push(...completeness(repo));
  return found;
};

/**
 * A stage the guide does not have is usually written on every score of a file (the default stages,
 * after the guide named its own): said once per stage and case, at its first place, with how many more.
 */
function onceEach(findings: readonly Finding[]): Finding[] {
  const first = new Map<string, { finding: Finding; more: number }>();
  for (const finding of findings) {
    const key = [finding.rule, finding.args.stage, finding.args.case ?? ''].join('\u0000');
    const seen = first.get(key);
    if (seen) seen.more++;
    else first.set(key, { finding, more: 0 });
  }
  return [...first.values()].map(({ finding, more }) => ({ ...finding, args: { ...finding.args, more } }));
}

type SheetsLoaded = Extract<ScoringLoaded, { kind: 'cham-diem' }>;

/**
 * score/duplicate-sheet and score/missing-sheet: across the files of sheets of one body, year and
 * scheme (one list, or one file per unit), every unit of the organisation has exactly one sheet.
 * A second sheet would be counted and awarded twice; a unit without one would be left out of the
 * ranking without a word. A body with no sheets at all has not started scoring: nothing is missing.
 */
function completeness(repo: Parameters<RepoCheck>[0]): RepoFinding[] {
  const found: RepoFinding[] = [];
  const groups = new Map<string, SheetsLoaded[]>();
  for (const loaded of repo.scoring) {
    if (loaded.kind !== 'cham-diem') continue;
    const { body, year, scheme } = loaded.data;
    const key = [loaded.file.yearPath ?? '', body, year, scheme.body, scheme.year].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), loaded]);
  }
  for (const files of groups.values()) {
    files.sort((a, b) => (a.file.absolute < b.file.absolute ? -1 : a.file.absolute > b.file.absolute ? 1 : 0));
    const first = new Map<string, { file: SheetsLoaded; index: number }>();
    const reportedFirst = new Set<{ file: SheetsLoaded; index: number }>();
    for (const loaded of files) {
      loaded.data.sheets.forEach((sheet, index) => {
        const earlier = first.get(sheet.unit);
        if (!earlier) {
          first.set(sheet.unit, { file: loaded, index });
          return;
        }
        const sameFile = earlier.file === loaded;
        const other = sameFile ? '' : shownFrom(loaded.file, earlier.file.file.absolute);
        if (repo.checked.has(loaded.file.absolute)) {
          found.push({
            absolute: loaded.file.absolute,
            finding: { rule: 'score/duplicate-sheet', path: ['sheets', index, 'unit'], args: { unit: sheet.unit, first: earlier.index + 1, other } },
          });
        }
        // In two files, neither is "the second" (file names sort as they may): both are shown.
        const firstFile = earlier.file.file;
        if (!sameFile && repo.checked.has(firstFile.absolute) && !reportedFirst.has(earlier)) {
          reportedFirst.add(earlier);
          found.push({
            absolute: firstFile.absolute,
            finding: { rule: 'score/duplicate-sheet', path: ['sheets', earlier.index, 'unit'], args: { unit: sheet.unit, first: earlier.index + 1, other: shownFrom(firstFile, loaded.file.absolute) } },
          });
        }
      });
    }
    const head = files[0]!;
    if (!repo.checked.has(head.file.absolute)) continue;
    const organisation = repo.organisationFor(head.data.body, head.file);
    const units = organisation?.data.units ?? [];
    const missing = units.map((u) => u.id).filter((id) => !first.has(id));
    if (missing.length > 0) {
      found.push({
        absolute: head.file.absolute,
        finding: { rule: 'score/missing-sheet', path: ['sheets'], at: 'key', args: { body: head.data.body, year: head.data.year, ids: missing, count: units.length } },
      });
    }
  }
  return found;
}

/** Another file as the message names it: from the folder that holds the year folders (2024/dinh-quan/cham-diem.yaml). */
function shownFrom(place: Place, absolute: string): string {
  const base = place.yearPath ? dirname(place.yearPath) : dirname(place.absolute);
  return relative(base, absolute).split('\\').join('/');
}

/**
 * score/unscored: a scoring report (bao-cao, type cham-diem) prints one stage's scores; while a unit
 * of the organisation has no sheet, or a sheet gives no points at that stage for some criteria
 * (counted as 0), the report is not the result to sign: it says which, and render waits for --draft.
 */
export const checkScoringReports: RepoCheck = (repo) => {
  const found: RepoFinding[] = [];
  for (const loaded of repo.scoring) {
    if (loaded.kind !== 'bao-cao' || loaded.data.type !== 'cham-diem' || !repo.checked.has(loaded.file.absolute)) continue;
    const { body, year } = loaded.data;
    const scheme = repo.scoring.find(
      (l): l is Extract<ScoringLoaded, { kind: 'huong-dan-cham-diem' }> => l.kind === 'huong-dan-cham-diem' && l.data.body === body && l.data.year === year,
    );
    if (!scheme) continue; // the report's render says there is no scheme
    // A file of sheets there that fails its schema is not a unit without a sheet: its errors are reported.
    if (repo.brokenNear('cham-diem', loaded.file, 'year')) continue;
    const stage = loaded.data.stage ?? officialStage(scheme.data);
    const known = stagesOf(scheme.data).map((st) => st.id);
    if (!known.includes(stage)) {
      found.push({ absolute: loaded.file.absolute, finding: { rule: 'score/unknown-stage', path: ['stage'], args: { stage, stages: known, where: 'report' } } });
      continue;
    }
    const reading = readingOf(schemeFor(scheme.data), stage);
    // The report classifies and proposes awards: of a result, not of one scorer's part of it.
    if (!reading.whole) {
      const whole = known.filter((id) => readingOf(schemeFor(scheme.data), id).whole);
      found.push({ absolute: loaded.file.absolute, finding: { rule: 'score/stage-scope', path: ['stage'], args: { stage, id: '', case: 'report', from: whole } } });
      continue;
    }
    const sheets = repo.scoring
      .filter((l): l is SheetsLoaded => l.kind === 'cham-diem' && l.data.scheme.body === body && l.data.scheme.year === year)
      .flatMap((l) => l.data.sheets.map(sheetOf));
    const units = (repo.organisationFor(body, loaded.file)?.data.units ?? []).map((u) => u.id);
    const gaps = stageGaps(reading, sheets, units);
    if (isComplete(gaps)) continue;
    found.push({
      absolute: loaded.file.absolute,
      finding: {
        rule: 'score/unscored',
        path: loaded.data.stage ? ['stage'] : ['type'],
        args: {
          stage,
          units: units.length,
          noSheet: gaps.noSheet,
          // Args are flat: the units of the partial sheets, and for each the criteria it lacks, joined.
          partialUnits: gaps.partial.map((p) => p.unit),
          partialCriteria: gaps.partial.map((p) => p.criteria.join(', ')),
          scored: gaps.scored ? 'yes' : 'no',
        },
      },
    });
  }
  return found;
};

/**
 * score/method and score/achieved: points a criterion's way of scoring can give (yes-no: 0 or the
 * maximum; percent and graded with steps: a step or 0; per-item: whole items), and, where the
 * sheet records what was achieved, the points of its decisive stage (final, else the last given)
 * as the steps or items give them.
 */
function methodCheck(
  method: MethodFacts,
  score: { points: StageFacts; achieved?: number },
  max: number,
  path: Path,
  id: string,
  order: readonly Stage[],
  official: Stage,
): Finding[] {
  const found: Finding[] = [];
  const allowed = method.allowed;
  const points = score.points;
  for (const stage of stagesIn(points, order)) {
    const value = points[stage]!;
    if (allowed && value >= 0 && value <= max && !allowed.includes(value)) {
      found.push({ rule: 'score/method', path: [...path, stage], args: { id, stage, value, method: method.method, allowed: allowed.map(String) } });
    }
  }
  if (score.achieved !== undefined) {
    const expected = pointsFor(method, score.achieved, max);
    const decisive = points[official] !== undefined ? official : stagesIn(points, order).filter((st) => order.includes(st)).at(-1);
    if (expected !== undefined && decisive !== undefined && points[decisive] !== expected) {
      found.push({ rule: 'score/achieved', path: [...path, decisive], args: { id, stage: decisive, value: points[decisive]!, achieved: score.achieved, expected } });
    }
  }
  return found;
}

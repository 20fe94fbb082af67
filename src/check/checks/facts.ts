import type { Organisation, Plan } from '../../model/types.js';
import { notStageKeys, type Criterion, type ScoreSheets, type ScoringScheme, type StagePoints } from '../../model/scoring-types.js';
import { leavesOf } from '../../score/tally.js';
import { methodFacts } from '../../score/method.js';
import type { Report } from '../../model/report-types.js';
import type { CriterionFacts, Facts, OrganisationFacts, PlanFacts, ReportFacts, SchemeFacts, SheetsFacts, StageFacts } from './context.js';
import { tasksOf } from '../../repo/tasks.js';

const ids = (list: readonly { id: string }[] | undefined) => list?.map(({ id }) => ({ id }));

/**
 * The facts the checks across files need, taken from a file's data: ids, links, numbers and
 * dates, never the texts, so that a province's thousands of files fit in memory and in the cache.
 */
export function factsOf(kind: 'to-chuc' | 'ke-hoach', data: Organisation | Plan): Facts {
  if (kind === 'to-chuc') {
    const org = data as Organisation;
    const facts: OrganisationFacts = {
      kind: 'to-chuc',
      id: org.id,
      issuer: { symbol: org.issuer.symbol },
      ...(org.parent?.id ? { parent: { id: org.parent.id } } : {}),
      ...(org.departments ? { departments: ids(org.departments)! } : {}),
      ...(org.units ? { units: ids(org.units)! } : {}),
      ...(org.clusters ? { clusters: org.clusters.map(({ id, leader, deputy, members }) => ({ id, members, ...(leader ? { leader } : {}), ...(deputy ? { deputy } : {}) })) } : {}),
      ...(org.memberOf ? { memberOf: ids(org.memberOf)! } : {}),
      ...(org.people ? { people: org.people.map(({ id, position }) => ({ id, position })) } : {}),
    };
    return facts;
  }
  const plan = data as Plan;
  const facts: PlanFacts = {
    kind: 'ke-hoach',
    body: plan.body,
    year: plan.year,
    number: plan.number,
    symbol: plan.symbol,
    date: plan.date,
    signer: plan.signer,
    bases: (plan.bases ?? []).map(({ kind, number, symbol, date }) => ({
      kind,
      ...(number !== undefined ? { number } : {}),
      ...(symbol !== undefined ? { symbol } : {}),
      ...(date !== undefined ? { date } : {}),
    })),
    tasks: tasksOf(plan)
      .filter(({ task }) => task.lead || task.with || task.evidence)
      .map(({ task, path }) => ({
        path,
        ...(task.lead ? { lead: task.lead } : {}),
        ...(task.with ? { with: task.with } : {}),
        ...(task.evidence ? { evidence: task.evidence } : {}),
        ...(task.done ? { done: task.done } : {}),
      })),
  };
  return facts;
}

/** The points by stage of a score, an adjustment or stated totals: every key that is not a note or the like. */
const stagesOf = (p: StagePoints | undefined): StageFacts => {
  const points: StageFacts = {};
  for (const [key, value] of Object.entries(p ?? {})) if (typeof value === 'number' && !notStageKeys.includes(key)) points[key] = value;
  return points;
};

/** The facts the checks of scores need of a scheme: its leaf criteria, items and maxima. */
export function schemeFactsOf(scheme: ScoringScheme): SchemeFacts {
  const items = (list: readonly { id: string; max: number }[]) => list.map(({ id, max }) => ({ id, max }));
  return {
    kind: 'huong-dan-cham-diem',
    body: scheme.body,
    year: scheme.year,
    sections: scheme.sections.map((s) => ({
      id: s.id,
      code: s.code,
      max: s.max,
      ...(s.capped ? { capped: true } : {}),
      leaves: leavesOf(s.criteria).map(({ id, max, scoring }) => ({ id, max, ...(scoring ? { method: methodFacts(scoring, max) } : {}) })),
      groups: s.criteria.map(criterionFacts),
    })),
    ...(scheme.cap !== undefined ? { cap: scheme.cap } : {}),
    ...(scheme.bonus ? { bonus: { cap: scheme.bonus.cap, items: items(scheme.bonus.items) } } : {}),
    ...(scheme.deductions
      ? { deductions: { ...(scheme.deductions.cap !== undefined ? { cap: scheme.deductions.cap } : {}), items: items(scheme.deductions.items) } }
      : {}),
    ...(scheme.awards ? { awards: scheme.awards.map(({ id, limits }) => ({ id, ...(limits ? { limits } : {}) })) } : {}),
    ...(scheme.stages ? { stages: scheme.stages.map(({ id, scores, from }) => ({ id, ...(scores ? { scores: [...scores] } : {}), ...(from ? { from: [...from] } : {}) })) } : {}),
    ...(scheme.official !== undefined ? { official: scheme.official } : {}),
    ...(scheme.step !== undefined ? { step: scheme.step } : {}),
    ...(scheme.tieBreak ? { tieBreak: [...scheme.tieBreak] } : {}),
  };
}

/** The facts the checks of scores need of score sheets: per unit, the points and stated totals. */
export function sheetsFactsOf(file: ScoreSheets): SheetsFacts {
  return {
    kind: 'cham-diem',
    body: file.body,
    year: file.year,
    scheme: { body: file.scheme.body, year: file.scheme.year },
    sheets: file.sheets.map((sheet) => ({
      unit: sheet.unit,
      scores: Object.fromEntries(
        Object.entries(sheet.scores ?? {}).map(([id, score]) => [
          id,
          { points: stagesOf(score), ...(score.achieved !== undefined ? { achieved: score.achieved } : {}), ...reasoned(score) },
        ]),
      ),
      ...(sheet.bonus ? { bonus: sheet.bonus.map((b) => ({ item: b.item, points: stagesOf(b), ...reasoned(b) })) } : {}),
      ...(sheet.deductions ? { deductions: sheet.deductions.map((d) => ({ item: d.item, points: stagesOf(d), ...reasoned(d) })) } : {}),
      ...(sheet.totals ? { totals: stagesOf(sheet.totals) } : {}),
    })),
    ...(file.decisions ? { decisions: file.decisions.map((d) => ({ award: d.award, units: [...d.units] })) } : {}),
  };
}

/** The facts the checks of scores need of a report: its type, body, year and the stage it prints. */
export function reportFactsOf(report: Report): ReportFacts {
  return { kind: 'bao-cao', type: report.type, body: report.body, year: report.year, ...(report.stage ? { stage: report.stage } : {}) };
}

function criterionFacts(c: Criterion): CriterionFacts {
  return { id: c.id, max: c.max, ...(c.capped ? { capped: true } : {}), ...(c.criteria ? { criteria: c.criteria.map(criterionFacts) } : {}) };
}

const reasoned = (p: { note?: string; reason?: string }): { reasoned?: true } => (p.reason !== undefined || p.note !== undefined ? { reasoned: true } : {});

// The shipped scoring example (plans/2024/dinh-quan/huong-dan-cham-diem.yaml and cham-diem.yaml):
// valid against its schemas, and consistent, recomputed here from the YAML on its own (integer
// quarters, no code of src/score), so a later `plan score` can be tested against it.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scoreSheetsSchema, scoringSchemeSchema } from '../../src/model/schemas/scoring.js';
import type { Criterion, ScoreSheets, ScoringScheme, Stage } from '../../src/model/scoring-types.js';
import type { Organisation } from '../../src/model/types.js';

const folder = '../../plans/2024/dinh-quan/';
const text = (file: string) => readFileSync(new URL(folder + file, import.meta.url), 'utf8');
const schemeText = text('huong-dan-cham-diem.yaml');
const sheetsText = text('cham-diem.yaml');
const scheme = parse(schemeText) as ScoringScheme;
const sheets = parse(sheetsText) as ScoreSheets;
const org = parse(text('to-chuc.yaml')) as Organisation;
const stages: Stage[] = ['self', 'cluster', 'final'];

/** Points as whole quarters; fails the test on anything else. */
const q = (given: unknown): number => {
  const points = given as number;
  expect(typeof points).toBe('number');
  const quarters = points! * 4;
  expect(Number.isInteger(quarters), `${points} is not a multiple of 0.25`).toBe(true);
  return quarters;
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const leaves: Criterion[] = [];
const allCriteria: Criterion[] = [];
const walk = (list: Criterion[]) =>
  list.forEach((c) => {
    allCriteria.push(c);
    if (c.criteria) walk(c.criteria);
    else leaves.push(c);
  });
scheme.sections.forEach((s) => walk(s.criteria));
const leafById = new Map(leaves.map((c) => [c.id, c]));

describe('the files', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });

  it.each([
    ['huong-dan-cham-diem.yaml', scoringSchemeSchema, scheme],
    ['cham-diem.yaml', scoreSheetsSchema, sheets],
  ] as const)('%s validates against the JSON Schema of its kind', (_file, schema, data) => {
    const validate = ajv.compile(schema);
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
  });

  // The guide's step (a quarter here) is plan check's (score/step): the schema holds hundredths at the finest.
  it('the schema enforces hundredths at the finest, points not negative, and at least one stage', () => {
    const validate = ajv.compile(scoreSheetsSchema);
    const sheet = (score: unknown) => ({ ...sheets, sheets: [{ unit: 'gia-canh', scores: { 'i-1-1': score } }] });
    expect(validate(sheet({ self: 2.75 }))).toBe(true);
    expect(validate(sheet({ self: 2.7 }))).toBe(true);
    expect(validate(sheet({ self: 2.705 }))).toBe(false);
    expect(validate(sheet({ 'ban-to-chuc': 2.5 }))).toBe(true);
    expect(validate(sheet({ 'ban-to-chuc': 'hai' }))).toBe(false);
    expect(validate(sheet({ final: -0.25 }))).toBe(false);
    expect(validate(sheet({ note: 'Chỉ có ghi chú.' }))).toBe(false);
  });

  it('are marked as invented example data, and point the editor at their schema', () => {
    for (const [kind, body] of [['huong-dan-cham-diem', schemeText], ['cham-diem', sheetsText]] as const) {
      expect(body.split('\n')[0]).toBe(`# yaml-language-server: $schema=../../../schemas/${kind}.schema.json`);
      expect(body).toMatch(/^# VÍ DỤ/m);
    }
    expect(scheme.source.note).toMatch(/VÍ DỤ/);
  });

  it('are of the same body and year as the organisation, and the sheets name the scheme', () => {
    expect([scheme.body, scheme.year]).toEqual([org.id, 2024]);
    expect([sheets.body, sheets.year]).toEqual([org.id, 2024]);
    expect(sheets.scheme).toEqual({ body: scheme.body, year: scheme.year });
  });
});

describe('the scheme', () => {
  it('has five sections, nested criteria and unique ids', () => {
    expect(scheme.sections).toHaveLength(5);
    expect(allCriteria.some((c) => c.criteria?.some((d) => d.criteria || d.code.includes('.')))).toBe(true);
    const ids = [...scheme.sections.map((s) => s.id), ...allCriteria.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const items = [...(scheme.bonus?.items ?? []), ...(scheme.deductions?.items ?? [])].map((i) => i.id);
    expect(new Set(items).size).toBe(items.length);
  });

  it('has maxima that add up: criteria to their parent, sections to the total with the bonus cap', () => {
    const bad: string[] = [];
    const check = (id: string, max: number, children: Criterion[] | undefined) => {
      if (children && q(max) !== sum(children.map((c) => q(c.max)))) bad.push(id);
      children?.forEach((c) => check(c.id, c.max, c.criteria));
    };
    scheme.sections.forEach((s) => check(s.id, s.max, s.criteria));
    expect(bad).toEqual([]);
    const base = sum(scheme.sections.map((s) => q(s.max)));
    expect(base / 4).toBe(95);
    expect(base + q(scheme.bonus!.cap)).toBe(q(scheme.total));
    expect(scheme.total).toBe(100);
  });

  it('gives scoring steps within the criterion maximum, from the highest down', () => {
    for (const c of [...leaves, ...scheme.bonus!.items]) {
      const steps = c.scoring?.steps ?? [];
      for (const step of steps) expect(q(step.points)).toBeLessThanOrEqual(q(c.max));
      expect(steps.map((s) => s.from)).toEqual([...steps.map((s) => s.from)].sort((a, b) => b - a));
      if (c.scoring?.perItem !== undefined) expect(q(c.scoring.perItem)).toBeLessThanOrEqual(q(c.max));
    }
  });

  it('has bands from the highest down, one with an extra condition, and awards that name them', () => {
    const mins = scheme.classes!.map((b) => b.min);
    expect(mins).toEqual([...mins].sort((a, b) => b - a));
    expect(scheme.classes!.at(-1)!.min).toBe(0);
    expect(scheme.classes!.some((b) => b.conditions?.noCriterionBelowHalf || b.conditions?.minShareOfEachSection)).toBe(true);
    const bands = new Set(scheme.classes!.map((b) => b.id));
    for (const award of scheme.awards ?? []) for (const id of award.classes ?? []) expect(bands).toContain(id);
    expect(scheme.awards?.find((a) => a.name === 'Cờ thi đua')?.limits?.perCluster).toBe(1);
  });
});

describe('the sheets', () => {
  const units = (org.units ?? []).map((u) => u.id);

  it('one for each of the 14 units of to-chuc.yaml, and no other', () => {
    expect(units).toHaveLength(14);
    expect(sheets.sheets.map((s) => s.unit).sort()).toEqual([...units].sort());
  });

  it('cover every leaf criterion at every stage, and nothing else', () => {
    const bad: string[] = [];
    for (const sheet of sheets.sheets) {
      for (const leaf of leaves) {
        for (const stage of stages) if (sheet.scores[leaf.id]?.[stage] === undefined) bad.push(`${sheet.unit} ${leaf.id} ${stage}`);
      }
      for (const id of Object.keys(sheet.scores)) if (!leafById.has(id)) bad.push(`${sheet.unit} ${id}: not a leaf criterion`);
    }
    expect(bad).toEqual([]);
  });

  it('never score above a criterion maximum, and note where the stages differ', () => {
    const bad: string[] = [];
    for (const sheet of sheets.sheets) {
      for (const [id, score] of Object.entries(sheet.scores)) {
        const max = q(leafById.get(id)!.max);
        for (const stage of stages) {
          const given = q(score[stage]);
          if (given < 0 || given > max) bad.push(`${sheet.unit} ${id} ${stage}: ${score[stage]}`);
        }
        if (new Set(stages.map((s) => score[s])).size > 1 && !score.note) bad.push(`${sheet.unit} ${id}: no note`);
      }
    }
    expect(bad).toEqual([]);
    const differing = sheets.sheets.flatMap((s) => Object.values(s.scores)).filter((sc) => sc.self !== sc.final);
    expect(differing.length).toBeGreaterThan(10);
  });

  it('give bonus and deductions of the scheme, within each item and the caps', () => {
    const items = (list: { id: string; max: number }[] | undefined) => new Map((list ?? []).map((i) => [i.id, q(i.max)]));
    const bonusItems = items(scheme.bonus?.items);
    const deductionItems = items(scheme.deductions?.items);
    const bad: string[] = [];
    for (const sheet of sheets.sheets) {
      for (const [list, known, cap] of [
        [sheet.bonus, bonusItems, scheme.bonus?.cap],
        [sheet.deductions, deductionItems, scheme.deductions?.cap],
      ] as const) {
        for (const stage of stages) {
          let total = 0;
          for (const a of list ?? []) {
            if (!known.has(a.item)) bad.push(`${sheet.unit} ${a.item}: unknown`);
            const given = q(a[stage]);
            if (given > known.get(a.item)!) bad.push(`${sheet.unit} ${a.item} ${stage}: above its maximum`);
            total += given;
          }
          if (cap !== undefined && total > q(cap)) bad.push(`${sheet.unit} ${stage}: above the cap`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(sheets.sheets.filter((s) => s.bonus?.length).length).toBeGreaterThan(0);
    expect(sheets.sheets.filter((s) => s.deductions?.length).length).toBeGreaterThan(0);
  });

  /** Criteria + bonus (capped) - deductions, in quarters. */
  const recomputed = (unit: string, stage: Stage) => {
    const sheet = sheets.sheets.find((s) => s.unit === unit)!;
    const criteria = sum(leaves.map((l) => q(sheet.scores[l.id]![stage])));
    const bonus = Math.min(q(scheme.bonus!.cap), sum((sheet.bonus ?? []).map((b) => q(b[stage]))));
    const deductions = sum((sheet.deductions ?? []).map((d) => q(d[stage])));
    return criteria + bonus - deductions;
  };

  it('state totals equal to the sums of their criteria, bonus and deductions', () => {
    const bad: string[] = [];
    for (const sheet of sheets.sheets) {
      for (const stage of stages) {
        const stated = sheet.totals?.[stage];
        if (stated !== undefined && q(stated) !== recomputed(sheet.unit, stage)) {
          bad.push(`${sheet.unit} ${stage}: states ${stated}, sums to ${recomputed(sheet.unit, stage) / 4}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('give final totals within 0 and the scheme total, a tie and a unit above 90 with a criterion below half', () => {
    const finals = units.map((u) => recomputed(u, 'final'));
    for (const t of finals) expect(t >= 0 && t <= q(scheme.total)).toBe(true);
    expect(new Set(finals).size).toBeLessThan(finals.length);
    const belowHalf = sheets.sheets.filter(
      (s) => recomputed(s.unit, 'final') >= q(90) && leaves.some((l) => 2 * q(s.scores[l.id]!.final) < q(l.max)),
    );
    expect(belowHalf.map((s) => s.unit)).toEqual(['tt-dinh-quan']);
    // Spot checks: the totals these sheets state.
    expect(recomputed('phu-vinh', 'final') / 4).toBe(90.25);
    expect(recomputed('tt-dinh-quan', 'final') / 4).toBe(90.25);
    expect(recomputed('tuc-trung', 'final') / 4).toBe(59.75);
  });
});

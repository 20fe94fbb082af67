import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { organisationSchema } from '../../src/model/schemas/organisation.js';
import { planSchema } from '../../src/model/schemas/plan.js';
import { scoreSheetsSchema, scoringSchemeSchema } from '../../src/model/schemas/scoring.js';
import { reportSchema, templateSchema } from '../../src/model/schemas/report.js';
import { longDate } from '../../src/model/format.js';
import type { Organisation, Plan } from '../../src/model/types.js';
import { outlineText, planOutline } from '../../src/render/outline.js';
import { corrections, handledByNormalisation, listedTypos, matchInOrder, normalise, org, plan, planYaml, read, referenceLines, used } from '../helpers/reference.js';

const outlineLines = outlineText(planOutline(org, plan)).map(normalise);

describe('the shipped example against the reference text of Kế hoạch 109/KH-MTTQ-BTT', () => {
  it('prints every line of the reference, in order', () => {
    const { error } = matchInOrder(referenceLines, outlineLines);
    expect(error).toBeUndefined();
  });

  it('prints nothing the reference lacks but the national heading its extraction lost', () => {
    const { found } = matchInOrder(referenceLines, outlineLines);
    const extra = outlineLines.filter((_, i) => !found.includes(i));
    expect(extra).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
  });

  it('uses every correction, and each is listed in the header comment of ke-hoach.yaml', () => {
    expect(corrections.filter((c) => !used.has(c)).map((c) => c.listed)).toEqual([]);
    const bullets = listedTypos(planYaml);
    expect(bullets.length).toBeGreaterThan(0);
    for (const c of corrections) expect(bullets.some((b) => b.includes(c.listed)), c.listed).toBe(true);
    // …and the other way round: every listed typo is corrected here or by normalisation.
    const covered = (b: string) =>
      corrections.some((c) => b.includes(c.listed)) || handledByNormalisation.some((h) => b.includes(h));
    expect(bullets.filter((b) => !covered(b))).toEqual([]);
  });

  it('fails, naming the line, when a reference line is missing from the outline', () => {
    const i = outlineLines.indexOf('2. Quý II');
    const missing = outlineLines.filter((_, j) => j !== i);
    expect(matchInOrder(referenceLines, missing).error).toMatch(/^reference line 52 «2\. Quý II» is not in the outline/);
  });

  it('fails when two lines are out of order', () => {
    const a = outlineLines.indexOf('1. Mục đích');
    const b = outlineLines.indexOf('2. Yêu cầu');
    const swapped = [...outlineLines];
    [swapped[a], swapped[b]] = [swapped[b]!, swapped[a]!];
    // The paragraphs of "Mục đích" now come after the heading "Yêu cầu": the first is reported.
    expect(matchInOrder(referenceLines, swapped).error).toMatch(/^reference line \d+ «- Phát huy sức mạnh.*» is not in the outline after outline line \d+ «1\. Mục đích»/);
  });

  it('fails when a printed line differs from the reference by one character', () => {
    const changed = outlineLines.map((l) => l.replace('Lưu: VT.', 'Lưu: VT;'));
    expect(matchInOrder(referenceLines, changed).error).toMatch(/«- Lưu: VT\.»/);
  });

  it('matches a paragraph the extraction split over lines, and only a whole one', () => {
    const lines = (...texts: string[]) => texts.map((text, i) => ({ at: i + 1, text }));
    const joined = ['KẾ HOẠCH', 'Thực hiện công tác, trong năm 2024', 'Ban'];
    expect(matchInOrder(lines('KẾ HOẠCH', 'Thực hiện công tác,', 'trong năm 2024', 'Ban'), joined)).toEqual({ found: [0, 1, 1, 2] });
    expect(matchInOrder(lines('KẾ HOẠCH', 'Thực hiện công tác,', 'Ban'), joined).error).toMatch(
      /^reference line 3 «Ban» does not continue outline line 2/,
    );
    expect(matchInOrder(lines('Thực hiện công tác,'), joined).error).toMatch(/only partly in the reference/);
  });
});

/** Every YAML file shipped under plans/ and examples/, relative to the repo root. */
function shippedYaml(): string[] {
  const root = new URL('../../', import.meta.url);
  return ['plans', 'examples/plans'].flatMap((folder) =>
    readdirSync(new URL(folder, root), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => `${folder}/${f}`)
      .sort(),
  );
}

describe('the shipped YAML files', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const validators = {
    'to-chuc': ajv.compile(organisationSchema),
    'ke-hoach': ajv.compile(planSchema),
    'huong-dan-cham-diem': ajv.compile(scoringSchemeSchema),
    'cham-diem': ajv.compile(scoreSheetsSchema),
    'bao-cao': ajv.compile(reportSchema),
    'mau-bao-cao': ajv.compile(templateSchema),
  };
  const files = shippedYaml();

  it('include the example of Kế hoạch 109', () => {
    expect(files).toEqual(expect.arrayContaining(['plans/2024/dinh-quan/to-chuc.yaml', 'plans/2024/dinh-quan/ke-hoach.yaml']));
  });

  it.each(files)('%s validates against the JSON Schema of its kind', (file) => {
    const data = parse(read(`../../${file}`)) as { kind: keyof typeof validators };
    const validate = validators[data.kind];
    expect(validate, `kind "${data.kind}"`).toBeDefined();
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each(files.filter((f) => f.endsWith('/ke-hoach.yaml')))('%s outlines with the to-chuc.yaml beside it', (file) => {
    const plan = parse(read(`../../${file}`)) as Plan;
    const org = parse(read(`../../${file.replace(/ke-hoach\.yaml$/, 'to-chuc.yaml')}`)) as Organisation;
    const text = outlineText(planOutline(org, plan));
    expect(text).toContain(`${plan.place ?? org.place}, ${longDate(plan.date)}`);
    expect(text.at(-1)).toBe(org.people?.find((p) => p.id === plan.signer.person)?.name);
  });
});

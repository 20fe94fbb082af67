import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { organisationSchema } from '../../src/model/schemas/organisation.js';
import { planSchema } from '../../src/model/schemas/plan.js';
import { scoreSheetsSchema, scoringSchemeSchema } from '../../src/model/schemas/scoring.js';
import { longDate } from '../../src/model/format.js';
import type { Organisation, Plan } from '../../src/model/types.js';
import { outlineText, planOutline } from '../../src/render/outline.js';

/**
 * The shipped example must print the real plan it was built from: every line of the extracted
 * reference text appears, in order, in the outline of the example. The reference is the text of
 * the original document, typos included; the example corrects them, and the corrections below
 * say exactly which, each tied to the header comment of ke-hoach.yaml that lists them.
 */

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const referenceText = read('../../../shared/reference/ke-hoach-109-2024.txt');
const organisationYaml = read('../../plans/2024/dinh-quan/to-chuc.yaml');
const planYaml = read('../../plans/2024/dinh-quan/ke-hoach.yaml');
const org = parse(organisationYaml) as Organisation;
const plan = parse(planYaml) as Plan;

/** NFC (the reference has "phối hợp và" in combining marks, pasted from a PDF), one space. */
const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

interface Correction {
  /** Words of the bullet in the plan's header comment that lists this typo. */
  listed: string;
  /** The text of the reference, after normalisation, and what the example prints instead. */
  from: string | RegExp;
  to: string;
}

/** The typos of the original that the example corrects, as the header comment lists them. */
const corrections: Correction[] = [
  // The number line: no space before "/".
  { listed: 'Số: 109 /KH-MTTQ-BTT', from: 'Số: 109 /KH', to: 'Số: 109/KH' },
  // The last basis runs on into the intro with ","; the decree ends the last basis with ".".
  { listed: 'Căn cứ cuối cùng kết thúc bằng ","', from: /(Ủy ban MTTQ Việt Nam huyện năm 2024),$/, to: '$1.' },
  // Term years written like "2020-2025" elsewhere in the text.
  { listed: 'nhiệm kỳ 2019- 2024', from: '2019- 2024', to: '2019-2024' },
  { listed: 'nhiệm kỳ 2024 – 2029', from: '2024 – 2029', to: '2024-2029' },
  { listed: 'nhiệm kỳ 2024- 2029', from: '2024- 2029', to: '2024-2029' },
  { listed: '"Ủy ban MTQ Việt Nam"', from: /\bMTQ\b/, to: 'MTTQ' },
  { listed: '; Cuộc vận động', from: '; Cuộc vận động', to: '; cuộc vận động' },
  { listed: '; Phong trào thi đua', from: '; Phong trào thi đua “Vì người nghèo', to: '; phong trào thi đua “Vì người nghèo' },
  { listed: 'Hội đồng thi đua, khen thưởng Ủy ban MTTQ', from: 'Hội đồng thi đua, khen thưởng Ủy ban MTTQ', to: 'Hội đồng Thi đua - Khen thưởng Ủy ban MTTQ' },
  // "Uỷ" (old tone placement) and "Vịêt" (marks on the wrong vowels), in one name.
  { listed: 'Uỷ ban MTTQ Vịêt Nam tỉnh', from: 'Uỷ ban', to: 'Ủy ban' },
  { listed: 'Uỷ ban MTTQ Vịêt Nam tỉnh', from: 'Vịêt', to: 'Việt' },
  // The council's proper name, written as in the rest of the text (twice on one line).
  { listed: 'Hội đồng thi đua-khen thưởng', from: /Hội đồng thi đua-khen thưởng/g, to: 'Hội đồng Thi đua - Khen thưởng' },
  { listed: '"Lưu VT."', from: /^- Lưu VT\.$/, to: '- Lưu: VT.' },
];

/** Header bullets the comparison handles without a correction of its own. */
const handledByNormalisation = ['chuẩn hóa NFC'];

function correct(line: string, used: Set<Correction>): string {
  let text = line;
  for (const c of corrections) {
    const next = text.replace(c.from, c.to);
    if (next !== text) used.add(c);
    text = next;
  }
  return text;
}

/** The bullets of "Lỗi của văn bản gốc đã sửa ở đây:" in the plan's header, continuations joined. */
function listedTypos(yaml: string): string[] {
  const header = yaml.split('\n').filter((l) => l.startsWith('#'));
  const start = header.findIndex((l) => l.includes('Lỗi của văn bản gốc đã sửa'));
  const bullets: string[] = [];
  for (const line of header.slice(start + 1)) {
    if (/^# {3}- /.test(line)) bullets.push(line.replace(/^# {3}- /, ''));
    else if (/^# {5}\S/.test(line) && bullets.length) bullets[bullets.length - 1] += ` ${line.slice(1).trim()}`;
    else break;
  }
  return bullets;
}

/** A line as a failure message quotes it: long paragraphs cut to their start. */
const clip = (text: string) => `«${text.length > 70 ? `${text.slice(0, 70)}…` : text}»`;

/** A non-empty line of the reference, normalised and corrected, with its line number in the file. */
interface RefLine {
  at: number;
  text: string;
}

interface Match {
  /** For each reference line, the index of the outline line it was found in. */
  found: number[];
  /** Why the reference does not appear in order, naming the line; absent when it does. */
  error?: string;
}

/**
 * Finds the reference lines in order in the outline. A reference line matches a whole outline
 * line, or the start of one, whose rest must then be matched by the next reference lines: the
 * extraction split some printed paragraphs over several lines. Outline lines that the reference
 * lacks (the national heading, lost with the right column) are skipped.
 */
function matchInOrder(reference: readonly RefLine[], outline: readonly string[]): Match {
  const found: number[] = [];
  let line = 0;
  let offset = 0; // > 0 while the rest of outline[line] still has to be matched
  for (const { at, text: ref } of reference) {
    if (offset > 0) {
      const rest = outline[line]!.slice(offset).trimStart();
      if (!rest.startsWith(ref)) {
        return { found, error: `reference line ${at} ${clip(ref)} does not continue outline line ${line + 1}: ${clip(rest)}` };
      }
      offset = outline[line]!.length - rest.length + ref.length;
    } else {
      while (line < outline.length && !outline[line]!.startsWith(ref)) line++;
      if (line === outline.length) {
        const after = found.length ? ` after outline line ${found.at(-1)! + 1} ${clip(outline[found.at(-1)!]!)}` : '';
        return { found, error: `reference line ${at} ${clip(ref)} is not in the outline${after}` };
      }
      offset = ref.length;
    }
    found.push(line);
    if (offset >= outline[line]!.length) {
      line++;
      offset = 0;
    }
  }
  if (offset > 0) return { found, error: `outline line ${line + 1} ${clip(outline[line]!)} is only partly in the reference` };
  return { found };
}

const used = new Set<Correction>();
const referenceLines: RefLine[] = referenceText
  .split('\n')
  .map((line, i) => ({ at: i + 1, text: correct(normalise(line), used) }))
  .filter((line) => line.text !== '');
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

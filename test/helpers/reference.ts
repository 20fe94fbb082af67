// The reference text of Kế hoạch 109/KH-MTTQ-BTT, its typos corrected as the shipped example
// lists them, and the in-order matching the outline, the .docx and the PDF are held to.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Organisation, Plan } from '../../src/model/types.js';

/**
 * The shipped example must print the real plan it was built from: every line of the extracted
 * reference text appears, in order, in what is printed. The reference is the text of the original
 * document, typos included; the example corrects them, and the corrections below say exactly
 * which, each tied to the header comment of ke-hoach.yaml that lists them.
 */
export const read = (path: string) => readFileSync(new URL(path, new URL('../model/', import.meta.url)), 'utf8');
export const referenceText = read('../../../shared/reference/ke-hoach-109-2024.txt');
export const organisationYaml = read('../../plans/2024/dinh-quan/to-chuc.yaml');
export const planYaml = read('../../plans/2024/dinh-quan/ke-hoach.yaml');
export const org = parse(organisationYaml) as Organisation;
export const plan = parse(planYaml) as Plan;

/** NFC (the reference has "phối hợp và" in combining marks, pasted from a PDF), one space. */
export const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

export interface Correction {
  /** Words of the bullet in the plan's header comment that lists this typo. */
  listed: string;
  /** The text of the reference, after normalisation, and what the example prints instead. */
  from: string | RegExp;
  to: string;
}

/** The typos of the original that the example corrects, as the header comment lists them. */
export const corrections: Correction[] = [
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
export const handledByNormalisation = ['chuẩn hóa NFC'];

export function correct(line: string, used: Set<Correction>): string {
  let text = line;
  for (const c of corrections) {
    const next = text.replace(c.from, c.to);
    if (next !== text) used.add(c);
    text = next;
  }
  return text;
}

/** The bullets of "Lỗi của văn bản gốc đã sửa ở đây:" in the plan's header, continuations joined. */
export function listedTypos(yaml: string): string[] {
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
export interface RefLine {
  at: number;
  text: string;
}

export interface Match {
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
export function matchInOrder(reference: readonly RefLine[], outline: readonly string[]): Match {
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

export const used = new Set<Correction>();
export const referenceLines: RefLine[] = referenceText
  .split('\n')
  .map((line, i) => ({ at: i + 1, text: correct(normalise(line), used) }))
  .filter((line) => line.text !== '');


/**
 * Names of the Front's world that are often misspelt, and how they are written.
 *
 * Matched case-sensitively on whole words. Only misspellings with one possible correction belong
 * here: "Nhân Dân" alone is the newspaper's name and "Nhân dân" is written so on purpose in Party
 * style ("các tầng lớp Nhân dân"), so it is listed only inside the names of bodies; street and
 * place names are title-cased ("đường Cộng Hòa", "Dinh Độc Lập"), so no word that can start one
 * is listed. Text in capitals ("ỦY BAN MTTQ VIỆT NAM") never matches a title-cased entry.
 *
 * The rule for the case entries is the one of Nghị định 30/2020/NĐ-CP, Phụ lục II: in the name
 * of a body, only the first syllable of each part and proper names take a capital ("Ủy ban nhân
 * dân", "Hội đồng Thi đua - Khen thưởng", "Mặt trận Tổ quốc Việt Nam").
 */

export interface KnownName {
  /** How it is written. */
  right: string;
  /** Ways it is misspelt, each matched as whole words and case-sensitively. */
  wrong: readonly string[];
  /** Why this is a misspelling and never a correct spelling of something else. */
  why: string;
}

/**
 * `right` with one or more of its words after the first capitalised: the title-case mistakes of
 * a name whose later words are lower case ("Ủy ban nhân dân" → "Ủy Ban Nhân Dân", ...).
 */
export function titleCased(right: string): string[] {
  const words = right.split(' ');
  const variants = new Set<string>();
  for (let mask = 1; mask < 1 << (words.length - 1); mask++) {
    const up = (i: number) => i > 0 && (mask & (1 << (i - 1))) !== 0;
    const variant = words.map((w, i) => (up(i) ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
    if (variant !== right) variants.add(variant);
  }
  return [...variants];
}

export const knownNames: readonly KnownName[] = [
  // Abbreviations of Mặt trận Tổ quốc: two T's, one per part.
  {
    right: 'MTTQ',
    wrong: ['MTQ'],
    why: 'Mặt trận Tổ quốc is MTTQ; "MTQ" drops a T (the reference plan has "Ủy ban MTQ Việt Nam").',
  },
  { right: 'MTTQVN', wrong: ['MTQVN'], why: 'MTTQ Việt Nam run together: the same missing T.' },
  { right: 'UBMTTQ', wrong: ['UBMTQ'], why: 'Ủy ban MTTQ run together: the same missing T.' },
  { right: 'UBMTTQVN', wrong: ['UBMTQVN'], why: 'Ủy ban MTTQ Việt Nam run together: the same missing T.' },

  // The Front's own name and its parts.
  {
    right: 'Mặt trận Tổ quốc',
    wrong: [...titleCased('Mặt trận Tổ quốc'), 'Mặt trận tổ quốc', 'Mặt Trận tổ quốc'],
    why: 'The name of the Front: "Mặt trận" and "Tổ quốc" each take one capital.',
  },
  {
    right: 'Mặt trận',
    wrong: ['Mặt Trận'],
    why: '"Mặt trận" (the Front) has one capital; no place is called "Mặt Trận".',
  },
  { right: 'Tổ quốc', wrong: ['Tổ Quốc'], why: '"Tổ quốc" (the Fatherland) has one capital.' },
  { right: 'Việt Nam', wrong: ['Việt nam'], why: 'A country name: both syllables take a capital.' },

  // Bodies of the Front and of the State that plans cite.
  {
    right: 'Ủy ban',
    wrong: ['Ủy Ban'],
    why: '"Ủy ban" has one capital (both spellings Ủy/Uỷ are in use; each keeps its own).',
  },
  { right: 'Uỷ ban', wrong: ['Uỷ Ban'], why: 'As "Ủy ban", in the other spelling of Ủy.' },
  {
    right: 'Ủy ban nhân dân',
    wrong: titleCased('Ủy ban nhân dân'),
    why: 'The people\'s committee: "nhân dân" is part of a body\'s name, lower case.',
  },
  {
    right: 'Uỷ ban nhân dân',
    wrong: titleCased('Uỷ ban nhân dân'),
    why: 'As "Ủy ban nhân dân", in the other spelling of Ủy.',
  },
  { right: 'Hội đồng', wrong: ['Hội Đồng'], why: '"Hội đồng" (council) has one capital.' },
  {
    right: 'Hội đồng nhân dân',
    wrong: titleCased('Hội đồng nhân dân'),
    why: 'The people\'s council: "nhân dân" is part of a body\'s name, lower case.',
  },
  {
    right: 'Thường trực',
    wrong: ['Thường Trực'],
    why: '"Ban Thường trực" (standing committee): one capital on "Thường".',
  },
  {
    right: 'Ban Chấp hành',
    wrong: ['Ban Chấp Hành'],
    why: '"Ban Chấp hành" (executive committee): one capital on "Chấp".',
  },
  { right: 'Đảng bộ', wrong: ['Đảng Bộ'], why: '"Đảng bộ" (Party committee of a level): capital on "Đảng" only.' },
  {
    right: 'Chủ tịch',
    wrong: ['Chủ Tịch'],
    why: 'A title, "Chủ tịch" ("Phó Chủ tịch", "Chủ tịch Hồ Chí Minh"): one capital.',
  },

  // The emulation movement's words, as in "Hội đồng Thi đua - Khen thưởng".
  { right: 'Thi đua', wrong: ['Thi Đua'], why: '"Thi đua" (emulation): never a proper name, one capital at most.' },
  { right: 'Khen thưởng', wrong: ['Khen Thưởng'], why: '"Khen thưởng" (commendation): one capital at most.' },

  // Kinds of document, as they head a title or are cited ("Kế hoạch số 09/KH-UBND").
  { right: 'Kế hoạch', wrong: ['Kế Hoạch'], why: 'A kind of document: one capital at most.' },
  { right: 'Báo cáo', wrong: ['Báo Cáo'], why: 'A kind of document: one capital at most.' },
  { right: 'Hướng dẫn', wrong: ['Hướng Dẫn'], why: 'A kind of document: one capital at most.' },
  { right: 'Nghị quyết', wrong: ['Nghị Quyết'], why: 'A kind of document: one capital at most.' },
  { right: 'Chỉ thị', wrong: ['Chỉ Thị'], why: 'A kind of document: one capital at most.' },

  // A person's name: every syllable takes a capital.
  {
    right: 'Hồ Chí Minh',
    wrong: ['Hồ Chí minh', 'Hồ chí Minh', 'Hồ chí minh'],
    why: 'A person\'s name: each syllable takes a capital.',
  },
];

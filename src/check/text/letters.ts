/**
 * Vietnamese letters as data: a base letter, an optional quality mark (the hat of â ê ô, the
 * breve of ă, the horn of ơ ư) and the tone marks it carries. Working on the canonical
 * decomposition (NFD) makes every tone a separate mark, whatever form the text came in, and lets
 * a letter carry two tones ("ệ" with U+0301 after it), which no precomposed character can.
 */

export type Tone = 'sắc' | 'huyền' | 'hỏi' | 'ngã' | 'nặng';
export type Quality = 'circumflex' | 'breve' | 'horn';

export interface Letter {
  /** Lower-case base letter: a-z (without f, j, w, z) or đ. */
  base: string;
  upper: boolean;
  quality?: Quality;
  tones: Tone[];
}

const toneOfMark: Readonly<Record<string, Tone>> = {
  '\u0301': 'sắc',
  '\u0300': 'huyền',
  '\u0309': 'hỏi',
  '\u0303': 'ngã',
  '\u0323': 'nặng',
};
const markOfTone: Readonly<Record<Tone, string>> = {
  sắc: '\u0301',
  huyền: '\u0300',
  hỏi: '\u0309',
  ngã: '\u0303',
  nặng: '\u0323',
};
const qualityOfMark: Readonly<Record<string, Quality>> = {
  '\u0302': 'circumflex',
  '\u0306': 'breve',
  '\u031B': 'horn',
};
const markOfQuality: Readonly<Record<Quality, string>> = { circumflex: '\u0302', breve: '\u0306', horn: '\u031B' };

/** Which bases take which quality mark: â ê ô, ă, ơ ư. */
const takes: Readonly<Record<Quality, string>> = { circumflex: 'aeo', breve: 'a', horn: 'ou' };

/** The Vietnamese alphabet's bases; f, j, w, z only occur in foreign words, which are skipped. */
const bases = new Set('abcdeghiklmnopqrstuvxyđ');
const vowelBases = new Set('aeiouy');

/**
 * The letters of a word, or undefined when it is not written with Vietnamese letters only
 * (another mark, a quality mark on the wrong base, a tone on a consonant, a digit...).
 */
export function lettersOf(word: string): Letter[] | undefined {
  const letters: Letter[] = [];
  for (const ch of word.normalize('NFD')) {
    const lower = ch.toLowerCase();
    if (bases.has(lower)) {
      letters.push({ base: lower, upper: lower !== ch, tones: [] });
      continue;
    }
    const current = letters[letters.length - 1];
    if (!current) return undefined;
    const tone = toneOfMark[ch];
    const quality = qualityOfMark[ch];
    if (tone && vowelBases.has(current.base)) current.tones.push(tone);
    else if (quality && !current.quality && takes[quality].includes(current.base)) current.quality = quality;
    else return undefined;
  }
  return letters;
}

/** The letter without its tone, lower case and precomposed: "ư", "đ", "a". */
export function keyOf(letter: Letter): string {
  return (letter.base + (letter.quality ? markOfQuality[letter.quality] : '')).normalize('NFC');
}

/** The letter as text, in its case, with the given tone (or none), precomposed. */
export function spell(letter: Letter, tone?: Tone): string {
  const base = letter.upper ? letter.base.toUpperCase() : letter.base;
  const quality = letter.quality ? markOfQuality[letter.quality] : '';
  return (base + quality + (tone ? markOfTone[tone] : '')).normalize('NFC');
}

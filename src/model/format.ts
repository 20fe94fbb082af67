/**
 * Numbers, dates and letters as a Vietnamese administrative document prints them
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I). Pure functions of the data; no locale of the machine.
 */

/** Upper case by Vietnamese rules, as the letterhead and the signature print names. */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** A document's number: a leading zero under 10 ("09"), as printed after "Số:" and in citations. */
export function documentNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** "2024-01-25" → { year: 2024, month: 1, day: 25 }; the schema guarantees the shape. */
function parts(isoDate: string): YearMonthDay {
  const [year, month, day] = isoDate.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * "ngày 25 tháng 01 năm 2024" for the place-and-date line. The decree pads days under 10 and
 * only the months 1 and 2 ("tháng 01", "tháng 3", "tháng 11"); the usual reading is that no
 * digit can then be added by hand after signing ("tháng 1" into "tháng 11"), while "tháng 3"
 * has no valid two-digit completion.
 */
export function longDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  const monthText = month <= 2 ? twoDigits(month) : String(month);
  return `ngày ${twoDigits(day)} tháng ${monthText} năm ${year}`;
}

/** "21/12/2023", "12/01/2024": the short date of a cited document, day and month padded. */
export function shortDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${twoDigits(day)}/${twoDigits(month)}/${year}`;
}

const romanDigits: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → "I", 4 → "IV", 14 → "XIV". */
export function roman(n: number): string {
  let rest = n;
  let text = '';
  for (const [value, digits] of romanDigits) {
    for (; rest >= value; rest -= value) text += digits;
  }
  return text;
}

/**
 * Points are lettered in the Vietnamese alphabet (a, b, c, d, đ, e, g...), which has "đ" and no
 * f, j, w or z. Past "y" the letters double like spreadsheet columns ("aa", "ab"...).
 */
const vietnameseAlphabet = [...'abcdđeghiklmnopqrstuvxy'];

/** 1 → "a", 5 → "đ", 6 → "e". */
export function letter(n: number): string {
  const base = vietnameseAlphabet.length;
  let rest = n;
  let text = '';
  while (rest > 0) {
    const index = (rest - 1) % base;
    text = vietnameseAlphabet[index]! + text;
    rest = Math.floor((rest - 1) / base);
  }
  return text;
}

/**
 * How names are put in order everywhere: Vietnamese collation (đ after d, tones after the bare
 * letter), and numbers by their value, so that "Quận 2" comes before "Quận 10" and "Cụm 9" before
 * "Cụm 10", as a clerk would list them.
 */
export const nameCollator = new Intl.Collator('vi', { numeric: true });

export const compareNames = (a: string, b: string): number => nameCollator.compare(a, b);

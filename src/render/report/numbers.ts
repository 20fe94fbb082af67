/**
 * Numbers as a Vietnamese document prints them: "1.234,5", "66,7%". Intl knows the separators;
 * no locale of the machine is involved, so the output is the same everywhere.
 */
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export const viNumber = (n: number) => twoDecimals.format(n);

/** The share of `part` in `whole` as a percentage with at most one decimal; "0%" of nothing. */
export function viPercent(part: number, whole: number): string {
  return `${oneDecimal.format(whole === 0 ? 0 : (part * 100) / whole)}%`;
}

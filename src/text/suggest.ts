/** The closest of `candidates` to `input`, if it is close enough to be worth suggesting. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const a = input.normalize('NFC').toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(a, candidate.normalize('NFC').toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const limit = Math.max(1, Math.floor(a.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/**
 * Edit distance with a swap of two neighbouring letters as one edit ("fianl" is one from "final"),
 * the commonest slip of typing (optimal string alignment), three rows at a time.
 */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

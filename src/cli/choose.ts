import type { Catalogue } from '../i18n/catalogue.js';
import { UsageError } from './io.js';

export interface YearAndBody {
  year: number;
  body: string;
}

/**
 * The entry of the year and body asked for (a plan, a scoring guide): by default the latest
 * year, and its only body. An unknown year or body, or a choice left open between several
 * bodies, is a usage error that lists what there is.
 */
export function chooseByYearAndBody<T>(
  entries: readonly T[],
  key: (entry: T) => YearAndBody,
  options: { year?: string | undefined; body?: string | undefined },
  catalogue: Catalogue,
): T {
  const years = [...new Set(entries.map((e) => key(e).year))].sort((a, b) => a - b).map(String);
  if (options.year !== undefined && !years.includes(options.year)) {
    throw new UsageError(catalogue.usage.badChoice('--year', options.year, years));
  }
  const year = Number(options.year ?? years.at(-1));
  const ofYear = entries.filter((e) => key(e).year === year);
  const bodies = [...new Set(ofYear.map((e) => key(e).body))].sort();
  if (options.body !== undefined && !bodies.includes(options.body)) {
    throw new UsageError(catalogue.usage.badChoice('--body', options.body, bodies));
  }
  if (options.body === undefined && bodies.length > 1) throw new UsageError(catalogue.usage.badChoice('--body', '', bodies));
  const body = options.body ?? bodies[0]!;
  return ofYear.find((e) => key(e).body === body)!;
}

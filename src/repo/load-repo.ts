import { readRegularFile } from '../io/read.js';
import { dirname } from 'node:path';
import { ContentCache } from './cache.js';
import { FileHashes } from './file-hashes.js';
import type { Kind } from '../model/kinds.js';
import type { ScoreSheets, ScoringScheme } from '../model/scoring-types.js';
import type { Organisation, Plan } from '../model/types.js';
import type { Report } from '../model/report-types.js';

export interface PlanEntry {
  absolute: string;
  data: Plan;
}

export interface OrganisationEntry {
  absolute: string;
  data: Organisation;
}

export interface SchemeEntry {
  absolute: string;
  data: ScoringScheme;
}

export interface ReportEntry {
  absolute: string;
  data: Report;
}

export interface SheetsEntry {
  absolute: string;
  data: ScoreSheets;
}

/** The plans, organisations and scoring files of a set of files, as data; files that do not pass their schema are named apart. */
export interface RepoData {
  plans: PlanEntry[];
  organisations: OrganisationEntry[];
  /** Scoring schemes (huong-dan-cham-diem). */
  schemes: SchemeEntry[];
  /** Score sheets (cham-diem). */
  sheets: SheetsEntry[];
  /** Reports (bao-cao). */
  reports: ReportEntry[];
  /** Files left out because `plan check` finds errors in their syntax or shape. */
  invalid: string[];
  /** Of those, the kind each means to be, when known (see `claimedKind`): a broken guide is not "no guide". */
  claims: Map<string, Kind>;
}

type Cached = { kind: Kind; data: unknown } | { invalid: true; claims?: Kind };

/**
 * Reads the files' data. With a cache folder, a file whose bytes have not changed is read from
 * the cache (plain JSON) and the YAML parser and the schema are not even loaded.
 */
export async function loadRepo(files: readonly string[], cacheFolder?: string): Promise<RepoData> {
  const repo: RepoData = { plans: [], organisations: [], schemes: [], sheets: [], reports: [], invalid: [], claims: new Map() };
  const cache = cacheFolder ? new ContentCache<Cached>(cacheFolder, 'data', []) : undefined;
  const hashes = cacheFolder ? new FileHashes(cacheFolder) : undefined;
  let documents: typeof import('./document.js') | undefined;
  for (const absolute of files) {
    // Read only when needed: a file whose hash is remembered and whose data is cached is not read.
    let bytes: Uint8Array | undefined;
    const read = () => (bytes ??= readRegularFile(absolute));
    let hash: string | undefined;
    let entry: Cached | undefined;
    try {
      hash = hashes?.hashOf(absolute, read);
      entry = hash ? cache!.get(absolute, hash) : undefined;
      if (!entry) read();
    } catch {
      // Unreadable: left out, as a file with errors is.
      repo.invalid.push(absolute);
      continue;
    }
    if (!entry) {
      const reading = (documents ??= await import('./document.js'));
      const result = reading.readDocument(absolute, read());
      const claims = reading.claimedKind(absolute, result);
      entry = result.valid && result.kind ? { kind: result.kind, data: result.data } : { invalid: true, ...(claims ? { claims } : {}) };
      if (hash) cache!.set(absolute, hash, entry);
    }
    if ('invalid' in entry) {
      repo.invalid.push(absolute);
      if (entry.claims) repo.claims.set(absolute, entry.claims);
    }
    else if (entry.kind === 'ke-hoach') repo.plans.push({ absolute, data: entry.data as Plan });
    else if (entry.kind === 'to-chuc') repo.organisations.push({ absolute, data: entry.data as Organisation });
    else if (entry.kind === 'huong-dan-cham-diem') repo.schemes.push({ absolute, data: entry.data as ScoringScheme });
    else if (entry.kind === 'cham-diem') repo.sheets.push({ absolute, data: entry.data as ScoreSheets });
    else if (entry.kind === 'bao-cao') repo.reports.push({ absolute, data: entry.data as Report });
  }
  cache?.save();
  hashes?.save();
  return repo;
}

/** A plan's (or a report's) organisation: same body id, and the same year folder when there is one. */
export function organisationFor(repo: RepoData, plan: { absolute: string; data: { body: string } }): OrganisationEntry | undefined {
  // The folder two levels up: plans/<year> for plans/<year>/<body>/<file>.
  const folder = (p: string) => dirname(dirname(p));
  const same = repo.organisations.filter((o) => o.data.id === plan.data.body);
  return same.find((o) => folder(o.absolute) === folder(plan.absolute)) ?? same[0];
}

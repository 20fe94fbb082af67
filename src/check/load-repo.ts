import { readFileSync } from 'node:fs';
import { checkFileBytes } from './check-file.js';
import type { Organisation, Plan } from '../model/types.js';

export interface PlanEntry {
  absolute: string;
  data: Plan;
}

export interface OrganisationEntry {
  absolute: string;
  data: Organisation;
}

/** The plans and organisations of a set of files, as data; files that do not pass their schema are named apart. */
export interface RepoData {
  plans: PlanEntry[];
  organisations: OrganisationEntry[];
  /** Files left out because `plan check` finds errors in their syntax or shape. */
  invalid: string[];
}

export function loadRepo(files: readonly string[]): RepoData {
  const repo: RepoData = { plans: [], organisations: [], invalid: [] };
  for (const absolute of files) {
    let result;
    try {
      result = checkFileBytes(absolute, readFileSync(absolute));
    } catch {
      repo.invalid.push(absolute);
      continue;
    }
    if (!result.valid) repo.invalid.push(absolute);
    else if (result.kind === 'ke-hoach') repo.plans.push({ absolute, data: result.data as Plan });
    else if (result.kind === 'to-chuc') repo.organisations.push({ absolute, data: result.data as Organisation });
  }
  return repo;
}

/** A plan's organisation: same body id, and the same year folder when there is one. */
export function organisationFor(repo: RepoData, plan: PlanEntry): OrganisationEntry | undefined {
  const folder = (p: string) => p.replace(/[\\/][^\\/]+[\\/][^\\/]+$/, '');
  const same = repo.organisations.filter((o) => o.data.id === plan.data.body);
  return same.find((o) => folder(o.absolute) === folder(plan.absolute)) ?? same[0];
}

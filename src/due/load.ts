import { tasksOf } from '../repo/tasks.js';
import { loadRepo, organisationFor, type PlanEntry, type RepoData } from '../repo/load-repo.js';
import type { Organisation } from '../model/types.js';
import { occurrencesOf, type Occurrence } from './occurrences.js';

export interface DueData {
  repo: RepoData;
  occurrences: Occurrence[];
  organisationOf: (plan: PlanEntry) => Organisation | undefined;
  /** Organisation of a body in a year (the one of that year's folder, else any). */
  organisationByBody: (body: string, year: number) => Organisation | undefined;
}

/** Every occurrence of every task of every valid plan among the files. */
export async function loadDue(files: readonly string[], cacheFolder?: string): Promise<DueData> {
  const repo = await loadRepo(files, cacheFolder);
  const occurrences = repo.plans.flatMap((plan) => occurrencesOf(plan.data, tasksOf(plan.data)));
  const organisationOf = (plan: PlanEntry) => organisationFor(repo, plan)?.data;
  const organisationByBody = (body: string, year: number) => {
    const plan = repo.plans.find((p) => p.data.body === body && p.data.year === year);
    return plan ? organisationOf(plan) : repo.organisations.find((o) => o.data.id === body)?.data;
  };
  return { repo, occurrences, organisationOf, organisationByBody };
}

import type { Organisation, Plan } from '../../model/types.js';
import type { Facts, OrganisationFacts, PlanFacts } from './context.js';
import { tasksOf } from './walk.js';

const ids = (list: readonly { id: string }[] | undefined) => list?.map(({ id }) => ({ id }));

/**
 * The facts the checks across files need, taken from a file's data: ids, links, numbers and
 * dates, never the texts, so that a province's thousands of files fit in memory and in the cache.
 */
export function factsOf(kind: 'to-chuc' | 'ke-hoach', data: Organisation | Plan): Facts {
  if (kind === 'to-chuc') {
    const org = data as Organisation;
    const facts: OrganisationFacts = {
      kind: 'to-chuc',
      id: org.id,
      issuer: { symbol: org.issuer.symbol },
      ...(org.parent?.id ? { parent: { id: org.parent.id } } : {}),
      ...(org.departments ? { departments: ids(org.departments)! } : {}),
      ...(org.units ? { units: ids(org.units)! } : {}),
      ...(org.clusters ? { clusters: org.clusters.map(({ id, leader, deputy, members }) => ({ id, members, ...(leader ? { leader } : {}), ...(deputy ? { deputy } : {}) })) } : {}),
      ...(org.memberOf ? { memberOf: ids(org.memberOf)! } : {}),
      ...(org.people ? { people: org.people.map(({ id, position }) => ({ id, position })) } : {}),
    };
    return facts;
  }
  const plan = data as Plan;
  const facts: PlanFacts = {
    kind: 'ke-hoach',
    body: plan.body,
    year: plan.year,
    number: plan.number,
    symbol: plan.symbol,
    date: plan.date,
    signer: plan.signer,
    bases: (plan.bases ?? []).map(({ kind, number, symbol, date }) => ({
      kind,
      ...(number !== undefined ? { number } : {}),
      ...(symbol !== undefined ? { symbol } : {}),
      ...(date !== undefined ? { date } : {}),
    })),
    tasks: tasksOf(plan)
      .filter(({ task }) => task.lead || task.with || task.evidence)
      .map(({ task, path }) => ({
        path,
        ...(task.lead ? { lead: task.lead } : {}),
        ...(task.with ? { with: task.with } : {}),
        ...(task.evidence ? { evidence: task.evidence } : {}),
        ...(task.done ? { done: task.done } : {}),
      })),
  };
  return facts;
}

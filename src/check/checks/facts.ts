import type { Organisation, Plan } from '../../model/types.js';
import type { Facts, PlanFacts } from './context.js';
import { tasksOf } from './walk.js';

/** The facts the checks across files need, taken from a file's data. */
export function factsOf(kind: 'to-chuc' | 'ke-hoach', data: Organisation | Plan): Facts {
  if (kind === 'to-chuc') return data as Organisation;
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
    tasks: tasksOf(plan).map(({ task, path }) => ({
      id: task.id,
      path,
      ...(task.lead ? { lead: task.lead } : {}),
      ...(task.with ? { with: task.with } : {}),
      ...(task.evidence ? { evidence: task.evidence } : {}),
      ...(task.done ? { done: task.done } : {}),
    })),
  };
  return facts;
}

import { nameableLists } from '../../model/nameable.js';
import type { Organisation } from '../../model/types.js';
import type { Finding } from '../../diagnostics/diagnostic.js';
import { closest } from '../../text/suggest.js';
import type { FileCheck, RepoCheck, RepoFinding } from './context.js';
import { tasksOf } from '../../repo/tasks.js';

/** The word that lets a task name every member unit at once. */
export const allUnits = 'all-units';

/** The lists of an organisation whose ids share one namespace (a task's lead may name any). */
const idLists = [...nameableLists, 'people'] as const;

/** Ids unique within an organisation, and task ids within a plan; clusters name real units. */
export const checkIds: FileCheck = (input) => {
  const findings: Finding[] = [];
  const seen = new Map<string, (string | number)[]>();
  const note = (id: string, path: (string | number)[]) => {
    const first = seen.get(id);
    if (first) findings.push({ rule: 'ref/duplicate-id', path, args: { id, first: first.join('.') } });
    else seen.set(id, path);
  };
  if (input.kind === 'ke-hoach') {
    for (const { task, path } of tasksOf(input.data)) {
      note(task.id, [...path, 'id']);
      if (!task.lead) findings.push({ rule: 'task/no-lead', path: [...path, 'id'], args: { id: task.id } });
    }
    return findings;
  }
  const org = input.data;
  for (const list of idLists) org[list]?.forEach((item, i) => note(item.id, [list, i, 'id']));
  findings.push(...checkClusters(org));
  return findings;
};

function checkClusters(org: Organisation): Finding[] {
  const findings: Finding[] = [];
  const units = new Set((org.units ?? []).map((u) => u.id));
  const unitIds = [...units];
  const clusterOf = new Map<string, string>();
  org.clusters?.forEach((cluster, i) => {
    cluster.members.forEach((member, j) => {
      if (!units.has(member)) {
        findings.push({ rule: 'ref/unknown-id', path: ['clusters', i, 'members', j], args: { id: member, what: 'unit', suggestion: closest(member, unitIds) ?? '' } });
        return;
      }
      const other = clusterOf.get(member);
      if (other) findings.push({ rule: 'ref/unit-in-two-clusters', path: ['clusters', i, 'members', j], args: { id: member, first: other, second: cluster.id } });
      else clusterOf.set(member, cluster.id);
    });
    for (const role of ['leader', 'deputy'] as const) {
      const id = cluster[role];
      if (id && !cluster.members.includes(id)) {
        findings.push({ rule: 'ref/cluster-leader', path: ['clusters', i, role], args: { id, role, cluster: cluster.id } });
      }
    }
  });
  return findings;
}

/** Everything a plan names exists in its organisation: the body itself, units, people. */
export const checkPlanReferences: RepoCheck = (repo) => {
  const found: RepoFinding[] = [];
  for (const loaded of repo.all) {
    if (loaded.kind !== 'ke-hoach' || !repo.checked.has(loaded.file.absolute)) continue;
    const at = (finding: Finding) => found.push({ absolute: loaded.file.absolute, finding });
    const plan = loaded.data;
    const org = repo.organisationOf(loaded)?.data;
    if (!org) {
      // The organisation is there but broken: its own errors are reported, the plan's ids are not checked.
      if (repo.brokenNear('to-chuc', loaded.file, 'body')) continue;
      const bodies = repo.all.filter((l) => l.kind === 'to-chuc').map((l) => l.data.id);
      at({ rule: 'ref/unknown-body', path: ['body'], args: { id: plan.body, year: plan.year, suggestion: closest(plan.body, bodies) ?? '' } });
      continue;
    }
    const ids = [allUnits, ...nameableLists.flatMap((list) => (org[list] ?? []).map((x) => x.id))];
    for (const task of plan.tasks) {
      const { path } = task;
      const refs: [string, (string | number)[]][] = [
        ...(task.lead ? [[task.lead, [...path, 'lead']] as [string, (string | number)[]]] : []),
        ...(task.with ?? []).map((id, k): [string, (string | number)[]] => [id, [...path, 'with', k]]),
      ];
      for (const [id, refPath] of refs) {
        if (!ids.includes(id)) at({ rule: 'ref/unknown-id', path: refPath, args: { id, what: 'unit', suggestion: closest(id, ids) ?? '' } });
      }
    }
    const people = (org.people ?? []).map((p) => p.id);
    if (!people.includes(plan.signer.person)) {
      at({ rule: 'ref/unknown-id', path: ['signer', 'person'], args: { id: plan.signer.person, what: 'person', suggestion: closest(plan.signer.person, people) ?? '' } });
    }
  }
  return found;
};

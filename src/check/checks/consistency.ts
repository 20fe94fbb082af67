import { closest } from '../../text/suggest.js';
import type { Finding } from '../../diagnostics/diagnostic.js';
import type { Loaded, RepoCheck, RepoFinding } from './context.js';

type PlanFile = Extract<Loaded, { kind: 'ke-hoach' }>;
type OrgFile = Extract<Loaded, { kind: 'to-chuc' }>;

/**
 * Plans form a chain (province → district → commune): where a body's organisation names its
 * parent's id and the parent's plan of the same year is in the repo, the facts they share agree.
 */
export const checkParentConsistency: RepoCheck = (repo) => {
  const found: RepoFinding[] = [];
  const at = (target: Loaded) => (finding: Finding) => found.push({ absolute: target.file.absolute, finding });
  const plans = repo.all.filter((l): l is PlanFile => l.kind === 'ke-hoach');
  const orgs = repo.all.filter((l): l is OrgFile => l.kind === 'to-chuc');
  // A plan's citation of its parent's plan: reported in the plan.
  for (const child of plans) {
    if (!repo.checked.has(child.file.absolute)) continue;
    const parentId = repo.organisationOf(child)?.data.parent?.id;
    const parent = parentId ? plans.find((p) => p.data.body === parentId && p.data.year === child.data.year) : undefined;
    if (parent) checkCitation(child, parent, at(child));
  }
  // An organisation's place among its parent's units and clusters: reported in the organisation.
  for (const child of orgs) {
    const parentId = child.data.parent?.id;
    if (!parentId || !repo.checked.has(child.file.absolute)) continue;
    const sameYear = orgs.filter((o) => o.data.id === parentId && o.file.yearPath === child.file.yearPath);
    const parent = sameYear[0] ?? (child.file.yearPath ? undefined : orgs.find((o) => o.data.id === parentId));
    if (parent) checkMembership(child, parent, at(child));
  }
  return found;
};

/** The child plan cites the parent's plan among its bases, with its real number, symbol and date. */
function checkCitation(child: PlanFile, parent: PlanFile, report: (f: Finding) => void): void {
  const p = parent.data;
  const cited = `${p.number}/${p.symbol}`;
  const bases = child.data.bases ?? [];
  const index = bases.findIndex((b) => b.kind.normalize('NFC').toLocaleLowerCase('vi') === 'kế hoạch' && (b.symbol === p.symbol || b.number === p.number));
  const basis = bases[index];
  if (!basis) {
    report({ rule: 'repo/parent-citation', path: ['bases'], at: 'key', args: { problem: 'missing', cited, date: p.date, body: p.body } });
  } else if (basis.number !== p.number || basis.symbol !== p.symbol) {
    const found = `${basis.number ?? '?'}/${basis.symbol ?? '?'}`;
    report({ rule: 'repo/parent-citation', path: ['bases', index, basis.number !== p.number ? 'number' : 'symbol'], args: { problem: 'number', found, cited, body: p.body } });
  } else if (basis.date && basis.date !== p.date) {
    report({ rule: 'repo/parent-citation', path: ['bases', index, 'date'], args: { problem: 'date', found: basis.date, cited, date: p.date, body: p.body } });
  }
  if (child.data.date < p.date) {
    report({ rule: 'repo/parent-date', path: ['date'], args: { date: child.data.date, cited, parentDate: p.date } });
  }
}

/** The parent lists the child as a unit, and a cluster the child says it belongs to lists it too. */
function checkMembership(child: OrgFile, parent: OrgFile, report: (f: Finding) => void): void {
  const id = child.data.id;
  if (!(parent.data.units ?? []).some((u) => u.id === id)) {
    report({ rule: 'repo/parent-unit', path: ['parent', 'id'], args: { id, parent: parent.data.id } });
  }
  child.data.memberOf?.forEach((membership, i) => {
    const cluster = parent.data.clusters?.find((c) => c.id === membership.id);
    // A cluster the parent does not have: the commune would be ranked in a cluster nobody holds.
    if (!cluster) {
      const clusters = (parent.data.clusters ?? []).map((c) => c.id);
      report({ rule: 'repo/parent-cluster', path: ['memberOf', i, 'id'], args: { id, cluster: membership.id, parent: parent.data.id, problem: 'unknown', clusters, suggestion: closest(membership.id, clusters) ?? '' } });
    } else if (!cluster.members.includes(id)) {
      report({ rule: 'repo/parent-cluster', path: ['memberOf', i, 'id'], args: { id, cluster: cluster.id, parent: parent.data.id } });
    }
  });
}

import { readRegularFile } from '../io/read.js';
import { basename, dirname } from 'node:path';
import type { Catalogue } from '../i18n/catalogue.js';
import type { Broken, Facts, Loaded, Options, Repo, ScoringLoaded } from '../check/checks/context.js';
import { placeOf } from '../repo/place.js';
import type { Kind } from '../model/kinds.js';
import { repoChecks } from '../check/checks/repo-index.js';
import type { FileDiagnostic } from './file-pass.js';

function makeRepo(all: Loaded[], checked: ReadonlySet<string>, scoring: ScoringLoaded[] = [], broken: readonly Broken[] = []): Repo {
  const organisations = all.filter((l): l is Extract<Loaded, { kind: 'to-chuc' }> => l.kind === 'to-chuc');
  return {
    all,
    checked,
    scoring,
    brokenNear(kind, file, scope) {
      return broken.some(
        (b) =>
          b.kind === kind &&
          (!file.yearPath || (b.file.yearPath === file.yearPath && (scope === 'year' || b.file.bodyFolder === file.bodyFolder))),
      );
    },
    organisationFor(body, file) {
      const candidates = organisations.filter((o) => o.data.id === body);
      return candidates.find((o) => o.file.yearPath === file.yearPath) ?? (file.yearPath ? undefined : candidates[0]);
    },
    organisationOf(plan) {
      const candidates = organisations.filter((o) => o.data.id === plan.data.body);
      // In plans/<year>/, a plan's organisation is the one of its own year.
      return candidates.find((o) => o.file.yearPath === plan.file.yearPath) ?? (plan.file.yearPath ? undefined : candidates[0]);
    },
  };
}

/**
 * The checks across files, on the facts of every loaded file. Their findings name data paths; the
 * few files that have one are parsed again to place them (facts keep no positions).
 */
export async function checkRepo(
  { facts, broken = new Map() }: { facts: ReadonlyMap<string, Facts>; broken?: ReadonlyMap<string, Kind> },
  checked: ReadonlySet<string>,
  options: Options,
  catalogue: Catalogue,
  contents?: ReadonlyMap<string, Uint8Array>,
): Promise<Map<string, FileDiagnostic[]>> {
  const every = [...facts].map(([absolute, data]) => ({ kind: data.kind, data, file: placeOf(absolute) }) as Loaded | ScoringLoaded);
  const isScoring = (l: Loaded | ScoringLoaded): l is ScoringLoaded => l.kind === 'huong-dan-cham-diem' || l.kind === 'cham-diem' || l.kind === 'bao-cao';
  const all = every.filter((l): l is Loaded => !isScoring(l));
  const repo = makeRepo(all, checked, every.filter(isScoring), [...broken].map(([absolute, kind]) => ({ kind, file: placeOf(absolute) })));
  const byFile = new Map<string, import('../diagnostics/diagnostic.js').Finding[]>();
  for (const check of repoChecks) {
    for (const { absolute, finding } of check(repo, options)) byFile.set(absolute, [...(byFile.get(absolute) ?? []), finding]);
  }
  const out = new Map<string, FileDiagnostic[]>();
  if (byFile.size === 0) return out;
  // Only now the parser: a clean run of the checks across files never loads it.
  const [{ readDocument }, { toDiagnostics }] = await Promise.all([import('../repo/document.js'), import('./diagnose.js')]);
  for (const [absolute, findings] of byFile) {
    const result = readDocument(absolute, contents?.get(absolute) ?? readRegularFile(absolute));
    const located = toDiagnostics('', { ...result, findings }, catalogue).map(({ file: _file, ...rest }) => rest);
    out.set(absolute, located);
  }
  return out;
}

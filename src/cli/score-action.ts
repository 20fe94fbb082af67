import { dirname, join } from 'node:path';
import { cacheFolderName } from '../repo/cache.js';
import * as files from '../repo/files.js';
import { loadRepo, type RepoData, type SchemeEntry } from '../repo/load-repo.js';
import type { Organisation } from '../model/types.js';
import type { ScoreReport } from '../report/score/context.js';
import * as formats from '../report/score/index.js';
import { diffUnits } from '../score/diff.js';
import { clustersByUnit, scoreUnits } from '../score/score-units.js';
import { isComplete, scoredStages, stageGaps, type StageGaps } from '../score/completeness.js';
import { bandCounts, shareRuleOf } from '../score/bands.js';
import { firstStage, officialStage, readingOf, stagesOf } from '../score/stages.js';
import type { Catalogue, StageLabel } from '../i18n/catalogue.js';
import { chooseByYearAndBody } from './choose.js';
import { showBroken } from './show-problems.js';
import { exitCodes, UsageError, type CommandContext } from './io.js';
import type { ScoreOptions } from './score.js';

const folderOf = (p: string) => dirname(p);

export async function runScore(options: ScoreOptions, ctx: CommandContext): Promise<number> {
  const { io, catalogue } = ctx;
  const plans = files.findPlansFolder(io.cwd);
  if (!plans) throw new UsageError(catalogue.usage.noPlansFolder('plans'));
  const repo = await loadRepo(files.collectFiles(io.cwd, [plans]).files, join(dirname(plans), cacheFolderName));
  if (repo.schemes.length === 0) {
    // A guide that is there but broken: its errors, where they are, not "there is no guide".
    const broken = repo.invalid.filter((f) => repo.claims.get(f) === 'huong-dan-cham-diem');
    if (broken.length === 0) throw new UsageError(catalogue.score.noScheme);
    await showBroken(broken, ctx);
    io.stderr.write(`plan: ${catalogue.score.brokenScheme(broken.length)}\n`);
    return exitCodes.problems;
  }

  const scheme = chooseByYearAndBody(repo.schemes, (s) => s.data, options, catalogue);
  const { body, year } = scheme.data;
  const organisation = organisationOf(repo, scheme);
  const sheetFiles = repo.sheets.filter((s) => s.data.scheme.body === body && s.data.scheme.year === year);
  const sheets = sheetFiles.flatMap((s) => s.data.sheets);
  const decisions = sheetFiles.flatMap((s) => s.data.decisions ?? []);

  const clusters = (organisation?.clusters ?? []).map((c) => c.id);
  if (options.cluster !== undefined && !clusters.includes(options.cluster)) {
    throw new UsageError(catalogue.usage.badChoice('--cluster', options.cluster, clusters));
  }
  const members = options.cluster ? new Set(organisation!.clusters!.find((c) => c.id === options.cluster)!.members) : undefined;

  let report: ScoreReport;
  const labels: StageLabel[] = stagesOf(scheme.data).map(({ id, name }) => ({ id, ...(name ? { name } : {}) }));
  const label = (option: string, id: string): StageLabel => {
    const found = labels.find((l) => l.id === id);
    if (!found) throw new UsageError(catalogue.score.unknownStage(option, id, labels));
    return found;
  };
  const stage = label('--stage', options.stage ?? officialStage(scheme.data));
  const from = options.diff === undefined ? undefined : label('--diff', options.diff === true ? firstStage(scheme.data) : options.diff);
  if (from && from.id === stage.id) throw new UsageError(catalogue.usage.diffSameStage(stage.id));
  const scored = scoredStages(labels.map((l) => readingOf(scheme.data, l.id)), sheets).map((id) => label('--stage', id));
  const names = new Map((organisation?.units ?? []).map((u) => [u.id, u.name]));
  const name = (id: string) => names.get(id) ?? id;
  const inScope = (id: string) => !members || members.has(id);
  const shown = sheets.filter((s) => inScope(s.unit));
  const unitIds = (organisation?.units ?? []).map((u) => u.id).filter(inScope);
  const gaps = stageGaps(readingOf(scheme.data, stage.id), shown, unitIds);
  // A stage nobody (in the units shown) has scored is not a table of zeros; nor is a --diff against it.
  if (sheets.length > 0 && !gaps.scored) throw new UsageError(catalogue.score.stageUnscored(stage, scored));
  if (from && sheets.length > 0 && !scored.some((s) => s.id === from.id)) throw new UsageError(catalogue.score.stageUnscored(from, scored));
  const note = unscoredNote(catalogue, stage, gaps, name);
  if (from) {
    const rows = diffUnits(scheme.data, shown, names, clustersByUnit(organisation), { from: from.id, to: stage.id });
    report = { kind: 'diff', year, from, to: stage, rows, ...(note ? { note } : {}) };
  } else {
    // Ranks are overall: a cluster shown alone keeps each unit's rank among all units.
    const units = scoreUnits(scheme.data, sheets, organisation, stage.id, decisions).filter((u) => inScope(u.unit));
    // A scorer's part is not classified: no band counts under it.
    const counts = units.every((u) => u.whole) ? bandCounts(scheme.data, units) : [];
    const bands = counts.length > 0 ? catalogue.score.bands(counts, shareRuleOf(scheme.data).decimals) : undefined;
    report = { kind: 'units', year, stage, units, ...(note ? { note } : {}), ...(bands ? { bands } : {}) };
  }
  // JSON and CSV are read by programs: the note goes beside them, on stderr.
  if (note && (options.format === 'json' || options.format === 'csv')) io.stderr.write(`${note}\n`);
  const { chalkFor } = await import('./color.js');
  const format = await formats.scoreFormatters[options.format]();
  io.stdout.write(format(report, { catalogue, chalk: chalkFor(io.env, io.stdout) }));
  if (repo.invalid.length > 0) io.stderr.write(`${catalogue.score.skipped(repo.invalid.length)}\n`);
  return exitCodes.ok;
}

/** What a stage still lacks, in words, or undefined when it is complete. */
function unscoredNote(catalogue: Catalogue, stage: StageLabel, gaps: StageGaps, name: (id: string) => string): string | undefined {
  if (isComplete(gaps)) return undefined;
  return catalogue.score.unscored(stage, gaps.noSheet.map(name), gaps.partial.map((p) => ({ name: name(p.unit), criteria: p.criteria.length })));
}

/** The scoring body's organisation: the one in the scheme's folder, else any with its id. */
function organisationOf(repo: RepoData, scheme: SchemeEntry): Organisation | undefined {
  const same = repo.organisations.filter((o) => o.data.id === scheme.data.body);
  return (same.find((o) => folderOf(o.absolute) === folderOf(scheme.absolute)) ?? same[0])?.data;
}

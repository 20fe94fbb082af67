import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cacheFolderName } from '../check/cache.js';
import type { Diagnostic } from '../check/diagnostic.js';
import * as files from '../check/files.js';
import { loadRepo, organisationFor, type PlanEntry } from '../check/load-repo.js';
import * as run from '../check/run.js';
import * as dates from '../model/dates.js';
import { formatters } from '../report/formats.js';
import { writeFileAtomic } from '../write-atomic.js';
import { loadConfigFor } from './check-config.js';
import { chooseByYearAndBody } from './choose.js';
import { chalkFor } from './color.js';
import { exitCodes, UsageError, type CommandContext } from './io.js';
import type { RenderKind, RenderOptions } from './render.js';

/** The file a plan is written to by default, under out/ beside plans/ (git-ignored). */
export function defaultOutput(root: string, kind: RenderKind, plan: PlanEntry['data']): string {
  return join(root, 'out', String(plan.year), plan.body, `${kind}-${plan.number}-${plan.year}.docx`);
}

export async function runRender(kind: RenderKind, options: RenderOptions, ctx: CommandContext): Promise<number> {
  const { io, catalogue } = ctx;
  const plans = files.findPlansFolder(io.cwd);
  if (!plans) throw new UsageError(catalogue.usage.noPlansFolder('plans'));
  const root = dirname(plans);
  const cacheFolder = join(root, cacheFolderName);
  const all = files.collectFiles(io.cwd, [plans]);
  const repo = await loadRepo(all, cacheFolder);
  const checkOptions = await checkOptionsFor(ctx, cacheFolder);

  // A plan that does not pass its schema is not data yet: when no plan can be chosen, the files
  // that could not be read may hold it, so they are shown as `plan check` shows them.
  const unreadable = async (): Promise<number> => {
    await report(await run.checkFiles(io.cwd, repo.invalid, catalogue, checkOptions), ctx);
    io.stderr.write(`plan: ${catalogue.render.invalidPlans(repo.invalid.length)}\n`);
    return exitCodes.problems;
  };
  if (repo.plans.length === 0) {
    if (repo.invalid.length > 0) return unreadable();
    throw new UsageError(catalogue.render.noPlan);
  }
  let plan: PlanEntry;
  try {
    plan = chooseByYearAndBody(repo.plans, (p) => p.data, options, catalogue);
  } catch (error) {
    if (repo.invalid.length > 0) return unreadable();
    throw error;
  }
  const organisation = organisationFor(repo, plan);
  if (!organisation) throw new UsageError(catalogue.render.noOrganisation(plan.data.body, plan.data.year));

  // The document that gets signed is only written from a plan `plan check` accepts.
  const checked = await run.checkFiles(io.cwd, [plan.absolute, organisation.absolute], catalogue, checkOptions);
  const errors = checked.diagnostics.filter((d: Diagnostic) => d.severity === 'error');
  if (errors.length > 0) {
    await report({ ...checked, diagnostics: errors }, ctx);
    if (!options.draft) {
      io.stderr.write(`plan: ${catalogue.render.notRendered(errors.length)}\n`);
      return exitCodes.problems;
    }
    io.stderr.write(`plan: ${catalogue.render.draftWithErrors(errors.length)}\n`);
  }

  const { renderPlan } = await import('../render/plan-document.js');
  const bytes = await renderPlan(organisation.data, plan.data, { draft: Boolean(options.draft) });
  const target = outputPath(io.cwd, options.output, defaultOutput(root, kind, plan.data));
  const shown = files.displayPath(io.cwd, target);
  if (existsSync(target)) {
    const current = readFileSync(target);
    if (Buffer.compare(current, bytes) === 0) {
      io.stdout.write(`${catalogue.render.unchanged(shown)}\n`);
      return exitCodes.ok;
    }
    if (!options.force) throw new UsageError(catalogue.render.exists(shown));
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, bytes);
  } catch (error) {
    throw new UsageError(catalogue.render.writeFailed(shown, error instanceof Error ? error.message : String(error)));
  }
  io.stdout.write(`${catalogue.render.written(shown)}\n`);
  return exitCodes.ok;
}

/** `-o` as given (a folder takes the default file name), or the default path. */
function outputPath(cwd: string, output: string | undefined, fallback: string): string {
  if (output === undefined) return fallback;
  const target = resolve(cwd, output);
  const isFolder = output.endsWith('/') || (existsSync(target) && statSync(target).isDirectory());
  return isFolder ? join(target, fallback.split(/[\\/]/).at(-1)!) : target;
}

/** The same options `plan check` runs with: the repo's config, the cache, today in Vietnam. */
async function checkOptionsFor(ctx: CommandContext, cacheFolder: string): Promise<run.RunOptions> {
  const loaded = await loadConfigFor(ctx);
  return { today: dates.todayInVietnam(), cacheFolder, withSources: true, ...(loaded ? { config: loaded } : {}) };
}

/** Diagnostics in the human format, on stderr: stdout says what was written. */
async function report(result: run.CheckRun, ctx: CommandContext): Promise<void> {
  const formatter = await formatters.human();
  ctx.io.stderr.write(
    formatter(result.diagnostics, {
      catalogue: ctx.catalogue,
      sources: result.sources,
      checkedFiles: result.checkedFiles,
      files: result.files,
      chalk: chalkFor(ctx.io.env, ctx.io.stderr),
    }),
  );
}

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheFolderName } from '../repo/cache.js';
import { summarize } from '../diagnostics/diagnostic.js';
import * as files from '../repo/files.js';
import * as run from '../engine/run.js';
import * as dates from '../model/dates.js';
import { formatters, type FormatName } from '../report/formats.js';
import type { CheckOptions } from './check.js';
import { loadConfigFor } from './check-config.js';
import { chalkFor } from './color.js';
import { exitCodes, UsageError, type CommandContext } from './io.js';

export async function runCheck(paths: string[], options: CheckOptions, ctx: CommandContext): Promise<number> {
  const { io, catalogue } = ctx;
  // GitHub Actions reads annotations: its own format is the default there.
  const format: FormatName = options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'human');
  const today = options.today ?? dates.todayInVietnam();
  if (!dates.parseDate(today)) throw new UsageError(catalogue.usage.badDate('--today', today));
  if (options.dryRun && !options.fix) throw new UsageError(catalogue.usage.dryRunWithoutFix);

  const plans = files.findPlansFolder(io.cwd);
  let targets = paths;
  if (targets.length === 0) {
    if (!plans) throw new UsageError(catalogue.usage.noPlansFolder('plans'));
    // The repo's own report templates, beside plans/, are checked with it (their placeholders).
    const templates = join(dirname(plans), 'templates');
    targets = existsSync(templates) ? [plans, templates] : [plans];
  }
  let listed: files.Listed;
  try {
    // Year folders are left for whoever checks them to list (a province's decade: the workers).
    listed = files.collectFiles(io.cwd, targets, true);
  } catch (error) {
    if (error instanceof files.PathNotFoundError) throw new UsageError(catalogue.usage.pathNotFound(error.path));
    throw error;
  }
  const loaded = await loadConfigFor(ctx);
  // The cache sits beside plans/ (git-ignored), or in the working folder outside a plans repo.
  const cacheFolder = options.cache ? join(plans ? dirname(plans) : io.cwd, cacheFolderName) : undefined;
  const runOptions = {
    today,
    ...(loaded ? { config: loaded } : {}),
    ...(cacheFolder ? { cacheFolder } : {}),
    ...(format === 'human' ? { withSources: true } : {}),
    ...(io.env.PLAN_PARALLEL_MIN ? { minFilesForWorkers: Number(io.env.PLAN_PARALLEL_MIN) } : {}),
  };
  let result = await run.checkListed(io.cwd, listed, catalogue, runOptions);
  if (options.fix) {
    const fixing = await import('./check-fix.js');
    const report = await fixing.fixFiles(io.cwd, result, catalogue, runOptions, Boolean(options.dryRun));
    io.stderr.write(report);
    if (!options.dryRun) result = await run.checkListed(io.cwd, listed, catalogue, runOptions);
  }
  const formatter = await formatters[format]();
  const text = formatter(result.diagnostics, {
    catalogue,
    sources: result.sources,
    checkedFiles: result.checkedFiles,
    files: result.files,
    chalk: chalkFor(io.env, io.stdout),
  });
  io.stdout.write(text);
  const summary = summarize(result.diagnostics, result.files);
  if (summary.errors > 0 || (options.strict && summary.warnings > 0)) return exitCodes.problems;
  return exitCodes.ok;
}

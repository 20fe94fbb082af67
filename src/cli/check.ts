import { Option, type Command } from 'commander';
import type { FormatName } from '../report/formats.js';
import type { CommandContext } from './io.js';
import { exitCodes, UsageError } from './io.js';

// Listed here, not imported, so that defining the command loads no formatter.
const formats: readonly FormatName[] = ['human', 'json', 'github', 'sarif', 'junit'];

interface CheckOptions {
  format?: FormatName;
  strict?: boolean;
  today?: string;
  fix?: boolean;
  dryRun?: boolean;
  cache: boolean;
}

/** `plan check [PATH...]`: wires options to the checker, loaded only when the command runs. */
export function defineCheck(program: Command, ctx: CommandContext): void {
  const { cli } = ctx.catalogue;
  program
    .command('check')
    .description(cli.check)
    .usage(cli.usageLines.check)
    .argument('[paths...]', cli.checkPaths)
    .addOption(new Option('--format <name>', cli.format).choices(formats))
    .option('--strict', cli.strict)
    .option('--today <date>', cli.today)
    .option('--fix', cli.fix)
    .option('--dry-run', cli.dryRun)
    .option('--no-cache', cli.noCache)
    .action(async (paths: string[], options: CheckOptions) => {
      ctx.exitCode = await runCheck(paths, options, ctx);
    });
}

async function runCheck(paths: string[], options: CheckOptions, ctx: CommandContext): Promise<number> {
  const { io, catalogue } = ctx;
  const [files, run, { formatters }, { chalkFor }, { summarize }, config, dates, { cacheFolderName }, { dirname, join }] = await Promise.all([
    import('../check/files.js'),
    import('../check/run.js'),
    import('../report/formats.js'),
    import('./color.js'),
    import('../check/diagnostic.js'),
    import('../check/config.js'),
    import('../model/dates.js'),
    import('../check/cache.js'),
    import('node:path'),
  ]);
  // GitHub Actions reads annotations: its own format is the default there.
  const format: FormatName = options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'human');
  const today = options.today ?? dates.todayInVietnam();
  if (!dates.parseDate(today)) throw new UsageError(catalogue.usage.badDate('--today', today));
  if (options.dryRun && !options.fix) throw new UsageError(catalogue.usage.dryRunWithoutFix);

  const plans = files.findPlansFolder(io.cwd);
  let targets = paths;
  if (targets.length === 0) {
    if (!plans) throw new UsageError(catalogue.usage.noPlansFolder('plans'));
    targets = [plans];
  }
  let absolute: string[];
  try {
    absolute = files.collectFiles(io.cwd, targets);
  } catch (error) {
    if (error instanceof files.PathNotFoundError) throw new UsageError(catalogue.usage.pathNotFound(error.path));
    throw error;
  }
  const configPath = config.findConfig(io.cwd);
  let loaded;
  try {
    loaded = configPath ? await config.loadConfig(configPath) : undefined;
  } catch (error) {
    if (error instanceof config.ConfigError) {
      throw new UsageError(catalogue.usage.config(files.displayPath(io.cwd, error.path), error.problem, error.detail));
    }
    throw error;
  }
  // The cache sits beside plans/ (git-ignored), or in the working folder outside a plans repo.
  const cacheFolder = options.cache ? join(plans ? dirname(plans) : io.cwd, cacheFolderName) : undefined;
  const runOptions = {
    today,
    ...(loaded ? { config: loaded } : {}),
    ...(cacheFolder ? { cacheFolder } : {}),
    ...(io.env.PLAN_PARALLEL_MIN ? { minFilesForWorkers: Number(io.env.PLAN_PARALLEL_MIN) } : {}),
  };
  let result = await run.checkFiles(io.cwd, absolute, catalogue, runOptions);
  if (options.fix) {
    const fixing = await import('./check-fix.js');
    const report = await fixing.fixFiles(io.cwd, result, catalogue, runOptions, Boolean(options.dryRun));
    io.stderr.write(report);
    if (!options.dryRun) result = await run.checkFiles(io.cwd, absolute, catalogue, runOptions);
  }
  const formatter = await formatters[format]();
  const text = formatter(result.diagnostics, {
    catalogue,
    sources: result.sources,
    files: result.files,
    chalk: chalkFor(io.env, io.stdout),
  });
  io.stdout.write(text);
  const summary = summarize(result.diagnostics, result.files);
  if (summary.errors > 0 || (options.strict && summary.warnings > 0)) return exitCodes.problems;
  return exitCodes.ok;
}

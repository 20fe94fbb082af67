import { Option, type Command } from 'commander';
import type { CommandContext } from './io.js';
import { exitCodes, UsageError } from './io.js';

interface CheckOptions {
  format: 'human' | 'json';
  strict?: boolean;
}

/** `plan check [PATH...]`: wires options to the checker, loaded only when the command runs. */
export function defineCheck(program: Command, ctx: CommandContext): void {
  const { cli } = ctx.catalogue;
  program
    .command('check')
    .description(cli.check)
    .usage(cli.usageLines.check)
    .argument('[paths...]', cli.checkPaths)
    .addOption(new Option('--format <name>', cli.format).choices(['human', 'json']).default('human'))
    .option('--strict', cli.strict)
    .action(async (paths: string[], options: CheckOptions) => {
      ctx.exitCode = await runCheck(paths, options, ctx);
    });
}

async function runCheck(paths: string[], options: CheckOptions, ctx: CommandContext): Promise<number> {
  const { io, catalogue } = ctx;
  const [{ collectFiles, findPlansFolder, PathNotFoundError }, { checkFiles }, { formatters }, { chalkFor }, { summarize }] = await Promise.all([
    import('../check/files.js'),
    import('../check/run.js'),
    import('../report/formats.js'),
    import('./color.js'),
    import('../check/diagnostic.js'),
  ]);
  let targets = paths;
  if (targets.length === 0) {
    const plans = findPlansFolder(io.cwd);
    if (!plans) throw new UsageError(catalogue.usage.noPlansFolder('plans'));
    targets = [plans];
  }
  let files: string[];
  try {
    files = collectFiles(io.cwd, targets);
  } catch (error) {
    if (error instanceof PathNotFoundError) {
      throw new UsageError(catalogue.usage.pathNotFound(error.path));
    }
    throw error;
  }
  const run = checkFiles(io.cwd, files, catalogue);
  const text = formatters[options.format](run.diagnostics, {
    catalogue,
    sources: run.sources,
    files: run.files,
    chalk: chalkFor(io.env, io.stdout),
  });
  io.stdout.write(text);
  const summary = summarize(run.diagnostics, run.files);
  if (summary.errors > 0 || (options.strict && summary.warnings > 0)) return exitCodes.problems;
  return exitCodes.ok;
}

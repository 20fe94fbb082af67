import { Option, type Command } from 'commander';
import type { FormatName } from '../report/formats.js';
import type { CommandContext } from './io.js';

// Listed here, not imported, so that defining the command loads no formatter.
const formats: readonly FormatName[] = ['human', 'json', 'github', 'sarif', 'junit'];

export interface CheckOptions {
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
      // One chunk with everything the command needs, loaded only when it runs.
      const { runCheck } = await import('./check-action.js');
      ctx.exitCode = await runCheck(paths, options, ctx);
    });
}


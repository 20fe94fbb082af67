import { Option, type Command } from 'commander';
import type { CommandContext } from './io.js';

const formats = ['table', 'json', 'csv', 'md'] as const;
const statuses = ['planned', 'in-progress', 'done', 'cancelled'] as const;

export interface DueOptions {
  quarter?: string;
  month?: string;
  year?: string;
  from?: string;
  to?: string;
  overdue?: boolean;
  unit?: string;
  body?: string;
  status?: (typeof statuses)[number];
  carry: boolean;
  format: (typeof formats)[number];
  today?: string;
}

/** `plan due`: what is due in a window, who leads it, what is late. */
export function defineDue(program: Command, ctx: CommandContext): void {
  const { cli } = ctx.catalogue;
  const o = cli.dueOptions;
  program
    .command('due')
    .description(cli.due)
    .usage(cli.usageLines.due)
    .addOption(new Option('--quarter <n>', o.quarter).conflicts(['month', 'from', 'to']))
    .addOption(new Option('--month <n>', o.month).conflicts(['from', 'to']))
    .option('--year <year>', o.year)
    .option('--from <date>', o.from)
    .option('--to <date>', o.to)
    .option('--overdue', o.overdue)
    .option('--unit <id>', o.unit)
    .option('--body <id>', o.body)
    .addOption(new Option('--status <status>', o.status).choices(statuses))
    .option('--no-carry', o.noCarry)
    .addOption(new Option('--format <name>', o.format).choices(formats).default('table'))
    .option('--today <date>', o.today)
    .action(async (options: DueOptions) => {
      const { runDue } = await import('./due-action.js');
      ctx.exitCode = await runDue(options, ctx);
    });
}


import { Argument, type Command } from 'commander';
import type { Status } from '../model/types.js';
import type { CommandContext } from './io.js';

const statuses: readonly Status[] = ['planned', 'in-progress', 'done', 'cancelled'];

export interface EditOptions {
  on?: string;
  evidence?: string;
  period?: string;
  body?: string;
  year?: string;
}

/** `plan done ID` and `plan status ID STATUS`: change one task in its plan file, in place. */
export function defineDone(program: Command, ctx: CommandContext): void {
  const { cli } = ctx.catalogue;
  const o = cli.doneOptions;
  const withOptions = (command: Command) =>
    command
      .option('--on <date>', o.on)
      .option('--evidence <text>', o.evidence)
      .option('--period <period>', o.period)
      .option('--body <id>', o.body)
      .option('--year <year>', o.year);
  withOptions(program.command('done').description(cli.done).usage(cli.usageLines.done).argument('<task-id>', cli.taskIdArg)).action(
    async (id: string, options: EditOptions) => {
      const { runEdit } = await import('./done-action.js');
      ctx.exitCode = await runEdit(id, 'done', options, ctx);
    },
  );
  withOptions(
    program
      .command('status')
      .description(cli.status)
      .usage(cli.usageLines.status)
      .argument('<task-id>', cli.taskIdArg)
      .addArgument(new Argument('<status>', cli.statusArg).choices(statuses)),
  ).action(async (id: string, status: Status, options: EditOptions) => {
    const { runEdit } = await import('./done-action.js');
      ctx.exitCode = await runEdit(id, status, options, ctx);
  });
}


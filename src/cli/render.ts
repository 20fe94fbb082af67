import { Argument, type Command } from 'commander';
import type { CommandContext } from './io.js';

/** The kinds of document `plan render` writes: the plan, and the reports of the year. */
export const renderKinds = ['ke-hoach', 'so-ket', 'tong-ket', 'cham-diem'] as const;
export type RenderKind = (typeof renderKinds)[number];

export interface RenderOptions {
  year?: string;
  body?: string;
  output?: string;
  force?: boolean;
  draft?: boolean;
  all?: boolean;
  pdf?: boolean;
  /** "Today" for the checks run before rendering (done dates may not be after it), as `plan check --today`. */
  today?: string;
}

/** `plan render ke-hoach|so-ket|tong-ket|cham-diem`, or `--all`: the Word documents that get signed. */
export function defineRender(program: Command, ctx: CommandContext): void {
  const { cli } = ctx.catalogue;
  const o = cli.renderOptions;
  program
    .command('render')
    .description(cli.render)
    .usage(cli.usageLines.render)
    .addArgument(new Argument('[kind]', cli.renderKind).choices(renderKinds))
    .option('--year <year>', o.year)
    .option('--body <id>', o.body)
    .option('-o, --output <file>', o.output)
    .option('--force', o.force)
    .option('--draft', o.draft)
    .option('--all', o.all)
    .option('--pdf', o.pdf)
    .option('--today <date>', cli.today)
    .action(async (kind: RenderKind | undefined, options: RenderOptions) => {
      const { runRender } = await import('./render-action.js');
      ctx.exitCode = await runRender(kind, options, ctx);
    });
}

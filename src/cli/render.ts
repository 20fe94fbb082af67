import { Argument, type Command } from 'commander';
import type { CommandContext } from './io.js';

/** The kinds of document `plan render` writes. */
export const renderKinds = ['ke-hoach'] as const;
export type RenderKind = (typeof renderKinds)[number];

export interface RenderOptions {
  year?: string;
  body?: string;
  output?: string;
  force?: boolean;
  draft?: boolean;
}

/** `plan render ke-hoach`: the Word document that gets signed. Loads docx only when run. */
export function defineRender(program: Command, ctx: CommandContext): void {
  const { cli } = ctx.catalogue;
  const o = cli.renderOptions;
  program
    .command('render')
    .description(cli.render)
    .usage(cli.usageLines.render)
    .addArgument(new Argument('<kind>', cli.renderKind).choices(renderKinds))
    .option('--year <year>', o.year)
    .option('--body <id>', o.body)
    .option('-o, --output <file>', o.output)
    .option('--force', o.force)
    .option('--draft', o.draft)
    .action(async (kind: RenderKind, options: RenderOptions) => {
      const { runRender } = await import('./render-action.js');
      ctx.exitCode = await runRender(kind, options, ctx);
    });
}

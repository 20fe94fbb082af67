import { Option, type Command } from 'commander';
import type { CommandContext } from './io.js';

const formats = ['table', 'json', 'csv', 'md'] as const;
const stages = ['self', 'cluster', 'final'] as const;

export interface ScoreOptions {
  year?: string;
  body?: string;
  cluster?: string;
  stage: (typeof stages)[number];
  format: (typeof formats)[number];
  diff?: boolean;
}

/** `plan score`: the units' emulation scores, ranked, classified, with the awards proposed. */
export function defineScore(program: Command, ctx: CommandContext): void {
  const { cli } = ctx.catalogue;
  const o = cli.scoreOptions;
  program
    .command('score')
    .description(cli.score)
    .usage(cli.usageLines.score)
    .option('--year <year>', o.year)
    .option('--body <id>', o.body)
    .option('--cluster <id>', o.cluster)
    .addOption(new Option('--stage <stage>', o.stage).choices(stages).default('final'))
    .addOption(new Option('--format <name>', o.format).choices(formats).default('table'))
    .option('--diff', o.diff)
    .action(async (options: ScoreOptions) => {
      const { runScore } = await import('./score-action.js');
      ctx.exitCode = await runScore(options, ctx);
    });
}

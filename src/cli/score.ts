import { Option, type Command } from 'commander';
import type { CommandContext } from './io.js';

const formats = ['table', 'json', 'csv', 'md'] as const;

export interface ScoreOptions {
  year?: string;
  body?: string;
  cluster?: string;
  /** A stage id of the guide (checked against it); absent: its official stage. */
  stage?: string;
  format: (typeof formats)[number];
  /** true: from the guide's first stage; a stage id: from that one. */
  diff?: true | string;
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
    // The stages are the guide's (src/score/stages.ts): checked once it is read.
    .option('--stage <stage>', o.stage)
    .addOption(new Option('--format <name>', o.format).choices(formats).default('table'))
    .option('--diff [stage]', o.diff)
    .action(async (options: ScoreOptions) => {
      const { runScore } = await import('./score-action.js');
      ctx.exitCode = await runScore(options, ctx);
    });
}

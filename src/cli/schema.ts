import type { Command } from 'commander';
import type { CommandContext } from './io.js';
import { exitCodes, UsageError } from './io.js';

/** `plan schema [KIND]`: prints a kind's JSON Schema for editors and other tools. */
export function defineSchema(program: Command, ctx: CommandContext): void {
  const { cli } = ctx.catalogue;
  program
    .command('schema')
    .description(cli.schema)
    .usage(cli.usageLines.schema)
    .argument('[kind]', cli.schemaKind)
    .action(async (kind: string | undefined) => {
      const { kinds, kindNames, isKind } = await import('../model/kinds.js');
      const { io, catalogue } = ctx;
      if (kind === undefined) {
        const lines = kindNames.map((k) => `  ${k.padEnd(10)} ${String(kinds[k].schema.title)}: ${String(kinds[k].schema.description).split('\n')[0]}`);
        io.stdout.write(`${cli.kindsTitle}\n${lines.join('\n')}\n`);
      } else if (isKind(kind)) {
        io.stdout.write(`${JSON.stringify(kinds[kind].schema, null, 2)}\n`);
      } else {
        throw new UsageError(catalogue.usage.unknownKind(kind, kindNames));
      }
      ctx.exitCode = exitCodes.ok;
    });
}

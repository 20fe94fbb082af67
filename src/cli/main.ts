import { Command, CommanderError } from 'commander';
import { loadCatalogue } from '../i18n/load.js';
import { langs, type Catalogue, type Lang } from '../i18n/catalogue.js';
import { asIoFailure } from '../io/failure.js';
import { displayPath } from '../repo/files.js';
import { defineCheck } from './check.js';
import { defineDone } from './done.js';
import { defineDue } from './due.js';
import { exitCodes, isUsageError, type CommandContext, type Io } from './io.js';
import { version } from '../version.js';
import { defineRender } from './render.js';
import { defineSchema } from './schema.js';
import { defineScore } from './score.js';
import { printableText } from '../report/printable.js';

/** --lang is read before commander, so that help and usage errors speak the chosen language. */
function chooseLang(io: Io): Lang | { invalid: string } {
  const argv = io.argv;
  let value: string | undefined = io.env.PLAN_LANG;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  if (value === undefined || value === '') return 'vi';
  return (langs as readonly string[]).includes(value) ? (value as Lang) : { invalid: value };
}

/** A message that quotes what the user typed or a file holds: no control character reaches the terminal raw. */
const shown = (message: string) => printableText(message, { newlines: true });

/** Commander's English error → our words. Its message quotes the culprit: 'like-this'. */
function usageMessage(error: CommanderError, catalogue: Catalogue): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /Did you mean (\S+?)\?/.exec(error.message)?.[1];
  switch (error.code) {
    case 'commander.unknownOption':
      return catalogue.usage.unknownOption(quoted, suggestion);
    case 'commander.unknownCommand':
      return catalogue.usage.unknownCommand(quoted, suggestion);
    case 'commander.missingArgument':
      return catalogue.usage.missingArgument(quoted);
    case 'commander.optionMissingArgument':
      return catalogue.usage.optionMissingArgument(quoted);
    case 'commander.invalidArgument': {
      const allowed = /Allowed choices are (.*)\./.exec(error.message)?.[1]?.split(', ') ?? [];
      // "option '--format <name>' argument 'x' is invalid" or "command-argument value 'x' is invalid for argument 'kind'".
      const argument = /for argument '([^']*)'/.exec(error.message)?.[1];
      const option = argument !== undefined ? `<${argument}>` : (/option '([^']*)'/.exec(error.message)?.[1] ?? '').replace(/ <.*>$/, '');
      const value = /(?:argument|value) '([^']*)'/.exec(error.message)?.[1] ?? quoted;
      return catalogue.usage.invalidChoice(option, value, allowed);
    }
    case 'commander.excessArguments': {
      // "too many arguments for 'schema'. Expected 1 argument but got 3."
      const expected = Number(/Expected (\d+)/.exec(error.message)?.[1] ?? 0);
      const got = Number(/got (\d+)/.exec(error.message)?.[1] ?? expected + 1);
      return catalogue.usage.excessArguments(got - expected);
    }
    case 'commander.conflictingOption': {
      const [a, b] = [...error.message.matchAll(/option '([^' ]*)/g)].map((m) => m[1]!);
      return catalogue.usage.conflicting(a ?? '', b ?? '');
    }
    default:
      return error.message.replace(/^error: /, '');
  }
}

const commandDefinitions = {
  check: defineCheck,
  schema: defineSchema,
  due: defineDue,
  done: defineDone,
  status: defineDone, // defines `done` and `status`
  score: defineScore,
  render: defineRender,
};

/** The first word of the line that is not an option, nor the value of --lang. */
function invokedCommand(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') i++;
    else if (arg === '--') return argv[i + 1];
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

function buildProgram(ctx: CommandContext): Command {
  const { catalogue, io } = ctx;
  const titles: Record<string, string> = {
    'Usage:': catalogue.cli.helpTitles.usage,
    'Options:': catalogue.cli.helpTitles.options,
    'Commands:': catalogue.cli.helpTitles.commands,
    'Arguments:': catalogue.cli.helpTitles.arguments,
  };
  // Our option descriptions already name the choices and defaults, in the user's language.
  const help = {
    styleTitle: (title: string) => titles[title] ?? title,
    optionDescription: (o: { description: string }) => o.description,
    argumentDescription: (a: { description: string }) => a.description,
    subcommandTerm: (c: Command) => `${c.name()} ${c.usage()}`,
  };
  const output = {
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    outputError: () => undefined,
  };
  const program = new Command('plan')
    .description(catalogue.cli.description)
    .version(version, '-V, --version', catalogue.cli.version)
    .helpOption('-h, --help', catalogue.cli.help)
    .helpCommand(false)
    .option('--lang <lang>', catalogue.cli.lang)
    .usage(catalogue.cli.usageLines.plan)
    .configureHelp(help)
    .configureOutput(output)
    .exitOverride();
  // The command named on the line is the only one defined (start-up is a feature); all of them
  // when none is named, for `plan --help` and for suggestions after a mistyped name.
  const named = commandDefinitions[invokedCommand(io.argv) as keyof typeof commandDefinitions];
  for (const define of named ? [named] : new Set(Object.values(commandDefinitions))) define(program, ctx);
  // Subcommands inherit the output, help wording and exit behaviour of the program.
  for (const command of program.commands) {
    command
      .helpOption('-h, --help', catalogue.cli.help)
      .configureHelp(help)
      .configureOutput(output)
      .exitOverride();
  }
  return program;
}

/**
 * The whole tool as a function: arguments and streams in, exit code out. The bin calls it with
 * the process's; tests call it with their own.
 */
export async function main(io: Io): Promise<number> {
  const chosen = chooseLang(io);
  const lang: Lang = typeof chosen === 'string' ? chosen : 'vi';
  const catalogue = await loadCatalogue(lang);
  if (typeof chosen !== 'string') {
    const source = io.argv.some((a) => a === '--lang' || a.startsWith('--lang=')) ? '--lang' : 'PLAN_LANG';
    io.stderr.write(`plan: ${shown(catalogue.usage.invalidChoice(source, chosen.invalid, langs))}\n`);
    return exitCodes.usage;
  }
  const ctx: CommandContext = { io, lang, catalogue, exitCode: exitCodes.ok };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return exitCodes.ok;
      if (error.code === 'commander.help') return exitCodes.usage; // `plan` alone: help on stderr
      io.stderr.write(`plan: ${shown(usageMessage(error, catalogue))}\n${catalogue.usage.seeHelp}\n`);
      return exitCodes.usage;
    }
    if (isUsageError(error)) {
      io.stderr.write(`plan: ${shown(error.message)}\n`);
      return exitCodes.usage;
    }
    // A file or folder the system refused (permissions, a full disk, a FIFO named...): not a bug.
    const failure = asIoFailure(error);
    if (failure) {
      const path = failure.path ? displayPath(io.cwd, failure.path) : '';
      io.stderr.write(`plan: ${shown(catalogue.io.failed({ action: failure.action, path, code: failure.code, holder: failure.holder }))}\n`);
      if (io.env.PLAN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
      return exitCodes.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`plan: ${shown(catalogue.usage.internal(detail))}\n`);
    if (io.env.PLAN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return exitCodes.internal;
  }
}

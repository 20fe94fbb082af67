import { Argument, type Command } from 'commander';
import type { Status } from '../model/types.js';
import type { CommandContext } from './io.js';
import { exitCodes, UsageError } from './io.js';

const statuses: readonly Status[] = ['planned', 'in-progress', 'done', 'cancelled'];

interface EditOptions {
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
  withOptions(program.command('done').description(cli.done).usage(cli.usageLines.done).argument('<task-id>')).action(
    async (id: string, options: EditOptions) => {
      ctx.exitCode = await runEdit(id, 'done', options, ctx);
    },
  );
  withOptions(
    program
      .command('status')
      .description(cli.status)
      .usage(cli.usageLines.status)
      .argument('<task-id>')
      .addArgument(new Argument('<status>').choices(statuses)),
  ).action(async (id: string, status: Status, options: EditOptions) => {
    ctx.exitCode = await runEdit(id, status, options, ctx);
  });
}

async function runEdit(id: string, status: Status, options: EditOptions, ctx: CommandContext): Promise<number> {
  const { io, catalogue } = ctx;
  const [fs, files, dates, { loadRepo }, { tasksOf }, { editTask }, source] = await Promise.all([
    import('node:fs'),
    import('../check/files.js'),
    import('../model/dates.js'),
    import('../check/load-repo.js'),
    import('../check/checks/walk.js'),
    import('../due/edit.js'),
    import('../check/source.js'),
  ]);
  const on = options.on ?? dates.todayInVietnam();
  if (!dates.parseDate(on)) throw new UsageError(catalogue.usage.badDate('--on', on));
  const plans = files.findPlansFolder(io.cwd);
  if (!plans) throw new UsageError(catalogue.usage.noPlansFolder('plans'));
  const repo = loadRepo(files.collectFiles(io.cwd, [plans]));
  const candidates = repo.plans
    .filter((p) => (!options.body || p.data.body === options.body) && (!options.year || String(p.data.year) === options.year))
    .flatMap((plan) => tasksOf(plan.data).map((t) => ({ plan, ...t })));
  const matches = candidates.filter((c) => c.task.id === id);
  if (matches.length === 0) {
    const known = [...new Set(candidates.map((c) => c.task.id))].sort();
    throw new UsageError(catalogue.usage.unknownTask(id, known));
  }
  if (matches.length > 1) {
    throw new UsageError(catalogue.usage.ambiguousTask(id, matches.map((m) => `--body ${m.plan.data.body} --year ${m.plan.data.year}`)));
  }
  const { plan, task, path } = matches[0]!;
  if (task.repeat) {
    const { occurrencesOf } = await import('../due/occurrences.js');
    const periods = occurrencesOf(plan.data, [{ task, path }]).map((o) => o.period!);
    // A period the task cannot have would be written and never seen again.
    if (!options.period || !periods.includes(options.period)) throw new UsageError(catalogue.usage.periodNeeded(id, periods));
  }
  if (!task.repeat && options.period) throw new UsageError(catalogue.usage.notRepeating(id));

  const display = files.displayPath(io.cwd, plan.absolute);
  const decoded = source.decode(fs.readFileSync(plan.absolute));
  if (!decoded.ok) throw new UsageError(catalogue.usage.editFailed(display, decoded.reason));
  let edited: string;
  try {
    edited = editTask(decoded.text, path, {
      status,
      ...(status === 'done' ? { done: on } : {}),
      ...(options.evidence ? { evidence: options.evidence } : {}),
      ...(options.period ? { period: options.period } : {}),
    });
  } catch (error) {
    throw new UsageError(catalogue.usage.editFailed(display, error instanceof Error ? error.message : String(error)));
  }
  // Temp file beside the plan, then rename: an editor or git never sees half a file.
  const temp = `${plan.absolute}.${process.pid}.tmp`;
  fs.writeFileSync(temp, (decoded.bom ? '\uFEFF' : '') + edited);
  fs.renameSync(temp, plan.absolute);
  const label = `${catalogue.due.status[status]}${status === 'done' ? ` ${on.split('-').reverse().join('/')}` : ''}${options.period ? `, ${options.period}` : ''}`;
  io.stdout.write(`${catalogue.cli.changed(id, display, label)}\n`);
  return exitCodes.ok;
}

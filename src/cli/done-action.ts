import * as fs from 'node:fs';
import { writeFileAtomic } from '../write-atomic.js';
import * as files from '../check/files.js';
import { tasksOf } from '../check/checks/walk.js';
import { loadRepo } from '../check/load-repo.js';
import * as source from '../check/source.js';
import { editTask } from '../due/edit.js';
import * as dates from '../model/dates.js';
import type { Status } from '../model/types.js';
import type { EditOptions } from './done.js';
import { exitCodes, UsageError, type CommandContext } from './io.js';

export async function runEdit(id: string, status: Status, options: EditOptions, ctx: CommandContext): Promise<number> {
  const { io, catalogue } = ctx;
  const on = options.on ?? dates.todayInVietnam();
  if (!dates.parseDate(on)) throw new UsageError(catalogue.usage.badDate('--on', on));
  const plans = files.findPlansFolder(io.cwd);
  if (!plans) throw new UsageError(catalogue.usage.noPlansFolder('plans'));
  const repo = await loadRepo(files.collectFiles(io.cwd, [plans]).files);
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
  writeFileAtomic(plan.absolute, (decoded.bom ? '\uFEFF' : '') + edited);
  const label = `${catalogue.due.status[status]}${status === 'done' ? ` ${on.split('-').reverse().join('/')}` : ''}${options.period ? `, ${options.period}` : ''}`;
  io.stdout.write(`${catalogue.cli.changed(id, display, label)}\n`);
  return exitCodes.ok;
}

import { parseDocument } from 'yaml';
import { updateFile } from '../io/update.js';
import * as files from '../repo/files.js';
import { tasksOf } from '../repo/tasks.js';
import { loadRepo } from '../repo/load-repo.js';
import * as source from '../repo/source.js';
import { EditError, editTask } from '../repo/edit-task.js';
import type { EditFailure } from '../i18n/catalogue.js';
import * as dates from '../model/dates.js';
import type { Plan, Status } from '../model/types.js';
import type { EditOptions } from './done.js';
import { exitCodes, UsageError, type CommandContext } from './io.js';
import { showBroken } from './show-problems.js';

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
    // The task may be in a file that could not be read: show why, rather than say there is none.
    if (repo.invalid.length > 0) {
      await showBroken(repo.invalid, ctx);
      io.stderr.write(`plan: ${catalogue.render.invalidPlans(repo.invalid.length)}\n`);
      return exitCodes.problems;
    }
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
  const change = {
    status,
    ...(status === 'done' ? { done: on } : {}),
    ...(options.evidence ? { evidence: options.evidence } : {}),
    ...(options.period ? { period: options.period } : {}),
  };
  const refuse = (reason: EditFailure, key = '') => new UsageError(catalogue.usage.editFailed(display, reason, key));
  // Edited from the bytes on disk at the time of writing: if another command (or an editor)
  // changed the file since it was read, the edit is made again on what it holds now.
  await updateFile(plan.absolute, (bytes) => {
    const decoded = source.decode(bytes);
    if (!decoded.ok) throw refuse(decoded.reason);
    // The task is looked for again by its id: an edit made meanwhile may have moved it.
    const at = taskPathIn(decoded.text, id, path);
    if (!at) throw refuse('task-gone', id);
    let edited: string;
    try {
      edited = editTask(decoded.text, at, change);
    } catch (error) {
      if (error instanceof EditError) throw refuse(error.reason, error.key);
      throw error;
    }
    const written = source.encode(decoded, edited);
    if (written === undefined) throw refuse('mixed-line-ends');
    return written;
  });
  const label = `${catalogue.due.status[status]}${status === 'done' ? ` ${on.split('-').reverse().join('/')}` : ''}${options.period ? `, ${options.period}` : ''}`;
  io.stdout.write(`${catalogue.cli.changed(id, display, label)}\n`);
  return exitCodes.ok;
}

/**
 * The data path of the task `id` in a plan's text: the one it had when the plan was loaded if it is
 * still there, else where it is now; undefined when it is gone.
 */
function taskPathIn(text: string, id: string, was: (string | number)[]): (string | number)[] | undefined {
  const doc = parseDocument(text);
  // A text that does not parse: the edit says what is wrong with it.
  if (doc.errors.length > 0) return was;
  try {
    const found = tasksOf(doc.toJS() as Plan).filter((t) => t.task?.id === id);
    return (found.find((t) => t.path.join('/') === was.join('/')) ?? found[0])?.path;
  } catch {
    return undefined; // no longer a plan's shape: there is no task to edit
  }
}

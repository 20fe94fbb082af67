import { dirname, join } from 'node:path';
import { cacheFolderName, ContentCache } from '../repo/cache.js';
import * as files from '../repo/files.js';
import { loadDue } from '../due/load.js';
import { toRow, unitName } from '../due/rows.js';
import { selectDue, windowOf } from '../due/select.js';
import * as dates from '../model/dates.js';
import { nameableLists } from '../model/nameable.js';
import type { Organisation } from '../model/types.js';
import * as formats from '../report/due/index.js';
import { colorLevel } from './color-level.js';
import type { DueOptions } from './due.js';
import { exitCodes, UsageError, type CommandContext } from './io.js';
import { compareNames } from '../model/collate.js';

/** A whole number from an option, within bounds, or a usage error listing the valid values. */
function integer(option: string, value: string | undefined, min: number, max: number, ctx: CommandContext): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    const allowed = Array.from({ length: Math.min(max - min + 1, 12) }, (_, i) => String(min + i));
    throw new UsageError(ctx.catalogue.usage.badChoice(option, value, max - min < 12 ? allowed : [`${min}-${max}`]));
  }
  return n;
}

export async function runDue(options: DueOptions, ctx: CommandContext): Promise<number> {
  const { io, catalogue } = ctx;
  const today = options.today ?? dates.todayInVietnam();
  for (const [name, value] of [['--today', today], ['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !dates.parseDate(value)) throw new UsageError(catalogue.usage.badDate(name, value));
  }
  if (options.from && options.to && options.from > options.to) throw new UsageError(catalogue.usage.badRange(options.from, options.to));
  const quarter = integer('--quarter', options.quarter, 1, 4, ctx);
  const month = integer('--month', options.month, 1, 12, ctx);
  const year = integer('--year', options.year, 1945, 2100, ctx) ?? Number((options.from ?? today).slice(0, 4));
  // No window asked for: the current quarter.
  const asked = quarter ?? month ?? options.from ?? options.to ?? options.year;
  const window = windowOf(year, asked === undefined ? { quarter: Math.ceil(Number(today.slice(5, 7)) / 3) } : {
    ...(quarter ? { quarter } : {}),
    ...(month ? { month } : {}),
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
  });

  const plans = files.findPlansFolder(io.cwd);
  if (!plans) throw new UsageError(catalogue.usage.noPlansFolder('plans'));
  // The data cache sits beside plans/ with the check cache (git-ignored, safe to delete).
  const cacheFolder = join(dirname(plans), cacheFolderName);
  const data = await loadDue(files.collectFiles(io.cwd, [plans]).files, cacheFolder);
  const bodies = [...new Set(data.repo.plans.map((p) => p.data.body))].sort();
  if (options.body && !bodies.includes(options.body)) throw new UsageError(catalogue.usage.badChoice('--body', options.body, bodies));
  if (options.unit) {
    const units = knownUnits(data.repo.organisations.map((o) => o.data), catalogue.due.allUnits);
    if (!units.some((u) => u.id === options.unit)) {
      throw new UsageError(catalogue.usage.badChoice('--unit', options.unit, units.map((u) => `${u.id} (${u.name})`)));
    }
  }
  const items = selectDue(data.occurrences, {
    window,
    today,
    carry: options.carry,
    ...(options.overdue ? { overdueOnly: true } : {}),
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.body ? { body: options.body } : {}),
    ...(options.status ? { status: options.status } : {}),
    memberUnits: (body) => (data.organisationByBody(body, year)?.units ?? []).map((u) => u.id),
    clustersOf: (body, unit) => (data.organisationByBody(body, year)?.clusters ?? []).filter((c) => c.members.includes(unit)).map((c) => c.id),
  });
  const rows = items.map((item) => toRow(item, data.organisationByBody(item.body, item.planYear), catalogue.due.allUnits));
  // The same rows printed the same way give the same text: a run that repeats the last one (same
  // files, same day, same terminal) prints it from the cache without loading the table code.
  const level = colorLevel(io.env, io.stdout);
  const width = widthOf(io);
  const outputs = new ContentCache<string>(cacheFolder, 'due-output', [catalogue.lang]);
  const slot = `${options.format}|${level}|${width}`;
  // The rows themselves are the key: no hashing, so a run with nothing changed never loads node:crypto.
  const key = JSON.stringify([rows, window]);
  let text = outputs.get(slot, key);
  if (text === undefined) {
    const { chalkFor } = await import('./color.js');
    const context = { catalogue, chalk: chalkFor(io.env, io.stdout), width, window };
    text = (await formats.dueFormatters[options.format]())(rows, context);
    outputs.set(slot, key, text);
    outputs.save();
  }
  io.stdout.write(text);
  if (data.repo.invalid.length > 0) io.stderr.write(`${catalogue.due.skipped(data.repo.invalid.length)}\n`);
  return exitCodes.ok;
}

function widthOf(io: CommandContext['io']): number {
  const columns = (io.stdout as { columns?: number }).columns;
  return columns && columns > 40 ? columns : 100;
}

/** Every id a task may name, with its name, sorted by name as Vietnamese sorts (Intl.Collator). */
function knownUnits(orgs: readonly Organisation[], allUnits: string): { id: string; name: string }[] {
  const found = new Map<string, string>([['all-units', allUnits]]);
  for (const org of orgs) {
    for (const list of nameableLists) {
      for (const x of org[list] ?? []) found.set(x.id, unitName(org, x.id, allUnits));
    }
  }
  return [...found].map(([id, n]) => ({ id, name: n })).sort((a, b) => compareNames(a.name, b.name));
}

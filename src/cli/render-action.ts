import { existsSync, mkdirSync, statSync } from 'node:fs';
import { IoFailure, ioFailure } from '../io/failure.js';
import { readRegularFile } from '../io/read.js';
import { dirname, join, resolve } from 'node:path';
import { cacheFolderName } from '../repo/cache.js';
import * as files from '../repo/files.js';
import { loadRepo, type PlanEntry, type RepoData, type ReportEntry } from '../repo/load-repo.js';
import { placeOf } from '../repo/place.js';
import * as run from '../engine/run.js';
import * as dates from '../model/dates.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { loadConfigFor } from './check-config.js';
import { showBroken, showProblems } from './show-problems.js';
import { chooseByYearAndBody } from './choose.js';
import { exitCodes, UsageError, type CommandContext } from './io.js';
import type { RenderKind, RenderOptions } from './render.js';
import { producePlan, produceReport, type Job, type ProduceContext, type Produced } from './render-produce.js';

/** The file a document is written to by default: out/<year>/<body>/<kind>-<number>-<year>.docx beside plans/. */
export function defaultOutput(root: string, kind: RenderKind, doc: { year: number; body: string; number: number }): string {
  return join(root, 'out', String(doc.year), doc.body, `${kind}-${doc.number}-${doc.year}.docx`);
}

const kindOf = (job: Job): RenderKind => (job.kind === 'ke-hoach' ? 'ke-hoach' : job.entry.data.type);

export async function runRender(kind: RenderKind | undefined, options: RenderOptions, ctx: CommandContext): Promise<number> {
  const { io, catalogue } = ctx;
  if (options.all && options.output !== undefined) throw new UsageError(catalogue.render.allWithOutput);
  if (!options.all && kind === undefined) throw new UsageError(catalogue.cli.renderKindNeeded);
  const today = options.today ?? dates.todayInVietnam();
  if (!dates.parseDate(today)) throw new UsageError(catalogue.usage.badDate('--today', today));
  const plans = files.findPlansFolder(io.cwd);
  if (!plans) throw new UsageError(catalogue.usage.noPlansFolder('plans'));
  const root = dirname(plans);
  const cacheFolder = join(root, cacheFolderName);
  const repo = await loadRepo(files.collectFiles(io.cwd, [plans]).files, cacheFolder);
  const loaded = await loadConfigFor(ctx);
  const checkOptions: run.RunOptions = { today, cacheFolder, withSources: true, ...(loaded ? { config: loaded } : {}) };
  const produce: ProduceContext = { cwd: io.cwd, root, repo, catalogue, checkOptions, draft: Boolean(options.draft) };

  if (options.all) return renderAll(repo, options, produce, ctx);

  let job: Job;
  try {
    job = chooseJob(repo, kind!, options, ctx);
  } catch (error) {
    // No document to choose, and files that could not be read: they may hold it. Show why.
    if (repo.invalid.length === 0) throw error;
    await showBroken(repo.invalid, ctx, checkOptions);
    io.stderr.write(`plan: ${catalogue.render.invalidPlans(repo.invalid.length)}\n`);
    return exitCodes.problems;
  }
  // The latest year's document, or the only body's, chosen by default: a file of that kind that
  // could not be read may be the one meant (a newer year, another body). Say so rather than print an older one.
  const claimed = job.kind === 'ke-hoach' ? 'ke-hoach' : 'bao-cao';
  const shadowing = repo.invalid.filter((f) => {
    const { yearFolder, bodyFolder } = placeOf(f);
    if (repo.claims.get(f) !== claimed || yearFolder === undefined) return false;
    if (options.year === undefined && yearFolder > job.entry.data.year) return true;
    return yearFolder === job.entry.data.year && options.body === undefined && bodyFolder !== job.entry.data.body;
  });
  if (shadowing.length > 0) {
    await showBroken(shadowing, ctx, checkOptions);
    io.stderr.write(`plan: ${catalogue.render.invalidPlans(shadowing.length)}\n`);
    return exitCodes.problems;
  }
  const produced = await produceJob(produce, job);
  await showProblems(produced, ctx);
  if (produced.message) io.stderr.write(`plan: ${produced.message}\n`);
  if (!produced.bytes) return exitCodes.problems;
  const target = outputPath(io.cwd, options.output, defaultOutput(root, kindOf(job), job.entry.data));
  const outcome = write(target, produced.bytes, Boolean(options.force), ctx);
  if (outcome === 'refused') throw new UsageError(catalogue.render.exists(files.displayPath(io.cwd, target)));
  return options.pdf ? pdf(target, ctx) : exitCodes.ok;
}

function produceJob(produce: ProduceContext, job: Job): Promise<Produced> {
  return job.kind === 'ke-hoach' ? producePlan(produce, job.entry) : produceReport(produce, job.entry);
}

/** The document of that kind, year and body; by default the latest year, and its only body. */
function chooseJob(repo: RepoData, kind: RenderKind, options: RenderOptions, ctx: CommandContext): Job {
  const { catalogue } = ctx;
  if (kind === 'ke-hoach') {
    if (repo.plans.length === 0) throw new UsageError(catalogue.render.noPlan);
    return { kind, entry: chooseByYearAndBody(repo.plans, (p) => p.data, options, catalogue) };
  }
  const reports = repo.reports.filter((r) => r.data.type === kind);
  if (reports.length === 0) throw new UsageError(catalogue.render.noReport(kind));
  return { kind: 'report', entry: chooseByYearAndBody(reports, (r) => r.data, options, catalogue) };
}

/** Every document of a year, for every body: the plans first, then the reports, by body. */
function jobsOfYear(repo: RepoData, year: number): Job[] {
  const byBody = <T extends PlanEntry | ReportEntry>(a: T, b: T) => (a.data.body < b.data.body ? -1 : a.data.body > b.data.body ? 1 : 0);
  return [
    ...repo.plans.filter((p) => p.data.year === year).sort(byBody).map((entry): Job => ({ kind: 'ke-hoach', entry })),
    ...repo.reports.filter((r) => r.data.year === year).sort(byBody).map((entry): Job => ({ kind: 'report', entry })),
  ];
}

/**
 * `--all`: every document of the year. One that fails does not stop the others; the failures
 * are shown together at the end (exit 1). On a terminal a progress line counts them off.
 */
async function renderAll(repo: RepoData, options: RenderOptions, produce: ProduceContext, ctx: CommandContext): Promise<number> {
  const { io, catalogue } = ctx;
  const years = [
    ...new Set([...[...repo.plans, ...repo.reports].map((e) => e.data.year), ...repo.invalid.flatMap((f) => placeOf(f).yearFolder ?? [])]),
  ]
    .sort((a, b) => a - b)
    .map(String);
  if (years.length === 0) {
    // Nothing to print: the files that hold the plans and reports may have errors. Show them.
    if (repo.invalid.length === 0) throw new UsageError(catalogue.render.noPlan);
    await showBroken(repo.invalid, ctx, produce.checkOptions);
    io.stderr.write(`plan: ${catalogue.render.invalidPlans(repo.invalid.length)}\n`);
    return exitCodes.problems;
  }
  if (options.year !== undefined && !years.includes(options.year)) throw new UsageError(catalogue.usage.badChoice('--year', options.year, years));
  const year = Number(options.year ?? years.at(-1));
  const jobs = jobsOfYear(repo, year).filter((j) => options.body === undefined || j.entry.data.body === options.body);
  // The year's files that could not be read: each is a document (or a source of one) not made.
  const broken = repo.invalid.filter((f) => {
    const { yearFolder, bodyFolder } = placeOf(f);
    return yearFolder === year && (options.body === undefined || bodyFolder === options.body);
  });
  if (jobs.length === 0 && broken.length === 0) throw new UsageError(catalogue.render.allNothing(year));
  const progress = io.stderr.isTTY === true;
  const failures: { name: string; produced: Produced }[] = [];
  if (broken.length > 0) {
    const checked = await run.checkFiles(io.cwd, broken, catalogue, produce.checkOptions);
    for (const file of broken) {
      const name = files.displayPath(io.cwd, file);
      failures.push({ name, produced: { diagnostics: checked.diagnostics.filter((d) => d.file === name), sources: checked.sources } });
    }
  }
  let written = 0;
  let unchanged = 0;
  let pdfFailed = false;
  for (const [i, job] of jobs.entries()) {
    const target = defaultOutput(produce.root, kindOf(job), job.entry.data);
    const name = files.displayPath(io.cwd, target);
    if (progress) io.stderr.write(`\r\x1b[2K[${i + 1}/${jobs.length}] ${name}`);
    const produced = await produceJob(produce, job);
    if (!produced.bytes) {
      failures.push({ name, produced });
      continue;
    }
    const outcome = write(target, produced.bytes, Boolean(options.force), ctx, progress);
    if (outcome === 'refused') failures.push({ name, produced: { diagnostics: [], sources: new Map(), message: catalogue.render.exists(name) } });
    else if (outcome === 'unchanged') unchanged++;
    else written++;
    if (outcome !== 'refused' && options.pdf && (await pdf(target, ctx, progress)) !== exitCodes.ok) pdfFailed = true;
  }
  if (progress) io.stderr.write('\r\x1b[2K');
  // A broken file that several documents are made from is shown once, under the first.
  const shown = new Set<string>();
  for (const { name, produced } of failures) {
    io.stderr.write(`${catalogue.render.failedTitle(name)}\n`);
    const fresh = produced.diagnostics.filter((d) => !shown.has(d.file));
    await showProblems({ ...produced, diagnostics: fresh }, ctx);
    for (const d of produced.diagnostics) shown.add(d.file);
    if (produced.message) io.stderr.write(`plan: ${produced.message}\n`);
  }
  io.stdout.write(`${catalogue.render.allSummary(written, unchanged, failures.length)}\n`);
  if (failures.length > 0) return exitCodes.problems;
  return pdfFailed ? exitCodes.usage : exitCodes.ok;
}

type Outcome = 'written' | 'unchanged' | 'refused';

/** Writes the bytes unless the file already holds them; a different file only with --force. */
function write(target: string, bytes: Uint8Array, force: boolean, ctx: CommandContext, progress = false): Outcome {
  const { io, catalogue } = ctx;
  const shown = files.displayPath(io.cwd, target);
  const say = (line: string) => io.stdout.write(`${progress ? '\r\x1b[2K' : ''}${line}\n`);
  let existing;
  try {
    existing = statSync(target, { throwIfNoEntry: false });
  } catch (error) {
    throw ioFailure('write', target, error);
  }
  if (existing) {
    // A folder or a FIFO where the document goes: refused, never read (a FIFO would wait for ever).
    if (!existing.isFile()) throw new IoFailure('write', target, existing.isDirectory() ? 'EISDIR' : 'ENOTREG');
    if (Buffer.compare(readRegularFile(target), bytes) === 0) {
      say(catalogue.render.unchanged(shown));
      return 'unchanged';
    }
    if (!force) return 'refused';
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    throw ioFailure('write', target, error);
  }
  writeFileAtomic(target, bytes);
  say(catalogue.render.written(shown));
  return 'written';
}

/** `--pdf`: the PDF beside the .docx, through LibreOffice; exit 2 with what to install when it is missing. */
async function pdf(docx: string, ctx: CommandContext, progress = false): Promise<number> {
  const { io, catalogue } = ctx;
  const { convertToPdf, findSoffice } = await import('./pdf.js');
  const soffice = findSoffice(io.env);
  if (!soffice) {
    io.stderr.write(`plan: ${catalogue.render.pdfMissing}\n`);
    return exitCodes.usage;
  }
  const target = docx.replace(/\.docx$/i, '.pdf');
  const shown = files.displayPath(io.cwd, target);
  const result = convertToPdf(docx, soffice, io.env);
  if (!result.ok) {
    io.stderr.write(`plan: ${catalogue.render.pdfFailed(files.displayPath(io.cwd, docx), result.detail)}\n`);
    return exitCodes.usage;
  }
  writeFileAtomic(target, result.bytes);
  io.stdout.write(`${progress ? '\r\x1b[2K' : ''}${catalogue.render.pdfWritten(shown)}\n`);
  return exitCodes.ok;
}

/** `-o` as given (a folder takes the default file name), or the default path. */
function outputPath(cwd: string, output: string | undefined, fallback: string): string {
  if (output === undefined) return fallback;
  const target = resolve(cwd, output);
  const isFolder = output.endsWith('/') || (existsSync(target) && statSync(target).isDirectory());
  return isFolder ? join(target, fallback.split(/[\\/]/).at(-1)!) : target;
}

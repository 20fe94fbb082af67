import { readRegularFile } from '../io/read.js';
import { dirname, sep } from 'node:path';
import { readDocument } from '../repo/document.js';
import { toDiagnostics } from '../engine/diagnose.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import * as files from '../repo/files.js';
import { organisationFor, type PlanEntry, type RepoData, type ReportEntry } from '../repo/load-repo.js';
import * as run from '../engine/run.js';
import type { Kind } from '../model/kinds.js';
import type { ReportTemplate } from '../model/report-types.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { templateFor } from './templates.js';

/** One document to write: the plan or a report of one body and year. */
export type Job = { kind: 'ke-hoach'; entry: PlanEntry } | { kind: 'report'; entry: ReportEntry };

/** What producing a document gave: its bytes, or why not; and what to show the user either way. */
export interface Produced {
  bytes?: Uint8Array;
  /** Diagnostics to show (errors that stopped it, or warnings it was written with). */
  diagnostics: Diagnostic[];
  /** The texts of the files named by the diagnostics, for the excerpts. */
  sources: Map<string, string>;
  /** One sentence: why it was not written, or what a draft still lacks. */
  message?: string;
}

export interface ProduceContext {
  cwd: string;
  root: string;
  repo: RepoData;
  catalogue: Catalogue;
  checkOptions: run.RunOptions;
  draft: boolean;
}

const errorsOf = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');

/** A check run, as what it found: every diagnostic, and the text of the files they name. */
async function check(ctx: ProduceContext, paths: readonly string[]): Promise<Pick<Produced, 'diagnostics' | 'sources'>> {
  const result = await run.checkFiles(ctx.cwd, paths, ctx.catalogue, ctx.checkOptions);
  return { diagnostics: result.diagnostics, sources: result.sources };
}

/** A path as the user sees it: relative to the working folder, or whole when it lies outside (a shipped template). */
function shownPath(cwd: string, absolute: string): string {
  const relative = files.displayPath(cwd, absolute);
  return relative.startsWith('../') ? absolute.split(sep).join('/') : relative;
}

/**
 * The files in the document's folder (plans/<year>/<body>/) that could not be read and mean to be
 * one of the kinds it is made from (or whose kind is unknown). Without them the document would say
 * "no plan" or leave units out: it is not made, and their own errors are shown instead.
 */
function brokenSources(repo: RepoData, entry: { absolute: string }, kinds: ReadonlySet<Kind>): string[] {
  const folder = dirname(entry.absolute);
  return repo.invalid.filter((file) => {
    const claimed = repo.claims.get(file);
    return dirname(file) === folder && (claimed === undefined || kinds.has(claimed));
  });
}

/** Not made: the errors of the broken files it is made from, and the sentence that says so. */
async function refusedForBroken(ctx: ProduceContext, broken: readonly string[]): Promise<Produced> {
  const checked = await check(ctx, broken);
  return { ...checked, diagnostics: errorsOf(checked.diagnostics), message: ctx.catalogue.render.invalidPlans(broken.length) };
}

/**
 * Produces the plan's .docx. A plan with check errors is not written unless it is a draft;
 * `docx` is loaded only here, once the checks have passed.
 */
export async function producePlan(ctx: ProduceContext, plan: PlanEntry): Promise<Produced> {
  const broken = brokenSources(ctx.repo, plan, new Set(['to-chuc']));
  if (broken.length > 0) return refusedForBroken(ctx, broken);
  const organisation = organisationFor(ctx.repo, plan);
  if (!organisation) return { diagnostics: [], sources: new Map(), message: ctx.catalogue.render.noOrganisation(plan.data.body, plan.data.year) };
  const checked = await check(ctx, [plan.absolute, organisation.absolute]);
  const errors = errorsOf(checked.diagnostics);
  if (errors.length > 0 && !ctx.draft) return { ...checked, diagnostics: errors, message: ctx.catalogue.render.notRendered(errors.length) };
  const { renderPlan } = await import('../render/plan-document.js');
  const bytes = await renderPlan(organisation.data, plan.data, { draft: ctx.draft });
  return { bytes, ...checked, diagnostics: errors, ...(errors.length ? { message: ctx.catalogue.render.draftWithErrors(errors.length) } : {}) };
}

/**
 * Produces a report's .docx from its file, its template and the data of its body and year. The
 * template is checked first (its placeholders with their positions): a broken template stops even
 * a draft. Then the files the report is computed from; then what the template asks for that the
 * data lacks, each at its place in the template.
 */
export async function produceReport(ctx: ProduceContext, report: ReportEntry): Promise<Produced> {
  const { repo, catalogue } = ctx;
  const { body, year, type } = report.data;
  const brokenOrganisation = brokenSources(repo, report, new Set(['to-chuc']));
  if (brokenOrganisation.length > 0) return refusedForBroken(ctx, brokenOrganisation);
  const organisation = organisationFor(repo, report);
  if (!organisation) return { diagnostics: [], sources: new Map(), message: catalogue.render.noOrganisation(body, year) };
  const plan = repo.plans.find((p) => p.data.body === body && p.data.year === year);
  const scheme = repo.schemes.find((s) => s.data.body === body && s.data.year === year);
  const sheets = repo.sheets.filter((s) => s.data.scheme.body === body && s.data.scheme.year === year);

  const templatePath = templateFor(ctx.root, type);
  const templateCheck = await check(ctx, [templatePath]);
  const templateErrors = errorsOf(templateCheck.diagnostics);
  if (templateErrors.length > 0) {
    return { ...templateCheck, diagnostics: templateErrors, message: catalogue.render.badTemplate(shownPath(ctx.cwd, templatePath), templateErrors.length) };
  }
  const templateBytes = readRegularFile(templatePath);
  const parsed = readDocument(templatePath, templateBytes);
  const template = parsed.data as ReportTemplate;
  const { sourcesUsed, missingParts } = await import('../render/report/missing.js');
  const broken = brokenSources(repo, report, sourcesUsed({ data: template, doc: parsed.doc!, text: parsed.text! }));
  if (broken.length > 0) return refusedForBroken(ctx, broken);
  const sourcesChecked = [report.absolute, organisation.absolute, ...[plan, scheme, ...sheets].filter((e) => e !== undefined).map((e) => e.absolute)];
  const checked = await check(ctx, sourcesChecked);

  const { reportData, reportTables, reportValues } = await import('../render/report/data.js');
  const sources = {
    org: organisation.data,
    report: report.data,
    plan: plan?.data,
    scheme: scheme?.data,
    sheets: sheets.flatMap((s) => s.data.sheets),
    decisions: sheets.flatMap((s) => s.data.decisions ?? []),
  };
  const data = reportData(sources);
  const templateDisplay = shownPath(ctx.cwd, templatePath);
  const reportDisplay = files.displayPath(ctx.cwd, report.absolute);
  const missing = missingParts(
    { data: template, doc: parsed.doc!, text: parsed.text!, display: templateDisplay },
    { data: report.data, display: reportDisplay },
    reportValues(data),
    reportTables(data),
    type === 'cham-diem' ? 'no-scheme' : 'no-plan',
  );
  const shown = new Map(checked.sources);
  const found = toDiagnostics(templateDisplay, { ...parsed, findings: missing.template }, catalogue);
  if (missing.template.length) shown.set(templateDisplay, parsed.text!);
  if (missing.report.length) {
    // The report is parsed again only to place what it holds that the template does not print.
    const reportParsed = readDocument(report.absolute, readRegularFile(report.absolute));
    found.push(...toDiagnostics(reportDisplay, { ...reportParsed, findings: missing.report }, catalogue));
    shown.set(reportDisplay, reportParsed.text!);
  }
  const all = [...checked.diagnostics, ...found];
  const errors = errorsOf(all);
  const warnings = all.filter((d) => d.severity === 'warning');
  if (errors.length > 0 && !ctx.draft) return { diagnostics: all, sources: shown, message: catalogue.render.notRendered(errors.length) };

  const { renderReport } = await import('../render/report-document.js');
  const bytes = await renderReport(sources, template, { draft: ctx.draft, data });
  return {
    bytes,
    diagnostics: [...errors, ...warnings],
    sources: shown,
    ...(errors.length ? { message: catalogue.render.draftWithErrors(errors.length) } : {}),
  };
}

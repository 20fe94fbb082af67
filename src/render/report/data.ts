import { tasksOf } from '../../repo/tasks.js';
import { occurrencesOf } from '../../due/occurrences.js';
import { selectDue } from '../../due/select.js';
import type { Report, ReportTable } from '../../model/report-types.js';
import type { ScoringScheme, Sheet, TieDecision } from '../../model/scoring-types.js';
import type { Organisation, Plan } from '../../model/types.js';
import { scoreUnits } from '../../score/score-units.js';
import { officialStage } from '../../score/stages.js';
import type { TableBlock } from '../blocks.js';
import { periodOf } from './period.js';
import { scoreTable, taskTable } from './tables.js';
import { reportValues, type ReportData } from './values.js';

/** The files a report is computed from. */
export interface ReportSources {
  org: Organisation;
  report: Report;
  plan?: Plan | undefined;
  scheme?: ScoringScheme | undefined;
  sheets?: readonly Sheet[];
  /** The council's recorded choices among tied units (see src/score/awards.ts). */
  decisions?: readonly TieDecision[];
}

/**
 * Everything a report computes: the period, the plan's tasks due in it with their status as of
 * the report's date (as `plan due` lists them, without carrying earlier periods), and for a
 * scoring report the units' results at the report's stage (as `plan score` gives them).
 */
export function reportData(sources: ReportSources): ReportData {
  const { org, report, plan, scheme } = sources;
  const period = periodOf(report);
  const data: ReportData = { org, report, period, ...(plan ? { plan } : {}) };
  if (plan && report.type !== 'cham-diem') {
    data.tasks = selectDue(occurrencesOf(plan, tasksOf(plan)), { window: period, today: report.date, carry: false });
  }
  if (scheme && report.type === 'cham-diem') {
    data.scheme = scheme;
    data.scores = scoreUnits(scheme, sources.sheets ?? [], org, report.stage ?? officialStage(scheme), sources.decisions ?? []);
  }
  return data;
}

/** The tables a report's data gives. */
export function reportTables(data: ReportData): Partial<Record<ReportTable, TableBlock>> {
  return {
    ...(data.tasks ? { 'nhiem-vu': taskTable(data.tasks, data.org) } : {}),
    ...(data.scores ? { diem: scoreTable(data.scores, data.org) } : {}),
  };
}

export { reportValues };

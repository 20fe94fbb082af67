// The shipped example reports and templates, read straight from their YAML files, and the sources
// `renderReport` takes: what `plan render so-ket|tong-ket|cham-diem` gives it in the shipped repo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Report, ReportTemplate, ReportType } from '../../src/model/report-types.js';
import type { ScoringScheme, Sheet } from '../../src/model/scoring-types.js';
import type { Organisation, Plan } from '../../src/model/types.js';
import type { ReportSources } from '../../src/render/report/data.js';
import { repoRoot } from './run.js';

export const reportTypes: readonly ReportType[] = ['so-ket', 'tong-ket', 'cham-diem'];

export const exampleFolder = join(repoRoot, 'plans', '2024', 'dinh-quan');

/** The text of a file of the shipped example, by its name in plans/2024/dinh-quan/. */
export const exampleText = (name: string) => readFileSync(join(exampleFolder, name), 'utf8');

/** The text of a shipped template. */
export const templateText = (type: ReportType) => readFileSync(join(repoRoot, 'templates', `${type}.yaml`), 'utf8');

export const reportFile = (type: ReportType) => `bao-cao-${type}.yaml`;

export const exampleOrg = () => parse(exampleText('to-chuc.yaml')) as Organisation;
export const examplePlan = () => parse(exampleText('ke-hoach.yaml')) as Plan;
export const exampleScheme = () => parse(exampleText('huong-dan-cham-diem.yaml')) as ScoringScheme;
export const exampleSheets = () => (parse(exampleText('cham-diem.yaml')) as { sheets: Sheet[] }).sheets;
export const exampleReport = (type: ReportType) => parse(exampleText(reportFile(type))) as Report;
export const shippedTemplate = (type: ReportType) => parse(templateText(type)) as ReportTemplate;

/** Everything a report is made from, as the shipped repo holds it. */
export function exampleSources(type: ReportType): ReportSources {
  return { org: exampleOrg(), report: exampleReport(type), plan: examplePlan(), scheme: exampleScheme(), sheets: exampleSheets() };
}

import { documentNumber, shortDate } from '../../model/format.js';
import type { Report } from '../../model/report-types.js';
import { defaultStageWordsVi, type ScoringScheme, type Stage } from '../../model/scoring-types.js';
import { templateFields, type FieldName } from '../../model/template-fields.js';
import type { Organisation, Plan } from '../../model/types.js';
import type { DueItem } from '../../due/select.js';
import { formatPoints, toPoints, type Hundredths } from '../../score/points.js';
import type { UnitScore } from '../../score/types.js';
import { basisText } from '../basis.js';
import type { Period } from './period.js';
import { viNumber, viPercent } from './numbers.js';
import { bandCounts, shareRuleOf } from '../../score/bands.js';
import { officialStage, stagesOf } from '../../score/stages.js';

/** What a report is made from: the files of its body and year. */
export interface ReportData {
  org: Organisation;
  report: Report;
  period: Period;
  /** The body's plan of the year, when there is one. */
  plan?: Plan;
  /** The plan's tasks due in the period (so-ket, tong-ket). */
  tasks?: readonly DueItem[];
  /** The scoring guide and the units' results (cham-diem). */
  scheme?: ScoringScheme;
  scores?: readonly UnitScore[];
}

/** Why a placeholder has no value; the catalogues word each reason. */
export type MissingReason = 'no-parent' | 'no-plan' | 'no-units' | 'no-sheets' | 'no-scheme';

/** A placeholder's text, or why there is none. */
export type Value = { text: string } | { missing: MissingReason };

const stageWords = defaultStageWordsVi;

/** A stage as the report's sentence names it ("điểm do Hội đồng chấm"): the guide's name, else the default words. */
const stageText = (scheme: ScoringScheme, stage: Stage): string => stagesOf(scheme).find((s) => s.id === stage)?.name ?? stageWords[stage] ?? stage;

/** "Thực hiện công tác ..." → "thực hiện công tác ...", one line: the summary inside a sentence. */
const inSentence = (summary: string) => {
  const line = summary.split('\n').join(' ');
  return line.charAt(0).toLocaleLowerCase('vi') + line.slice(1);
};

/** "A, B và C". */
const joinVi = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`);

/** Every field of a group, missing for one reason: a report that lacks its plan or its scores. */
function allMissing(prefixes: readonly string[], reason: MissingReason): Partial<Record<FieldName, Value>> {
  const names = (Object.keys(templateFields) as FieldName[]).filter((n) => prefixes.some((p) => n.startsWith(p)));
  return Object.fromEntries(names.map((n) => [n, { missing: reason }]));
}

function taskValues(tasks: readonly DueItem[] | undefined): Partial<Record<FieldName, Value>> {
  if (!tasks) return allMissing(['nhiem_vu.'], 'no-plan');
  const count = (status: DueItem['status']) => tasks.filter((t) => t.status === status).length;
  const total = tasks.length;
  const [done, inProgress, planned, cancelled] = [count('done'), count('in-progress'), count('planned'), count('cancelled')];
  const text = (n: number) => ({ text: viNumber(n) });
  return {
    'nhiem_vu.tong': text(total),
    'nhiem_vu.da_xong': text(done),
    'nhiem_vu.dang_lam': text(inProgress),
    'nhiem_vu.chua_lam': text(planned),
    'nhiem_vu.khong_lam': text(cancelled),
    'nhiem_vu.qua_han': text(tasks.filter((t) => t.overdue).length),
    'nhiem_vu.ty_le_da_xong': { text: viPercent(done, total) },
    'nhiem_vu.ty_le_dang_lam': { text: viPercent(inProgress, total) },
    'nhiem_vu.ty_le_chua_lam': { text: viPercent(planned, total) },
  };
}

function scoreValues(data: ReportData): Partial<Record<FieldName, Value>> {
  const { scheme, scores, report } = data;
  if (!scheme || !scores) return allMissing(['diem.', 'huong_dan.'], 'no-scheme');
  const none: Value = { missing: 'no-sheets' };
  const totals = scores.map((u) => u.total);
  const best = Math.max(...totals) as Hundredths;
  const worst = Math.min(...totals) as Hundredths;
  const mean = totals.length ? totals.reduce((a, b) => a + toPoints(b), 0) / totals.length : 0;
  // The bands with units, and with their shares as the guide writes them (38,23% for 13 of 34, cut).
  const pct = new Intl.NumberFormat('vi', { maximumFractionDigits: shareRuleOf(scheme).decimals });
  const bands = bandCounts(scheme, scores).filter((b) => b.id !== '' && b.count > 0);
  const classes = bands.map((b) => `${b.count} đơn vị ${b.name}`);
  const shares = bands.map((b) => `${b.count} đơn vị ${b.name} (${pct.format(b.share)}%)`);
  const awards = (scheme.awards ?? [])
    .map((award) => ({ name: award.name, units: scores.filter((u) => u.awards.some((a) => a.id === award.id)).map((u) => u.name) }))
    .filter((a) => a.units.length > 0)
    .map((a) => `${a.name}: ${a.units.join(', ')}`);
  // "Hướng dẫn số 15/HD-MTTQ-BTT, ngày 16/09/2024 của ... về ...": a basis line without its verb.
  const { note: _note, ...source } = scheme.source;
  // The guide's summary is written as a summary ("chấm điểm thi đua ..."): a citation says "về ...".
  const title = /^về\s/u.test(source.title) ? source.title : `về ${source.title}`;
  const cited = basisText({ ...source, title, verb: 'Căn cứ' }).replace(/^Căn cứ /, '');
  return {
    'huong_dan.trich_dan': { text: cited },
    // The scale the guide announces (100), not sections plus bonus (110) when it says so.
    'diem.toi_da': { text: viNumber(scheme.nominal ?? scheme.total) },
    'diem.lan_cham': { text: stageText(scheme, report.stage ?? officialStage(scheme)) },
    'diem.so_don_vi': { text: viNumber(scores.length) },
    'diem.cao_nhat': scores.length ? { text: formatPoints(best) } : none,
    'diem.don_vi_cao_nhat': scores.length ? { text: joinVi(scores.filter((u) => u.total === best).map((u) => u.name)) } : none,
    'diem.thap_nhat': scores.length ? { text: formatPoints(worst) } : none,
    'diem.trung_binh': scores.length ? { text: viNumber(Math.round(mean * 100) / 100) } : none,
    // Legitimately empty, not missing: a guide without bands or awards, or no unit reaching one.
    // Empty is false to a template's {{#...}} and true to its {{^...}}: the "none" sentence is the template's.
    'diem.xep_loai': { text: joinVi(classes) },
    'diem.de_nghi': { text: awards.join('; ') },
    'diem.ty_le_xep_loai': { text: joinVi(shares) },
  };
}

/** The value of every placeholder a report of this data can fill; the others are missing. */
export function reportValues(data: ReportData): Partial<Record<FieldName, Value>> {
  const { org, report, plan, period } = data;
  const noPlan: Value = { missing: 'no-plan' };
  const units = org.units?.length;
  return {
    nam: { text: String(report.year) },
    'co_quan.ten': { text: org.name },
    'co_quan.cap': { text: org.level },
    'co_quan.dia_danh': { text: report.place ?? org.place },
    'co_quan.ban_hanh': { text: org.issuer.name },
    'co_quan.cap_tren': org.parent ? { text: org.parent.name } : { missing: 'no-parent' },
    'bao_cao.so_ky_hieu': { text: `${documentNumber(report.number)}/${report.symbol}` },
    'bao_cao.ngay': { text: shortDate(report.date) },
    'ky.ten': { text: period.name },
    'ky.tu': { text: shortDate(period.from) },
    'ky.den': { text: shortDate(period.to) },
    'ke_hoach.so_ky_hieu': plan ? { text: `${documentNumber(plan.number)}/${plan.symbol}` } : noPlan,
    'ke_hoach.ngay': plan ? { text: shortDate(plan.date) } : noPlan,
    'ke_hoach.trich_yeu': plan ? { text: inSentence(plan.summary) } : noPlan,
    'don_vi.so': units ? { text: viNumber(units) } : { missing: 'no-units' },
    ...taskValues(data.tasks),
    ...scoreValues(data),
  };
}

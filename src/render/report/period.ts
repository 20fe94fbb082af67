import { shortDate } from '../../model/format.js';
import type { Report } from '../../model/report-types.js';

export interface Period {
  from: string;
  to: string;
  /** "6 tháng đầu năm 2024", "năm 2024", "từ 01/03/2024 đến 31/08/2024". */
  name: string;
}

/** The dates a report covers: its own, or by its type (the first half-year, or the year). */
export function periodOf(report: Report): Period {
  const { year } = report;
  if (report.period) {
    const { from, to } = report.period;
    if (from === `${year}-01-01` && to === `${year}-06-30`) return { from, to, name: `6 tháng đầu năm ${year}` };
    if (from === `${year}-01-01` && to === `${year}-12-31`) return { from, to, name: `năm ${year}` };
    return { from, to, name: `từ ${shortDate(from)} đến ${shortDate(to)}` };
  }
  if (report.type === 'so-ket') return { from: `${year}-01-01`, to: `${year}-06-30`, name: `6 tháng đầu năm ${year}` };
  return { from: `${year}-01-01`, to: `${year}-12-31`, name: `năm ${year}` };
}

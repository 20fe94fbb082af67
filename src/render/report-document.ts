import type { ReportTemplate } from '../model/report-types.js';
import { documentNumber } from '../model/format.js';
import { layoutFor } from './layout.js';
import { reportData, reportTables, reportValues, type ReportSources } from './report/data.js';
import type { ReportData } from './report/values.js';
import { reportOutline } from './report/outline.js';
import type { Block } from './blocks.js';
import { wordDocument } from './word/document.js';
import { packDeterministic } from './word/pack.js';

export interface ReportRenderOptions {
  draft?: boolean;
  /** The data already computed from `sources` (the caller checked it): not computed again. */
  data?: ReportData;
}

/** The report's blocks: the template filled from the data. */
export function reportBlocks(sources: ReportSources, template: ReportTemplate, options: ReportRenderOptions = {}): Block[] {
  const data = options.data ?? reportData(sources);
  return reportOutline(sources.org, sources.report, template, {
    values: reportValues(data),
    tables: reportTables(data),
    draft: Boolean(options.draft),
  });
}

/** The report as the .docx bytes of the document that gets signed. */
export async function renderReport(sources: ReportSources, template: ReportTemplate, options: ReportRenderOptions = {}): Promise<Uint8Array> {
  const { org, report } = sources;
  const blocks = reportBlocks(sources, template, options);
  const summary = blocks.find((b) => b.type === 'summary');
  const title = `Báo cáo số ${documentNumber(report.number)}/${report.symbol}: ${summary?.type === 'summary' ? summary.lines.join(' ') : ''}`;
  const document = wordDocument(blocks, layoutFor(org), { title, creator: org.issuer.name, draft: Boolean(options.draft) });
  return packDeterministic(document, report.date);
}

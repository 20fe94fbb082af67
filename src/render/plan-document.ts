import { documentNumber } from '../model/format.js';
import type { Organisation, Plan } from '../model/types.js';
import { layoutFor } from './layout.js';
import { planOutline } from './outline.js';
import { wordDocument } from './word/document.js';
import { packDeterministic } from './word/pack.js';

export interface RenderOptions {
  /** Render a plan that does not pass `plan check`, marked "DỰ THẢO" on every page. */
  draft?: boolean;
}

/** One-line title of the document for its properties: "Kế hoạch số 109/KH-MTTQ-BTT: Thực hiện ...". */
export function planTitle(plan: Plan): string {
  return `Kế hoạch số ${documentNumber(plan.number)}/${plan.symbol}: ${plan.summary.split('\n').join(' ')}`;
}

/** The plan as the .docx bytes of the document that gets signed. */
export async function renderPlan(org: Organisation, plan: Plan, options: RenderOptions = {}): Promise<Uint8Array> {
  const layout = layoutFor(org);
  const blocks = planOutline(org, plan);
  const document = wordDocument(blocks, layout, { title: planTitle(plan), creator: org.issuer.name, draft: Boolean(options.draft) });
  return packDeterministic(document, plan.date);
}

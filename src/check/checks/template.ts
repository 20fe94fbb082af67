import Mustache from 'mustache';
import { isScalar, type Document, type Node } from 'yaml';
import type { ReportTemplate } from '../../model/report-types.js';
import { fieldsOf, tablesOf } from '../../model/template-fields.js';
import { printedStrings } from '../../model/template-walk.js';
import type { Finding } from '../diagnostic.js';
import { closest } from '../suggest.js';

/** A report template as its check sees it (it passed its schema). */
export interface TemplateInput {
  kind: 'mau-bao-cao';
  data: ReportTemplate;
  doc: Document;
  text: string;
  absolute: string;
}

/** The source text of a scalar and where it starts: the header line of a block scalar skipped. */
function sourceOf(node: Node | undefined, text: string): { from: number; source: string } | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  const block = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL';
  const from = block ? text.indexOf('\n', start) + 1 : start;
  return { from, source: text.slice(from, end) };
}

/** The tags of the string at `path` of a template, with their offsets in the file's text. */
export function tagsAt(doc: Document, text: string, path: readonly (string | number)[]): { type: string; name: string; span: [number, number] }[] {
  const scalar = sourceOf(doc.getIn(path, true) as Node | undefined, text);
  if (!scalar) return [];
  try {
    return (Mustache.parse(scalar.source) as unknown as [string, string, number, number][])
      .filter(([type]) => type !== 'text')
      .map(([type, name, start, end]) => ({ type, name, span: [scalar.from + start, scalar.from + end] }));
  } catch {
    return [];
  }
}

/**
 * Placeholders: only plain `{{name}}` tags, each a name the template's report type has; a table
 * only where its report type computes it. Tags are read from the file's own text (a placeholder
 * never spans a folded line), so a report points at the very characters to change.
 */
export function checkTemplate(input: TemplateInput): Finding[] {
  const { data, doc, text } = input;
  const known = fieldsOf(data.type);
  const findings: Finding[] = [];
  for (const { path } of printedStrings(data)) {
    const scalar = sourceOf(doc.getIn(path, true) as Node | undefined, text);
    if (!scalar) continue;
    let tokens: unknown[];
    try {
      tokens = Mustache.parse(scalar.source);
    } catch (error) {
      // "Unclosed tag at 23", "Unclosed section \"x\" at 9": the offset is in the source we gave.
      const at = Number(/ at (\d+)$/.exec(error instanceof Error ? error.message : '')?.[1] ?? 0);
      const start = scalar.from + at;
      findings.push({ rule: 'template/placeholder', span: [start, start + 2], args: { problem: 'syntax', name: '' } });
      continue;
    }
    for (const token of tokens as [string, string, number, number][]) {
      const [type, name, start, end] = token;
      const span = [scalar.from + start, scalar.from + end] as const;
      if (type === 'text') continue;
      if (type !== 'name') {
        findings.push({ rule: 'template/placeholder', span, args: { problem: 'tag', name, tag: text.slice(...span) } });
      } else if (!(known as string[]).includes(name)) {
        const suggestion = closest(name, known);
        findings.push({
          rule: 'template/placeholder',
          span,
          args: { problem: 'unknown', name, type: data.type, ...(suggestion ? { suggestion } : {}) },
        });
      }
    }
  }
  const walk = (sections: ReportTemplate['sections'], at: (string | number)[]) =>
    sections.forEach((section, i) => {
      section.content?.forEach((item, j) => {
        if (typeof item === 'object' && 'table' in item && !tablesOf[data.type].includes(item.table)) {
          findings.push({
            rule: 'template/table',
            path: [...at, i, 'content', j, 'table'],
            args: { table: item.table, type: data.type, allowed: [...tablesOf[data.type]] },
          });
        }
      });
      walk(section.sections ?? [], [...at, i, 'sections']);
    });
  walk(data.sections, ['sections']);
  return findings;
}

import type { Document, Node } from 'yaml';
import { scalarSource } from '../../repo/scalar-source.js';
import type { ReportTemplate } from '../../model/report-types.js';
import { fieldsOf, tablesOf } from '../../model/template-fields.js';
import { placedItems, printedStrings } from '../../model/template-walk.js';
import { readTags, type Scalar } from '../../repo/template-tags.js';
import type { Finding } from '../../diagnostics/diagnostic.js';
import { closest } from '../../text/suggest.js';

/** A report template as its check sees it (it passed its schema). */
export interface TemplateInput {
  kind: 'mau-bao-cao';
  data: ReportTemplate;
  doc: Document;
  text: string;
  absolute: string;
}

/**
 * Mustache stops at the first tag it cannot read; its message names where it stopped looking,
 * not where the user went wrong. "Unclosed tag": the "{{" that has no "}}" before the next "{{".
 * "Unclosed section" / "Unopened section": a {{#x}} or {{^x}} without its {{/x}}, or the other way round.
 */
function parseFailure(message: string, scalar: Scalar): Finding {
  const { from, source } = scalar;
  const section = /^Un(?:closed|opened) section "([^"]*)"/.exec(message);
  if (section) {
    const opened = message.startsWith('Unclosed');
    const tag = new RegExp(`\\{\\{\\s*${opened ? '[#^]' : '/'}\\s*${section[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`).exec(source);
    if (tag) {
      const span = [from + tag.index, from + tag.index + tag[0].length] as const;
      return { rule: 'template/placeholder', span, args: { problem: opened ? 'unclosed' : 'unopened', name: section[1]!, tag: tag[0] } };
    }
  }
  let open = source.indexOf('{{');
  while (open !== -1) {
    const close = source.indexOf('}}', open + 2);
    const next = source.indexOf('{{', open + 2);
    if (close === -1 || (next !== -1 && next < close)) break;
    open = next;
  }
  const start = from + Math.max(0, open);
  return { rule: 'template/placeholder', span: [start, start + 2], args: { problem: 'syntax', name: '' } };
}

/**
 * Placeholders: plain `{{name}}` tags and sections over them (`{{#name}}`, `{{^name}}`), each a
 * name the template's report type has; a table
 * only where its report type computes it. Tags are read from the file's own text (a placeholder
 * never spans a folded line), so a report points at the very characters to change.
 */
export function checkTemplate(input: TemplateInput): Finding[] {
  const { data, doc, text } = input;
  const known = fieldsOf(data.type);
  const findings: Finding[] = [];
  for (const { path } of printedStrings(data)) {
    const scalar = scalarSource(doc.getIn(path, true) as Node | undefined, text);
    if (!scalar) continue;
    let tags: ReturnType<typeof readTags>;
    try {
      tags = readTags(scalar);
    } catch (error) {
      findings.push(parseFailure(error instanceof Error ? error.message : '', scalar));
      continue;
    }
    for (const { type, name, span } of tags) {
      if (type !== 'name' && type !== '#' && type !== '^') {
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
  for (const { table, path } of placedItems(data).tables) {
    if (!tablesOf[data.type].includes(table)) {
      findings.push({ rule: 'template/table', path, args: { table, type: data.type, allowed: [...tablesOf[data.type]] } });
    }
  }
  return findings;
}

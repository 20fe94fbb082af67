import Mustache from 'mustache';
import type { Report, ReportTable, ReportTemplate, TemplateSection } from '../../model/report-types.js';
import type { Organisation } from '../../model/types.js';
import type { Block, TableBlock } from '../blocks.js';
import { numberLabel, patternAt } from '../numbering.js';
import { closingBlocks, headBlocks, lines } from '../outline.js';
import { heading } from '../sections.js';
import type { Value } from './values.js';

/** How a report's blocks are filled: placeholder values, computed tables, the office's text. */
export interface ReportParts {
  values: Partial<Record<string, Value>>;
  tables: Partial<Record<ReportTable, TableBlock>>;
  /** A draft prints "[tên]" where a value or a text is still missing; a final report has none. */
  draft?: boolean;
}

/** { "co_quan.ten": "..." } → { co_quan: { ten: "..." } }: the view Mustache reads dotted names from. */
function view(values: ReportParts['values'], draft: boolean): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (!value) continue;
    const text = 'text' in value ? value.text : draft ? `[${name}]` : undefined;
    if (text === undefined) continue;
    const keys = name.split('.');
    let node = root;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = text;
  }
  return root;
}

/** The report's own paragraphs for a slot: one string or a list. */
export function narrativeOf(report: Report, slot: string): string[] | undefined {
  const text = report.narrative?.[slot];
  if (text === undefined) return undefined;
  return typeof text === 'string' ? [text] : text;
}

/**
 * A report as the blocks of its printed document: the head and closing every document has, the
 * template's title, summary, intro, numbered sections and closing sentence with their
 * placeholders filled, the computed tables and the office's own paragraphs where the template
 * places them.
 */
export function reportOutline(org: Organisation, report: Report, template: ReportTemplate, parts: ReportParts): Block[] {
  const data = view(parts.values, Boolean(parts.draft));
  // Document text, not HTML: Mustache must not escape anything.
  const fill = (text: string) => Mustache.render(text, data, {}, { escape: (value: unknown) => String(value) });
  const sections = (list: readonly TemplateSection[], level: number): Block[] => {
    const blocks: Block[] = [];
    const pattern = patternAt(template.numbering, level);
    let headed = 0;
    for (const section of list) {
      if (section.heading !== undefined) {
        headed += 1;
        blocks.push(heading(level, pattern ? numberLabel(pattern, headed) : '', fill(section.heading)));
      }
      for (const item of section.content ?? []) {
        if (typeof item === 'string') {
          // A sentence whose data is legitimately empty (no award given, a {{#...}} section off) prints nothing.
          const text = fill(item);
          if (text.trim() !== '') blocks.push({ type: 'item', level, marker: '', text });
        }
        else if ('table' in item) {
          const table = parts.tables[item.table];
          if (table) blocks.push(table);
        } else {
          const paragraphs = narrativeOf(report, item.narrative) ?? (parts.draft ? [`[${item.narrative}]`] : []);
          for (const text of paragraphs) blocks.push({ type: 'item', level, marker: '', text });
        }
      }
      blocks.push(...sections(section.sections ?? [], level + 1));
    }
    return blocks;
  };
  return [
    ...headBlocks(org, report),
    { type: 'title', text: fill(template.title) },
    { type: 'summary', lines: lines(report.summary ?? fill(template.summary)) },
    ...(template.intro ? [{ type: 'intro', text: fill(template.intro) } as const] : []),
    ...sections(template.sections, 1),
    ...(template.closing ? [{ type: 'closing', text: fill(template.closing) } as const] : []),
    ...closingBlocks(org, report),
  ];
}

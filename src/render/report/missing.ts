import type { Document } from 'yaml';
import { tagsAt } from '../../repo/template-tags.js';
import type { Finding } from '../../diagnostics/diagnostic.js';
import type { Kind } from '../../model/kinds.js';
import type { Report, ReportTemplate } from '../../model/report-types.js';
import type { TableBlock } from '../blocks.js';
import { placedItems, printedStrings } from '../../model/template-walk.js';
import type { MissingReason, Value } from './values.js';

/** The template's file as its positions need it: parsed YAML and its text. */
export interface TemplateFile {
  data: ReportTemplate;
  doc: Document;
  text: string;
  /** As the user sees it, for the messages about the other file. */
  display: string;
}

export interface MissingFindings {
  /** On the template: a placeholder without a value, a text slot or a table the data lacks. */
  template: Finding[];
  /** On the report: office text that no slot of the template prints. */
  report: Finding[];
}

/**
 * What the template asks for that the data does not give, and what the report gives that the
 * template does not print. A final report is not written while the template has any of the
 * first; a draft prints "[tên]" in its place.
 */
export function missingParts(
  template: TemplateFile,
  report: { data: Report; display: string },
  values: Partial<Record<string, Value>>,
  tables: Partial<Record<string, TableBlock>>,
  whyNoTable: MissingReason,
): MissingFindings {
  const uses = placedItems(template.data);
  const found: MissingFindings = { template: [], report: [] };
  for (const { path } of printedStrings(template.data)) {
    for (const tag of tagsAt(template.doc, template.text, path)) {
      const value = values[tag.name];
      if (value && 'missing' in value) {
        found.template.push({ rule: 'template/missing-value', span: tag.span, args: { what: 'field', name: tag.name, reason: value.missing } });
      }
    }
  }
  const narrative = report.data.narrative ?? {};
  for (const { slot, path } of uses.narratives) {
    if (narrative[slot] === undefined) {
      found.template.push({ rule: 'template/missing-value', path, args: { what: 'narrative', name: slot, report: report.display } });
    }
  }
  for (const { table, path } of uses.tables) {
    if (!tables[table]) found.template.push({ rule: 'template/missing-value', path, args: { what: 'table', name: table, reason: whyNoTable } });
  }
  const slots = [...new Set(uses.narratives.map((n) => n.slot))];
  for (const name of Object.keys(narrative)) {
    if (!slots.includes(name)) {
      found.report.push({ rule: 'template/unused-narrative', path: ['narrative', name], at: 'key', args: { name, template: template.display, slots } });
    }
  }
  return found;
}

/** The kinds of file each placeholder family and table is computed from (the body's organisation is always read). */
const sourcesOfName: [prefix: string, kinds: Kind[]][] = [
  ['ke_hoach.', ['ke-hoach']],
  ['nhiem_vu.', ['ke-hoach']],
  ['diem.', ['huong-dan-cham-diem', 'cham-diem']],
  ['huong_dan.', ['huong-dan-cham-diem']],
];
const sourcesOfTable: Record<string, Kind[]> = { 'nhiem-vu': ['ke-hoach'], diem: ['huong-dan-cham-diem', 'cham-diem'] };

/**
 * The kinds of file a template's placeholders and tables are computed from: a broken file of one
 * of them would make the report say "no plan" or leave units out, so it stops the report.
 */
export function sourcesUsed(template: Omit<TemplateFile, 'display'>): Set<Kind> {
  const kinds = new Set<Kind>(['to-chuc']);
  for (const { path } of printedStrings(template.data)) {
    for (const tag of tagsAt(template.doc, template.text, path)) {
      for (const [prefix, of] of sourcesOfName) if (tag.name.startsWith(prefix)) for (const k of of) kinds.add(k);
    }
  }
  for (const { table } of placedItems(template.data).tables) for (const k of sourcesOfTable[table] ?? []) kinds.add(k);
  return kinds;
}

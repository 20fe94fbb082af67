import Mustache from 'mustache';
import type { ReportTable, ReportTemplate, TemplateSection } from '../../model/report-types.js';
import { printedStrings } from '../../model/template-walk.js';

type Path = (string | number)[];

/** Where a template uses what: placeholders (by string), narrative slots, tables. */
export interface TemplateUses {
  fields: { name: string; path: Path }[];
  narratives: { slot: string; path: Path }[];
  tables: { table: ReportTable; path: Path }[];
}

/** The placeholder names of one string, in order (the template passed `plan check`). */
export function namesIn(value: string): string[] {
  return (Mustache.parse(value) as unknown as [string, string][]).filter(([type]) => type === 'name').map(([, name]) => name);
}

export function templateUses(template: ReportTemplate): TemplateUses {
  const uses: TemplateUses = { fields: [], narratives: [], tables: [] };
  for (const { path, value } of printedStrings(template)) {
    for (const name of namesIn(value)) uses.fields.push({ name, path });
  }
  const walk = (sections: readonly TemplateSection[], at: Path) =>
    sections.forEach((section, i) => {
      section.content?.forEach((item, j) => {
        const path = [...at, i, 'content', j];
        if (typeof item === 'object' && 'narrative' in item) uses.narratives.push({ slot: item.narrative, path: [...path, 'narrative'] });
        if (typeof item === 'object' && 'table' in item) uses.tables.push({ table: item.table, path: [...path, 'table'] });
      });
      walk(section.sections ?? [], [...at, i, 'sections']);
    });
  walk(template.sections, ['sections']);
  return uses;
}

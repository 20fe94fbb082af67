import type { ReportTable, ReportTemplate, TemplateSection } from './report-types.js';

type Path = (string | number)[];

/** Every heading and content item of a template's sections, depth first, with its data path. */
function sectionParts(template: ReportTemplate): { path: Path; part: string | Exclude<TemplateSection['content'], undefined>[number] }[] {
  const found: { path: Path; part: string | Exclude<TemplateSection['content'], undefined>[number] }[] = [];
  const walk = (sections: readonly TemplateSection[], at: Path) =>
    sections.forEach((section, i) => {
      const here = [...at, i];
      if (section.heading !== undefined) found.push({ path: [...here, 'heading'], part: section.heading });
      section.content?.forEach((item, j) => found.push({ path: [...here, 'content', j], part: item }));
      walk(section.sections ?? [], [...here, 'sections']);
    });
  walk(template.sections, ['sections']);
  return found;
}

/** Every string of a template that is printed, with its data path. */
export function printedStrings(template: ReportTemplate): { path: Path; value: string }[] {
  const found: { path: Path; value: string }[] = [];
  for (const key of ['title', 'summary', 'intro', 'closing'] as const) {
    const value = template[key];
    if (value !== undefined) found.push({ path: [key], value });
  }
  for (const { path, part } of sectionParts(template)) if (typeof part === 'string') found.push({ path, value: part });
  return found;
}

/** Where a template places the computed tables and the office's text, each at the path of its name. */
export function placedItems(template: ReportTemplate): { tables: { table: ReportTable; path: Path }[]; narratives: { slot: string; path: Path }[] } {
  const placed: ReturnType<typeof placedItems> = { tables: [], narratives: [] };
  for (const { path, part } of sectionParts(template)) {
    if (typeof part !== 'object') continue;
    if ('table' in part) placed.tables.push({ table: part.table, path: [...path, 'table'] });
    else placed.narratives.push({ slot: part.narrative, path: [...path, 'narrative'] });
  }
  return placed;
}

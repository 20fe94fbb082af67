import type { ReportTemplate, TemplateSection } from './report-types.js';

type Path = (string | number)[];

/** Every string of a template that is printed, with its data path. */
export function printedStrings(template: ReportTemplate): { path: Path; value: string }[] {
  const found: { path: Path; value: string }[] = [];
  for (const key of ['title', 'summary', 'intro', 'closing'] as const) {
    const value = template[key];
    if (value !== undefined) found.push({ path: [key], value });
  }
  const walk = (sections: readonly TemplateSection[], at: Path) =>
    sections.forEach((section, i) => {
      const here = [...at, i];
      if (section.heading !== undefined) found.push({ path: [...here, 'heading'], value: section.heading });
      section.content?.forEach((item, j) => {
        if (typeof item === 'string') found.push({ path: [...here, 'content', j], value: item });
      });
      walk(section.sections ?? [], [...here, 'sections']);
    });
  walk(template.sections, ['sections']);
  return found;
}


import { roman } from '../model/format.js';
import type { ListStyle, Section } from '../model/types.js';
import type { Block, HeadingBlock, ItemBlock } from './blocks.js';
import { numberLabel, patternAt } from './numbering.js';

/** What a section prints as its heading: its own words, or "Quý II" for a bare quarter section. */
export function headingWords(section: Section): string | undefined {
  if (section.heading) return section.heading;
  if (section.quarter) return `Quý ${roman(section.quarter)}`;
  return undefined;
}

/** The marker of the n-th item (1-based) of a list style: "- ", "3. " or nothing. */
export function listMarker(style: ListStyle, n: number): string {
  if (style === 'number') return `${n}. `;
  if (style === 'dash') return '- ';
  return '';
}

/** A heading block: its number label, when the level has one, before its words. */
export function heading(level: number, label: string, words: string): HeadingBlock {
  return { type: 'heading', level, label, text: label ? `${label} ${words}` : words };
}

/**
 * The blocks of sibling sections at one depth: each one's heading, paragraphs, tasks, then its
 * subsections one level deeper. Only sections that print a heading take a number, so a section
 * holding just an introductory paragraph does not leave a gap in "1., 2., 3.".
 */
export function sectionBlocks(sections: readonly Section[], numbering: readonly string[] | undefined, level = 1): Block[] {
  const blocks: Block[] = [];
  const pattern = patternAt(numbering, level);
  let headed = 0;
  for (const section of sections) {
    const words = headingWords(section);
    if (words !== undefined) {
      headed += 1;
      blocks.push(heading(level, pattern ? numberLabel(pattern, headed) : '', words));
    }
    // Paragraphs and tasks share one list: a numbered section counts across both.
    const style = section.list ?? 'dash';
    let n = 0;
    const item = (text: string, task?: string): ItemBlock => {
      const marker = listMarker(style, ++n);
      return { type: 'item', level, marker, text: marker + text, ...(task ? { task } : {}) };
    };
    for (const paragraph of section.paragraphs ?? []) blocks.push(item(paragraph));
    for (const task of section.tasks ?? []) blocks.push(item(task.text, task.id));
    blocks.push(...sectionBlocks(section.sections ?? [], numbering, level + 1));
  }
  return blocks;
}

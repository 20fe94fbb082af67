import type { Catalogue, Lang } from './catalogue.js';

/** The words of one language, loaded on their own: a run in Vietnamese never parses the English. */
export async function loadCatalogue(lang: Lang): Promise<Catalogue> {
  return lang === 'en' ? (await import('./en.js')).en : (await import('./vi.js')).vi;
}

import type { Lang } from './catalogue.js';

/** "a, b hoặc c" / "a, b or c", by the language's own rules (Intl). */
export function orList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { type: 'disjunction' }).format(items);
}

export function andList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

export function quoteAll(items: readonly string[]): string[] {
  return items.map((item) => `«${item}»`);
}

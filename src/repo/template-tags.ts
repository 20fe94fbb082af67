import Mustache from 'mustache';
import type { Document, Node } from 'yaml';
import { scalarSource } from './scalar-source.js';

/**
 * The placeholders of a report template ({{name}}, {{#name}}...{{/name}}) with their offsets in
 * the file's own text: what the template check reports at, and what render asks values for.
 */

export type Scalar = { from: number; source: string };

type Token = [type: string, name: string, start: number, end: number, children?: Token[]];

/**
 * A string's tags with their offsets in the file, those inside a section too (a section is
 * `{{#name}}...{{/name}}`, printed when the value is not empty, or `{{^name}}...{{/name}}`, printed
 * when it is); throws Mustache's error when it cannot read them.
 */
export function readTags(scalar: Scalar): { type: string; name: string; span: [number, number] }[] {
  const flat = (tokens: readonly Token[]): Token[] => tokens.flatMap((t) => [t, ...(t[4] && (t[0] === '#' || t[0] === '^') ? flat(t[4]) : [])]);
  return flat(Mustache.parse(scalar.source) as unknown as Token[])
    .filter(([type]) => type !== 'text')
    .map(([type, name, start, end]) => ({ type, name, span: [scalar.from + start, scalar.from + end] }));
}

/** The tags of the string at `path` of a template, with their offsets in the file's text. */
export function tagsAt(doc: Document, text: string, path: readonly (string | number)[]): { type: string; name: string; span: [number, number] }[] {
  const scalar = scalarSource(doc.getIn(path, true) as Node | undefined, text);
  if (!scalar) return [];
  try {
    return readTags(scalar);
  } catch {
    return [];
  }
}

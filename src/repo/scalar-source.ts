import { isScalar, type Node } from 'yaml';

/**
 * The text of a scalar as the file holds it, and where it starts: a block scalar's first line is
 * its header (">-"), so its text starts on the next line. Checks that work on what the user typed
 * (Vietnamese text, placeholders) read this, so offsets land on the file's own characters.
 */
export function scalarSource(node: Node | null | undefined, text: string): { from: number; source: string } | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  const block = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL';
  const from = block ? text.indexOf('\n', start) + 1 : start;
  if (from <= 0 || from >= end) return undefined;
  return { from, source: text.slice(from, end) };
}

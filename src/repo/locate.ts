import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Position, Range } from '../diagnostics/diagnostic.js';

type Segment = string | number;

function keyMatches(key: unknown, segment: Segment): boolean {
  if (isScalar(key)) return String(key.value) === String(segment);
  return false;
}

function nodeSpan(node: Node | null | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}

/**
 * The offsets [start, end) of the node a data path names: its key with `at: 'key'`, its value
 * otherwise (or the key when the value is empty). When the path does not exist in full, the
 * nearest parent that does: a missing property points at the map that should hold it.
 */
export function locate(doc: Document, path: readonly Segment[], at: 'key' | 'value' = 'value'): [number, number] {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  let found = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyMatches(p.key, segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      keyNode = undefined;
      node = node.items[segment];
    } else {
      break;
    }
    found++;
  }
  const complete = found === path.length;
  const valueSpan = nodeSpan(node as Node | null);
  const keySpan = nodeSpan(keyNode);
  // A parent found for a missing child: its key reads best ("signer:" rather than its whole block).
  // A parent with no key (the root, a list item): its first character.
  if (!complete) return keySpan ?? (valueSpan ? [valueSpan[0], valueSpan[0]] : [0, 0]);
  if (at === 'key') return keySpan ?? (valueSpan ? [valueSpan[0], valueSpan[0]] : [0, 0]);
  return valueSpan ?? keySpan ?? [0, 0];
}

export function toPosition(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col, offset };
}

export function toRange(lineCounter: LineCounter, [start, end]: readonly [number, number]): Range {
  return { start: toPosition(lineCounter, start), end: toPosition(lineCounter, Math.max(start, end)) };
}

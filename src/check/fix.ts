import { parseDocument } from 'yaml';
import type { Fix } from '../diagnostics/diagnostic.js';

export interface Applied {
  text: string;
  applied: Fix[];
  /** Fixes left out because they overlap one that was applied: a next pass may take them. */
  skipped: Fix[];
}

/**
 * Applies fixes to a text from the end, so earlier offsets stay valid; of two overlapping fixes
 * the later-starting one wins and the other is skipped. Line ends are never touched: fixes
 * replace characters within a line.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): Applied {
  const ordered = [...fixes].sort((a, b) => b.span[0] - a.span[0] || b.span[1] - a.span[1]);
  let result = text;
  let limit = Infinity;
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of ordered) {
    const [start, end] = fix.span;
    if (end > limit || start > end || end > text.length || text.slice(start, end) === fix.text) {
      if (end > limit) skipped.push(fix);
      continue;
    }
    result = result.slice(0, start) + fix.text + result.slice(end);
    limit = start;
    applied.unshift(fix);
  }
  return { text: result, applied, skipped };
}

/** The document's shape with every string replaced by a marker: a fix may change only strings. */
function shape(value: unknown): unknown {
  if (typeof value === 'string') return '§';
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  }
  return value;
}

/**
 * A fixed text is accepted only if it still parses without errors and its data differs from the
 * original's in string values alone (same keys, same lists, same numbers).
 */
export function isSafeFix(before: string, after: string): boolean {
  const a = parseDocument(before, { uniqueKeys: false });
  const b = parseDocument(after, { uniqueKeys: false });
  if (b.errors.length > 0) return false;
  return JSON.stringify(shape(a.toJS())) === JSON.stringify(shape(b.toJS()));
}

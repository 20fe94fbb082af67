/**
 * The NFC form of a text, with a map from offsets in it back to offsets in the original.
 *
 * Rules other than `text/nfc` look at the NFC form (so a decomposed "Vi\u0323\u00eat" is still a
 * tone error), and report in the original's offsets. The map is built per grapheme: NFC never
 * composes across grapheme boundaries in practice, and the build checks it (see `segmentsOf`).
 */
import { graphemeSpans } from '../../text/graphemes.js';

/** A piece of the original text and its NFC form. */
export interface Segment {
  /** [start, end) in the original text. */
  start: number;
  end: number;
  /** [nstart, nend) in the NFC text. */
  nstart: number;
  nend: number;
  /** The NFC form differs from the original. */
  changed: boolean;
}

export interface MappedRange {
  start: number;
  end: number;
  /** False when a bound fell inside a changed grapheme and was widened to its edge. */
  exact: boolean;
}

export interface TextView {
  original: string;
  /** `original.normalize('NFC')`. */
  nfc: string;
  /** Graphemes of the original, in order, covering it; empty when the original is NFC already. */
  segments: readonly Segment[];
  /** Maps [start, end) in `nfc` to the original text. */
  map(start: number, end: number): MappedRange;
}


export function viewOf(original: string): TextView {
  const nfc = original.normalize('NFC');
  if (nfc === original) {
    return { original, nfc, segments: [], map: (start, end) => ({ start, end, exact: true }) };
  }
  const segments = segmentsOf(original, nfc);
  return { original, nfc, segments, map: (start, end) => mapRange(segments, start, end) };
}

function segmentsOf(original: string, nfc: string): Segment[] {
  const segments: Segment[] = [];
  let n = 0;
  for (const [start, end] of graphemeSpans(original)) {
    const segment = original.slice(start, end);
    const norm = segment.normalize('NFC');
    const changed = norm !== segment;
    segments.push({ start, end, nstart: n, nend: n + norm.length, changed });
    n += norm.length;
  }
  // Composition across a grapheme boundary would make the pieces disagree with the whole: then
  // the map can only say "somewhere in this text", and every rule's fix inside it is dropped.
  const joined = segments.map((s) => original.slice(s.start, s.end).normalize('NFC')).join('');
  if (joined !== nfc) return [{ start: 0, end: original.length, nstart: 0, nend: nfc.length, changed: true }];
  return segments;
}

/** The segment holding NFC offset `at`, the one ending there when `atEnd` (for exclusive ends). */
function find(segments: readonly Segment[], at: number, atEnd: boolean): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (atEnd ? at <= s.nstart : at < s.nstart) hi = mid - 1;
    else if (atEnd ? at > s.nend : at >= s.nend) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function mapRange(segments: readonly Segment[], start: number, end: number): MappedRange {
  let exact = true;
  const last = segments[segments.length - 1];
  const a = find(segments, start, false);
  let ostart: number;
  if (!a) ostart = last ? last.end : 0;
  else if (!a.changed) ostart = a.start + (start - a.nstart);
  else {
    ostart = a.start;
    if (start !== a.nstart) exact = false;
  }
  const b = end === 0 ? undefined : find(segments, end, true);
  let oend: number;
  if (!b) oend = end === 0 ? 0 : (last?.end ?? 0);
  else if (!b.changed) oend = b.start + (end - b.nstart);
  else {
    oend = b.end;
    if (end !== b.nend) exact = false;
  }
  return { start: ostart, end: Math.max(ostart, oend), exact };
}

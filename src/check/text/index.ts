/**
 * Checks of Vietnamese running text: one line of a YAML scalar (or several), as written.
 *
 * Pure: no I/O, and no state that shows (the tone rule caches its verdicts by word). Every rule
 * but `text/nfc` reads the NFC form of the text and reports in offsets of the text as given (see
 * `view.ts`).
 */
import { settle } from './fixes.js';
import { knownNameProblems } from './known-name.js';
import { nfcProblems } from './nfc.js';
import { quoteProblems } from './quotes.js';
import { contentOf } from './scalar.js';
import { controlProblems } from './control.js';
import { spacingProblems } from './spacing.js';
import { toneMarkProblems } from './tone-mark.js';
import type { TextOptions, TextProblem } from './types.js';
import { viewOf } from './view.js';

export { applyTextFixes, compareTextProblems } from './fixes.js';
export { knownNames, type KnownName } from './known-names.js';
export { judgeSyllable, tonePlaces, type ToneVerdict } from './syllable.js';
export {
  textRules,
  type SpacingKind,
  type TextOptions,
  type TextProblem,
  type TextRule,
  type ToneKind,
} from './types.js';

/**
 * Every problem of the text, sorted by start (see `compareTextProblems`); problems that carry a
 * fix never overlap, so `applyTextFixes(text, checkText(text))` applies them all.
 */
export function checkText(text: string, options: TextOptions = {}): TextProblem[] {
  // Plans copy their texts year to year and commune to commune: a text seen before has the same
  // problems. Results are never mutated by callers; the memo is emptied when full.
  // One memo per kind of quoting, keyed by the text itself: no key string is built per lookup.
  const quoting = options.quoted ?? '';
  let memo = memos.get(quoting);
  if (!memo) memos.set(quoting, (memo = new Map()));
  const known = memo.get(text);
  if (known) return known;
  if (memoChars + text.length > maxMemoChars) {
    memos.clear();
    memos.set(quoting, (memo = new Map()));
    memoChars = 0;
  }
  // The key is a copy: a parsed scalar is a slice of its file's text, and keeping the slice keeps
  // the whole file (thousands of them, on a province's varied texts). The problems quote the copy.
  const own = JSON.parse(JSON.stringify(text)) as string;
  const problems = uncachedCheckText(own, options);
  memo.set(own, problems);
  memoChars += own.length;
  return problems;
}

const memos = new Map<string, Map<string, TextProblem[]>>();
// Bounded by the text it holds (about 2 MB of UTF-16), not by entries: paragraphs are long.
const maxMemoChars = 1_000_000;
let memoChars = 0;

function uncachedCheckText(text: string, options: TextOptions): TextProblem[] {
  const view = viewOf(text);
  const content = contentOf(view.nfc, options.quoted);
  const onNfc = [
    ...toneMarkProblems(view.nfc),
    ...knownNameProblems(view.nfc),
    ...spacingProblems(view.nfc, content),
    ...quoteProblems(view.nfc, content),
  ].map((p) => {
    const { start, end, exact } = view.map(p.start, p.end);
    const moved: TextProblem = { ...p, start, end, args: { ...p.args, found: text.slice(start, end) } };
    // A bound inside a changed grapheme was widened: the fix no longer matches the span.
    if (!exact) delete moved.fix;
    return moved;
  });
  // Control and invisible characters as written (an escape of a quoted scalar is one problem).
  return settle([...controlProblems(text, options.quoted), ...nfcProblems(view), ...onNfc]);
}

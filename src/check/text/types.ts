/** The checks of Vietnamese running text, each with its own rule id. */
export const textRules = [
  'text/nfc',
  'text/tone-mark',
  'text/spacing',
  'text/quotes',
  'text/known-name',
  'text/control-char',
  'text/invisible-char',
] as const;
export type TextRule = (typeof textRules)[number];

/** One problem in a run of text. Offsets are UTF-16 code units into the text as given. */
export interface TextProblem {
  rule: TextRule;
  /** [start, end) into the text passed to `checkText`; `text.slice(start, end) === args.found`. */
  start: number;
  end: number;
  /** What a message needs. Every problem has `found`; see each rule for the others. */
  args: Record<string, string>;
  /** Replacement for `text.slice(start, end)`, present only when the fix is safe. */
  fix?: string;
}

export interface TextOptions {
  /**
   * The text is a YAML quoted scalar (or one line of one): its first character, when it is this
   * quote, and its last, when it is this quote and not escaped, are delimiters, not content.
   * Inside `"..."`, `\"` is an escaped (literal) double quote; inside `'...'`, `''` is a literal `'`.
   */
  quoted?: '"' | "'";
}

/** `args.kind` of `text/spacing`. */
export type SpacingKind = 'double' | 'tab' | 'before-punctuation' | 'after-bracket';

/** `args.kind` of `text/tone-mark`. */
export type ToneKind = 'misplaced' | 'stacked' | 'horn';

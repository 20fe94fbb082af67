import type { ErrorCode } from 'yaml';

/**
 * Every code a YAML problem can have: the `yaml` package's own, and ALIAS_LIMIT, which the tool
 * gives a document whose aliases would expand without bound. The catalogues word each of them
 * (tsc checks it), so that no English sentence of the package reaches a Vietnamese message.
 */
export type YamlCode = ErrorCode | 'ALIAS_LIMIT';

/**
 * The package's detail sometimes says more than its code: the common cases, told by their
 * sentence (the package's English, matched here and never shown). Each catalogue words each case.
 */
export const detailCases = {
  'open-sequence': /Flow sequence .* end with a \]/,
  'open-map': /Flow map .* end with a \}/,
  'nested-compact': /Nested mappings are not allowed in compact mappings/,
  'multiline-key': /Implicit keys need to be on a single line/,
  'key-without-value': /Implicit map keys need to be followed by map values/,
  'open-quote': /Missing closing "?quote/i,
  'comment-touches': /Comments must be separated from other tokens by white space/,
  'item-without-dash': /Sequence item without - indicator/,
  'not-in-line': /must start at the same column/,
  'block-header': /Block scalar header includes extra characters/,
  'map-comment-trailing': /Map comment with trailing content/,
  'unresolved-alias': /Unresolved alias/,
} as const;

export type DetailCase = keyof typeof detailCases;

export type Wording = [message: string, hint: string];

/** The words of a YAML problem in one language: from its detail when a common case, else from its code. */
export function yamlWords(
  problems: Record<YamlCode, Wording>,
  details: Record<DetailCase, Wording>,
): (code: string, detail: string) => { message: string; hint: string } {
  const cases = Object.entries(detailCases) as [DetailCase, RegExp][];
  return (code, detail) => {
    const found = cases.find(([, pattern]) => pattern.test(detail));
    const [message, hint] = found ? details[found[0]] : (problems[code as YamlCode] ?? problems.IMPOSSIBLE);
    return { message, hint };
  };
}

import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Finding } from '../../diagnostics/diagnostic.js';
import { checkText } from '../text/index.js';
import type { FileCheck } from './context.js';
import { scalarSource } from '../../repo/scalar-source.js';

/**
 * Vietnamese text, checked where the user typed it: each line of each string value's source, so
 * that offsets and fixes land on the file's own characters (no re-serialising of the YAML).
 */
export const checkVietnameseText: FileCheck = (input) => {
  const { doc, text } = input;
  const findings: Finding[] = [];
  // A walk of values only (keys are ASCII field names), without yaml's visit(): that one freezes a
  // path array for every node, a third of this check's time on a province's ten thousand files.
  const walk = (node: unknown): void => {
    if (isScalar(node)) {
      // Ids and numbers have nothing to check.
      if (typeof node.value === 'string' && node.range) findings.push(...scalarFindings(node as Scalar<string>, text));
    } else if (isMap(node)) {
      for (const pair of node.items) walk(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    }
  };
  walk(doc.contents as Node | null);
  return findings;
};

function scalarFindings(node: Scalar<string>, text: string): Finding[] {
  const scalar = scalarSource(node, text);
  if (!scalar) return [];
  const { from } = scalar;
  const quoted = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : undefined;
  // The whole value at once: a quotation may open on one line and close on the next.
  return checkText(scalar.source, quoted ? { quoted } : {}).map((problem) => {
    const span = [from + problem.start, from + problem.end] as const;
    return {
      rule: problem.rule,
      span,
      args: problem.args,
      ...(problem.fix !== undefined ? { fix: { span, text: problem.fix } } : {}),
    };
  });
}

import { visit, type Scalar } from 'yaml';
import type { Finding } from '../diagnostic.js';
import { checkText } from '../text/index.js';
import type { FileCheck } from './context.js';
import { scalarSource } from './scalar.js';

/**
 * Vietnamese text, checked where the user typed it: each line of each string value's source, so
 * that offsets and fixes land on the file's own characters (no re-serialising of the YAML).
 */
export const checkVietnameseText: FileCheck = (input) => {
  const { doc, text } = input;
  const findings: Finding[] = [];
  visit(doc, {
    Scalar(key, node) {
      // Keys are ASCII field names; ids and numbers have nothing to check.
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      findings.push(...scalarFindings(node as Scalar<string>, text));
    },
  });
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

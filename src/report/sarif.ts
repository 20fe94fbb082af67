import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { ruleIds, rules, type RuleId } from '../diagnostics/rules.js';
import type { FormatContext } from './context.js';
import { version } from '../version.js';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const toolVersion = () => version;

/** What encodeURIComponent escapes but a path segment may hold as is: $ & + , ; = : @ (RFC 3986 pchar). */
const pathCharacters = /%(24|26|2B|2C|3B|3D|3A|40)/g;

/**
 * A display path ("plans/2024/kế hoạch.yaml") as a relative URI reference, "/" the separator:
 * what a path segment cannot hold is percent-encoded as UTF-8 (spaces, Vietnamese letters, "%",
 * "#", "?"); the rest stays, as an escaped sub-delimiter is not the same URI. A ":" in the first
 * segment is escaped too: "a:b/c.yaml" would read as the scheme "a".
 */
export function fileUri(file: string): string {
  return file
    .split('/')
    .map((segment, i) =>
      encodeURIComponent(segment).replace(pathCharacters, (escaped, hex: string) =>
        i === 0 && hex === '3A' ? escaped : String.fromCharCode(parseInt(hex, 16)),
      ),
    )
    .join('/');
}

/**
 * SARIF 2.1.0, for code scanning (GitHub) and SARIF viewers: one run of the tool "plan", the
 * metadata of every rule that reported something, and a result per diagnostic in the given order.
 * Columns are UTF-16 code units and `endColumn` is exclusive, as in our ranges. Paths are
 * relative to `%SRCROOT%`; no timestamps: the same diagnostics give the same bytes.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], context: FormatContext): string {
  const { catalogue } = context;
  const reported = new Set<RuleId>(diagnostics.map((d) => d.rule));
  const used = ruleIds.filter((id) => reported.has(id));
  const index = new Map(used.map((id, i) => [id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan',
            version: toolVersion(),
            rules: used.map((id) => ({
              id,
              shortDescription: { text: catalogue.ruleDescriptions[id] },
              defaultConfiguration: { level: levels[rules[id].severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: index.get(d.rule)!,
          level: levels[d.severity],
          message: { text: d.hint ? `${d.message}\n${catalogue.hintLabel}: ${d.hint}` : d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUri(d.file), uriBaseId: '%SRCROOT%' },
                ...(d.range
                  ? {
                      region: {
                        startLine: d.range.start.line,
                        startColumn: d.range.start.column,
                        endLine: d.range.end.line,
                        endColumn: d.range.end.column,
                      },
                    }
                  : {}),
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

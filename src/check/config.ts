import { statSync } from 'node:fs';
import { readRegularText } from '../io/read.js';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { ruleIds, type RuleId } from '../diagnostics/rules.js';

export const configFileName = 'plan.config.yaml';

export type RuleSetting = Severity | 'off';
const settings: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/** A plans repo's choices: rules switched off or set to another severity. */
export interface Config {
  /** Where it was read from, for messages. */
  path: string;
  rules: Partial<Record<RuleId, RuleSetting>>;
}

/** A YAML problem of the config file: its code (worded by the catalogue, never the package's English) and place. */
export interface ConfigYamlProblem {
  code: string;
  /** The package's sentence: only matched against, to tell common cases apart. */
  detail: string;
  line?: number;
  column?: number;
}

/** A problem in the config file: the tool cannot run as the office meant it to (exit 2). */
export class ConfigError extends Error {
  constructor(
    readonly path: string,
    readonly problem: 'syntax' | 'shape' | 'unknown-rule' | 'setting',
    readonly detail: string,
    readonly yaml?: ConfigYamlProblem,
  ) {
    super(`${path}: ${problem} ${detail}`);
  }
}

/** plan.config.yaml beside plans/: in the working folder or the nearest parent that has one. */
export function findConfig(cwd: string): string | undefined {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const candidate = join(folder, configFileName);
    // Only looked at: a FIFO of that name is refused when read, it is never waited on here.
    try {
      if (statSync(candidate, { throwIfNoEntry: false })) return candidate;
    } catch {
      // a folder up the tree that cannot be looked into: no config from there
    }
    if (dirname(folder) === folder) return undefined;
  }
}

export async function loadConfig(path: string): Promise<Config> {
  // The YAML parser only when there is a config to read.
  const { parse } = await import('../repo/yaml-text.js');
  // Unreadable, or not a regular file: an IoFailure (exit 2), not a syntax error.
  const text = readRegularText(path);
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ConfigError(path, 'syntax', '', yamlProblemOf(error));
  }
  if (data === null || data === undefined) return { path, rules: {} };
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(path, 'shape', '');
  const { rules: ruleMap, ...rest } = data as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) throw new ConfigError(path, 'shape', extra);
  const result: Config = { path, rules: {} };
  if (ruleMap === undefined || ruleMap === null) return result;
  if (typeof ruleMap !== 'object' || Array.isArray(ruleMap)) throw new ConfigError(path, 'shape', 'rules');
  for (const [rule, setting] of Object.entries(ruleMap)) {
    if (!(ruleIds as string[]).includes(rule)) throw new ConfigError(path, 'unknown-rule', rule);
    if (!settings.includes(setting as RuleSetting)) throw new ConfigError(path, 'setting', `${rule}: ${String(setting)}`);
    result.rules[rule as RuleId] = setting as RuleSetting;
  }
  return result;
}

/** Drops the rules the config switches off and sets the severity of those it changes. */
export function applyConfig(diagnostics: readonly Diagnostic[], config: Config | undefined): Diagnostic[] {
  if (!config) return [...diagnostics];
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = config.rules[d.rule];
    if (setting === 'off') continue;
    out.push(setting ? { ...d, severity: setting } : d);
  }
  return out;
}

/** What the parser threw, as a code and a place: a YAMLParseError, the alias limit, or a stack overflow on deep nesting. */
function yamlProblemOf(error: unknown): ConfigYamlProblem {
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '') : String(error);
  if (error instanceof RangeError) return { code: 'RESOURCE_EXHAUSTION', detail };
  const { code, linePos } = error as { code?: unknown; linePos?: [{ line: number; col: number }, ...unknown[]] };
  const at = linePos?.[0] ? { line: linePos[0].line, column: linePos[0].col } : {};
  if (typeof code === 'string') return { code, detail, ...at };
  return { code: /alias count/i.test(detail) ? 'ALIAS_LIMIT' : 'IMPOSSIBLE', detail, ...at };
}

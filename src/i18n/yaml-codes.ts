import type { ErrorCode } from 'yaml';

/**
 * Every code a YAML problem can have: the `yaml` package's own, and ALIAS_LIMIT, which the tool
 * gives a document whose aliases would expand without bound. The catalogues word each of them
 * (tsc checks it), so that no English sentence of the package reaches a Vietnamese message.
 */
export type YamlCode = ErrorCode | 'ALIAS_LIMIT';

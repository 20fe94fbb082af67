import type { ChalkInstance } from 'chalk';
import type { Catalogue } from '../i18n/catalogue.js';

/** What a formatter may know besides the diagnostics. It never reads files itself. */
export interface FormatContext {
  catalogue: Catalogue;
  /** Checked files' texts by display path, for excerpts. */
  sources: ReadonlyMap<string, string>;
  /** Display paths of every file checked, with or without problems (JUnit lists each). */
  checkedFiles?: readonly string[];
  files: number;
  /** Colours: a chalk instance at level 0 prints plain text. */
  chalk: ChalkInstance;
}

import type { Document } from 'yaml';
import type { Organisation, Plan } from '../../model/types.js';
import type { Finding } from '../diagnostic.js';

/** A file that passed its schema: its data can be trusted to have the documented shape. */
export type Loaded =
  | { kind: 'to-chuc'; data: Organisation; file: LoadedFile }
  | { kind: 'ke-hoach'; data: Plan; file: LoadedFile };

export interface LoadedFile {
  /** Absolute path: the key findings are reported under. */
  absolute: string;
  /** Year and body folder, when the file sits in plans/<year>/<body>/. */
  yearFolder?: number;
  bodyFolder?: string;
  /** The year folder's path, to find the other bodies of the same year. */
  yearPath?: string;
  doc: Document;
  text: string;
}

export interface Options {
  /** "Today" as YYYY-MM-DD: done dates may not be after it. */
  today: string;
}

/** A check of one file's data on its own. */
export type FileCheck = (loaded: Loaded, options: Options) => Finding[];

/** A finding of a check across files, with the file it belongs to. */
export interface RepoFinding {
  absolute: string;
  finding: Finding;
}

/** Every loaded file of the run (the checked ones and their year's context). */
export interface Repo {
  all: readonly Loaded[];
  /** The files whose problems are reported. */
  checked: ReadonlySet<string>;
  organisationOf(plan: Extract<Loaded, { kind: 'ke-hoach' }>): Extract<Loaded, { kind: 'to-chuc' }> | undefined;
}

export type RepoCheck = (repo: Repo, options: Options) => RepoFinding[];

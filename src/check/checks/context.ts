import type { Document } from 'yaml';
import type { Basis, Organisation, Plan, Signer } from '../../model/types.js';
import type { Finding } from '../diagnostic.js';

/** One file as a file check sees it: its data (it passed its schema), its YAML and text. */
export type FileInput =
  | { kind: 'to-chuc'; data: Organisation; doc: Document; text: string; absolute: string }
  | { kind: 'ke-hoach'; data: Plan; doc: Document; text: string; absolute: string };

export interface Options {
  /** "Today" as YYYY-MM-DD: done dates may not be after it. */
  today: string;
}

/** A check of one file on its own. */
export type FileCheck = (input: FileInput, options: Options) => Finding[];

/** What the checks across files need of a plan: small enough to keep for thousands of files. */
export interface PlanFacts {
  kind: 'ke-hoach';
  body: string;
  year: number;
  number: number;
  symbol: string;
  date: string;
  signer: Signer;
  bases: Pick<Basis, 'kind' | 'number' | 'symbol' | 'date'>[];
  /** Tasks that name a unit or cite a document, with their data path. */
  tasks: { path: (string | number)[]; lead?: string; with?: string[]; evidence?: string; done?: string }[];
}

/** What the checks across files need of an organisation: its ids and links, not its words. */
export interface OrganisationFacts {
  kind: 'to-chuc';
  id: string;
  parent?: { id?: string };
  issuer: { symbol: string };
  departments?: { id: string }[];
  units?: { id: string }[];
  clusters?: { id: string; leader?: string; deputy?: string; members: string[] }[];
  memberOf?: { id: string }[];
  people?: { id: string; position: string }[];
}

export type Facts = PlanFacts | OrganisationFacts;

/** Where a file sits: plans/<year>/<body>/<file>. */
export interface Place {
  /** Absolute path: the key findings are reported under. */
  absolute: string;
  yearFolder?: number;
  bodyFolder?: string;
  /** The year folder's path, to find the other bodies of the same year. */
  yearPath?: string;
}

/** A file that passed its schema, as the checks across files see it. */
export type Loaded = { kind: 'ke-hoach'; data: PlanFacts; file: Place } | { kind: 'to-chuc'; data: OrganisationFacts; file: Place };

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

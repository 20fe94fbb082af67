import type { Document } from 'yaml';
import type { Basis, Organisation, Plan, Signer } from '../../model/types.js';
import type { Finding } from '../../diagnostics/diagnostic.js';
import type { Kind } from '../../model/kinds.js';
import type { MethodFacts } from '../../score/method.js';
import type { Place } from '../../repo/place.js';

/** One file as a file check sees it: its data (it passed its schema), its YAML and text. */
export type FileInput =
  | { kind: 'to-chuc'; data: Organisation; doc: Document; text: string; absolute: string }
  | { kind: 'ke-hoach'; data: Plan; doc: Document; text: string; absolute: string };

export interface Options {
  /** "Today" as YYYY-MM-DD: done dates may not be after it. */
  today: string;
}

/** A scoring scheme as its file check sees it. */
export interface SchemeInput {
  kind: 'huong-dan-cham-diem';
  data: import('../../model/scoring-types.js').ScoringScheme;
  doc: Document;
  text: string;
  absolute: string;
}

/** A check of one scoring scheme on its own. */
export type SchemeCheck = (input: SchemeInput, options: Options) => Finding[];

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

/** Points by stage id, as a sheet gives them (the default stages and a guide's own). */
export type StageFacts = Record<string, number>;

/** A score or an adjustment: its points by stage; `reasoned`: a reason or a note says why the stages differ. */
export interface PointFacts {
  points: StageFacts;
  reasoned?: true;
}

/** A criterion as the tally needs it: its maximum, whether that caps its sub-criteria, and them. */
export interface CriterionFacts {
  id: string;
  max: number;
  capped?: boolean;
  criteria?: CriterionFacts[];
}

/** What the checks across files need of a scoring scheme: ids and maxima. */
export interface SchemeFacts {
  kind: 'huong-dan-cham-diem';
  body: string;
  year: number;
  sections: { id: string; code: string; max: number; capped?: boolean; leaves: { id: string; max: number; method?: MethodFacts }[]; groups: CriterionFacts[] }[];
  /** Sections plus bonus stop here. */
  cap?: number;
  bonus?: { cap: number; items: { id: string; max: number }[] };
  deductions?: { cap?: number; items: { id: string; max: number }[] };
  awards?: { id: string; limits?: { perCluster?: number; overall?: number } }[];
  stages?: { id: string; scores?: string[]; from?: string[] }[];
  official?: string;
  tieBreak?: string[];
  /** Points are multiples of this (absent: 0.25). */
  step?: number;
}

/** What the checks across files need of a file of score sheets: per unit, its points (data paths follow from the indices). */
export interface SheetsFacts {
  kind: 'cham-diem';
  body: string;
  year: number;
  scheme: { body: string; year: number };
  sheets: {
    unit: string;
    scores: Record<string, PointFacts & { achieved?: number }>;
    bonus?: (PointFacts & { item: string })[];
    deductions?: (PointFacts & { item: string })[];
    totals?: StageFacts;
  }[];
  /** The council's choices among tied units: the award and the units chosen. */
  decisions?: { award: string; units: string[] }[];
}

/** The facts the checks of scores need of a report: which scores of which body and year it prints. */
export interface ReportFacts {
  kind: 'bao-cao';
  type: string;
  body: string;
  year: number;
  stage?: string;
}

export type Facts = PlanFacts | OrganisationFacts | SchemeFacts | SheetsFacts | ReportFacts;

export type { Place };

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
  /** The scoring files (schemes and score sheets): apart from `all`, which the plan checks read. */
  scoring: readonly ScoringLoaded[];
  /** The organisation of a body in the year folder of a file (or anywhere, outside plans/<year>/). */
  organisationFor(body: string, file: Place): Extract<Loaded, { kind: 'to-chuc' }> | undefined;
  /**
   * Whether a file of this kind that failed its syntax or schema sits in the body folder (or the
   * year folder) of `file`, or anywhere for a file outside plans/<year>/: it exists, so nothing it
   * would give is called missing (its own errors are reported).
   */
  brokenNear(kind: Kind, file: Place, scope: 'body' | 'year'): boolean;
}

/** A file that means to be of a kind but failed its syntax or schema: no facts, but there. */
export interface Broken {
  kind: Kind;
  file: Place;
}

/** A scoring file of the run, as the checks of scores see it. */
export type ScoringLoaded =
  | { kind: 'huong-dan-cham-diem'; data: SchemeFacts; file: Place }
  | { kind: 'cham-diem'; data: SheetsFacts; file: Place }
  | { kind: 'bao-cao'; data: ReportFacts; file: Place };

export type RepoCheck = (repo: Repo, options: Options) => RepoFinding[];

/**
 * The data of each kind of file, as `plan check` guarantees it once the schema passes.
 * These mirror `schemas/*.ts`; a test validates the shipped example against both.
 */

export type Status = 'planned' | 'in-progress' | 'done' | 'cancelled';
export type Repeat = 'month' | 'quarter' | 'half-year' | 'year';
export type Authority = 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';

export interface Named {
  id: string;
  name: string;
}

export interface Unit extends Named {
  kind: string;
}

export interface Cluster extends Named {
  leader?: string;
  deputy?: string;
  members: string[];
}

export interface Membership extends Named {
  level?: string;
  council?: string;
}

export interface Person extends Named {
  position: string;
}

export interface Organisation {
  kind: 'to-chuc';
  id: string;
  name: string;
  level: string;
  place: string;
  parent?: { id?: string; name: string; level?: string };
  letterhead: { parent: string; issuer: string; nationalTitle?: string; motto?: string };
  /** Font size and page margins in mm, within Nghị định 30/2020/NĐ-CP; defaults when absent. */
  layout?: { fontSize?: 13 | 14; margins?: { top?: number; bottom?: number; left?: number; right?: number } };
  issuer: { name: string; symbol: string };
  departments?: Named[];
  units?: Unit[];
  clusters?: Cluster[];
  memberOf?: Membership[];
  people?: Person[];
}

export interface Basis {
  verb?: 'Căn cứ' | 'Thực hiện';
  kind: string;
  number?: number;
  symbol?: string;
  date?: string;
  issuer?: string;
  title: string;
}

export interface Occurrence {
  status: Status;
  done?: string;
  evidence?: string;
}

export interface Task {
  id: string;
  text: string;
  lead?: string;
  with?: string[];
  /** YYYY-MM-DD, or YYYY-MM for "by the end of that month". */
  deadline?: string;
  repeat?: Repeat;
  status?: Status;
  done?: string;
  evidence?: string;
  /** Per-period status of a repeating task, keyed 2024, 2024-H1, 2024-Q2 or 2024-06. */
  occurrences?: Record<string, Occurrence>;
}

export type SectionRole = 'purposes' | 'tasks' | 'implementation' | 'other';
export type ListStyle = 'dash' | 'number' | 'none';

export interface Section {
  role?: SectionRole;
  heading?: string;
  quarter?: 1 | 2 | 3 | 4;
  list?: ListStyle;
  paragraphs?: string[];
  tasks?: Task[];
  sections?: Section[];
}

export interface Signer {
  authority?: Authority;
  on?: string;
  position?: string;
  person: string;
}

export interface Plan {
  kind: 'ke-hoach';
  body: string;
  year: number;
  period?: { from: string; to: string };
  number: number;
  symbol: string;
  place?: string;
  date: string;
  summary: string;
  bases?: Basis[];
  intro?: string;
  numbering?: string[];
  sections: Section[];
  closing?: string;
  recipients: string[];
  signer: Signer;
}

export type PlanFile = Organisation | Plan;

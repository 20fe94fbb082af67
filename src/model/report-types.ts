/**
 * Reports (báo cáo) and their templates (mẫu báo cáo), as their schemas guarantee them. A report
 * file holds what the office writes (number, date, its own paragraphs); its template holds the
 * fixed wording and order; the tool computes the rest from the plans and the scores.
 */
import type { Signer } from './types.js';

/** The reports the Front's yearly cycle asks for. */
export const reportTypes = ['so-ket', 'tong-ket', 'cham-diem'] as const;
export type ReportType = (typeof reportTypes)[number];

/** The tables a template may place, computed from the data. */
export const reportTables = ['nhiem-vu', 'diem'] as const;
export type ReportTable = (typeof reportTables)[number];

export interface Report {
  kind: 'bao-cao';
  type: ReportType;
  body: string;
  year: number;
  number: number;
  symbol: string;
  place?: string;
  date: string;
  /** Replaces the template's summary. */
  summary?: string;
  /** The dates the report covers; by default from its type: the first half-year, or the year. */
  period?: { from: string; to: string };
  /** Which stage's scores a scoring report shows (a stage id of the guide; default: its official stage). */
  stage?: string;
  /** The office's own paragraphs, by the slot names the template gives them. */
  narrative?: Record<string, string | string[]>;
  recipients: string[];
  signer: Signer;
}

/** One thing in a template section, in order: a sentence, a computed table, the office's text. */
export type ContentItem = string | { table: ReportTable } | { narrative: string };

export interface TemplateSection {
  heading?: string;
  content?: ContentItem[];
  sections?: TemplateSection[];
}

export interface ReportTemplate {
  kind: 'mau-bao-cao';
  type: ReportType;
  /** The document type name: "BÁO CÁO". */
  title: string;
  summary: string;
  intro?: string;
  numbering?: string[];
  sections: TemplateSection[];
  closing?: string;
}

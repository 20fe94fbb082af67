/**
 * The printed document as an ordered list of typed blocks, each with its exact text. The outline
 * decides every word, number and punctuation mark; a renderer (Word, plain text) only lays the
 * blocks out by their type (fonts, alignment, the two-column header, indents).
 */

/** Top left: the parent body lines and the issuing body; top right: national title and motto. */
export interface LetterheadBlock {
  type: 'letterhead';
  /** The parent body, one entry per printed line ("ỦY BAN MTTQ VIỆT NAM", "HUYỆN ĐỊNH QUÁN"). */
  parent: string[];
  issuer: string;
  nationalTitle: string;
  motto: string;
}

/** "Số: 109/KH-MTTQ-BTT", under the issuing body. */
export interface NumberBlock {
  type: 'number';
  text: string;
}

/** "Định Quán, ngày 25 tháng 01 năm 2024", under the motto, on the line of the number. */
export interface PlaceDateBlock {
  type: 'place-date';
  text: string;
}

/** The document type name, "KẾ HOẠCH". */
export interface TitleBlock {
  type: 'title';
  text: string;
}

/** The summary (trích yếu) under the title, one entry per printed line. */
export interface SummaryBlock {
  type: 'summary';
  lines: string[];
}

/** One legal basis: "- Căn cứ Nghị quyết số 19/NQ-HĐND, ngày 21/12/2023 của ...;". */
export interface BasisBlock {
  type: 'basis';
  text: string;
}

/** The sentence after the bases that leads into the body. */
export interface IntroBlock {
  type: 'intro';
  text: string;
}

/** A section heading with its number: "I/- MỤC ĐÍCH, YÊU CẦU", "1. Quý I". */
export interface HeadingBlock {
  type: 'heading';
  /** Nesting depth, 1 for a top-level section. */
  level: number;
  /** The number as printed ("I/-", "1."), empty when the level has no numbering. */
  label: string;
  /** The whole printed line, label included. */
  text: string;
}

/** A paragraph or a task of a section, with its list marker. */
export interface ItemBlock {
  type: 'item';
  /** Depth of the section the item belongs to (1 for a top-level section). */
  level: number;
  /** "- ", "1. " or "", as the section's list style says; already part of `text`. */
  marker: string;
  /** The whole printed paragraph, marker included. */
  text: string;
  /** The id of the task this item prints; absent for a plain paragraph. */
  task?: string;
}

/** The last paragraph before the signature ("Trên đây là kế hoạch .../."). */
export interface ClosingBlock {
  type: 'closing';
  text: string;
}

/** Bottom left: "Nơi nhận:" and one line per recipient, "- X;" and the last "- X.". */
export interface RecipientsBlock {
  type: 'recipients';
  heading: string;
  lines: string[];
}

/** Bottom right: "TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", then space to sign, then the name. */
export interface SignatureBlock {
  type: 'signature';
  /** Authority and the body signed for, upper case; absent when the head signs in person. */
  authority?: string;
  position: string;
  name: string;
}

/** A column of a computed table: its heading and how its cells align (widths fit the content). */
export interface TableColumn {
  title: string;
  align: 'left' | 'center' | 'right';
}

/** A table computed from the data (the tasks of a period, the units' scores). */
export interface TableBlock {
  type: 'table';
  /** Which table: "nhiem-vu", "diem". */
  name: string;
  columns: TableColumn[];
  /** Cells; a "\n" starts a new line within a cell. */
  rows: string[][];
  /** Wide: printed on landscape pages of its own. */
  landscape: boolean;
}

export type Block =
  | LetterheadBlock
  | NumberBlock
  | PlaceDateBlock
  | TitleBlock
  | SummaryBlock
  | BasisBlock
  | IntroBlock
  | HeadingBlock
  | ItemBlock
  | ClosingBlock
  | RecipientsBlock
  | SignatureBlock
  | TableBlock;

export type BlockType = Block['type'];

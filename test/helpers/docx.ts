// Reads a .docx back the way Word would, independently of the code that wrote it: the zip with
// JSZip, each part with a namespace-aware XML parser (@xmldom/xmldom), the WordprocessingML
// elements by their names in the standard (ECMA-376). Tests assert on what this reader finds.
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Twips (1/20 pt) to millimetres. */
export const twipsToMm = (twips: number) => (twips * 25.4) / 1440;

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Points: the run's own size, else the document default. */
  size: number;
  /** A field such as PAGE in the run (w:fldSimple or w:instrText). */
  field?: string;
}

export interface Para {
  /** The text, w:br as "\n", w:tab as "\t". */
  text: string;
  runs: Run[];
  alignment: string | undefined;
  /** Twips. */
  firstLine: number;
  left: number;
  right: number;
  hanging: number;
  before: number;
  after: number;
  /** Line spacing in 240ths of a line (auto rule), or twips (exact). */
  line: number | undefined;
  lineRule: string | undefined;
  /** The style of the top border, when the paragraph has one. */
  borderTop: string | undefined;
  /** w:keepNext: it goes on the page of what follows. */
  keepNext: boolean;
  /** Every text run bold (ignoring empty runs). */
  bold: boolean;
  italic: boolean;
  /** The sizes of its text runs, in points. */
  sizes: number[];
}

export interface Cell {
  /** Twips, from w:tcW. */
  width: number;
  paragraphs: Para[];
}

export interface TableInfo {
  kind: 'table';
  /** w:tblBorders, each side's w:val. */
  borders: Record<string, string>;
  layout: string | undefined;
  grid: number[];
  rows: Cell[][];
}

export type BodyItem = TableInfo | ({ kind: 'paragraph' } & Para);

export interface Docx {
  entries: { name: string; date: Date }[];
  parts: Map<string, string>;
  body: BodyItem[];
  /** Every paragraph of the body, table cells included, in reading order. */
  paragraphs: Para[];
  section: {
    pageWidth: number;
    pageHeight: number;
    orientation: string | undefined;
    margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
    titlePage: boolean;
    /** Header paragraphs by type ("default", "first"). */
    headers: Record<string, Para[]>;
  };
  defaults: { fonts: Record<string, string>; size: number };
}

const els = (parent: Element | XmlDocument, name: string, ns = W): Element[] => Array.from(parent.getElementsByTagNameNS(ns, name));
export const children = (parent: Element, name?: string): Element[] =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (!name || ((n as Element).namespaceURI === W && (n as Element).localName === name)));
export const child = (parent: Element | undefined, name: string) => (parent ? children(parent, name)[0] : undefined);
export const attr = (el: Element | undefined, name: string, ns = W) => (el && el.hasAttributeNS(ns, name) ? el.getAttributeNS(ns, name)! : undefined);
export const num = (value: string | undefined, fallback = 0) => (value === undefined ? fallback : Number(value));

/** w:b, w:i: on unless w:val says false or 0. */
function on(rPr: Element | undefined, name: string): boolean {
  const el = child(rPr, name);
  if (!el) return false;
  const val = attr(el, 'val');
  return val === undefined || !['false', '0', 'off'].includes(val);
}

function readRun(r: Element, defaultSize: number): Run {
  const rPr = child(r, 'rPr');
  let text = '';
  for (const node of children(r)) {
    if (node.localName === 't') text += node.textContent ?? '';
    else if (node.localName === 'br') text += '\n';
    else if (node.localName === 'tab') text += '\t';
  }
  const instr = children(r, 'instrText').map((n) => n.textContent ?? '').join('').trim();
  return {
    text,
    bold: on(rPr, 'b'),
    italic: on(rPr, 'i'),
    size: num(attr(child(rPr, 'sz'), 'val'), defaultSize * 2) / 2,
    ...(instr ? { field: instr.split(/\s+/)[0] } : {}),
  };
}

function readParagraph(p: Element, defaultSize: number): Para {
  const pPr = child(p, 'pPr');
  const spacing = child(pPr, 'spacing');
  const ind = child(pPr, 'ind');
  const runs: Run[] = [];
  for (const node of children(p)) {
    if (node.localName === 'r') runs.push(readRun(node, defaultSize));
    if (node.localName === 'fldSimple') {
      const field = (attr(node, 'instr') ?? '').trim().split(/\s+/)[0]!;
      runs.push({ ...readRun(children(node, 'r')[0] ?? node, defaultSize), field });
    }
  }
  const textRuns = runs.filter((r) => r.text.trim() !== '');
  return {
    text: runs.map((r) => r.text).join(''),
    runs,
    alignment: attr(child(pPr, 'jc'), 'val'),
    firstLine: num(attr(ind, 'firstLine')),
    left: num(attr(ind, 'left') ?? attr(ind, 'start')),
    right: num(attr(ind, 'right') ?? attr(ind, 'end')),
    hanging: num(attr(ind, 'hanging')),
    before: num(attr(spacing, 'before')),
    after: num(attr(spacing, 'after')),
    line: attr(spacing, 'line') === undefined ? undefined : Number(attr(spacing, 'line')),
    lineRule: attr(spacing, 'lineRule'),
    borderTop: attr(child(child(pPr, 'pBdr'), 'top'), 'val'),
    keepNext: child(pPr, 'keepNext') !== undefined,
    bold: textRuns.length > 0 && textRuns.every((r) => r.bold),
    italic: textRuns.length > 0 && textRuns.every((r) => r.italic),
    sizes: [...new Set(textRuns.map((r) => r.size))],
  };
}

function readTable(tbl: Element, defaultSize: number): TableInfo {
  const tblPr = child(tbl, 'tblPr');
  const borders: Record<string, string> = {};
  for (const side of children(child(tblPr, 'tblBorders') ?? tblPr!)) borders[side.localName!] = attr(side, 'val') ?? '';
  return {
    kind: 'table',
    borders,
    layout: attr(child(tblPr, 'tblLayout'), 'type'),
    grid: children(child(tbl, 'tblGrid')!, 'gridCol').map((g) => num(attr(g, 'w'))),
    rows: children(tbl, 'tr').map((tr) =>
      children(tr, 'tc').map((tc) => ({
        width: num(attr(child(child(tc, 'tcPr'), 'tcW'), 'w')),
        paragraphs: children(tc, 'p').map((p) => readParagraph(p, defaultSize)),
      })),
    ),
  };
}

export const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

/** A section's page (w:pgSz, w:pgMar, w:titlePg), lengths in twips. */
export function pageSetup(sectPr: Element) {
  const pgSz = child(sectPr, 'pgSz');
  const pgMar = child(sectPr, 'pgMar');
  const titlePg = child(sectPr, 'titlePg');
  return {
    pageWidth: num(attr(pgSz, 'w')),
    pageHeight: num(attr(pgSz, 'h')),
    orientation: attr(pgSz, 'orient'),
    margins: {
      top: num(attr(pgMar, 'top')),
      bottom: num(attr(pgMar, 'bottom')),
      left: num(attr(pgMar, 'left')),
      right: num(attr(pgMar, 'right')),
      header: num(attr(pgMar, 'header')),
      footer: num(attr(pgMar, 'footer')),
    },
    titlePage: titlePg !== undefined && !['false', '0', 'off'].includes(attr(titlePg, 'val') ?? 'true'),
  };
}

export async function readDocx(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => ({ name: f.name, date: f.date }));
  const parts = new Map<string, string>();
  for (const { name } of entries) parts.set(name, await zip.file(name)!.async('string'));

  // The main part is whatever the package relationships name as the office document.
  const rels = parse(parts.get('_rels/.rels')!);
  const main = els(rels, 'Relationship', PKG_REL).find((r) => r.getAttribute('Type')!.endsWith('/officeDocument'))!.getAttribute('Target')!.replace(/^\//, '');
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const docRels = parse(parts.get(`${folder}_rels/${main.slice(folder.length)}.rels`)!);
  const target = (id: string) => folder + els(docRels, 'Relationship', PKG_REL).find((r) => r.getAttribute('Id') === id)!.getAttribute('Target')!;

  const styles = parse(parts.get(`${folder}styles.xml`)!);
  const rPrDefault = child(child(els(styles, 'docDefaults')[0], 'rPrDefault'), 'rPr');
  const rFonts = child(rPrDefault, 'rFonts');
  const fonts: Record<string, string> = {};
  for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) {
    const value = attr(rFonts, slot);
    if (value !== undefined) fonts[slot] = value;
  }
  const defaultSize = num(attr(child(rPrDefault, 'sz'), 'val'), 20) / 2;

  const document = parse(parts.get(main)!);
  const bodyEl = els(document, 'body')[0]!;
  const body: BodyItem[] = [];
  for (const node of children(bodyEl)) {
    if (node.localName === 'p') body.push({ kind: 'paragraph', ...readParagraph(node, defaultSize) });
    if (node.localName === 'tbl') body.push(readTable(node, defaultSize));
  }
  const paragraphs = body.flatMap((item) => (item.kind === 'table' ? item.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs)) : [item]));

  const sectPr = child(bodyEl, 'sectPr')!;
  const headers: Record<string, Para[]> = {};
  for (const ref of children(sectPr, 'headerReference')) {
    const header = parse(parts.get(target(attr(ref, 'id', R)!))!);
    headers[attr(ref, 'type') ?? 'default'] = els(header, 'p').map((p) => readParagraph(p, defaultSize));
  }
  return {
    entries,
    parts,
    body,
    paragraphs,
    section: { ...pageSetup(sectPr), headers },
    defaults: { fonts, size: defaultSize },
  };
}

/** The printed lines of a document: each paragraph's text split at its line breaks, empty ones dropped. */
export function printedLines(docx: Docx): string[] {
  return docx.paragraphs.flatMap((p) => p.text.split('\n')).filter((line) => line.trim() !== '');
}

// Every section of a .docx, in order. test/helpers/docx.ts reads only the last w:sectPr (the
// body's own); a document with a landscape table has several sections, each earlier one closed by
// the w:sectPr in the w:pPr of its last paragraph (ECMA-376 Part 1, 17.6.17). This reads them all,
// with what each holds, independently of the code that wrote them.
import type { Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { attr, child, children as elementChildren, PKG_REL, pageSetup, parse, R, W } from './docx.js';

export interface HeaderRef {
  /** "default", "first" or "even". */
  type: string;
  /** The relationship id and the part it names. */
  id: string;
  part: string;
  /** The text of the header part, paragraphs joined by "\n". */
  text: string;
}

/** What one section holds, in body order. */
export type SectionItem = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

export interface SectionInfo {
  /** Twips, as w:pgSz gives them (a landscape page has the larger width). */
  pageWidth: number;
  pageHeight: number;
  /** w:orient, when written. */
  orientation: string | undefined;
  /** Twips. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** w:titlePg on: the first page has its own header. */
  titlePage: boolean;
  headers: HeaderRef[];
  /** The body's paragraphs and tables that belong to this section. */
  items: SectionItem[];
}


/** A paragraph's text: w:t, w:tab as "\t", w:br as "\n", in reading order. */
function paragraphText(p: Element): string {
  let text = '';
  for (const node of Array.from(p.getElementsByTagNameNS(W, '*'))) {
    if (node.localName === 't') text += node.textContent ?? '';
    else if (node.localName === 'tab' && node.parentNode && (node.parentNode as Element).localName === 'r') text += '\t';
    else if (node.localName === 'br') text += '\n';
  }
  return text;
}

function tableRows(tbl: Element): string[][] {
  return elementChildren(tbl, 'tr').map((tr) =>
    elementChildren(tr, 'tc').map((tc) => elementChildren(tc, 'p').map(paragraphText).filter((t) => t !== '').join('\n')),
  );
}

/** Every section of the document in word/document.xml (or wherever the package says), in order. */
export async function readSections(bytes: Uint8Array): Promise<SectionInfo[]> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no part ${name} in the package`);
    return file.async('string');
  };
  const rels = parse(await text('_rels/.rels'));
  const main = Array.from(rels.getElementsByTagNameNS(PKG_REL, 'Relationship'))
    .find((r) => r.getAttribute('Type')!.endsWith('/officeDocument'))!
    .getAttribute('Target')!
    .replace(/^\//, '');
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const docRels = parse(await text(`${folder}_rels/${main.slice(folder.length)}.rels`));
  const partOf = (id: string) => {
    const rel = Array.from(docRels.getElementsByTagNameNS(PKG_REL, 'Relationship')).find((r) => r.getAttribute('Id') === id);
    if (!rel) throw new Error(`no relationship ${id}`);
    return folder + rel.getAttribute('Target')!;
  };

  const readSectPr = async (sectPr: Element, items: SectionItem[]): Promise<SectionInfo> => {
    const headers: HeaderRef[] = [];
    for (const ref of elementChildren(sectPr, 'headerReference')) {
      const id = attr(ref, 'id', R)!;
      const part = partOf(id);
      const header = parse(await text(part));
      const paragraphs = Array.from(header.getElementsByTagNameNS(W, 'p')).map(paragraphText);
      headers.push({ type: attr(ref, 'type') ?? 'default', id, part, text: paragraphs.join('\n') });
    }
    return { ...pageSetup(sectPr), headers, items };
  };

  const document = parse(await text(main));
  const body = document.getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw new Error(`${main} has no w:body`);
  const sections: SectionInfo[] = [];
  let items: SectionItem[] = [];
  for (const node of elementChildren(body)) {
    if (node.namespaceURI !== W) continue;
    if (node.localName === 'tbl') items.push({ kind: 'table', rows: tableRows(node) });
    else if (node.localName === 'p') {
      items.push({ kind: 'paragraph', text: paragraphText(node) });
      // A section ends with the paragraph whose properties hold its w:sectPr.
      const sectPr = child(child(node, 'pPr'), 'sectPr');
      if (sectPr) {
        sections.push(await readSectPr(sectPr, items));
        items = [];
      }
    } else if (node.localName === 'sectPr') {
      sections.push(await readSectPr(node, items));
      items = [];
    }
  }
  if (items.some((i) => i.kind === 'table' || i.text !== '')) throw new Error('content after the last w:sectPr of the body');
  return sections;
}

/** Whether a section's page is turned sideways: wider than high (w:orient alone is not enough for Word). */
export const isLandscape = (s: Pick<SectionInfo, 'pageWidth' | 'pageHeight'>) => s.pageWidth > s.pageHeight;

import { Packer, type Document } from 'docx';
import JSZip from 'jszip';

/** Parts first by this order, the rest by name: the content types lead, as Word writes them. */
const firstParts = ['[Content_Types].xml', '_rels/.rels'];

function partOrder(a: string, b: string): number {
  const ia = firstParts.indexOf(a);
  const ib = firstParts.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Characters XML 1.0 has no place for (C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone
 * surrogates): docx writes a text's characters as they are, and one of them makes Word, LibreOffice
 * and python-docx refuse the whole document. `plan check` reports them (text/control-char); a
 * draft printed anyway gets a space for Word's line and page breaks, nothing for the others.
 */
const notXml = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** An XML part's text with the characters XML cannot hold taken out (see `notXml`). */
export function xmlSafe(xml: string): string {
  return xml.replace(notXml, (c) => (c === '\x0b' || c === '\x0c' ? ' ' : ''));
}

/** "2024-01-25" → "2024-01-25T00:00:00Z", the W3CDTF form core.xml uses. */
const w3c = (isoDate: string) => `${isoDate}T00:00:00Z`;

/** core.xml with the document's own date as created and modified, instead of the clock's. */
function fixCoreDates(xml: string, date: Date): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/**
 * The .docx bytes, the same for the same document whatever the clock or time zone. docx writes
 * the time of packing into core.xml and into every zip entry, and has no option against it
 * (pandoc has the same problem, its issue 7654): the package is re-zipped with the document's
 * date on every entry, in a fixed order.
 */
export async function packDeterministic(document: Document, isoDate: string): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(document);
  const source = await JSZip.loadAsync(packed);
  // JSZip writes an entry's DOS time from the Date's UTC fields, so no time zone can move it.
  // A draft may carry a date that is not on the calendar: its entries then take the zip epoch.
  const parsed = new Date(w3c(isoDate));
  const date = Number.isNaN(parsed.getTime()) ? new Date(Date.UTC(1980, 0, 1)) : parsed;
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name]!.dir)
    .sort(partOrder);
  const out = new JSZip();
  for (const name of names) {
    let content: string | Uint8Array = await source.files[name]!.async('uint8array');
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      const xml = new TextDecoder().decode(content);
      const safe = xmlSafe(name === 'docProps/core.xml' ? fixCoreDates(xml, date) : xml);
      if (safe !== xml) content = safe;
    }
    out.file(name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'DOS' });
}

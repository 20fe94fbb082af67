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
    if (name === 'docProps/core.xml') content = fixCoreDates(new TextDecoder().decode(content), date);
    out.file(name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'DOS' });
}

/** Turning a file's bytes into text, or saying why they are not a YAML text; and back. */

export type Decoded =
  | {
      ok: true;
      /** The text, without its byte-order mark; a lone CR line end (old Mac files) reads as LF, at the same offset. */
      text: string;
      bom: boolean;
      crlf: boolean;
      /**
       * The file ends lines with a lone CR: 'all' of its bare line ends are (they are written back
       * so), 'some' when it also has bare LF line ends (which of them were CR is not kept).
       */
      loneCr: 'all' | 'some' | false;
    }
  | { ok: false; reason: 'utf16' | 'nul' | 'utf8' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  // Notepad's "Unicode" is UTF-16 with a byte-order mark: say so rather than "binary".
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'utf16' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'nul' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Old Vietnamese encodings (TCVN3, VNI, Windows-1258) land here.
    return { ok: false, reason: 'utf8' };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  // YAML takes a lone CR for a line break; the parser does not: the whole file would be one line
  // (a first comment line then hides everything, and the file reads as empty).
  let loneCr: 'all' | 'some' | false = false;
  if (/\r(?!\n)/.test(text)) {
    loneCr = /(?<!\r)\n/.test(text) ? 'some' : 'all';
    text = text.replace(/\r(?!\n)/g, '\n');
  }
  return { ok: true, text, bom, crlf: text.includes('\r\n'), loneCr };
}

/**
 * The file's text to write after an edit of `decoded.text`: its byte-order mark and lone-CR line
 * ends as they were. Undefined when they cannot be kept (a file mixing lone CR and LF line ends).
 */
export function encode(decoded: Extract<Decoded, { ok: true }>, text: string): string | undefined {
  if (decoded.loneCr === 'some') return undefined;
  const lines = decoded.loneCr === 'all' ? text.replace(/(?<!\r)\n/g, '\r') : text;
  return (decoded.bom ? '\uFEFF' : '') + lines;
}

/** Turning a file's bytes into text, or saying why they are not a YAML text. */

export type Decoded =
  | { ok: true; text: string; bom: boolean; crlf: boolean }
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
  return { ok: true, text, bom, crlf: text.includes('\r\n') };
}

/**
 * Text as a terminal may be given it. A value quoted in a message, a task text in a table, a file
 * name: any may hold a control character (pasted from Word, or "\e[2J" written on purpose), and
 * printed raw an ESC recolours or clears the user's terminal, a CR overwrites the line. Controls
 * are shown as their Unicode pictures (␛, ␋, ␍); C1 controls, noncharacters and lone surrogates,
 * which no font draws, as "�". Tabs stay, and line breaks where asked (a table cell breaks its lines). The JSON, CSV and SARIF outputs keep the text as it is.
 */
export function printableText(text: string, options: { newlines?: boolean } = {}): string {
  if (!unsafe.test(text)) return text;
  return text.replace(unsafeAll, (letter) => (letter === '\n' && options.newlines ? letter : printableLetter(letter)));
}

const unsafe = /[\x00-\x08\x0a-\x1f\x7f-\x9f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unsafeAll = new RegExp(unsafe.source, 'g');

/** A letter (a grapheme) as a terminal may print it: controls as their pictures, invisible ones as ◌. */
export function printableLetter(letter: string): string {
  if (letter.length === 1) {
    const code = letter.charCodeAt(0);
    if (code === 0x09) return letter;
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    if ((code >= 0x80 && code <= 0x9f) || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  }
  return /^[\u200b\u2060\ufeff\u00ad]$/.test(letter) ? '\u25cc' : letter;
}

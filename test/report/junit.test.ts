// The JUnit format: well-formed XML 1.0, read back with a small strict parser written here.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { catalogues, type Lang } from '../../src/i18n/index.js';
import type { FormatContext } from '../../src/report/context.js';
import { formatJunit, xmlAttribute, xmlText } from '../../src/report/junit.js';

// ---------------------------------------------------------------------------------------------
// A strict reader for the XML subset the formatter writes (declaration, elements, attributes,
// text, entity and character references): it throws on anything not well-formed, and returns
// values as an XML parser hands them over (line ends and attribute white space normalised).

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

const legalChar = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const name = '[A-Za-z_][A-Za-z0-9_.-]*';

function decode(raw: string, where: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bad reference in ${where}: ${raw}`);
  return raw.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, ref: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[ref]) return named[ref];
    const char = String.fromCodePoint(ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    if (!legalChar.test(char)) throw new Error(`reference to an illegal character in ${where}: &${ref};`);
    return char;
  });
}

function parseXml(xml: string): Element {
  if (!legalChar.test(xml)) throw new Error('character not allowed in XML 1.0');
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (!xml.startsWith(declaration)) throw new Error('no XML declaration');
  const text = xml.slice(declaration.length).replace(/\r\n?/g, '\n');
  const startTag = new RegExp(`<(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
  const endTag = new RegExp(`</(${name})\\s*>`, 'y');
  const attribute = new RegExp(`(${name})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
  const stack: Element[] = [];
  let root: Element | undefined;
  let pos = 0;
  while (pos < text.length) {
    if (text.startsWith('</', pos)) {
      endTag.lastIndex = pos;
      const m = endTag.exec(text);
      if (!m) throw new Error(`bad end tag at ${pos}`);
      const open = stack.pop();
      if (!open || open.name !== m[1]) throw new Error(`</${m[1]}> closes <${open?.name}>`);
      pos = endTag.lastIndex;
    } else if (text[pos] === '<') {
      startTag.lastIndex = pos;
      const m = startTag.exec(text);
      if (!m) throw new Error(`bad start tag at ${pos}: ${text.slice(pos, pos + 40)}`);
      const element: Element = { name: m[1]!, attributes: {}, children: [], text: '' };
      for (const a of m[2]!.matchAll(attribute)) {
        if (a[1]! in element.attributes) throw new Error(`attribute ${a[1]} twice on <${m[1]}>`);
        // Attribute-value normalisation: literal tab, CR and LF become spaces; references stay.
        element.attributes[a[1]!] = decode((a[2] ?? a[3]!).replace(/[\t\n\r]/g, ' '), `${m[1]}@${a[1]}`);
      }
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) throw new Error('more than one root element');
      else root = element;
      if (m[3] !== '/') stack.push(element);
      pos = startTag.lastIndex;
    } else {
      const next = text.indexOf('<', pos);
      const chunk = text.slice(pos, next < 0 ? undefined : next);
      if (chunk.includes(']]>')) throw new Error(']]> in text');
      const parent = stack.at(-1);
      if (parent) parent.text += decode(chunk, `<${parent.name}>`);
      else if (chunk.trim() !== '') throw new Error(`text outside the root: ${chunk}`);
      pos = next < 0 ? text.length : next;
    }
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> not closed`);
  if (!root) throw new Error('no root element');
  return root;
}

// ---------------------------------------------------------------------------------------------

function context(sources: string[], lang: Lang = 'vi'): FormatContext {
  return {
    catalogue: catalogues[lang],
    sources: new Map(sources.map((file) => [file, 'kind: ke-hoach\n'])),
    files: sources.length,
    chalk: new Chalk({ level: 0 }),
  };
}

const at = (line: number, column: number) => ({ start: { line, column, offset: 0 }, end: { line, column: column + 1, offset: 0 } });

const problems: Diagnostic[] = [
  { file: 'a.yaml', range: at(4, 9), severity: 'error', rule: 'schema/type', message: 'Sai kiểu.', hint: 'Ghi chữ.', args: {} },
  { file: 'a.yaml', range: at(7, 1), severity: 'warning', rule: 'yaml/syntax', message: 'Thụt lề.', args: {} },
  { file: 'c.yaml', range: at(2, 3), severity: 'info', rule: 'schema/type', message: 'Ghi chú.', hint: 'Không cần sửa.', args: {} },
  { file: 'khong-doc-duoc.yaml', severity: 'error', rule: 'file/unreadable', message: 'Không đọc được tệp.', args: {} },
];

const cases = (root: Element) => root.children[0]!.children;

describe('--format junit', () => {
  it('is well-formed XML: testsuites, one testsuite, a test case per file', () => {
    const root = parseXml(formatJunit(problems, context(['a.yaml', 'b.yaml', 'c.yaml'])));
    expect(root.name).toBe('testsuites');
    expect(root.children.map((c) => c.name)).toEqual(['testsuite']);
    expect(cases(root).map((c) => [c.name, c.attributes.classname, c.attributes.name])).toEqual([
      ['testcase', 'plan check', 'a.yaml'],
      ['testcase', 'plan check', 'b.yaml'],
      ['testcase', 'plan check', 'c.yaml'],
      ['testcase', 'plan check', 'khong-doc-duoc.yaml'],
    ]);
  });

  it('counts files as tests and failing files as failures', () => {
    const root = parseXml(formatJunit(problems, context(['a.yaml', 'b.yaml', 'c.yaml'])));
    const counts = { tests: '4', failures: '2', errors: '0' };
    expect(root.attributes).toEqual({ name: 'plan check', ...counts });
    expect(root.children[0]!.attributes).toEqual({ name: 'plan check', ...counts, skipped: '0' });
  });

  it('gives a failing file one failure per error or warning: rule, message, place and fix', () => {
    const [a] = cases(parseXml(formatJunit(problems, context(['a.yaml', 'b.yaml', 'c.yaml']))));
    expect(a!.children.map((f) => [f.name, f.attributes.type, f.attributes.message, f.text])).toEqual([
      ['failure', 'schema/type', 'Sai kiểu.', 'a.yaml:4:9: lỗi [schema/type] Sai kiểu.\nCách sửa: Ghi chữ.'],
      ['failure', 'yaml/syntax', 'Thụt lề.', 'a.yaml:7:1: cảnh báo [yaml/syntax] Thụt lề.'],
    ]);
    const last = cases(parseXml(formatJunit(problems, context([]))))[2]!;
    expect(last.children[0]!.text).toBe('khong-doc-duoc.yaml: lỗi [file/unreadable] Không đọc được tệp.');
  });

  it('shows a file without problems as a passing test case, and notes without failing', () => {
    const [, b, c] = cases(parseXml(formatJunit(problems, context(['a.yaml', 'b.yaml', 'c.yaml']))));
    expect(b).toEqual({ name: 'testcase', attributes: { classname: 'plan check', name: 'b.yaml', file: 'b.yaml' }, children: [], text: '' });
    expect(c!.children.map((x) => x.name)).toEqual(['system-out']);
    expect(c!.children[0]!.text).toBe('c.yaml:2:3: ghi chú [schema/type] Ghi chú.\nCách sửa: Không cần sửa.');
  });

  it('escapes markup characters and drops characters XML 1.0 cannot hold', () => {
    const nasty = 'a <b> & "c" \'d\' ]]> e\u0000\u0001\u0007\u0008\u000B\u000C\u000E\u001F\uD800\uFFFE\uFFFF f\tg\r\nh 😀 ệ';
    const clean = 'a <b> & "c" \'d\' ]]> e f\tg\r\nh 😀 ệ';
    const file = 'tệp "x" & <y>.yaml';
    const out = formatJunit([{ file, range: at(1, 1), severity: 'error', rule: 'schema/enum', message: nasty, hint: nasty, args: {} }], context([]));
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const [testcase] = cases(parseXml(out));
    expect(testcase!.attributes.name).toBe(file);
    const failure = testcase!.children[0]!;
    // Tab, CR and LF survive in the attribute as character references.
    expect(failure.attributes.message).toBe(clean);
    expect(failure.text).toBe(`${file}:1:1: lỗi [schema/enum] ${clean}\nCách sửa: ${clean}`);
  });

  it('escapes with the small helpers the same way', () => {
    expect(xmlAttribute('<&"\'>\n')).toBe('&lt;&amp;&quot;&apos;&gt;&#10;');
    expect(xmlText('<&>"\'\u0000\r')).toBe('&lt;&amp;&gt;"\'&#13;');
  });

  it('is an empty suite when nothing was checked, and passing tests when nothing is wrong', () => {
    expect(parseXml(formatJunit([], context([]))).attributes).toEqual({ name: 'plan check', tests: '0', failures: '0', errors: '0' });
    const root = parseXml(formatJunit([], context(['b.yaml', 'a.yaml'])));
    expect(root.attributes.tests).toBe('2');
    expect(root.attributes.failures).toBe('0');
    expect(cases(root).map((c) => c.attributes.name)).toEqual(['a.yaml', 'b.yaml']);
  });

  it('speaks English with --lang en, and is deterministic', () => {
    const out = formatJunit(problems, context(['a.yaml'], 'en'));
    expect(cases(parseXml(out))[0]!.children[0]!.text).toBe('a.yaml:4:9: error [schema/type] Sai kiểu.\nFix: Ghi chữ.');
    expect(formatJunit(problems, context(['a.yaml'], 'en'))).toBe(out);
    expect(out).not.toMatch(/time|timestamp|hostname/);
  });

  it('the reader rejects what is not well-formed', () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
    for (const bad of ['<a><b></a></b>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a>x & y</a>', '<a x="<"/>', '<a/><b/>', '<a>\u0001</a>', '<a>&#1;</a>', '<a>', '<a>]]></a>']) {
      expect(() => parseXml(head + bad), bad).toThrow();
    }
    expect(parseXml(`${head}<a x='1&#10;2'>t&amp;<b/></a>`)).toEqual({
      name: 'a',
      attributes: { x: '1\n2' },
      children: [{ name: 'b', attributes: {}, children: [], text: '' }],
      text: 't&',
    });
  });
});

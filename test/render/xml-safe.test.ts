// Issue case 2, "Corrupt .docx", on the rendering side: `plan render --draft` prints a plan even when
// `plan check` finds control characters in its texts, and the .docx it writes must still be
// well-formed XML in every part — one U+000B (Word's Shift+Enter, pasted) in word/document.xml and
// Word, LibreOffice and python-docx refuse the whole document. The character is dropped (or, for
// Word's line and page breaks, becomes a space); the words around it are printed.
//
// Each part is parsed strictly twice: here (UTF-8, the XML 1.0 Char production for every character
// and character reference, then @xmldom/xmldom with every warning an error) and, where python3 is
// on PATH, by expat (xml.dom.minidom), which refuses any character XML cannot hold. The text is read
// back with test/helpers/docx.ts and, where a python3 has it, with python-docx; the PDF tests need
// LibreOffice and poppler and skip without them, unless PLAN_REQUIRE_LIBREOFFICE=1 (see office.ts).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocx } from '../helpers/docx.js';
import { edit, shipped, tempFolders } from '../helpers/fixtures.js';
import { assertTools, docxToPdf, missingTools, officeRequired, runTool } from '../helpers/office.js';
import { run } from '../helpers/run.js';
import { spawnPlan } from '../helpers/spawn.js';

const planFile = 'plans/2024/dinh-quan/ke-hoach.yaml';
const orgFile = 'plans/2024/dinh-quan/to-chuc.yaml';

const folder = tempFolders();
const repo = (plan: string) => folder({ [planFile]: plan, [orgFile]: shipped('to-chuc') });

// ---------------------------------------------------------------------------------------------
// Strict XML.

/** XML 1.0's Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const isXmlChar = (code: number) =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

/** Why the bytes are not a well-formed XML document; undefined when they are. */
function xmlProblem(bytes: Uint8Array): string | undefined {
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not UTF-8';
  }
  let offset = 0;
  for (const char of xml) {
    const code = char.codePointAt(0)!;
    // A lone surrogate comes out of the iterator as one code unit.
    if (!isXmlChar(code) || (char.length === 1 && code >= 0xd800 && code <= 0xdfff)) {
      return `character U+${code.toString(16).toUpperCase().padStart(4, '0')} at offset ${offset}: ${JSON.stringify(xml.slice(Math.max(0, offset - 40), offset + 40))}`;
    }
    offset += char.length;
  }
  for (const match of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const code = match[1]!.startsWith('x') ? Number.parseInt(match[1]!.slice(1), 16) : Number(match[1]);
    if (!isXmlChar(code)) return `character reference ${match[0]} at offset ${match.index}`;
  }
  const complaints: string[] = [];
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      // U+FFFD is an XML character like any other; xmldom only suspects the encoding. It is what
      // a lone surrogate of a text becomes (see \`allowed\`), and the Char test above has passed.
      if (level === 'warning' && /Unicode replacement character/.test(message)) return;
      complaints.push(`${level}: ${message}`);
      throw new Error(message);
    },
  });
  try {
    const doc = parser.parseFromString(xml, 'application/xml');
    if (!doc.documentElement) complaints.push('no root element');
  } catch (error) {
    if (complaints.length === 0) complaints.push(String(error));
  }
  return complaints.length ? complaints.join('; ') : undefined;
}

/** The package's XML parts (.xml and .rels), by name. */
async function xmlParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort()) {
    if (!zip.files[name]!.dir && (name.endsWith('.xml') || name.endsWith('.rels'))) parts.set(name, await zip.files[name]!.async('uint8array'));
  }
  return parts;
}

/** Every directory on PATH that has an executable `python3`, in PATH order. */
function pythons(): string[] {
  const found: string[] = [];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, 'python3');
    try {
      accessSync(path, constants.X_OK);
      if (!found.includes(path)) found.push(path);
    } catch {
      // not here
    }
  }
  return found;
}
const python = pythons()[0];
/** A python3 that has python-docx (pyenv's may lack it while the system's has it). */
const pythonWithDocx = pythons().find((p) => spawnSync(p, ['-c', 'import docx'], { timeout: 15_000 }).status === 0);

function runPython(interpreter: string, script: string, args: readonly string[]): unknown {
  const result = spawnSync(interpreter, ['-c', script, ...args], { encoding: 'utf8', timeout: 60_000 });
  if (result.error || result.status !== 0) throw new Error(`${interpreter}: ${result.error?.message ?? `exit ${result.status}`}\n${result.stdout}${result.stderr}`);
  return JSON.parse(result.stdout);
}

// expat through minidom: refuses control characters, U+FFFE/U+FFFF, bad character references.
const expatScript = `
import json, sys, zipfile, xml.dom.minidom
z = zipfile.ZipFile(sys.argv[1])
parsed, bad = [], []
for name in sorted(z.namelist()):
    if name.endswith('.xml') or name.endswith('.rels'):
        try:
            xml.dom.minidom.parseString(z.read(name))
            parsed.append(name)
        except Exception as e:
            bad.append([name, str(e)])
print(json.dumps({'parsed': parsed, 'bad': bad}))
`;

// python-docx (lxml underneath) opens the document and yields every text a reader sees.
const pythonDocxScript = `
import json, sys, docx
d = docx.Document(sys.argv[1])
texts = []
def cells(tables):
    for t in tables:
        for row in t.rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
                cells(cell.tables)
texts.extend(p.text for p in d.paragraphs)
cells(d.tables)
for s in d.sections:
    for part in (s.header, s.first_page_header, s.footer):
        texts.extend(p.text for p in part.paragraphs)
        cells(part.tables)
print(json.dumps({'texts': texts, 'title': d.core_properties.title}))
`;

/** Each XML part of the .docx is well-formed, by both parsers; the names of the parts. */
async function expectWellFormed(path: string): Promise<string[]> {
  const parts = await xmlParts(readFileSync(path));
  expect(parts.has('word/document.xml')).toBe(true);
  const problems = [...parts].map(([name, bytes]) => [name, xmlProblem(bytes)]).filter(([, problem]) => problem !== undefined);
  expect(problems).toEqual([]);
  if (python) {
    const { parsed, bad } = runPython(python, expatScript, [path]) as { parsed: string[]; bad: string[][] };
    expect(bad).toEqual([]);
    expect(parsed).toEqual([...parts.keys()]);
  }
  return [...parts.keys()];
}

// ---------------------------------------------------------------------------------------------
// The plans.

/** What the document holds where the character was: written by --draft, not by `plan check`. */
type Outcome = 'dropped' | 'space' | 'kept' | 'lone';

interface Case {
  /** How the YAML writes it: a double-quoted escape, or the character raw in a plain text. */
  written: string;
  raw: boolean;
  /** The character the text holds. */
  char: string;
  outcome: Outcome;
}

const escape = (written: string, char: string, outcome: Outcome): Case => ({ written, raw: false, char, outcome });
const raw = (char: string, outcome: Outcome): Case => ({ written: char, raw: true, char, outcome });

const cases: Case[] = [
  escape('\\0', '\0', 'dropped'),
  escape('\\x01', '\x01', 'dropped'),
  escape('\\b', '\b', 'dropped'),
  escape('\\v', '\x0b', 'space'),
  escape('\\f', '\x0c', 'space'),
  escape('\\e', '\x1b', 'dropped'),
  escape('\\x1f', '\x1f', 'dropped'),
  escape('\\uFFFE', '\ufffe', 'dropped'),
  escape('\\uFFFF', '\uffff', 'dropped'),
  escape('\\uD800', '\ud800', 'lone'),
  escape('\\uDFFF', '\udfff', 'lone'),
  // Characters XML 1.0 does hold: `plan check` reports them, the document keeps them.
  escape('\\x7f', '\x7f', 'kept'),
  escape('\\uFEFF', '\ufeff', 'kept'),
  escape('\\u200B', '\u200b', 'kept'),
  escape('\\u2060', '\u2060', 'kept'),
  escape('\\uD83D\\uDE00', '😀', 'kept'),
  raw('\x0b', 'space'),
  raw('\x0c', 'space'),
  raw('\x01', 'dropped'),
  raw('\x1b', 'dropped'),
  raw('\ufffe', 'dropped'),
  raw('\uffff', 'dropped'),
  raw('\u200b', 'kept'),
];

/**
 * What the reader may find in place of the character. A lone surrogate cannot be encoded in
 * UTF-8: docx's packing writes U+FFFD for it before the XML is made safe, so it shows as "�".
 */
const allowed = (c: Case): string[] =>
  c.outcome === 'dropped' ? [''] : c.outcome === 'space' ? [' '] : c.outcome === 'kept' ? [c.char] : ['', '\ufffd'];

const label = (c: Case) => `${c.raw ? 'raw' : `"${c.written}"`} (U+${c.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

const taskAnchor = 'id: bao-cao-cham-diem';
const taskLine = 'text: Xây dựng báo cáo chấm điểm theo hướng dẫn của Ủy ban MTTQ Việt Nam tỉnh.';
const recipientLine = '  - BTT Ủy ban MTTQ Việt Nam huyện\n';
const summaryBlock = 'summary: |-\n  Thực hiện công tác thi đua, khen thưởng\n  trong hệ thống Mặt trận huyện năm 2024\n';

/**
 * The shipped plan with the character in three texts, each in place of a space: a task (a body
 * paragraph), a line of Nơi nhận (a table cell) and the trích yếu (also the document's title in
 * docProps/core.xml). A raw character goes into the plain task text only.
 */
function planWith(c: Case): string {
  let plan = shipped('ke-hoach');
  if (c.raw) return edit(plan, taskAnchor, 'chấm điểm', `chấm${c.written}điểm`);
  plan = edit(plan, taskAnchor, taskLine, `text: "Xây dựng báo cáo chấm${c.written}điểm theo hướng dẫn của Ủy ban MTTQ Việt Nam tỉnh."`);
  plan = edit(plan, '\nrecipients:', recipientLine, `  - "BTT Ủy ban MTTQ Việt Nam${c.written}huyện"\n`);
  plan = edit(plan, '\nsummary:', summaryBlock, `summary: "Thực hiện công tác thi đua,${c.written}khen thưởng\\ntrong hệ thống Mặt trận huyện năm 2024"\n`);
  return plan;
}

/** Where the character was: the words either side, and the texts they are in. */
const places = (c: Case): [string, string][] => {
  const task: [string, string] = ['Xây dựng báo cáo chấm', 'điểm theo hướng dẫn'];
  return c.raw ? [task] : [task, ['BTT Ủy ban MTTQ Việt Nam', 'huyện'], ['Thực hiện công tác thi đua,', 'khen thưởng']];
};

/** What is between `before` and `after` in the one text that holds both. */
function between(texts: readonly string[], before: string, after: string): string {
  const found = texts.filter((t) => t.includes(before) && t.indexOf(after, t.indexOf(before) + before.length) >= 0);
  if (found.length === 0) throw new Error(`no text with «${before}» then «${after}» among:\n${texts.join('\n')}`);
  const text = found[0]!;
  const start = text.indexOf(before) + before.length;
  return text.slice(start, text.indexOf(after, start));
}

/** `plan render ke-hoach --draft -o out.docx` of the plan (in-process); the .docx's path. */
async function renderDraft(plan: string): Promise<{ path: string; stdout: string; stderr: string }> {
  const root = repo(plan);
  const r = await run(['render', 'ke-hoach', '--draft', '-o', 'out.docx'], { cwd: root });
  expect(r.stdout).toBe('Đã ghi out.docx.\n');
  expect(r.code).toBe(0);
  return { path: join(root, 'out.docx'), stdout: r.stdout, stderr: r.stderr };
}

// ---------------------------------------------------------------------------------------------

describe('plan render --draft of a plan whose texts hold a control character', () => {
  it.each(cases.map((c) => [label(c), c] as const))('%s: every XML part well-formed, the words around it printed', async (_, c) => {
    const plan = planWith(c);
    const { path, stderr } = await renderDraft(plan);
    // The draft is printed, and plan check's errors are shown; its warnings (the invisible
    // characters) are not, and the emoji is no finding at all.
    if (c.outcome === 'kept' && c.char !== '\x7f') expect(stderr).toBe('');
    else expect(stderr).toContain('[text/control-char]');

    const parts = await expectWellFormed(path);
    expect(parts).toContain('docProps/core.xml');

    const docx = await readDocx(readFileSync(path));
    const texts = docx.paragraphs.map((p) => p.text);
    for (const [before, after] of places(c)) expect(allowed(c)).toContain(between(texts, before, after));
    if (!c.raw) {
      const title = new TextDecoder().decode((await xmlParts(readFileSync(path))).get('docProps/core.xml'));
      const inTitle = /<dc:title>([^<]*)<\/dc:title>/.exec(title)?.[1] ?? '';
      expect(allowed(c)).toContain(between([inTitle], 'Thực hiện công tác thi đua,', 'khen thưởng'));
    }
  });

  it.runIf(pythonWithDocx !== undefined).each(cases.map((c) => [label(c), c] as const))('%s: python-docx opens it and reads the words around it', async (_, c) => {
    const { path } = await renderDraft(planWith(c));
    const { texts, title } = runPython(pythonWithDocx!, pythonDocxScript, [path]) as { texts: string[]; title: string };
    for (const [before, after] of places(c)) expect(allowed(c)).toContain(between(texts, before, after));
    if (!c.raw) expect(allowed(c)).toContain(between([title], 'Thực hiện công tác thi đua,', 'khen thưởng'));
  });

  it('without --draft nothing is written: plan check\'s error, exit 1', async () => {
    const root = repo(planWith(escape('\\v', '\x0b', 'space')));
    const r = await run(['render', 'ke-hoach', '-o', 'out.docx'], { cwd: root });
    expect(r.code).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain('[text/control-char]');
    expect(existsSync(join(root, 'out.docx'))).toBe(false);
  });

  it('the real binary, every character at once: a well-formed document', async () => {
    const root = repo(allAtOnce());
    const r = spawnPlan(['render', 'ke-hoach', '--draft', '-o', 'out.docx'], root);
    expect(r.stdout).toBe('Đã ghi out.docx.\n');
    expect(r.code).toBe(0);
    await expectWellFormed(join(root, 'out.docx'));
    const texts = (await readDocx(readFileSync(join(root, 'out.docx')))).paragraphs.map((p) => p.text);
    for (const line of quotedLines) {
      const pattern = linePattern(line);
      expect(texts.filter((t) => pattern.test(t)), `a paragraph ${pattern}`).toHaveLength(1);
    }
  });
});

describe('the shipped plan', () => {
  it('renders with every XML part well-formed, by both parsers', async () => {
    const root = repo(shipped('ke-hoach'));
    const r = await run(['render', 'ke-hoach', '-o', 'out.docx'], { cwd: root });
    expect(r.code).toBe(0);
    const parts = await expectWellFormed(join(root, 'out.docx'));
    expect(parts).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
  });

  it.runIf(pythonWithDocx !== undefined)('opens in python-docx', async () => {
    const root = repo(shipped('ke-hoach'));
    expect((await run(['render', 'ke-hoach', '--draft', '-o', 'out.docx'], { cwd: root })).code).toBe(0);
    const { texts } = runPython(pythonWithDocx!, pythonDocxScript, [join(root, 'out.docx')]) as { texts: string[] };
    expect(between(texts, 'Xây dựng báo cáo chấm', 'điểm theo hướng dẫn')).toBe(' ');
  });
});

describe('the strict check itself', () => {
  it('refuses what XML 1.0 cannot hold, raw or as a reference, and bad structure', () => {
    const bytes = (xml: string) => new TextEncoder().encode(xml);
    expect(xmlProblem(bytes('<a>x y</a>'))).toBeUndefined();
    expect(xmlProblem(bytes('<a>x\x0by</a>'))).toMatch(/U\+000B/);
    expect(xmlProblem(bytes('<a>\ufffe</a>'))).toMatch(/U\+FFFE/);
    expect(xmlProblem(bytes('<a>&#x1b;</a>'))).toMatch(/&#x1b;/);
    expect(xmlProblem(bytes('<a b="&#11;"/>'))).toMatch(/&#11;/);
    expect(xmlProblem(Uint8Array.from([0x3c, 0x61, 0x3e, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x61, 0x3e]))).toBe('not UTF-8');
    expect(xmlProblem(bytes('<a><b></a>'))).toBeDefined();
    expect(xmlProblem(bytes('<a>&nbsp;</a>'))).toBeDefined();
    expect(xmlProblem(bytes(''))).toBeDefined();
  });

  it.runIf(python !== undefined)('expat refuses a part with U+000B (a .docx made by hand)', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:t>chấm\x0bđiểm</w:t></w:document>');
    zip.file('word/styles.xml', '<?xml version="1.0"?><w:styles xmlns:w="x"/>');
    const dir = mkdtempSync(join(tmpdir(), 'plan-xml-'));
    try {
      const path = join(dir, 'bad.docx');
      writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
      const { parsed, bad } = runPython(python!, expatScript, [path]) as { parsed: string[]; bad: string[][] };
      expect(parsed).toEqual(['word/styles.xml']);
      expect(bad.map(([name]) => name)).toEqual(['word/document.xml']);
      expect(bad[0]![1]).toMatch(/not well-formed|invalid token/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Every character in one plan, each in a gap of its own between two words: for the binary and
// for LibreOffice, which is slow to start.

const allChars = cases.filter((c) => !c.raw);

/** A single-line plain text of the shipped plan, written in double quotes with characters in its gaps. */
interface QuotedLine {
  anchor: string;
  words: string[];
  /** The case in each gap (before words[i + 1]), or undefined for a plain space. */
  gaps: (Case | undefined)[];
}

const quotedLines: QuotedLine[] = [
  ['id: dang-ky-thi-dua', 'Đăng ký nội dung thi đua năm 2024 gửi Hội đồng Thi đua - Khen thưởng huyện.'],
  ['id: huong-dan-tong-ket', 'Xây dựng hướng dẫn tổng kết phong trào thi đua yêu nước năm 2024.'],
  ['id: ke-hoach-kiem-tra', 'Xây dựng kế hoạch kiểm tra công tác thi đua, khen thưởng năm 2024.'],
  ['id: kiem-tra', 'Tổ chức kiểm tra công tác thi đua, khen thưởng năm 2024 theo kế hoạch.'],
  ['id: bao-cao-cham-diem', 'Xây dựng báo cáo chấm điểm theo hướng dẫn của Ủy ban MTTQ Việt Nam tỉnh.'],
].map(([anchor, text]) => ({ anchor: anchor!, words: text!.split(' '), gaps: [] }));
{
  // Every second gap holds a character, until each has one.
  let next = 0;
  for (const line of quotedLines) {
    line.gaps = line.words.slice(1).map((_, i) => (i % 2 === 0 && next < allChars.length ? allChars[next++] : undefined));
  }
  if (next < allChars.length) throw new Error(`only ${next} of ${allChars.length} characters placed`);
}

/** The shipped plan with those lines quoted and their characters in place. */
function allAtOnce(): string {
  let plan = shipped('ke-hoach');
  for (const { anchor, words, gaps } of quotedLines) {
    const written = words.reduce((text, word, i) => (i === 0 ? word : text + (gaps[i - 1]?.written ?? ' ') + word), '');
    plan = edit(plan, anchor, `text: ${words.join(' ')}`, `text: "${written}"`);
  }
  return plan;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line as printed: each gap a space or what `allowed` lets its character become. `squeeze`
 * takes the same out of the pattern as of the text searched (the PDF's white space).
 */
function linePattern(line: QuotedLine, squeeze: (text: string) => string = (t) => t): RegExp {
  const piece = (text: string) => escapeRegExp(squeeze(text));
  let source = piece(line.words[0]!);
  line.gaps.forEach((c, i) => {
    source += c ? `(?:${allowed(c).map(piece).join('|')})` : piece(' ');
    source += piece(line.words[i + 1]!);
  });
  return new RegExp(source, 'u');
}

const missing = missingTools(['soffice', 'pdftotext']);

describe.skipIf(missing.length > 0 && !officeRequired)('LibreOffice opens the draft (PDF)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('converts the draft with every character to PDF, and pdftotext shows the words around each', async () => {
    assertTools(missing);
    const { path } = await renderDraft(allAtOnce());
    const dir = mkdtempSync(join(tmpdir(), 'plan-xml-pdf-'));
    dirs.push(dir);
    const pdf = docxToPdf(dir, 'ke-hoach', readFileSync(path));
    // White space does not count: the PDF wraps lines where it likes. Nor do the characters the
    // document keeps and prints as nothing (or pdftotext leaves out); a hyphen at the end of a PDF
    // line may be dropped when pdftotext joins it to the next.
    const squeeze = (text: string) => text.normalize('NFC').replace(/[\s\u007f\u200b\u2060\ufeff]/gu, '');
    const text = squeeze(runTool('pdftotext', [pdf, '-']));
    for (const line of quotedLines) {
      const pattern = new RegExp(linePattern(line, squeeze).source.replace(/-/g, '-?'), 'u');
      expect(text, `${pattern} in the PDF`).toMatch(pattern);
    }
  }, 180_000);
});

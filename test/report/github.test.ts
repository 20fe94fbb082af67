// The GitHub Actions format, read back as GitHub's runner reads it.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../src/diagnostics/diagnostic.js';
import { catalogues, type Lang } from '../../src/i18n/index.js';
import type { FormatContext } from '../../src/report/context.js';
import { annotationLimit, formatGithub, notAnnotated } from '../../src/report/github.js';

// ---------------------------------------------------------------------------------------------
// A port of the runner's parser (actions/runner: ActionCommand.TryParseV2 and TryParse,
// ActionCommandManager.TryProcessCommand): the same splits and the same sequential unescaping.

interface Command {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const replaceAll = (text: string, mappings: readonly [token: string, replacement: string][]) =>
  mappings.reduce((s, [token, replacement]) => s.split(replacement).join(token), text);

const unescapeData = (s: string) => replaceAll(s, [['\r', '%0D'], ['\n', '%0A'], ['%', '%25']]);
const unescapeProperty = (s: string) =>
  replaceAll(s, [['\r', '%0D'], ['\n', '%0A'], [':', '%3A'], [',', '%2C'], ['%', '%25']]);
const unescapeOld = (s: string) => replaceAll(s, [[';', '%3B'], ['\r', '%0D'], ['\n', '%0A'], [']', '%5D'], ['%', '%25']]);

/** `::command key=value,key=value::data`, after leading white space. */
function parseV2(input: string, registered: ReadonlySet<string>): Command | undefined {
  const message = input.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

/** The old `##[command key=value;key=value]data`, found anywhere in a line. */
function parseOld(input: string, registered: ReadonlySet<string>): Command | undefined {
  const prefix = input.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = input.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = input.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(';').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeOld(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeOld(input.slice(close + 1)) };
}

/** What the runner makes of a step's output: the commands it runs and the lines it shows as text. */
function runnerReads(output: string): { commands: Command[]; text: string[] } {
  const registered = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'add-mask', 'set-output', 'stop-commands', 'echo']);
  const commands: Command[] = [];
  const text: string[] = [];
  let stopToken: string | undefined;
  // .NET's ReadLine ends a line at CR, LF or CRLF.
  const lines = output.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    const command = parseV2(line, registered) ?? parseOld(line, registered);
    if (stopToken !== undefined) {
      if (command && command.command.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
      } else {
        text.push(line);
      }
    } else if (!command) {
      text.push(line);
    } else if (command.command === 'stop-commands') {
      stopToken = command.data;
      registered.add(stopToken.toLowerCase());
    } else {
      commands.push(command);
    }
  }
  expect(stopToken, 'commands are resumed at the end').toBeUndefined();
  return { commands, text };
}

// ---------------------------------------------------------------------------------------------

function context(lang: Lang = 'vi', files = 3): FormatContext {
  return { catalogue: catalogues[lang], sources: new Map(), files, chalk: new Chalk({ level: 0 }) };
}

const at = (line: number, column: number, endLine: number, endColumn: number) => ({
  start: { line, column, offset: 0 },
  end: { line: endLine, column: endColumn, offset: 0 },
});

function diagnostic(over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    file: 'plans/2024/ke-hoach.yaml',
    range: at(12, 19, 12, 20),
    severity: 'error',
    rule: 'schema/type',
    message: '«Đơn vị chủ trì» (lead) phải là chuỗi chữ, không phải số nguyên.',
    hint: 'Mã đơn vị chủ trì.',
    args: {},
    ...over,
  };
}

describe('annotations', () => {
  it('carry file, place, title and message, escaped so that the runner reads them back exactly', () => {
    const file = 'plans/a,b:c%.yaml';
    const message = 'Giá trị «50%, 3:4» sai:\r\ndòng 2\rdòng 3, %0A và %25 nguyên văn; ::error::không';
    const hint = 'Sửa: a,b\nc%';
    const { commands } = runnerReads(formatGithub([diagnostic({ file, message, hint })], context()));
    expect(commands).toEqual([
      {
        command: 'error',
        properties: { file, line: '12', col: '19', endLine: '12', endColumn: '20', title: 'plan: schema/type' },
        data: `${message}\nCách sửa: ${hint}`,
      },
    ]);
  });

  it('escape exactly as the toolkit does: % CR LF in the message, also : and , in properties', () => {
    const out = formatGithub([diagnostic({ file: 'a,b:c%.yaml', message: '100%\r\n:,', hint: undefined })], context());
    expect(out.split('\n')[0]).toBe(
      '::error file=a%2Cb%3Ac%25.yaml,line=12,col=19,endLine=12,endColumn=20,title=plan%3A schema/type::100%25%0D%0A:,',
    );
  });

  it('name the file only when the problem has no place, and no columns when it spans lines', () => {
    const { commands } = runnerReads(
      formatGithub(
        [
          diagnostic({ file: 'rong.yaml', range: undefined, rule: 'file/empty', hint: undefined }),
          diagnostic({ range: at(3, 5, 7, 2), rule: 'yaml/syntax' }),
        ],
        context(),
      ),
    );
    expect(commands.map((c) => c.properties)).toEqual([
      { file: 'rong.yaml', title: 'plan: file/empty' },
      { file: 'plans/2024/ke-hoach.yaml', line: '3', endLine: '7', title: 'plan: yaml/syntax' },
    ]);
  });

  it('use ::error, ::warning and ::notice by severity', () => {
    const severities: Severity[] = ['error', 'warning', 'info'];
    const { commands } = runnerReads(formatGithub(severities.map((severity) => diagnostic({ severity })), context()));
    expect(commands.map((c) => c.command)).toEqual(['error', 'warning', 'notice']);
  });
});

describe('the full list and the summary', () => {
  it('print every problem as a line, with its fix, then the summary', () => {
    const list = [
      diagnostic(),
      diagnostic({ file: 'rong.yaml', range: undefined, rule: 'file/empty', message: 'Tệp trống.', hint: undefined }),
    ];
    const { text } = runnerReads(formatGithub(list, context()));
    expect(text).toEqual([
      'plans/2024/ke-hoach.yaml:12:19: lỗi [schema/type] «Đơn vị chủ trì» (lead) phải là chuỗi chữ, không phải số nguyên.',
      '    Cách sửa: Mã đơn vị chủ trì.',
      'rong.yaml: lỗi [file/empty] Tệp trống.',
      '2 lỗi trong 2/3 tệp.',
    ]);
  });

  it('annotate only the first 10 of each severity, list all, and say how many got no annotation', () => {
    const make = (severity: Severity, n: number) =>
      Array.from({ length: n }, (_, i) => diagnostic({ severity, range: at(i + 1, 1, i + 1, 2), message: `${severity} ${i + 1}` }));
    const list = [...make('error', 13), ...make('warning', 11), ...make('info', 4)];
    const { commands, text } = runnerReads(formatGithub(list, context()));
    const count = (c: string) => commands.filter((x) => x.command === c).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([annotationLimit, annotationLimit, 4]);
    // The first ten, in order.
    expect(commands.filter((x) => x.command === 'error').map((x) => x.data.split('\n')[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => `error ${i + 1}`),
    );
    const lines = text.filter((l) => l.startsWith('plans/'));
    expect(lines).toHaveLength(28);
    expect(lines.at(-1)).toBe('plans/2024/ke-hoach.yaml:4:1: ghi chú [schema/type] info 4');
    expect(text.slice(-2)).toEqual([
      '13 lỗi, 11 cảnh báo và 4 ghi chú trong 1/3 tệp.',
      'GitHub chỉ hiển thị 10 chú thích đầu tiên của mỗi loại: 3 lỗi và 1 cảnh báo không được chú thích trên tệp; xem danh sách đầy đủ ở trên.',
    ]);
  });

  it('has no line about annotations when none was dropped', () => {
    const { text } = runnerReads(formatGithub(Array.from({ length: 10 }, () => diagnostic()), context()));
    expect(text.at(-1)).toBe('10 lỗi trong 1/3 tệp.');
  });

  it('is only the summary when there is no problem', () => {
    expect(formatGithub([], context('vi', 2))).toBe('Không có vấn đề nào trong 2 tệp.\n');
    expect(formatGithub([], context('en', 2))).toBe('No problems in 2 file(s).\n');
  });

  it('speaks English with --lang en', () => {
    const list = Array.from({ length: 12 }, () => diagnostic({ severity: 'warning', message: 'Bad.', hint: 'Fix it.' }));
    const { commands, text } = runnerReads(formatGithub(list, context('en')));
    expect(commands[0]!.data).toBe('Bad.\nFix: Fix it.');
    expect(text.slice(0, 2)).toEqual(['plans/2024/ke-hoach.yaml:12:19: warning [schema/type] Bad.', '    Fix: Fix it.']);
    expect(text.at(-1)).toBe(notAnnotated('en', { error: 0, warning: 2, info: 0 }));
    expect(text.at(-1)).toBe(
      'GitHub shows only the first 10 annotations of each type: 2 warning(s) not annotated in the files; see the full list above.',
    );
  });

  it('words the dropped annotations in both languages, NFC', () => {
    const skipped = { error: 1, warning: 0, info: 2 };
    expect(notAnnotated('vi', skipped)).toBe(
      'GitHub chỉ hiển thị 10 chú thích đầu tiên của mỗi loại: 1 lỗi và 2 ghi chú không được chú thích trên tệp; xem danh sách đầy đủ ở trên.',
    );
    expect(notAnnotated('vi', skipped)).toBe(notAnnotated('vi', skipped).normalize('NFC'));
    expect(notAnnotated('en', skipped)).toContain('1 error(s) and 2 note(s) not annotated');
  });
});

describe('text from the checked files', () => {
  it('cannot run workflow commands, whatever it holds', () => {
    const evil = [
      diagnostic({ file: '::warning::tệp.yaml', message: 'a\n::add-mask::bí mật\n  ::set-output name=x::y', hint: 'b ##[error]c' }),
      diagnostic({ file: 'x.yaml', message: '::stop-commands::t\n::t::\n::error::sau' }),
    ];
    const out = formatGithub(evil, context());
    const { commands, text } = runnerReads(out);
    expect(commands.map((c) => [c.command, c.properties.file])).toEqual([
      ['error', '::warning::tệp.yaml'],
      ['error', 'x.yaml'],
    ]);
    expect(text).toContain('::warning::tệp.yaml:12:19: lỗi [schema/type] a');
    expect(text).toContain('::add-mask::bí mật');
    expect(text).toContain('::error::sau');
    expect(text.at(-1)).toBe('2 lỗi trong 2/3 tệp.');
  });

  it('gives the same output for the same problems', () => {
    const list = [diagnostic(), diagnostic({ severity: 'warning' })];
    expect(formatGithub(list, context())).toBe(formatGithub(list, context()));
    expect(formatGithub(list, context())).not.toBe(formatGithub([diagnostic()], context()));
  });
});

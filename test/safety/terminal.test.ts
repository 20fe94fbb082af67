// What a file holds or a user types never drives the terminal: a control character quoted in a
// message, in a table cell or in a file name (an ESC that recolours or clears the screen, a CR
// that overwrites the line) is printed as its picture (␛, ␍), in the human format, the tables
// and the one-line messages of the CLI (src/report/printable.ts). Machine formats keep the text.
import { describe, expect, it } from 'vitest';
import { edit, shipped, tempFolders } from '../helpers/fixtures.js';
import { run, type JsonReport } from '../helpers/run.js';
import { printableText } from '../../src/report/printable.js';

const write = tempFolders();
const PLAN = 'plans/2024/dinh-quan/ke-hoach.yaml';
const repo = (plan = shipped('ke-hoach')) => write({ [PLAN]: plan, 'plans/2024/dinh-quan/to-chuc.yaml': shipped('to-chuc') });
/** C0 and C1 controls but tab and line feed: none may reach the terminal raw. */
const raw = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('control characters are shown, not obeyed', () => {
  it('an ESC sequence in a unit id: the messages quote it as ␛[2J, the JSON keeps it', async () => {
    const plan = edit(shipped('ke-hoach'), 'id: kiem-tra', 'lead: hoi-dong-tdkt', 'lead: "x\\e[2J\\rY"');
    const cwd = repo(plan);
    const human = await run(['check', '--today', '2024-06-30'], { cwd });
    expect(human.code).toBe(1);
    expect(human.stdout).not.toMatch(raw);
    expect(human.stdout).toContain('x␛[2J␍Y');
    const json = await run(['check', '--today', '2024-06-30', '--format', 'json'], { cwd });
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.diagnostics.some((d) => d.message.includes('x\u001b[2J\rY'))).toBe(true);
  });

  it('a task id typed with an ESC (plan done): the usage message shows it, exit 2', async () => {
    const r = await run(['done', 'x\u001b[2J\r'], { cwd: repo() });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(raw);
    expect(r.stderr).toContain('x␛[2J␍');
  });

  it('plan due: a task text with an ESC in the table is shown as ␛; the lines of a block text still break', async () => {
    const plan = edit(
      shipped('ke-hoach'),
      'id: kiem-tra',
      'text: Tổ chức kiểm tra công tác thi đua, khen thưởng năm 2024 theo kế hoạch.',
      'text: "Tổ chức kiểm tra\\e[31m đỏ\\nDòng hai."',
    );
    const cwd = repo(plan);
    const table = await run(['due', '--quarter', '4', '--year', '2024', '--today', '2024-06-30'], { cwd });
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).not.toMatch(raw);
    expect(table.stdout).toContain('kiểm tra␛[31m đỏ');
    expect(table.stdout).toMatch(/│ Dòng hai\. +│/);
  });
});

describe('printableText', () => {
  it('pictures for C0 controls and DEL, "�" for C1, noncharacters and lone surrogates; tabs, emoji and Vietnamese kept', () => {
    expect(printableText('a\u0000b\u001bc\u007fd\u0085e\uFFFEf\uD800g')).toBe('a␀b␛c␡d�e�f�g');
    expect(printableText('Việt\tNam 😀')).toBe('Việt\tNam 😀');
    expect(printableText('a\nb')).toBe('a␊b');
    expect(printableText('a\nb\rc', { newlines: true })).toBe('a\nb␍c');
  });
});

// The README's table of placeholders (section "Mẫu báo cáo") is the list of src/model/template-fields.ts:
// every name once, with what it prints and the report types that have it, and no other name. A name
// added, renamed or reworded in the code fails here until the README says the same; the expected
// rows in the failure are the lines to paste.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateFields, type Field } from '../src/model/template-fields.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const fields = Object.entries(templateFields as Record<string, Field>);

/** The lines of the README's section on templates. */
function section(): string[] {
  const start = readme.indexOf('\n## Mẫu báo cáo');
  if (start < 0) throw new Error('README has no section "## Mẫu báo cáo"');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end).split('\n');
}

/** The rows of the table whose header starts "| Chỗ điền |", as lines. */
function tableRows(): string[] {
  const lines = section();
  const header = lines.findIndex((l) => l.startsWith('| Chỗ điền |'));
  if (header < 0) throw new Error('no table "| Chỗ điền | In ra | Loại báo cáo |" in the section');
  const rows: string[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows;
}

const cells = (row: string) => row.split('|').slice(1, -1).map((c) => c.trim());
/** The report types column as the code has them: the types, or "tất cả" for every type. */
const typesText = (f: Field) => (f.types ? f.types.map((t) => `\`${t}\``).join(', ') : 'tất cả');
const expectedRow = (name: string, f: Field) => `| \`{{${name}}}\` | ${f.description} | ${typesText(f)} |`;

describe('README: the placeholders of report templates', () => {
  it('the table has the header and the three columns', () => {
    const lines = section();
    const header = lines.findIndex((l) => l.startsWith('| Chỗ điền |'));
    expect(cells(lines[header]!)).toEqual(['Chỗ điền', 'In ra', 'Loại báo cáo']);
    expect(lines[header + 1]).toMatch(/^\|-+\|-+\|-+\|$/);
  });

  it('lists exactly the names of templateFields, each once, in their order', () => {
    const names = tableRows().map((row) => /^`\{\{([^}]+)\}\}`$/.exec(cells(row)[0]!)?.[1] ?? `(not a placeholder: ${cells(row)[0]})`);
    expect(names).toEqual(fields.map(([name]) => name));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(fields)('{{%s}}: its row says what it prints and the report types that have it', (name, field) => {
    const rows = tableRows().filter((row) => cells(row)[0] === `\`{{${name}}}\``);
    expect(rows).toHaveLength(1);
    expect(cells(rows[0]!)[2]).toBe(typesText(field));
    expect(rows[0]).toBe(expectedRow(name, field));
  });

  it('the whole table, row by row, as the code gives it', () => {
    expect(tableRows()).toEqual(fields.map(([name, f]) => expectedRow(name, f)));
  });

  it('every placeholder the section writes, in its text and YAML examples, is in the list', () => {
    const known = new Set(fields.map(([name]) => name));
    // Leave out the printed output of plan check (a fence with no language): it shows a wrong name.
    let fence: string | undefined;
    const kept = section().filter((line) => {
      if (line.startsWith('```')) {
        fence = fence === undefined ? line.slice(3) : undefined;
        return false;
      }
      return fence !== '';
    });
    const text = kept.join('\n');
    const written = [...text.matchAll(/\{\{([a-z_][a-z_.]*)\}\}/g)].map((m) => m[1]!);
    expect(written.length).toBeGreaterThan(fields.length);
    expect(written.filter((name) => !known.has(name))).toEqual([]);
  });
});

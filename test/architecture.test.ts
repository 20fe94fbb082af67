// The layers of src/ as README's "Kiến trúc / Architecture" table gives them: every import of every
// source file (static, re-export or dynamic) goes to its own layer or to one its row names. The
// table is the one a newcomer reads, so it cannot drift from the code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/run.js';

const src = join(repoRoot, 'src');
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** The table's rows: layer → the layers it may import ('*': all). */
function layersOfReadme(): Map<string, Set<string> | '*'> {
  const section = readme.slice(readme.indexOf('### Kiến trúc / Architecture'));
  const rows = new Map<string, Set<string> | '*'>();
  for (const line of section.split('\n')) {
    const row = /^\| `src\/([a-z0-9-]+)\/` \| .* \| ([^|]+) \|$/.exec(line);
    if (!row) continue;
    const allowed = row[2]!.trim();
    rows.set(row[1]!, allowed === 'every layer' ? '*' : new Set(allowed === '(none)' ? [] : allowed.split(',').map((s) => s.trim())));
  }
  return rows;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The layer of a path under src/: its first folder, or the file's name for a file at the top ("version"). */
const layerOf = (path: string) => path.split('/')[0]!.replace(/\.(ts|js)$/, '');

/** Every relative import of a source file, as the src/ path it names. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.map((s) => posix.normalize(posix.join(posix.dirname(relative(src, file).split('\\').join('/')), s)));
}

const layers = layersOfReadme();
const files = sourceFiles(src);

describe('the layers of src/', () => {
  it("README's table has a row for every folder of src/, and only those", () => {
    const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory());
    expect([...layers.keys()].sort()).toEqual(folders.sort());
  });

  it('every import goes to the same layer or to one its row names', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(relative(src, file).split('\\').join('/'));
      const allowed = layers.get(from);
      for (const target of importsOf(file)) {
        if (target.startsWith('..')) continue; // package.json, beside src/
        const to = layerOf(target);
        if (to === from || to === 'version' || allowed === '*' || allowed?.has(to)) continue;
        wrong.push(`${relative(repoRoot, file)} imports ${target} (${from} → ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the cores of due, render and score read plans through src/repo, never through the checker', () => {
    for (const core of ['due', 'render', 'score']) {
      const allowed = layers.get(core);
      expect(allowed).not.toBe('*');
      expect([...(allowed as Set<string>)].filter((l) => l === 'check' || l === 'engine')).toEqual([]);
    }
    const reaching = files
      .filter((f) => /^(due|render|score)\//.test(relative(src, f).split('\\').join('/')))
      .flatMap((f) => importsOf(f).filter((t) => /^(check|engine)\//.test(t)).map((t) => `${relative(repoRoot, f)} → ${t}`));
    expect(reaching).toEqual([]);
  });

  it('the lowest layers import no other layer of ours', () => {
    for (const low of ['model', 'io', 'text']) expect(layers.get(low)).toEqual(new Set());
  });

  it('reads the imports it checks (a file known to import the repository layer)', () => {
    expect(importsOf(join(src, 'due', 'load.ts'))).toEqual(expect.arrayContaining(['repo/load-repo.js']));
    expect(dirname(join(src, 'due', 'load.ts'))).toBe(join(src, 'due'));
  });
});

// Fixture folders: committed ones under test/fixtures/, and temporary ones written at run time
// (for bytes git would rewrite: BOM, CRLF, missing final newline, NUL, UTF-16, invalid UTF-8).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { repoRoot } from './run.js';

export function fixture(name: string): string {
  return join(repoRoot, 'test', 'fixtures', name);
}

/** The shipped example's text: `ke-hoach` or `to-chuc`. */
export function shipped(kind: 'ke-hoach' | 'to-chuc'): string {
  return readFileSync(join(repoRoot, 'plans', '2024', 'dinh-quan', `${kind}.yaml`), 'utf8');
}

export type Files = Record<string, string | Uint8Array>;

/**
 * Returns a function that makes an empty folder (its name starting with `prefix`) under the
 * system's temp folder. The folders are removed after the calling file's tests.
 */
export function emptyFolders(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const folder of made) rmSync(folder, { recursive: true, force: true });
  });
  return (prefix) => {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    made.push(folder);
    return folder;
  };
}

/**
 * Returns a function that writes files into a fresh folder under the system's temp folder and
 * returns its path. The folders are removed after the calling file's tests.
 */
export function tempFolders(): (files: Files) => string {
  const emptyFolder = emptyFolders();
  return (files) => {
    const folder = emptyFolder('plan-test-');
    for (const [name, content] of Object.entries(files)) {
      const path = join(folder, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    return folder;
  };
}

/** The text with the first `from` after the unique `anchor` replaced by `to`. */
export function edit(text: string, anchor: string, from: string, to: string): string {
  const at = text.indexOf(anchor);
  if (at < 0 || text.indexOf(anchor, at + 1) >= 0) throw new Error(`anchor not found once: ${anchor}`);
  const index = text.indexOf(from, at);
  if (index < 0) throw new Error(`not found after ${anchor}: ${from}`);
  return text.slice(0, index) + to + text.slice(index + from.length);
}

/** 1-based line and column (UTF-16 code units) of the first `needle` after `anchor` (or the start). */
export function positionOf(text: string, needle: string, anchor?: string): { line: number; column: number } {
  const from = anchor === undefined ? 0 : text.indexOf(anchor);
  if (from < 0) throw new Error(`anchor not found: ${anchor}`);
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

export const BOM = [0xef, 0xbb, 0xbf];

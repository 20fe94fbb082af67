// Files written whole or not at all (src/write-atomic.ts), also when the data comes in pieces
// (the caches of a province's years, written an entry at a time).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentCache } from '../../src/repo/cache.js';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { emptyFolders } from '../helpers/fixtures.js';

const emptyFolder = emptyFolders();

describe('writeFileAtomic', () => {
  it('writes pieces as one file, multi-byte letters across the 64 kB writes intact', () => {
    const folder = emptyFolder('plan-atomic-');
    const target = join(folder, 'out.json');
    // 70,000 letters of two or three bytes: the first write ends inside the run of them.
    const pieces = Array.from({ length: 7000 }, (_, i) => `${i % 2 ? 'Ủy ban ' : 'Thường trực'}`);
    writeFileAtomic(target, pieces);
    expect(readFileSync(target, 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(folder)).toEqual(['out.json']);
  });

  it('a failure while the pieces come leaves the old file as it was, and no temp file', () => {
    const folder = emptyFolder('plan-atomic-');
    const target = join(folder, 'out.json');
    writeFileSync(target, 'old');
    function* failing() {
      yield 'x'.repeat(1 << 17);
      throw new Error('disk gone');
    }
    expect(() => writeFileAtomic(target, failing())).toThrow('disk gone');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(folder)).toEqual(['out.json']);
  });
});

describe('a cache written an entry at a time', () => {
  it('is the JSON of its entries, read back whole by the next run', () => {
    const folder = emptyFolder('plan-atomic-cache-');
    const cache = new ContentCache<{ text: string }>(folder, 'check-x', ['vi']);
    const texts = new Map(Array.from({ length: 3000 }, (_, i) => [`/p/${i}.yaml`, `Kế hoạch số ${i} "trích" \\ ${'ệ'.repeat(i % 50)}`]));
    for (const [file, text] of texts) cache.set(file, `h${file}`, { text });
    cache.save();
    const stored = JSON.parse(readFileSync(join(folder, 'check-x.json'), 'utf8')) as { entries: Record<string, { outcome: { text: string } }> };
    expect(Object.keys(stored.entries)).toEqual([...texts.keys()]);
    const again = new ContentCache<{ text: string }>(folder, 'check-x', ['vi']);
    for (const [file, text] of texts) expect(again.get(file, `h${file}`)).toEqual({ text });
  });
});

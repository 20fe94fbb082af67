// The stat signature that spares hashing a file again (src/check/file-hashes.ts): it must never
// hide a change.
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentCache } from '../../src/repo/cache.js';
import { FileHashes } from '../../src/repo/file-hashes.js';
import { emptyFolders } from '../helpers/fixtures.js';

const emptyFolder = emptyFolders();

function setup(text = 'kind: ke-hoach\n') {
  const folder = emptyFolder('plan-hashes-');
  const file = join(folder, 'ke-hoach.yaml');
  writeFileSync(file, text);
  const cache = join(folder, '.plan-cache');
  let reads = 0;
  const read = () => {
    reads++;
    return readFileSync(file);
  };
  return { file, cache, read, reads: () => reads };
}

/** "Now", as far from the file's last change as asked. */
const later = (file: string, seconds: number) => statSync(file, { bigint: true }).ctimeNs + BigInt(seconds * 1e9);

describe('the hashes of files, remembered by stat signature', () => {
  it('a file unchanged since a run long enough after its last change is not read again, across runs', () => {
    const { file, cache, read, reads } = setup();
    const first = new FileHashes(cache, later(file, 60));
    const hash = first.hashOf(file, read);
    expect(hash).toBe(ContentCache.hash(readFileSync(file)));
    first.save();
    const second = new FileHashes(cache, later(file, 120));
    expect(second.hashOf(file, read)).toBe(hash);
    expect(reads()).toBe(1);
  });

  it('a file changed since is read and hashed again, even at the same size with its old modification time put back', () => {
    const { file, cache, read, reads } = setup('year: 2024\n');
    const before = statSync(file);
    const first = new FileHashes(cache, later(file, 60));
    const old = first.hashOf(file, read);
    first.save();
    writeFileSync(file, 'year: 2025\n'); // same size
    utimesSync(file, before.atime, before.mtime); // as `cp -p` or `touch -r` would
    const second = new FileHashes(cache, later(file, 60));
    const now = second.hashOf(file, read);
    expect(now).not.toBe(old);
    expect(now).toBe(ContentCache.hash(readFileSync(file)));
    expect(reads()).toBe(2);
  });

  it('a file changed in the last seconds is not remembered: the next run reads it again', () => {
    const { file, cache, read, reads } = setup();
    const first = new FileHashes(cache, later(file, 1));
    first.hashOf(file, read);
    first.save();
    new FileHashes(cache, later(file, 60)).hashOf(file, read);
    expect(reads()).toBe(2);
  });

  it('without a cache folder every file is read', () => {
    const { file, read, reads } = setup();
    const hashes = new FileHashes(undefined, later(file, 60));
    hashes.hashOf(file, read);
    hashes.hashOf(file, read);
    expect(reads()).toBe(2);
  });

  it('a file that cannot be read throws (the caller reports it)', () => {
    const { cache, read } = setup();
    expect(() => new FileHashes(cache).hashOf(join(cache, 'gone.yaml'), read)).toThrow();
  });
});

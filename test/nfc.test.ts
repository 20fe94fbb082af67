import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function files(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f))
    .map((f) => join(folder, f));
}

// Vietnamese typed or pasted in decomposed form looks right and compares wrong: every shipped
// text is precomposed (NFC).
describe('shipped text is NFC', () => {
  const all = [
    ...files('src', /\.ts$/),
    ...files('plans', /\.ya?ml$/),
    ...files('examples', /\.ya?ml$/),
    ...files('schemas', /\.json$/),
    'README.md',
  ];
  it.each(all)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const lines = text.split('\n');
    const bad = lines.map((line, i) => [i + 1, line] as const).filter(([, line]) => line !== line.normalize('NFC'));
    expect(bad.map(([n]) => `${file}:${n}`)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../src/diagnostics/rules.js';
import { catalogues } from '../src/i18n/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with the install-and-run command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock.split('\n').filter(Boolean).map((l) => l.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm ci && npx plan check', 'npm test']);
  });

  it.each(ruleIds)('documents rule %s in the rules table', (rule) => {
    expect(readme).toContain(`| \`${rule}\` |`);
  });
});

describe('message catalogues', () => {
  it.each(ruleIds)('every language describes rule %s, Vietnamese in NFC', (rule) => {
    for (const catalogue of Object.values(catalogues)) {
      expect(catalogue.ruleDescriptions[rule].length).toBeGreaterThan(0);
    }
    const vi = catalogues.vi.ruleDescriptions[rule];
    expect(vi).toBe(vi.normalize('NFC'));
  });
});

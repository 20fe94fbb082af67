import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/engine/run.js';
import { catalogues } from '../../src/i18n/index.js';

const folder = mkdtempSync(join(tmpdir(), 'plan-unreadable-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a file that cannot be read', () => {
  it('is reported as file/unreadable with the reason, and the other files are still checked', async () => {
    // A folder where a file was expected: reading it fails with EISDIR, as a vanished or
    // locked file would fail between listing and reading.
    const run = await checkFiles(folder, [folder, join(folder, 'missing.yaml')], catalogues.vi, { today: '2026-01-01' });
    expect(run.diagnostics.map((d) => [d.rule, d.args.detail])).toEqual([
      ['file/unreadable', 'EISDIR'],
      ['file/unreadable', 'ENOENT'],
    ]);
    expect(run.diagnostics[0]!.message).toBe('Không đọc được tệp: đây là một thư mục (EISDIR).');
    expect(run.files).toBe(2);
  });
});

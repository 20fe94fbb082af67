import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type PdfResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'missing' | 'failed'; detail: string };

/** LibreOffice's command, if it is on the PATH. */
export function findSoffice(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync(name, ['--version'], { env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 60_000 });
    if (!found.error && found.status === 0) return name;
  }
  return undefined;
}

/**
 * The PDF of a .docx, made by LibreOffice in a profile of its own (a user's open LibreOffice,
 * or another conversion running at the same time, cannot get in the way).
 */
export function convertToPdf(docx: string, soffice: string, env: Readonly<Record<string, string | undefined>>): PdfResult {
  const work = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    const result = spawnSync(
      soffice,
      ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', work, docx],
      { env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 180_000 },
    );
    const pdf = join(work, basename(docx).replace(/\.docx$/i, '') + '.pdf');
    try {
      return { ok: true, bytes: readFileSync(pdf) };
    } catch {
      return { ok: false, reason: 'failed', detail: (result.stderr || result.stdout || String(result.error ?? '')).trim() };
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

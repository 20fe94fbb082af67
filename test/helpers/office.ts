// LibreOffice and poppler for the tests that convert documents to PDF: whether they are here,
// whether they must be (PLAN_REQUIRE_LIBREOFFICE=1, set by .ci/run), and how to run them.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, writeFileSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

/** CI sets it: there a missing LibreOffice fails the PDF tests instead of skipping them. */
export const officeRequired = process.env.PLAN_REQUIRE_LIBREOFFICE === '1';

export const officeInstall = 'Debian: apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2';

/** Which of these commands are missing; the tests skip when any is, unless they are required. */
export function missingTools(commands: readonly string[]): string[] {
  return commands.filter((command) => !onPath(command));
}

/** Throws the message a required-but-missing run shows. */
export function assertTools(missing: readonly string[]): void {
  if (missing.length) {
    throw new Error(
      `PLAN_REQUIRE_LIBREOFFICE=1 but ${missing.join(', ')} not found on PATH. ` +
        `Install LibreOffice and poppler (${officeInstall}), or unset PLAN_REQUIRE_LIBREOFFICE to skip the PDF tests.`,
    );
  }
}

/** Runs a tool, failing with its output unless it exits 0; its standard output, NFC. */
export function runTool(command: string, args: readonly string[], timeout = 30_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    throw new Error(`${command} ${args.join(' ')}: ${why}\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  return result.stdout.normalize('NFC');
}

/** Writes the .docx into `dir` and converts it there with LibreOffice; the PDF's path. */
export function docxToPdf(dir: string, name: string, bytes: Uint8Array): string {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  // A profile of its own: parallel runs, and a LibreOffice the user has open, never clash.
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  runTool('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, docx], 120_000);
  const pdf = join(dir, `${basename(docx, '.docx')}.pdf`);
  if (!existsSync(pdf)) throw new Error(`soffice exited 0 but wrote no ${pdf}`);
  return pdf;
}

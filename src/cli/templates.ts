import { existsSync, statSync } from 'node:fs';
import { IoFailure } from '../io/failure.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportType } from '../model/report-types.js';

/** The folder of the templates shipped with the tool: beside its package.json, however it runs. */
export function shippedTemplates(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) || !existsSync(join(folder, 'templates'))) {
    const up = dirname(folder);
    if (up === folder) throw new Error('the templates folder of plan was not found beside its package.json');
    folder = up;
  }
  return join(folder, 'templates');
}

/**
 * The template of a report type: the plans repo's own `templates/<type>.yaml` beside `plans/`
 * when there is one (an office words its reports its own way), else the shipped one.
 */
export function templateFor(repoRoot: string, type: ReportType): string {
  const own = join(repoRoot, 'templates', `${type}.yaml`);
  const stat = statSync(own, { throwIfNoEntry: false });
  if (!stat) return join(shippedTemplates(), `${type}.yaml`);
  // A FIFO in its place would make the render wait for ever: refused (exit 2), not waited on.
  if (!stat.isFile()) throw new IoFailure('read', own, stat.isDirectory() ? 'EISDIR' : 'ENOTREG');
  return own;
}

import { existsSync } from 'node:fs';
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
  return existsSync(own) ? own : join(shippedTemplates(), `${type}.yaml`);
}

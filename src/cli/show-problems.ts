import type { Diagnostic } from '../diagnostics/diagnostic.js';
import * as run from '../engine/run.js';
import * as dates from '../model/dates.js';
import { formatters } from '../report/formats.js';
import { chalkFor } from './color.js';
import type { CommandContext } from './io.js';

/** Diagnostics in the human format, on stderr (stdout is for what the command makes). */
export async function showProblems(
  result: { diagnostics: readonly Diagnostic[]; sources: Map<string, string>; checkedFiles?: string[]; files?: number },
  ctx: CommandContext,
): Promise<void> {
  if (result.diagnostics.length === 0) return;
  const formatter = await formatters.human();
  const shownFiles = [...new Set(result.diagnostics.map((d) => d.file))];
  ctx.io.stderr.write(
    formatter(result.diagnostics, {
      catalogue: ctx.catalogue,
      sources: result.sources,
      checkedFiles: result.checkedFiles ?? shownFiles,
      files: result.files ?? shownFiles.length,
      chalk: chalkFor(ctx.io.env, ctx.io.stderr),
    }),
  );
}

/**
 * The problems of files a command could not use (broken syntax or shape), checked and shown where
 * they are: a command that needs a guide, a plan or a report says why it has none, not that there
 * is none.
 */
export async function showBroken(files: readonly string[], ctx: CommandContext, options: Partial<run.RunOptions> = {}): Promise<void> {
  const checked = await run.checkFiles(ctx.io.cwd, files, ctx.catalogue, { today: dates.todayInVietnam(), withSources: true, ...options });
  await showProblems(checked, ctx);
}

import type { Finding } from '../../diagnostics/diagnostic.js';
import type { Loaded, RepoCheck, RepoFinding } from './context.js';

/**
 * plans/<year>/<body>/: a file agrees with the folder it sits in, and each body's folder of a year
 * holds both an organisation and a plan (a folder of scoring only, an organisation).
 */
export const checkLayout: RepoCheck = (repo) => {
  const found: RepoFinding[] = [];
  const at = (loaded: Loaded, finding: Finding) => found.push({ absolute: loaded.file.absolute, finding });
  const folders = new Map<string, Loaded[]>();
  for (const loaded of repo.all) {
    const { yearFolder, bodyFolder, yearPath } = loaded.file;
    if (yearFolder === undefined || bodyFolder === undefined || !yearPath) continue;
    const key = `${yearPath}/${bodyFolder}`;
    folders.set(key, [...(folders.get(key) ?? []), loaded]);
    if (!repo.checked.has(loaded.file.absolute)) continue;
    const id = loaded.kind === 'ke-hoach' ? loaded.data.body : loaded.data.id;
    if (id !== bodyFolder) {
      at(loaded, { rule: 'repo/layout', path: [loaded.kind === 'ke-hoach' ? 'body' : 'id'], args: { problem: 'body', value: id, folder: bodyFolder } });
    }
    if (loaded.kind === 'ke-hoach' && loaded.data.year !== yearFolder) {
      at(loaded, { rule: 'repo/layout', path: ['year'], args: { problem: 'year', value: loaded.data.year, folder: yearFolder } });
    }
  }
  for (const [folder, files] of folders) {
    const checked = files.filter((l) => repo.checked.has(l.file.absolute));
    const first = checked[0];
    if (!first) continue;
    // A file there that fails its schema is there: its own errors say what is wrong with it.
    const has = (kind: Loaded['kind']) => files.some((l) => l.kind === kind) || repo.brokenNear(kind, first.file, 'body');
    // A folder that holds scoring (a guide, sheets, a scoring report) and no plan scores only:
    // an office scoring its communes need not write a plan there.
    const scores = repo.scoring.some((l) => l.file.yearPath === first.file.yearPath && l.file.bodyFolder === first.file.bodyFolder);
    const needed = scores && !has('ke-hoach') ? (['to-chuc'] as const) : (['to-chuc', 'ke-hoach'] as const);
    for (const missing of needed.filter((k) => !has(k))) {
      at(first, { rule: 'repo/incomplete-year', path: [], args: { missing, folder: folder.replace(/^.*\/(\d{4}\/[^/]+)$/, '$1') } });
    }
  }
  // A folder of scoring files alone: its organisation is missing (the units to score are in it).
  const scoringOnly = new Map<string, RepoFinding['absolute']>();
  for (const l of repo.scoring) {
    const { yearFolder, bodyFolder, yearPath } = l.file;
    if (yearFolder === undefined || bodyFolder === undefined || !yearPath || !repo.checked.has(l.file.absolute)) continue;
    const key = `${yearPath}/${bodyFolder}`;
    if (folders.has(key) || repo.brokenNear('to-chuc', l.file, 'body')) continue;
    const seen = scoringOnly.get(key);
    if (seen === undefined || l.file.absolute < seen) scoringOnly.set(key, l.file.absolute);
  }
  for (const [folder, absolute] of scoringOnly) {
    found.push({ absolute, finding: { rule: 'repo/incomplete-year', path: [], args: { missing: 'to-chuc', folder: folder.replace(/^.*\/(\d{4}\/[^/]+)$/, '$1') } } });
  }
  return found;
};

import { basename, dirname } from 'node:path';

/** Where a file sits: plans/<year>/<body>/<file>. */
export interface Place {
  /** Absolute path: the key findings are reported under. */
  absolute: string;
  yearFolder?: number;
  bodyFolder?: string;
  /** The year folder's path, to find the other bodies of the same year. */
  yearPath?: string;
}

/** plans/<year>/<body>/<file>: the year and body a file's folders name, if they do. */
export function placeOf(absolute: string): Place {
  const bodyPath = dirname(absolute);
  const yearPath = dirname(bodyPath);
  const year = basename(yearPath);
  if (!/^\d{4}$/.test(year)) return { absolute };
  return { absolute, yearFolder: Number(year), bodyFolder: basename(bodyPath), yearPath };
}

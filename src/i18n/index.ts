import type { Catalogue, Lang } from './catalogue.js';
import { en } from './en.js';
import { vi } from './vi.js';

export const catalogues: Record<Lang, Catalogue> = { vi, en };
export type { Catalogue, Lang } from './catalogue.js';

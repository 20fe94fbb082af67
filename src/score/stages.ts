import { defaultStages, type Criterion, type ScoringScheme, type Stage, type StageDef } from '../model/scoring-types.js';

/**
 * The stages of scoring as data. A guide that names none has the three of every file written before
 * `stages` existed (self, cluster, final; final is the result). A guide may name its own: several
 * scorers each scoring a part (a province's Bans, a city's departments), and a stage put together
 * from them. Pure: no I/O.
 */

/** A stage as the rest of the code uses it: its id, the guide's name (absent for a default stage). */
export interface StageInfo {
  id: Stage;
  name?: string;
  scores?: readonly string[];
  from?: readonly Stage[];
}

/** What the stages need of a scheme: a guide's, or its facts in the cache (no names there). */
interface StagesOfScheme {
  stages?: readonly (Omit<StageDef, 'name'> & { name?: string })[];
  official?: string;
}
type Scheme = Pick<ScoringScheme, 'sections' | 'bonus' | 'deductions'> & StagesOfScheme;

export function stagesOf(scheme: StagesOfScheme): StageInfo[] {
  return scheme.stages ? scheme.stages.map(infoOf) : defaultStages.map((id) => ({ id }));
}

const infoOf = (s: NonNullable<StagesOfScheme['stages']>[number]): StageInfo => ({
  id: s.id,
  ...(s.name ? { name: s.name } : {}),
  ...(s.scores ? { scores: s.scores } : {}),
  ...(s.from ? { from: s.from } : {}),
});

/** The stage whose scores are the result: the guide's `official`, else final (default stages) or the last. */
export function officialStage(scheme: StagesOfScheme): Stage {
  if (scheme.official !== undefined) return scheme.official;
  return scheme.stages ? scheme.stages.at(-1)!.id : 'final';
}

/** The stage compared with another by `--diff` when none is named: the first of the guide's. */
export const firstStage = (scheme: StagesOfScheme): Stage => stagesOf(scheme)[0]!.id;

/**
 * How one stage reads a sheet: for each leaf criterion and each bonus and deduction item it scores,
 * the stage whose points it takes (itself, or for a stage put together from others, the one that
 * scores that criterion). What it does not score is absent: not a 0 to print.
 */
export interface StageReading {
  stage: Stage;
  /** Leaf criterion id → the stage its points are read from, in the scheme's order. */
  leaves: Map<string, Stage>;
  /** Bonus and deduction item id → the stage its points are read from. */
  items: Map<string, Stage>;
  /**
   * Whether it scores every criterion and item: a result that can be classified and awarded. A
   * Ban's part alone is not (its total is not on the guide's scale).
   */
  whole: boolean;
}

const readings = new WeakMap<object, Map<Stage, StageReading>>();

/** The reading of a stage of a scheme (kept per scheme: a province tallies a thousand sheets with it). */
export function readingOf(scheme: Scheme, stage: Stage): StageReading {
  let byStage = readings.get(scheme);
  if (!byStage) readings.set(scheme, (byStage = new Map()));
  let reading = byStage.get(stage);
  if (!reading) byStage.set(stage, (reading = buildReading(scheme, stage)));
  return reading;
}

function buildReading(scheme: Scheme, stage: Stage): StageReading {
  const info = stagesOf(scheme).find((s) => s.id === stage);
  const leaves = new Map<string, Stage>();
  const items = new Map<string, Stage>();
  const parts = partsOf(scheme);
  const sources = info?.from ? info.from.map((id) => stagesOf(scheme).find((s) => s.id === id) ?? { id }) : [info ?? { id: stage }];
  // The first source that scores a criterion gives its points (the check reports two that both do).
  for (const source of sources) {
    const covered = coverageOf(parts, source.scores);
    for (const id of covered.leaves) if (!leaves.has(id)) leaves.set(id, source.id);
    for (const id of covered.items) if (!items.has(id)) items.set(id, source.id);
  }
  // In the scheme's order, whatever order the sources come in.
  const ordered = new Map([...parts.leafIds].filter((id) => leaves.has(id)).map((id) => [id, leaves.get(id)!] as const));
  return { stage, leaves: ordered, items, whole: ordered.size === parts.leafIds.length && items.size === parts.itemIds.length };
}

/** A scheme's parts by id: each section, criterion and item with the leaves under it. */
export interface Parts {
  leafIds: string[];
  itemIds: string[];
  leaves: ReadonlySet<string>;
  items: ReadonlySet<string>;
  /** Section or criterion id → its leaf criteria; item id → itself. */
  under: Map<string, { leaves: string[]; items: string[] }>;
}

const partsCache = new WeakMap<object, Parts>();

export function partsOf(scheme: Pick<Scheme, 'sections' | 'bonus' | 'deductions'>): Parts {
  const known = partsCache.get(scheme);
  if (known) return known;
  const under = new Map<string, { leaves: string[]; items: string[] }>();
  const walk = (criteria: readonly Criterion[]): string[] =>
    criteria.flatMap((c) => {
      const leaves = c.criteria ? walk(c.criteria) : [c.id];
      under.set(c.id, { leaves, items: [] });
      return leaves;
    });
  const leafIds = scheme.sections.flatMap((s) => {
    const leaves = walk(s.criteria);
    under.set(s.id, { leaves, items: [] });
    return leaves;
  });
  const itemIds = [...(scheme.bonus?.items ?? []), ...(scheme.deductions?.items ?? [])].map((i) => i.id);
  for (const id of itemIds) under.set(id, { leaves: [], items: [id] });
  const parts = { leafIds, itemIds, leaves: new Set(leafIds), items: new Set(itemIds), under };
  partsCache.set(scheme, parts);
  return parts;
}

/** The leaves and items a list of parts covers (absent: all of them). Unknown ids cover nothing (the check names them). */
export function coverageOf(parts: Parts, scores: readonly string[] | undefined): { leaves: Set<string>; items: Set<string> } {
  if (!scores) return { leaves: new Set(parts.leafIds), items: new Set(parts.itemIds) };
  const leaves = new Set<string>();
  const items = new Set<string>();
  for (const id of scores) {
    const part = parts.under.get(id);
    part?.leaves.forEach((l) => leaves.add(l));
    part?.items.forEach((i) => items.add(i));
  }
  return { leaves, items };
}

/**
 * Who said what: the target group a viewpoint speaks for, read from its optional answers, and
 * the counts per theme, per group and theme × group (issue 11). Pure; hidden viewpoints are left
 * out before they get here (they never count).
 */
import type { AreaRelation, TargetGroup } from "./vocabulary.ts";

/** The target groups of the counts: the activity groups, and "okand" for a viewpoint that says nothing of who gave it. */
export const COUNT_GROUPS = ["barn", "unga", "boende", "verksamma", "besokare", "okand"] as const satisfies ReadonlyArray<TargetGroup | "okand">;
export type CountGroup = (typeof COUNT_GROUPS)[number];

const BY_RELATION: Record<AreaRelation, CountGroup> = { bor: "boende", arbetar: "verksamma", besoker: "besokare" };

/**
 * The groups a viewpoint speaks for: children (age band 0–12) or young people (13–19) by its age
 * band, and residents, people working there or visitors by its relations to the area; several
 * may apply (a 15-year-old who lives there is both "unga" and "boende"). None: "okand".
 */
export function viewpointGroups(answers: { ageBand: string | null; relations: readonly string[] }): CountGroup[] {
  const groups = new Set<CountGroup>();
  if (answers.ageBand === "0_12") groups.add("barn");
  if (answers.ageBand === "13_19") groups.add("unga");
  for (const r of answers.relations) {
    const g = BY_RELATION[r as AreaRelation];
    if (g) groups.add(g);
  }
  return groups.size ? COUNT_GROUPS.filter((g) => groups.has(g)) : ["okand"];
}

export interface CountedViewpoint {
  id: string;
  ageBand: string | null;
  relations: readonly string[];
}

export type GroupCounts = Record<CountGroup, number>;

const zero = (): GroupCounts => ({ barn: 0, unga: 0, boende: 0, verksamma: 0, besokare: 0, okand: 0 });

export interface ThemeCounts {
  /** Visible viewpoints in all, and per group (a viewpoint counts once in each of its groups). */
  total: number;
  byGroup: GroupCounts;
  /** Per theme (by id, in the order given): its viewpoints, and per group. */
  themes: Array<{ themeId: string; total: number; byGroup: GroupCounts }>;
  /** The viewpoints with none of the given themes, in the order given. */
  untagged: string[];
  untaggedByGroup: GroupCounts;
}

/**
 * Counts the viewpoints per theme, per group and theme × group. `tags` may name viewpoints or
 * themes not given (hidden viewpoints, rejected themes): those are not counted.
 */
export function countThemes(viewpoints: readonly CountedViewpoint[], themeIds: readonly string[], tags: ReadonlyArray<{ viewpointId: string; themeId: string }>): ThemeCounts {
  const groupsOf = new Map(viewpoints.map((v) => [v.id, viewpointGroups(v)]));
  const themesOf = new Map<string, Set<string>>();
  const counted = new Set(themeIds);
  for (const t of tags) {
    if (!groupsOf.has(t.viewpointId) || !counted.has(t.themeId)) continue;
    let set = themesOf.get(t.viewpointId);
    if (!set) themesOf.set(t.viewpointId, (set = new Set()));
    set.add(t.themeId);
  }
  const byGroup = zero();
  const untaggedByGroup = zero();
  const perTheme = new Map(themeIds.map((id) => [id, { themeId: id, total: 0, byGroup: zero() }]));
  const untagged: string[] = [];
  for (const v of viewpoints) {
    const groups = groupsOf.get(v.id)!;
    for (const g of groups) byGroup[g]++;
    const themes = themesOf.get(v.id);
    if (!themes) {
      untagged.push(v.id);
      for (const g of groups) untaggedByGroup[g]++;
      continue;
    }
    for (const id of themes) {
      const row = perTheme.get(id)!;
      row.total++;
      for (const g of groups) row.byGroup[g]++;
    }
  }
  return { total: viewpoints.length, byGroup, themes: themeIds.map((id) => perTheme.get(id)!), untagged, untaggedByGroup };
}

/**
 * Suggested themes (issue 11): the system reads the residents' viewpoints (synpunkter) and
 * suggests what they are about, locally and deterministically. Suggestions only: a person
 * accepts, renames, merges or rejects them (src/application/dialogue/themes.ts).
 *
 * Pure: the words come in already analysed (lower case, Swedish stopwords removed, each word with
 * its Snowball stem) through the application's SwedishText port; this module works on stems.
 *
 * The method (docs/decisions/0025-suggested-themes.md):
 * 1. Candidate keywords: stems found in at least `minDf` viewpoints (2, or 2 % of them) and in at
 *    most half of them (a word everyone uses tells nothing).
 * 2. Each viewpoint is a TF-IDF vector over the candidates (sublinear term frequency, smoothed
 *    inverse document frequency), normalised to length 1.
 * 3. Average-linkage agglomerative clustering on cosine similarity (the nearest-neighbour chain,
 *    O(n²)), cut where the groups' average similarity falls below `linkThreshold`. No random
 *    start, no chosen k: the same viewpoints give the same themes.
 * 4. Groups of at least `minSize` viewpoints become themes, the largest first, at most
 *    `maxThemes`. A theme's keywords are the stems most over-represented in it (share inside
 *    minus share outside); it is named after the first, in its most common written form.
 * 5. A viewpoint belongs to its group's theme, and to any other theme whose centre it lies close
 *    to (cosine ≥ `memberThreshold`): 0..n themes.
 */

import { SWEDISH } from "./vocabulary.ts";

/** A word of a viewpoint as the analysis gives it: its stem and the form it was written in (lower case). */
export interface Token {
  stem: string;
  surface: string;
}

export interface AnalysedViewpoint {
  id: string;
  /** The content words, in order (stopwords removed). */
  tokens: readonly Token[];
}

export interface SuggestedTheme {
  /** The name suggested: the most telling keyword in its most common form, capitalised ("Belysning"). */
  name: string;
  /** The keywords it was suggested from, most telling first, as they are most often written. */
  keywords: string[];
  /** The same keywords' stems (what a re-run and the representative quotes compare). */
  stems: string[];
  /** The viewpoints it covers, in the order given. */
  viewpointIds: string[];
}

export interface SuggestionOptions {
  /** At most this many suggestions (default 8). */
  maxThemes?: number;
  /** Where the clustering stops: groups whose average cosine similarity is below this stay apart (default 0.08). */
  linkThreshold?: number;
  /** A viewpoint also belongs to another theme when its cosine similarity to that theme's centre is at least this (default 0.45). */
  memberThreshold?: number;
  /** At most this many keywords per theme (default 5). */
  maxKeywords?: number;
}

const DEFAULTS = { maxThemes: 8, linkThreshold: 0.08, memberThreshold: 0.45, maxKeywords: 5 } as const;

/** At most this many themes may be suggested, whatever is asked. */
export const MAX_SUGGESTIONS = 10;

type SparseVector = Map<number, number>;

function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w !== undefined) sum += v * w;
  }
  return sum;
}

function normalise(v: SparseVector): SparseVector {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm === 0) return v;
  const out: SparseVector = new Map();
  for (const [k, x] of v) out.set(k, x / norm);
  return out;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The most common written form of each stem (ties: the shortest, then the first alphabetically). */
export function surfaceForms(viewpoints: readonly AnalysedViewpoint[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const v of viewpoints)
    for (const t of v.tokens) {
      let forms = counts.get(t.stem);
      if (!forms) counts.set(t.stem, (forms = new Map()));
      forms.set(t.surface, (forms.get(t.surface) ?? 0) + 1);
    }
  const best = new Map<string, string>();
  for (const [stem, forms] of counts) {
    const [form] = [...forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || byString(a[0], b[0]))[0]!;
    best.set(stem, form);
  }
  return best;
}

/**
 * Endings Snowball's Swedish stemmer leaves on some words (definite and plural forms:
 * "lekplatsen" → "lekplats" but "lekplatser" → "lekplat", "skräpet", "gatan").
 */
const ENDINGS = ["s", "n", "t", "en", "an", "et", "na", "ar", "er", "or", "ns"] as const;

/** Folds a stem onto a shorter stem of the same viewpoints that it is that stem plus an ending of. */
export function foldInflections(viewpoints: readonly AnalysedViewpoint[]): Map<string, string> {
  const stems = new Set<string>();
  for (const v of viewpoints) for (const t of v.tokens) stems.add(t.stem);
  const fold = new Map<string, string>();
  // Shortest first, so a chain ("gat" ← "gatan") lands on its shortest form.
  for (const stem of [...stems].sort((a, b) => a.length - b.length || byString(a, b))) {
    for (const ending of ENDINGS) {
      const base = stem.slice(0, -ending.length);
      if (stem.endsWith(ending) && base.length >= 3 && stems.has(base)) {
        fold.set(stem, fold.get(base) ?? base);
        break;
      }
    }
  }
  return fold;
}

/**
 * The parts of Swedish compounds: a stem that begins or ends with another word used on its own
 * (in at least two viewpoints), with at least three letters left over, also counts as that word:
 * "gatubelysning" as "belysning", "lekpark" as "lek", "grovsop" as "sop".
 */
export function compoundParts(words: readonly string[], stems: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const known = words.filter((w) => w.length >= 3);
  for (const stem of stems) {
    const found = known.filter((w) => w !== stem && stem.length - w.length >= 3 && (stem.startsWith(w) || stem.endsWith(w)));
    if (found.length) out.set(stem, found.sort(byString));
  }
  return out;
}

const capitalise = (word: string) => (word ? word[0]!.toLocaleUpperCase("sv-SE") + word.slice(1) : word);

/**
 * Average-linkage clustering by the nearest-neighbour chain. `sim` is the full similarity
 * matrix (row-major, n × n); it is overwritten. Returns every merge (the two clusters by a
 * member index each, and their average similarity when merged).
 */
function averageLinkage(n: number, sim: Float64Array): Array<{ a: number; b: number; similarity: number }> {
  const size = new Array<number>(n).fill(1);
  const active = new Array<boolean>(n).fill(true);
  let remaining = n;
  const merges: Array<{ a: number; b: number; similarity: number }> = [];
  const chain: number[] = [];
  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(true));
    const a = chain[chain.length - 1]!;
    const previous = chain.length >= 2 ? chain[chain.length - 2]! : -1;
    // The nearest active cluster; on a tie the previous link of the chain (so the chain ends), then the lowest index.
    let best = previous;
    let bestSim = previous >= 0 ? sim[a * n + previous]! : -Infinity;
    for (let c = 0; c < n; c++) {
      if (c === a || !active[c]) continue;
      const s = sim[a * n + c]!;
      if (s > bestSim) {
        best = c;
        bestSim = s;
      }
    }
    if (best === previous) {
      chain.pop();
      chain.pop();
      const [keep, drop] = a < best ? [a, best] : [best, a];
      merges.push({ a: keep, b: drop, similarity: bestSim });
      const na = size[keep]!;
      const nb = size[drop]!;
      for (let c = 0; c < n; c++) {
        if (!active[c] || c === keep || c === drop) continue;
        const s = (na * sim[keep * n + c]! + nb * sim[drop * n + c]!) / (na + nb);
        sim[keep * n + c] = s;
        sim[c * n + keep] = s;
      }
      size[keep] = na + nb;
      active[drop] = false;
      remaining--;
    } else {
      chain.push(best);
    }
  }
  return merges;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/** Suggests themes for the viewpoints. Deterministic: the same viewpoints in the same order give the same suggestions. */
export function suggestThemes(viewpoints: readonly AnalysedViewpoint[], options: SuggestionOptions = {}): SuggestedTheme[] {
  const maxThemes = Math.min(options.maxThemes ?? DEFAULTS.maxThemes, MAX_SUGGESTIONS);
  const linkThreshold = options.linkThreshold ?? DEFAULTS.linkThreshold;
  const memberThreshold = options.memberThreshold ?? DEFAULTS.memberThreshold;
  const maxKeywords = options.maxKeywords ?? DEFAULTS.maxKeywords;
  const n = viewpoints.length;
  if (n < 2 || maxThemes <= 0) return [];

  // 1. The words of each viewpoint (inflections folded, compounds' parts added), their document
  //    frequencies, and the candidate keywords.
  const fold = foldInflections(viewpoints);
  const folded = viewpoints.map((v) => v.tokens.filter((t) => t.stem.length >= 3).map((t) => fold.get(t.stem) ?? t.stem));
  const standalone = new Map<string, number>();
  for (const stems of folded) for (const stem of new Set(stems)) standalone.set(stem, (standalone.get(stem) ?? 0) + 1);
  const parts = compoundParts([...standalone].filter(([, d]) => d >= 2).map(([s]) => s), [...standalone.keys()]);
  const termCounts = folded.map((stems) => {
    const tf = new Map<string, number>();
    for (const stem of stems) for (const s of [stem, ...(parts.get(stem) ?? [])]) tf.set(s, (tf.get(s) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of termCounts) for (const stem of tf.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const minDf = Math.max(2, Math.ceil(n * 0.02));
  const maxDf = Math.max(minDf, Math.floor(n * 0.5));
  const candidates = [...df].filter(([, d]) => d >= minDf && d <= maxDf).map(([s]) => s).sort(byString);
  const index = new Map(candidates.map((s, i) => [s, i]));
  if (candidates.length === 0) return [];

  // 2. TF-IDF vectors, normalised.
  const idf = candidates.map((s) => Math.log((1 + n) / (1 + df.get(s)!)) + 1);
  const vectors = termCounts.map((tf) => {
    const v: SparseVector = new Map();
    for (const [stem, count] of tf) {
      const i = index.get(stem);
      if (i !== undefined) v.set(i, (1 + Math.log(count)) * idf[i]!);
    }
    return normalise(v);
  });
  const clusterable = vectors.map((v, i) => (v.size > 0 ? i : -1)).filter((i) => i >= 0);
  const m = clusterable.length;
  if (m < 2) return [];

  // 3. Average-linkage clustering, cut at the threshold (average linkage has no inversions, so
  //    the merges above the threshold are exactly the groups of the cut).
  const sim = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let j = i + 1; j < m; j++) {
      const s = dot(vectors[clusterable[i]!]!, vectors[clusterable[j]!]!);
      sim[i * m + j] = s;
      sim[j * m + i] = s;
    }
  const parent = Array.from({ length: m }, (_, i) => i);
  for (const merge of averageLinkage(m, sim)) {
    if (merge.similarity < linkThreshold) continue;
    const ra = find(parent, merge.a);
    const rb = find(parent, merge.b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < m; i++) {
    const root = find(parent, i);
    const members = groups.get(root) ?? [];
    members.push(clusterable[i]!);
    groups.set(root, members);
  }

  // 4. Themes from the larger groups, with their keywords and name.
  const minSize = Math.max(2, Math.ceil(n * 0.03));
  const forms = surfaceForms(viewpoints.map((v) => ({ id: v.id, tokens: v.tokens.map((t) => ({ stem: fold.get(t.stem) ?? t.stem, surface: t.surface })) })));
  const docHas = termCounts.map((tf) => tf);
  const ordered = [...groups.values()].filter((g) => g.length >= minSize).sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const themes: Array<{ stems: string[]; members: Set<number> }> = [];
  for (const group of ordered) {
    const inside = new Set(group);
    const scored = candidates
      .map((stem) => {
        let countIn = 0;
        let countOut = 0;
        for (let d = 0; d < n; d++) if (docHas[d]!.has(stem)) (inside.has(d) ? countIn++ : countOut++);
        const share = countIn / group.length - (n > group.length ? countOut / (n - group.length) : 0);
        return { stem, countIn, share };
      })
      .filter((k) => k.countIn >= 2 && k.countIn / group.length >= 0.15 && k.share > 0)
      .sort((a, b) => b.share - a.share || b.countIn - a.countIn || byString(a.stem, b.stem));
    if (scored.length === 0) continue;
    const stems = scored.slice(0, maxKeywords).map((k) => k.stem);
    // Two groups told by the same word are one theme.
    const same = themes.find((t) => t.stems[0] === stems[0]);
    if (same) for (const d of group) same.members.add(d);
    else themes.push({ stems, members: inside });
  }
  const kept = themes.sort((a, b) => b.members.size - a.members.size).slice(0, maxThemes);

  // 5. Membership beyond the own group: close to a theme's centre.
  const centres = kept.map((t) => {
    const c: SparseVector = new Map();
    for (const d of t.members) for (const [k, x] of vectors[d]!) c.set(k, (c.get(k) ?? 0) + x);
    return normalise(c);
  });
  for (const d of clusterable)
    kept.forEach((t, i) => {
      if (!t.members.has(d) && dot(vectors[d]!, centres[i]!) >= memberThreshold) t.members.add(d);
    });

  return kept
    .map((t) => ({
      name: capitalise(forms.get(t.stems[0]!) ?? t.stems[0]!),
      keywords: t.stems.map((s) => forms.get(s) ?? s),
      stems: t.stems,
      viewpointIds: [...t.members].sort((a, b) => a - b).map((d) => viewpoints[d]!.id),
    }))
    .sort((a, b) => b.viewpointIds.length - a.viewpointIds.length || byString(a.name, b.name));
}

/**
 * The viewpoints that best represent a theme, for the compilation: those with the largest share
 * of the theme's keywords (ties: the one with fewer other words, then the order given). Without
 * keywords (a theme added by hand) the theme's own most common stems stand in.
 */
export function representativeViewpoints(stems: readonly string[], members: readonly AnalysedViewpoint[], count = 3): string[] {
  if (members.length === 0) return [];
  let keys = [...new Set(stems)];
  if (keys.length === 0) {
    const df = new Map<string, number>();
    for (const v of members) for (const s of new Set(v.tokens.map((t) => t.stem))) df.set(s, (df.get(s) ?? 0) + 1);
    keys = [...df]
      .filter(([s]) => s.length >= 3)
      .sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))
      .slice(0, 5)
      .map(([s]) => s);
  }
  const scored = members.map((v, order) => {
    const own = new Set(v.tokens.map((t) => t.stem));
    // A key is hit by its own stem, an inflected form or a compound that begins or ends with it.
    const hits = keys.filter((k) => [...own].some((s) => s === k || s.startsWith(k) || s.endsWith(k))).length;
    return { id: v.id, share: keys.length ? hits / keys.length : 0, others: own.size - hits, order };
  });
  return scored
    .sort((a, b) => b.share - a.share || a.others - b.others || a.order - b.order)
    .slice(0, count)
    .map((s) => s.id);
}

/**
 * The theme a viewpoint matches best among those it belongs to: the largest share of the theme's
 * keywords in it (ties: the theme listed first). Null when it belongs to none.
 */
export function bestTheme(viewpoint: AnalysedViewpoint, themes: ReadonlyArray<Pick<SuggestedTheme, "stems" | "viewpointIds">>): number | null {
  const own = [...new Set(viewpoint.tokens.map((t) => t.stem))];
  let best: number | null = null;
  let bestShare = -1;
  themes.forEach((t, i) => {
    if (!t.viewpointIds.includes(viewpoint.id)) return;
    const share = t.stems.length ? t.stems.filter((k) => own.some((s) => s === k || s.startsWith(k) || s.endsWith(k))).length / t.stems.length : 0;
    if (share > bestShare) {
      best = i;
      bestShare = share;
    }
  });
  return best;
}

/**
 * Whether the suggestion reads a viewpoint: only one in Swedish (its stemming and stopwords are
 * Swedish; nothing is sent out to be translated). The others are tagged by hand (issue 13).
 */
export function readBySuggestion(viewpoint: { language: string }): boolean {
  return viewpoint.language === SWEDISH;
}

/** The phases in which a process's themes may change: a running process (avslutad is read-only). */
export const THEME_PHASES = ["samarbete", "utforande", "resultat"] as const;

export function themesMayChange(phase: string): boolean {
  return (THEME_PHASES as readonly string[]).includes(phase);
}

export const THEME_STATUSES = ["forslag", "godkant", "avvisat"] as const;
export type ThemeStatus = (typeof THEME_STATUSES)[number];
/** Who put a theme or a tag there: the suggestion, or a person. */
export type ThemeOrigin = "forslag" | "person";

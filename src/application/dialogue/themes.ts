/**
 * The themes of a running process's viewpoints (issue 11): the page's view (themes with their
 * counts per target group, the theme × group table, the untagged viewpoints) and what a person
 * does there — run the suggestion, accept, rename, merge or reject a theme, add one by hand, tag
 * and untag viewpoints. The suggestion and the counts are the domain's
 * (src/domain/dialogue/themes.ts, theme-counts.ts); the words are analysed through the
 * SwedishText port.
 *
 * Who: `process.work` (the applicant group and the case staff of its committee); anyone else is
 * told "not found". When: while the process runs (samarbete, utförande, resultat); a closed
 * process's themes are read-only. Every change is audited, in one transaction with it.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { countThemes, viewpointGroups, type CountGroup, type GroupCounts } from "#src/domain/dialogue/theme-counts.ts";
import { readBySuggestion, suggestThemes, themesMayChange, type ThemeOrigin, type ThemeStatus } from "#src/domain/dialogue/themes.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { AuditMeta, Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { CaseState } from "../cases/index.ts";
import type { SwedishText, ThemeRecord } from "./theme-ports.ts";
import {
  themeAddSchema,
  themeDecisionSchema,
  themeMergeSchema,
  themeRenameSchema,
  viewpointTagSchema,
  type ThemeAddInput,
  type ThemeDecisionInput,
  type ThemeMergeInput,
  type ThemeRenameInput,
  type ViewpointTagInput,
} from "./theme-schemas.ts";

export type ThemeError = "not_found" | "invalid" | "not_running" | "name_taken";

export interface ThemeView {
  id: string;
  name: string;
  status: ThemeStatus;
  origin: ThemeOrigin;
  keywords: string[];
  count: number;
  byGroup: GroupCounts;
}

/** A viewpoint on the themes page, with its groups, its themes and its language (a BCP 47 code). */
export type ThemeRow = { id: string; body: string; redacted: boolean; groups: CountGroup[]; activityTitle: string | null; themes: Array<{ id: string; name: string; how: ThemeOrigin }>; language: string };

export interface ThemesPage {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: Phase;
  /** Whether the themes may change now (a running process). */
  mayChange: boolean;
  /** The suggestions and accepted themes, with their counts (largest first within each status). */
  themes: ThemeView[];
  rejected: Array<{ id: string; name: string }>;
  viewpointCount: number;
  byGroup: GroupCounts;
  untaggedByGroup: GroupCounts;
  /** Every visible viewpoint with its groups and themes; the untagged ones first. */
  viewpoints: ThemeRow[];
  /** The viewpoints not in Swedish, which the suggestion does not read: tagged by hand (issue 13). */
  notSwedish: ThemeRow[];
  untaggedCount: number;
}

/** The themes that count on the page: not rejected, not merged into another. */
const isActive = (t: ThemeRecord) => t.mergedInto === null && t.status !== "avvisat";
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("sv-SE") === b.trim().toLocaleLowerCase("sv-SE");

export class ThemeService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #text: SwedishText;

  constructor(deps: { uow: UnitOfWork; clock: Clock; text: SwedishText }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#text = deps.text;
  }

  /** The themes page, for those who work in the process; undefined otherwise. */
  async page(actor: Actor, caseId: string): Promise<ThemesPage | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "process.work", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const [viewpoints, themes, tags] = await Promise.all([r.themes.visibleViewpoints(caseId), r.themes.themes(caseId), r.themes.tags(caseId)]);
      const active = themes.filter(isActive);
      const counts = countThemes(viewpoints, active.map((t) => t.id), tags);
      const countOf = new Map(counts.themes.map((c) => [c.themeId, c]));
      const order = (s: ThemeStatus) => (s === "forslag" ? 0 : 1);
      const views: ThemeView[] = active
        .map((t) => ({ id: t.id, name: t.name, status: t.status, origin: t.origin, keywords: t.keywords, count: countOf.get(t.id)!.total, byGroup: countOf.get(t.id)!.byGroup }))
        .sort((a, b) => order(a.status) - order(b.status) || b.count - a.count || a.name.localeCompare(b.name, "sv"));
      const nameOf = new Map(active.map((t) => [t.id, t.name]));
      const tagsOf = new Map<string, Array<{ id: string; name: string; how: ThemeOrigin }>>();
      for (const tag of tags) {
        const name = nameOf.get(tag.themeId);
        if (name === undefined) continue;
        const list = tagsOf.get(tag.viewpointId) ?? [];
        list.push({ id: tag.themeId, name, how: tag.how });
        tagsOf.set(tag.viewpointId, list);
      }
      const untagged = new Set(counts.untagged);
      const rows = viewpoints.map((v) => ({
        id: v.id,
        body: v.body,
        redacted: v.redacted,
        groups: viewpointGroups(v),
        activityTitle: v.activityTitle,
        themes: (tagsOf.get(v.id) ?? []).sort((a, b) => a.name.localeCompare(b.name, "sv")),
        language: v.language,
      }));
      // The suggestion reads Swedish only: the others are tagged by hand, listed apart.
      const swedish = rows.filter((v) => readBySuggestion(v));
      return {
        caseId,
        title: found.title,
        caseNumber: state.caseNumber,
        phase: state.phase,
        mayChange: themesMayChange(state.phase),
        themes: views,
        rejected: themes.filter((t) => t.mergedInto === null && t.status === "avvisat").map((t) => ({ id: t.id, name: t.name })),
        viewpointCount: counts.total,
        byGroup: counts.byGroup,
        untaggedByGroup: counts.untaggedByGroup,
        viewpoints: [...swedish.filter((v) => untagged.has(v.id)), ...swedish.filter((v) => !untagged.has(v.id))],
        notSwedish: rows.filter((v) => !readBySuggestion(v)),
        untaggedCount: counts.untagged.length,
      };
    });
  }

  /**
   * Runs the suggestion over the process's visible viewpoints. The suggestions nobody has decided
   * on are replaced; a person's decisions stay: accepted, renamed, rejected and merged themes, and
   * tags set by hand. A suggestion named like a theme that is already there (any status) is not
   * made again, so a rejected theme does not come back.
   */
  async suggest(actor: Actor, caseId: string, meta: AuditMeta = {}): Promise<Result<{ suggested: number; replaced: number }, ThemeError>> {
    return this.#change(actor, caseId, async (r, state, at) => {
      const viewpoints = await r.themes.visibleViewpoints(caseId);
      // Swedish text only: the stemming and stopwords are Swedish, and no text leaves Samverka to be translated.
      const analysed = viewpoints.filter(readBySuggestion).map((v) => ({ id: v.id, tokens: this.#text.analyse(v.body) }));
      const suggestions = suggestThemes(analysed);
      const replaced = await r.themes.deleteUntouchedSuggestions(caseId);
      const kept = await r.themes.themes(caseId);
      const made: Array<{ id: string; name: string; viewpoints: number }> = [];
      for (const s of suggestions) {
        if (kept.some((t) => sameName(t.name, s.name) || (t.stems[0] !== undefined && t.stems[0] === s.stems[0]))) continue;
        const { id } = await r.themes.insertTheme({ caseId, name: s.name, status: "forslag", origin: "forslag", keywords: s.keywords, stems: s.stems, createdBy: actor.userId, submissionKey: null, at });
        await r.themes.tag(id, s.viewpointIds, "forslag", null, at);
        made.push({ id, name: s.name, viewpoints: s.viewpointIds.length });
      }
      await this.#audit(r, actor, state, "theme.suggest", caseId, { replaced }, { suggested: made }, meta);
      return ok({ suggested: made.length, replaced });
    });
  }

  /** Accepts or rejects a theme. */
  async decide(actor: Actor, caseId: string, input: ThemeDecisionInput, meta: AuditMeta = {}): Promise<Result<{ themeId: string }, ThemeError>> {
    const parsed = themeDecisionSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#change(actor, caseId, async (r, state, at) => {
      const theme = await this.#theme(r, caseId, parsed.data.themeId);
      if (!theme) return fail("not_found");
      if (parsed.data.decision === "godkant" && (await this.#nameTaken(r, caseId, theme.name, theme.id))) return fail("name_taken");
      await r.themes.decide(theme.id, { status: parsed.data.decision }, actor.userId, at);
      await this.#audit(r, actor, state, parsed.data.decision === "godkant" ? "theme.accept" : "theme.reject", theme.id, { status: theme.status }, { status: parsed.data.decision, name: theme.name }, meta);
      return ok({ themeId: theme.id });
    });
  }

  async rename(actor: Actor, caseId: string, input: ThemeRenameInput, meta: AuditMeta = {}): Promise<Result<{ themeId: string }, ThemeError>> {
    const parsed = themeRenameSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#change(actor, caseId, async (r, state, at) => {
      const theme = await this.#theme(r, caseId, parsed.data.themeId);
      if (!theme || theme.status === "avvisat") return fail("not_found");
      if (await this.#nameTaken(r, caseId, parsed.data.name, theme.id)) return fail("name_taken");
      await r.themes.decide(theme.id, { name: parsed.data.name }, actor.userId, at);
      await this.#audit(r, actor, state, "theme.rename", theme.id, { name: theme.name }, { name: parsed.data.name }, meta);
      return ok({ themeId: theme.id });
    });
  }

  /** Merges two or more themes into the first chosen, which is accepted, keeping every tag. */
  async merge(actor: Actor, caseId: string, input: ThemeMergeInput, meta: AuditMeta = {}): Promise<Result<{ themeId: string }, ThemeError>> {
    const parsed = themeMergeSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#change(actor, caseId, async (r, state, at) => {
      const all = await r.themes.themes(caseId);
      const ids = [...new Set(parsed.data.themeIds)];
      const chosen = ids.map((id) => all.find((t) => t.id === id && isActive(t)));
      if (chosen.some((t) => t === undefined)) return fail("not_found");
      const [target, ...sources] = chosen as ThemeRecord[];
      const name = parsed.data.name ?? target!.name;
      if (all.some((t) => isActive(t) && !ids.includes(t.id) && sameName(t.name, name))) return fail("name_taken");
      await r.themes.merge(target!.id, sources.map((s) => s.id), actor.userId, at);
      await r.themes.decide(target!.id, { status: "godkant", name }, actor.userId, at);
      await this.#audit(r, actor, state, "theme.merge", target!.id, { themes: chosen.map((t) => ({ id: t!.id, name: t!.name })) }, { name, merged: sources.map((s) => s.id) }, meta);
      return ok({ themeId: target!.id });
    });
  }

  /** Adds an accepted theme by hand; a second submit of the same form adds nothing more. */
  async add(actor: Actor, caseId: string, input: ThemeAddInput, meta: AuditMeta = {}): Promise<Result<{ themeId: string }, ThemeError>> {
    const parsed = themeAddSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#change(actor, caseId, async (r, state, at) => {
      const { name, submissionKey } = parsed.data;
      const earlier = await r.themes.bySubmissionKey(caseId, submissionKey);
      if (earlier) return ok({ themeId: earlier });
      if ((await r.themes.themes(caseId)).some((t) => isActive(t) && sameName(t.name, name))) return fail("name_taken");
      const saved = await r.themes.insertTheme({ caseId, name, status: "godkant", origin: "person", keywords: [], stems: [], createdBy: actor.userId, submissionKey, at });
      if (saved.created) await this.#audit(r, actor, state, "theme.add", saved.id, null, { name }, meta);
      return ok({ themeId: saved.id });
    });
  }

  /** Tags a viewpoint with a theme by hand (a tag already there stays). */
  async tag(actor: Actor, caseId: string, input: ViewpointTagInput, meta: AuditMeta = {}): Promise<Result<{ themeId: string }, ThemeError>> {
    return this.#tagging(actor, caseId, input, meta, "tag");
  }

  /** Removes a viewpoint's tag. */
  async untag(actor: Actor, caseId: string, input: ViewpointTagInput, meta: AuditMeta = {}): Promise<Result<{ themeId: string }, ThemeError>> {
    return this.#tagging(actor, caseId, input, meta, "untag");
  }

  async #tagging(actor: Actor, caseId: string, input: ViewpointTagInput, meta: AuditMeta, what: "tag" | "untag"): Promise<Result<{ themeId: string }, ThemeError>> {
    const parsed = viewpointTagSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    return this.#change(actor, caseId, async (r, state, at) => {
      const theme = await this.#theme(r, caseId, parsed.data.themeId);
      if (!theme || theme.status === "avvisat") return fail("not_found");
      const viewpoint = (await r.themes.visibleViewpoints(caseId)).find((v) => v.id === parsed.data.viewpointId);
      if (!viewpoint) return fail("not_found");
      const changed = what === "tag" ? (await r.themes.tag(theme.id, [viewpoint.id], "person", actor.userId, at)) > 0 : await r.themes.untag(theme.id, viewpoint.id);
      if (changed) await this.#audit(r, actor, state, what === "tag" ? "theme.tag" : "theme.untag", viewpoint.id, null, { themeId: theme.id, name: theme.name }, meta, "viewpoint");
      return ok({ themeId: theme.id });
    });
  }

  /** A change to a process's themes: a uuid, the case locked, `process.work`, a running process. */
  async #change<T>(actor: Actor, caseId: string, work: (r: Repositories, state: CaseState, at: Date) => Promise<Result<T, ThemeError>>): Promise<Result<T, ThemeError>> {
    if (!isUuid(caseId)) return fail("not_found");
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "process.work", record: state })) return fail("not_found");
      if (!themesMayChange(state.phase)) return fail("not_running");
      return work(r, state, this.#clock.now());
    });
  }

  /** A theme of this case that has not been merged away; undefined for any other id. */
  async #theme(r: Repositories, caseId: string, themeId: string): Promise<ThemeRecord | undefined> {
    return (await r.themes.themes(caseId)).find((t) => t.id === themeId && t.mergedInto === null);
  }

  async #nameTaken(r: Repositories, caseId: string, name: string, except: string): Promise<boolean> {
    return (await r.themes.themes(caseId)).some((t) => t.id !== except && isActive(t) && sameName(t.name, name));
  }

  async #audit(r: Repositories, actor: Actor, state: CaseState, action: string, entityId: string, before: unknown, after: unknown, meta: AuditMeta, entityType = "theme") {
    await r.audit.append({ actor, action, entityType, entityId, organisationId: state.applicantOrganisationId, before, after: { caseId: state.id, ...(after as object) }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
  }
}

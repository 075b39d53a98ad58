/**
 * The compilation (sammanställning) of a process's dialogue (issue 11): what was heard, theme by
 * theme — the accepted themes, each with its count, its count per target group and up to three
 * representative quotes — how many viewpoints no accepted theme covers, and which dialogue
 * activities were held and how many took part. As a page, and as DOCX and PDF through the
 * CompilationRenderer port.
 *
 * Who may read it: everyone who may read the case (`case.read`: the applicant group and the
 * city's staff of every committee). It holds no personal data by design — viewpoints are
 * anonymous, hidden ones are never counted nor quoted, a redacted one is quoted as redacted —
 * and the city's staff learning from other processes is what the consultation answers ask for
 * (docs/decisions/0025-suggested-themes.md).
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { swedishDay } from "#src/domain/dates.ts";
import { suppressCells } from "#src/domain/dialogue/participation.ts";
import { countThemes } from "#src/domain/dialogue/theme-counts.ts";
import { representativeViewpoints } from "#src/domain/dialogue/themes.ts";
import { isUuid } from "#src/domain/ids.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import type { Compilation, CompilationRenderer, SwedishText } from "./theme-ports.ts";

/** Quotes per theme. */
export const QUOTES_PER_THEME = 3;

export class CompilationService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #text: SwedishText;
  readonly #renderer: CompilationRenderer;

  constructor(deps: { uow: UnitOfWork; clock: Clock; text: SwedishText; renderer: CompilationRenderer }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#text = deps.text;
    this.#renderer = deps.renderer;
  }

  /** The compilation, for those who may read the case; undefined otherwise. */
  async compilation(actor: Actor, caseId: string): Promise<Compilation | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const [viewpoints, themes, tags, activities] = await Promise.all([r.themes.visibleViewpoints(caseId), r.themes.themes(caseId), r.themes.tags(caseId), r.themes.activities(caseId)]);
      const accepted = themes.filter((t) => t.status === "godkant" && t.mergedInto === null);
      const counts = countThemes(viewpoints, accepted.map((t) => t.id), tags);
      const byId = new Map(viewpoints.map((v) => [v.id, v]));
      const compiled = accepted.map((theme, i) => {
        const members = tags.filter((t) => t.themeId === theme.id && byId.has(t.viewpointId)).map((t) => byId.get(t.viewpointId)!);
        const quotes = representativeViewpoints(
          theme.stems,
          members.map((v) => ({ id: v.id, tokens: this.#text.analyse(v.body) })),
          QUOTES_PER_THEME,
        ).map((id) => ({ text: byId.get(id)!.body, redacted: byId.get(id)!.redacted }));
        return { id: theme.id, name: theme.name, count: counts.themes[i]!.total, byGroup: counts.themes[i]!.byGroup, quotes };
      });
      return {
        caseId,
        title: found.title,
        caseNumber: state.caseNumber,
        madeOn: swedishDay(this.#clock.now()),
        viewpointCount: counts.total,
        byGroup: counts.byGroup,
        themes: compiled.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "sv")),
        untaggedCount: counts.untagged.length,
        // Read outside the group (and public later): small participation counts are suppressed.
        activities: activities.map((a) => ({ ...a, participation: a.participation.map((d) => ({ dimension: d.dimension, cells: suppressCells(d.cells.map((c) => ({ category: c.category, count: c.count ?? 0 }))).map((c) => ({ category: c.category, count: c.count })) })) })),
      };
    });
  }

  /** The compilation as a file, named in Swedish with the case number; undefined when it may not be read. */
  async compilationFile(actor: Actor, caseId: string, format: "docx" | "pdf"): Promise<{ bytes: Uint8Array; filename: string } | undefined> {
    const c = await this.compilation(actor, caseId);
    if (!c) return undefined;
    const bytes = format === "docx" ? await this.#renderer.docx(c) : await this.#renderer.pdf(c);
    const safe = (c.caseNumber ?? c.caseId.slice(0, 8)).replace(/[^A-Za-z0-9-]/g, "-");
    return { bytes, filename: `Sammanstallning-${safe}.${format}` };
  }
}

/**
 * The signed-in start page (/start): what this person's work needs first, by role. The contact
 * person sees their queue of cases in the first phases and the new contact requests; the
 * applicant their organisation's cases; the others the ten latest changed; the analyst how many
 * areas there are; an administrator what is left to set up. One page query: the route calls
 * this and nothing else.
 */
import type { SetupProgress } from "../admin/index.ts";
import type { CaseFilter, CaseSummary } from "../cases/index.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import type { Result } from "#src/domain/result.ts";
import type { Page } from "../shared/paging.ts";

/** The features the start page reads from, each through what it already offers (the composition root plugs them in). */
export interface StartPageSources {
  cases: { page(actor: Actor, filter: CaseFilter, opts: { page: number; pageSize?: number }): Promise<Page<CaseSummary>> };
  areas: { areas(actor: Actor): Promise<Result<unknown[], string>> };
  contactRequests: { countNew(actor: Actor): Promise<number> };
  setup: { progress(actor: Actor, processTypeCode: string): Promise<SetupProgress | null> };
}

export interface StartPageView {
  actor: { name: string; role: Actor["role"]; organisation: string };
  /** The first page of what this role works on; the case list (/arenden) has the rest. */
  cases: CaseSummary[];
  moreCases: boolean;
  /** For the analyst: how many areas the city has. */
  areaCount: number | null;
  /** For the contact person: new contact requests waiting. */
  newContactRequests: number | null;
  /** For an administrator: what is left to set up before the city can take applications. */
  setup: SetupProgress | null;
}

export class StartPage {
  readonly #sources: StartPageSources;
  readonly #processTypeCode: string;

  constructor(deps: { sources: StartPageSources; processTypeCode: string }) {
    this.#sources = deps.sources;
    this.#processTypeCode = deps.processTypeCode;
  }

  async view(actor: Actor): Promise<StartPageView> {
    const s = this.#sources;
    const { items: cases, total } =
      actor.role === "kontaktperson"
        ? await s.cases.page(actor, { phases: ["forsta_kontakt", "initiering"] }, { page: 1 })
        : await s.cases.page(actor, {}, { page: 1, ...(actor.role === "aktor" ? {} : { pageSize: 10 }) });
    const areas = actor.role === "analytiker" ? await s.areas.areas(actor) : null;
    const newContactRequests = actor.role === "kontaktperson" ? await s.contactRequests.countNew(actor) : null;
    const setup = await s.setup.progress(actor, this.#processTypeCode);
    return {
      actor: { name: actor.name, role: actor.role, organisation: actor.organisationName },
      cases,
      moreCases: total > cases.length,
      areaCount: areas?.ok ? areas.value.length : null,
      newContactRequests,
      setup,
    };
  }
}

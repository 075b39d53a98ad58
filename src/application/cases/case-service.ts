/** Reading collaboration cases, with the per-object rule applied on every read. */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { CaseStatus } from "#src/domain/case/lifecycle.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { needOf, type AreaNeed } from "#src/domain/coordination/equity.ts";
import { isUuid } from "#src/domain/ids.ts";
import { needsMap, type AreaNeedsSource } from "../area-index/index.ts";
import { fetchPage, type Page } from "../shared/paging.ts";
import type { AuditEntry, UnitOfWork } from "../shared/ports.ts";
import type { CaseDetail, CaseFilter, CaseOrder, CaseSummary } from "./ports.ts";

/** What the case list is asked for (from its address): filters, the order and the page. */
export interface CaseListQuery {
  status?: CaseStatus | undefined;
  phase?: Phase | undefined;
  /** A committee's code; one that no committee has is ignored. */
  committeeCode?: string | undefined;
  /** Greatest need first (when the area index can say), else the latest change first. */
  byNeed?: boolean;
  page: number;
}

/** The case list page: one page of cases with each one's need, and what the filter form offers. */
export interface CaseListView {
  cases: Array<CaseSummary & { need: (AreaNeed & { areaCode: string }) | null }>;
  paging: Omit<Page<CaseSummary>, "items">;
  /** The city's staff filter every case; an applicant sees its organisation's cases, unfiltered. */
  filters: boolean;
  committees: string[];
  /** The filter applied (what the query asked for, less what does not exist). */
  filter: { status?: CaseStatus; phase?: Phase; committeeCode?: string };
  /** Whether need is shown (the area index can be read and computed). */
  hasNeeds: boolean;
  /** How many areas the index ranks. */
  ranked: number;
  byNeed: boolean;
}

export class CaseService {
  readonly #uow: UnitOfWork;
  readonly #index: AreaNeedsSource | null;
  /** `index`: the area index, for each case's need on the list (without it no need is shown). */
  constructor(deps: { uow: UnitOfWork; index?: AreaNeedsSource }) {
    this.#uow = deps.uow;
    this.#index = deps.index ?? null;
  }

  /** Applicants get their own organisation's cases; the city's staff get every case. */
  async list(actor: Actor, filter: CaseFilter = {}): Promise<CaseSummary[]> {
    return this.#uow.read((r) => (actor.role === "aktor" ? r.cases.listForOrganisation(actor.organisationId) : r.cases.listAll(filter)));
  }

  /**
   * One page of the case list: the applicant's own organisation's cases, or every case for the
   * city's staff (filtered). `byNeed` (the areas' need from the area index) orders the staff's
   * list by need before it is paged; the applicant's list is always the latest change first.
   */
  async page(actor: Actor, filter: CaseFilter, opts: { page: number; byNeed?: ReadonlyMap<string, AreaNeed> | undefined; pageSize?: number }): Promise<Page<CaseSummary>> {
    if (actor.role === "aktor") {
      const org = actor.organisationId;
      return this.#uow.read((r) => fetchPage(opts.page, () => r.cases.countForOrganisation(org), (w) => r.cases.pageForOrganisation(org, w), opts.pageSize));
    }
    const order: CaseOrder = opts.byNeed ? { byNeed: [...opts.byNeed].flatMap(([areaCode, n]) => (n.rank === null ? [] : [{ areaCode, rank: n.rank }])) } : {};
    return this.#uow.read((r) => fetchPage(opts.page, () => r.cases.countAll(filter), (w) => r.cases.pageAll(filter, w, order), opts.pageSize));
  }

  /**
   * The case list page (/arenden). The city's staff see each case's need (the index rank of its
   * neediest area) and may order by it: the database orders the whole list by need, then the
   * page is cut (see `page`). Need comes from the area index, asked through its feature.
   */
  async listPage(actor: Actor, query: CaseListQuery): Promise<CaseListView> {
    const committees = await this.committeeCodes();
    const filter = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.phase ? { phase: query.phase } : {}),
      ...(query.committeeCode && committees.includes(query.committeeCode) ? { committeeCode: query.committeeCode } : {}),
    };
    const needs = this.#index ? await this.#index.areaNeeds(actor) : null;
    const map = needsMap(needs);
    const byNeed = query.byNeed === true && needs !== null;
    const { items, ...paging } = await this.page(actor, filter, { page: query.page, byNeed: byNeed ? map : undefined });
    return {
      cases: items.map((c) => ({ ...c, need: needs ? needOf(c.areaCodes, map) : null })),
      paging,
      filters: actor.role !== "aktor",
      committees,
      filter,
      hasNeeds: needs !== null,
      ranked: needs?.ranked ?? 0,
      byNeed,
    };
  }

  async committeeCodes(): Promise<string[]> {
    return this.#uow.read((r) => r.cases.committeeCodes());
  }

  /** undefined when the case does not exist *or* the actor may not see it: the caller answers 404 either way. */
  async get(actor: Actor, caseId: string): Promise<{ case: CaseDetail; audit: AuditEntry[] | null } | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const facts = await r.cases.state(caseId);
      if (!facts || !can(actor, { action: "case.read", record: facts })) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const audit = can(actor, { action: "case.readAudit", record: facts }) ? await r.audit.forEntity("case", caseId) : null;
      return { case: found, audit };
    });
  }
}

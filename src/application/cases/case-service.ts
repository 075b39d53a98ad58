/** Reading collaboration cases, with the per-object rule applied on every read. */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { AreaNeed } from "#src/domain/coordination/equity.ts";
import { fetchPage, type Page } from "../shared/paging.ts";
import type { AuditEntry, UnitOfWork } from "../shared/ports.ts";
import type { CaseDetail, CaseFilter, CaseOrder, CaseSummary } from "./ports.ts";
import { isUuid } from "#src/domain/ids.ts";

export class CaseService {
  readonly #uow: UnitOfWork;
  constructor(deps: { uow: UnitOfWork }) {
    this.#uow = deps.uow;
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

/** Staff overviews: users, the whole audit log, the mail outbox, the areas. */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { fetchPage, type Page } from "../shared/paging.ts";
import type { AreaListItem, AuditEntry, Clock, OutboxEntry, UnitOfWork } from "../shared/ports.ts";
import type { UserListItem } from "../auth/index.ts";
import { swedishDay } from "#src/domain/dates.ts";

type Forbidden = "forbidden";

export class AdminService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  constructor(deps: { uow: UnitOfWork; clock: Clock }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  async users(actor: Actor): Promise<Result<UserListItem[], Forbidden>> {
    if (!can(actor, { action: "users.manage" })) return fail("forbidden");
    return ok(await this.#uow.read((r) => r.users.list()));
  }

  /** One page of the whole audit log, newest first (administrators). */
  async auditLog(actor: Actor, page = 1): Promise<Result<Page<AuditEntry>, Forbidden>> {
    if (!can(actor, { action: "audit.readAll" })) return fail("forbidden");
    return ok(await this.#uow.read((r) => fetchPage(page, () => r.audit.count(), (w) => r.audit.page(w))));
  }

  async outbox(actor: Actor, limit = 200): Promise<Result<OutboxEntry[], Forbidden>> {
    if (!can(actor, { action: "outbox.read" })) return fail("forbidden");
    return ok(await this.#uow.read((r) => r.outbox.list(limit)));
  }

  async areas(actor: Actor): Promise<Result<AreaListItem[], Forbidden>> {
    if (!can(actor, { action: "areas.read" })) return fail("forbidden");
    const today = swedishDay(this.#clock.now());
    return ok(await this.#uow.read((r) => r.areas.listCurrent(today)));
  }
}

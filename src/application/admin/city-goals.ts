/**
 * The city's goals (kommunfullmäktiges mål) as data: what the application form offers, what a
 * case's themes are derived from, and their links to the 2030 Agenda. Administrators keep them;
 * a goal is never deleted (old applications refer to it) but can be retired.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { goalKeyFrom, uniqueKey } from "#src/domain/admin/city-goals.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import type { CityGoalRecord } from "./ports.ts";
import { isUuid } from "#src/domain/ids.ts";
import { problemsByField } from "../shared/schema.ts";
import { cityGoalSchema, type CityGoalInput } from "./schemas.ts";


export type CityGoalError = "forbidden" | "not_found" | "invalid";

export class CityGoals {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  constructor(deps: { uow: UnitOfWork; clock: Clock }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  /** The goals an application can name today (anyone may read them: they are public policy). */
  async current(): Promise<CityGoalRecord[]> {
    return this.#uow.read((r) => r.administration.cityGoals({ includeInactive: false }));
  }

  /** Every goal, retired ones too: to show what an older application chose. */
  async all(): Promise<CityGoalRecord[]> {
    return this.#uow.read((r) => r.administration.cityGoals({ includeInactive: true }));
  }

  async manage(actor: Actor): Promise<Result<CityGoalRecord[], "forbidden">> {
    if (!can(actor, { action: "goals.manage" })) return fail("forbidden");
    return ok(await this.all());
  }

  async save(actor: Actor, id: string | null, input: CityGoalInput, meta: AuditMeta = {}): Promise<Result<{ id: string; key: string }, CityGoalError>> {
    if (!can(actor, { action: "goals.manage" })) return fail("forbidden");
    if (id !== null && !isUuid(id)) return fail("not_found");
    const parsed = cityGoalSchema.safeParse(input);
    if (!parsed.success) {
      const detail = problemsByField(parsed.error);
      // The references refused, for the message.
      const agenda = parsed.error.issues.find((i) => i.path[0] === "agenda2030" && i.code === "custom");
      if (agenda?.code === "custom" && typeof agenda.params?.invalid === "string") detail.invalidAgenda = agenda.params.invalid;
      return fail("invalid", detail);
    }
    const g = parsed.data;
    return this.#uow.transaction(async (r): Promise<Result<{ id: string; key: string }, CityGoalError>> => {
      const at = this.#clock.now();
      if (id) {
        const before = await r.administration.cityGoal(id);
        if (!before) return fail("not_found");
        await r.administration.updateCityGoal(id, { ...g, at });
        const previous = { nameSv: before.nameSv, nameEn: before.nameEn, descriptionSv: before.descriptionSv, agenda2030: before.agenda2030, themes: before.themes, active: before.active };
        if (JSON.stringify(previous) !== JSON.stringify(g)) await r.audit.append({ actor, action: "city_goal.update", entityType: "city_goal", entityId: id, before: previous, after: g, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
        return ok({ id, key: before.key });
      }
      const key = uniqueKey(goalKeyFrom(g.nameSv), await r.administration.goalKeys());
      const created = await r.administration.createCityGoal({ ...g, key, at });
      await r.audit.append({ actor, action: "city_goal.create", entityType: "city_goal", entityId: created, after: { key, ...g }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ id: created, key });
    });
  }

  async move(actor: Actor, id: string, direction: "up" | "down", meta: AuditMeta = {}): Promise<Result<void, CityGoalError>> {
    if (!can(actor, { action: "goals.manage" })) return fail("forbidden");
    if (!isUuid(id)) return fail("not_found");
    return this.#uow.transaction(async (r): Promise<Result<void, CityGoalError>> => {
      if (!(await r.administration.cityGoal(id))) return fail("not_found");
      await r.administration.moveCityGoal(id, direction);
      await r.audit.append({ actor, action: "city_goal.move", entityType: "city_goal", entityId: id, after: { direction }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok(undefined);
    });
  }
}

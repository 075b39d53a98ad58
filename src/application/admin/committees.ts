/**
 * Committees as the administrators keep them: names, the code that begins case numbers, the
 * working committee, the areas of responsibility routing rests on, and the process types each
 * committee takes applications for. Every change is audited.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { codeLockedByCases, normaliseCommitteeCode } from "#src/domain/admin/committee.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import type { CommitteeAdminRecord, ProcessTypeChoice } from "./ports.ts";
import { isUuid } from "#src/domain/ids.ts";
import { joinedPath, problemsByField } from "../shared/schema.ts";
import { committeeSchema, type CommitteeForm } from "./schemas.ts";

export type { CommitteeForm };

/** A problem's field in the answer: a row of areas of responsibility is `responsibility_<row>`. */
const problemField = (path: readonly PropertyKey[]) => (path[0] === "responsibilities" ? `responsibility_${String(path[1])}` : joinedPath(path));

export type CommitteeSaveError = "forbidden" | "not_found" | "invalid" | "code_taken";


export class CommitteeAdministration {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  constructor(deps: { uow: UnitOfWork; clock: Clock }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  async list(actor: Actor): Promise<Result<{ committees: CommitteeAdminRecord[]; processTypes: ProcessTypeChoice[] }, "forbidden">> {
    if (!can(actor, { action: "committees.manage" })) return fail("forbidden");
    return ok(await this.#uow.read(async (r) => ({ committees: await r.administration.committees(), processTypes: await r.administration.processTypeChoices() })));
  }

  async get(actor: Actor, id: string): Promise<Result<{ committee: CommitteeAdminRecord; processTypes: ProcessTypeChoice[] }, "forbidden" | "not_found">> {
    if (!can(actor, { action: "committees.manage" })) return fail("forbidden");
    if (!isUuid(id)) return fail("not_found");
    return this.#uow.read(async (r) => {
      const committee = await r.administration.committee(id);
      if (!committee) return fail("not_found");
      return ok({ committee, processTypes: await r.administration.processTypeChoices() });
    });
  }

  /** Creates a committee (id null) or changes one. The same committee saved twice changes nothing more. */
  async save(actor: Actor, id: string | null, input: CommitteeForm, meta: AuditMeta = {}): Promise<Result<{ id: string }, CommitteeSaveError>> {
    if (!can(actor, { action: "committees.manage" })) return fail("forbidden");
    if (id !== null && !isUuid(id)) return fail("not_found");
    return this.#uow.transaction(async (r): Promise<Result<{ id: string }, CommitteeSaveError>> => {
      const before = id ? await r.administration.committee(id) : undefined;
      if (id && !before) return fail("not_found");
      const parsed = committeeSchema.safeParse(input);
      const problems: Record<string, string> = parsed.success ? {} : problemsByField(parsed.error, problemField);
      // What needs the database: a code that numbers cases stays (the domain's rule), and the applications must exist.
      if (!problems.code && before && codeLockedByCases(before, normaliseCommitteeCode(String(input.code ?? "")))) problems.code = "admin.committee.error.code_in_use_by_cases";
      const known = new Set((await r.administration.processTypeChoices()).map((p) => p.code));
      if (parsed.success && parsed.data.processTypeCodes.some((c) => !known.has(c))) problems.processTypeCodes = "admin.committee.error.processType";
      if (!parsed.success || Object.keys(problems).length > 0) return fail("invalid", problems);
      const { code, nameSv, nameEn, hasWorkingCommittee, processTypeCodes, responsibilities } = parsed.data;
      const checked = { code, nameSv, nameEn, hasWorkingCommittee };
      const at = this.#clock.now();
      const values = { ...checked, at };
      let committeeId: string;
      if (id) {
        if (!(await r.administration.updateCommittee(id, values))) return fail("invalid", { code: "admin.committee.error.code_taken" });
        committeeId = id;
      } else {
        const created = await r.administration.createCommittee(values);
        if (!created) return fail("invalid", { code: "admin.committee.error.code_taken" });
        committeeId = created;
      }
      await r.administration.setCommitteeProcessTypes(committeeId, processTypeCodes);
      await r.administration.setResponsibilities(committeeId, responsibilities);
      const after = { ...checked, processTypeCodes, responsibilities };
      const previous = before && { code: before.code, nameSv: before.nameSv, nameEn: before.nameEn, hasWorkingCommittee: before.hasWorkingCommittee, processTypeCodes: before.processTypeCodes, responsibilities: before.responsibilities };
      if (JSON.stringify(previous) !== JSON.stringify(after))
        await r.audit.append({ actor, action: id ? "committee.update" : "committee.create", entityType: "committee", entityId: committeeId, before: previous ?? null, after, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ id: committeeId });
    });
  }
}

/** A small fixture language for integration tests: organisations, users and cases in a few calls. */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "#src/adapters/db/connect.ts";
import type { Clock, PasswordHasher } from "#src/application/shared/ports.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import type { Role } from "#src/domain/roles.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";

export const TEST_PASSWORD = "ett långt testlösenord 123";

/** A clock the test moves by hand. */
export class FakeClock implements Clock {
  #now: Date;
  constructor(start = new Date("2026-11-23T09:00:00Z")) {
    this.#now = start;
  }
  now() {
    return new Date(this.#now);
  }
  advanceMinutes(minutes: number) {
    this.#now = new Date(this.#now.getTime() + minutes * 60_000);
  }
}

export class Fixtures {
  readonly db: Db;
  readonly #hasher: PasswordHasher;
  #passwordHash: string | null = null;
  constructor(db: Db, hasher: PasswordHasher = argon2idHasher) {
    this.db = db;
    this.#hasher = hasher;
  }

  async committee(code = `T${Array.from(randomBytes(5), (b) => String.fromCharCode(65 + (b % 26))).join("")}`): Promise<string> {
    const row = await this.db.insertInto("committee").values({ code, name_sv: `Nämnd ${code}`, name_en: `Committee ${code}` }).returning("id").executeTakeFirstOrThrow();
    return row.id;
  }

  async organisation(kind: "aktor" | "stad" = "aktor", name = `Organisation ${randomBytes(3).toString("hex")}`): Promise<string> {
    const row = await this.db
      .insertInto("organisation")
      .values({ name, kind, actor_type: kind === "aktor" ? "forening" : null, org_number: null, committee_id: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /**
   * A user. Staff work for `committees` (default: their department's committee, if it has one);
   * they change only cases of those committees.
   */
  async user(role: Role, organisationId?: string, email = `${role}-${randomBytes(4).toString("hex")}@test.invalid`, opts: { committees?: string[] } = {}): Promise<Actor & { password: string }> {
    const org = organisationId ?? (await this.organisation(role === "aktor" ? "aktor" : "stad"));
    this.#passwordHash ??= await this.#hasher.hash(TEST_PASSWORD);
    const row = await this.db
      .insertInto("app_user")
      .values({ email, name: `Test ${role}`, role, organisation_id: org, password_hash: this.#passwordHash })
      .returning("id")
      .executeTakeFirstOrThrow();
    const orgRow = await this.db.selectFrom("organisation").select(["name", "committee_id"]).where("id", "=", org).executeTakeFirstOrThrow();
    const committeeIds = role === "aktor" ? [] : (opts.committees ?? (orgRow.committee_id ? [orgRow.committee_id] : []));
    if (committeeIds.length) await this.db.insertInto("staff_committee").values(committeeIds.map((committee_id) => ({ user_id: row.id, committee_id }))).execute();
    return { userId: row.id, name: `Test ${role}`, email, role, organisationId: org, organisationName: orgRow.name, committeeIds, password: TEST_PASSWORD };
  }

  /** A member of staff working for the committee of a case. */
  async staffFor(role: Exclude<Role, "aktor">, caseId: string): Promise<Actor & { password: string }> {
    const c = await this.db.selectFrom("collaboration_case").select("committee_id").where("id", "=", caseId).executeTakeFirstOrThrow();
    return this.user(role, undefined, undefined, { committees: [c.committee_id] });
  }

  async caseFor(applicantOrganisationId: string | null, opts: { committeeId?: string; phase?: Phase; title?: string } = {}): Promise<string> {
    const committeeId = opts.committeeId ?? (await this.committee());
    const row = await this.db
      .insertInto("collaboration_case")
      .values({
        title: opts.title ?? "Testärende",
        applicant_organisation_id: applicantOrganisationId,
        committee_id: committeeId,
        phase: opts.phase ?? "initiering",
        status: "inskickat",
        geom: sql`st_multi(st_makeenvelope(13.0, 55.59, 13.01, 55.6, 4326))`,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  }
}

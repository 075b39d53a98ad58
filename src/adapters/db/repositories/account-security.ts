/** Kysely repositories for sign-in failures per address, kept submissions and registration requests. */
import { sql, type Kysely, type Transaction } from "kysely";
import type { KeptField, PendingSubmissionRepository, RegistrationRequestRepository, SignInFailureRepository } from "#src/application/auth/index.ts";
import type { ActorType } from "#src/domain/roles.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export function signInFailureRepository(db: Executor): SignInFailureRepository {
  return {
    async lockForUpdate(addressHash) {
      // Make sure the row exists, then lock it: a second transaction for the same address
      // waits here until the first has written its count.
      await db.insertInto("sign_in_failure").values({ address_hash: addressHash, failures: 0, locked_until: null }).onConflict((oc) => oc.column("address_hash").doNothing()).execute();
      const row = await db.selectFrom("sign_in_failure").select(["failures", "locked_until"]).where("address_hash", "=", addressHash).forUpdate().executeTakeFirstOrThrow();
      return { failedSignIns: row.failures, lockedUntil: row.locked_until };
    },
    async save(addressHash, state, at) {
      await db.updateTable("sign_in_failure").set({ failures: state.failedSignIns, locked_until: state.lockedUntil, updated_at: at }).where("address_hash", "=", addressHash).execute();
    },
    async clear(addressHash) {
      await db.deleteFrom("sign_in_failure").where("address_hash", "=", addressHash).execute();
    },
  };
}

export function pendingSubmissionRepository(db: Executor): PendingSubmissionRepository {
  return {
    async create(s) {
      const row = await db
        .insertInto("pending_submission")
        .values({ user_id: s.userId, path: s.path, fields: JSON.stringify(s.fields), created_at: s.createdAt, expires_at: s.expiresAt })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async take({ id, userId, path, now }) {
      const row = await db
        .deleteFrom("pending_submission")
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .where("path", "=", path)
        .where("expires_at", ">", now)
        .returning("fields")
        .executeTakeFirst();
      if (!row) return undefined;
      const fields = (typeof row.fields === "string" ? JSON.parse(row.fields) : row.fields) as unknown;
      return Array.isArray(fields) ? fields.filter((f): f is KeptField => Array.isArray(f) && typeof f[0] === "string" && typeof f[1] === "string") : [];
    },
    async deleteExpired(now) {
      await db.deleteFrom("pending_submission").where("expires_at", "<=", now).execute();
    },
  };
}

export function registrationRequestRepository(db: Executor): RegistrationRequestRepository {
  return {
    async create(r) {
      await db
        .insertInto("registration_request")
        .values({
          token_hash: r.tokenHash,
          email: r.email,
          organisation_name: r.organisationName,
          actor_type: r.actorType,
          org_number: r.orgNumber,
          person_name: r.personName,
          password_hash: r.passwordHash,
          expires_at: r.expiresAt,
        })
        .execute();
    },
    async find(tokenHash, opts = {}) {
      let query = db.selectFrom("registration_request").selectAll().where("token_hash", "=", tokenHash);
      if (opts.forUpdate) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return (
        row && {
          email: row.email,
          organisationName: row.organisation_name,
          actorType: row.actor_type as ActorType,
          orgNumber: row.org_number,
          personName: row.person_name,
          passwordHash: row.password_hash,
          expiresAt: row.expires_at,
          usedAt: row.used_at,
        }
      );
    },
    async markUsed(tokenHash, at) {
      await db.updateTable("registration_request").set({ used_at: at }).where("token_hash", "=", tokenHash).execute();
    },
    async deleteExpired(now) {
      // A used request is kept until it would have expired, so its link answers "used".
      await db.deleteFrom("registration_request").where("expires_at", "<=", now).execute();
    },
  };
}

/** The key of an address in sign_in_failure, in SQL (for the users list); the same as `addressKey` in the application. */
export const addressHashSql = (column: string) => sql<string>`encode(sha256(convert_to(lower(${sql.ref(column)}), 'UTF8')), 'hex')`;

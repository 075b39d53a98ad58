/**
 * Kysely implementations of the application's repositories. Each is bound to one executor:
 * the database itself for reads, or a transaction for use cases that change state.
 */
import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type Transaction } from "kysely";
import type { AreaRepository, AuditEntry, AuditRepository, OutboxEntry, OutboxRepository, ProcessTypeRecord, ProcessTypeRepository, Repositories, UnitOfWork } from "#src/application/shared/ports.ts";
import type { PasswordResetRepository, SessionRepository, UserRepository } from "#src/application/auth/index.ts";
import type { CaseDetail, CaseFilter, CaseRepository, CaseSummary } from "#src/application/cases/index.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import type { ProcessTypeDefinition } from "#src/domain/process-type/definition.ts";
import type { Database, MailOutboxRow } from "./schema.ts";
import { redactSecrets, SECRET_PLACEHOLDER, SECRET_PLACEHOLDER_NOT_SENT } from "#src/domain/mail/secrets.ts";
import type { SecretBox } from "../crypto/secret-box.ts";
import { caseParties, casesOfParty } from "./repositories/case-parties.ts";
import { messageRepository } from "./repositories/messages.ts";
import { committeeRepository } from "./repositories/committee.ts";
import { outreachRepository } from "./repositories/outreach.ts";
import { applicationRepository } from "./repositories/applications.ts";
import { collaborationRepository } from "./repositories/collaboration.ts";
import { proposalRepository } from "./repositories/proposals.ts";
import { executionRepository } from "./repositories/execution.ts";
import { themeRepository } from "./repositories/themes.ts";
import { actorRepository } from "./repositories/actors.ts";
import { coordinationRepository } from "./repositories/coordination.ts";
import { areaIndexRepository } from "./repositories/area-index.ts";
import { administrationRepository } from "./repositories/administration.ts";
import { activityRepository } from "./repositories/activities.ts";
import { viewpointRepository } from "./repositories/viewpoints.ts";
import { lessonRepository, reminderLog } from "./repositories/follow-up.ts";
import { resultsRepository } from "./repositories/results.ts";
import { comparisonRepository, networkRepository } from "./repositories/learning.ts";
import { checkinRepository } from "./repositories/checkins.ts";
import { jobRepository, type QueueHooks } from "./repositories/jobs.ts";
import { addressHashSql, pendingSubmissionRepository, registrationRequestRepository, signInFailureRepository } from "./repositories/account-security.ts";

type Executor = Kysely<Database> | Transaction<Database>;

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

function users(db: Executor): UserRepository {
  return {
    async findCredentialsByEmail(email) {
      const row = await db
        .selectFrom("app_user")
        .select(["id", "email", "password_hash", "disabled_at", "organisation_id"])
        .where(sql`lower(email)`, "=", email.toLowerCase())
        .executeTakeFirst();
      return row && {
        id: row.id,
        email: row.email,
        passwordHash: row.password_hash,
        disabled: row.disabled_at !== null,
        organisationId: row.organisation_id,
      };
    },
    async findActor(userId) {
      const row = await db
        .selectFrom("app_user as u")
        .innerJoin("organisation as o", "o.id", "u.organisation_id")
        .select(["u.id", "u.name", "u.email", "u.role", "u.organisation_id", "o.name as organisation_name"])
        .select(sql<string[]>`array(select sc.committee_id::text from staff_committee sc where sc.user_id = u.id order by sc.committee_id)`.as("committee_ids"))
        .where("u.id", "=", userId)
        .where("u.disabled_at", "is", null)
        .executeTakeFirst();
      if (!row) return undefined;
      const actor: Actor = {
        userId: row.id,
        name: row.name,
        email: row.email,
        role: row.role,
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        committeeIds: row.role === "aktor" ? [] : row.committee_ids,
      };
      return actor;
    },
    async setPasswordHash(userId, hash) {
      await db.updateTable("app_user").set({ password_hash: hash }).where("id", "=", userId).execute();
    },
    async list() {
      const rows = await db
        .selectFrom("app_user as u")
        .innerJoin("organisation as o", "o.id", "u.organisation_id")
        // The lockout is counted per typed address (sign_in_failure, keyed by its hash).
        .leftJoin("sign_in_failure as f", (join) => join.on("f.address_hash", "=", addressHashSql("u.email")))
        .select(["u.id", "u.name", "u.email", "u.role", "o.name as organisation_name", "f.locked_until", "u.disabled_at"])
        .orderBy("u.name")
        .execute();
      return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, role: r.role, organisationName: r.organisation_name, lockedUntil: r.locked_until, disabled: r.disabled_at !== null }));
    },
  };
}

function sessions(db: Executor): SessionRepository {
  return {
    async create(s) {
      await db.insertInto("user_session").values({ token_hash: s.tokenHash, user_id: s.userId, created_at: s.createdAt, last_seen_at: s.createdAt, expires_at: s.expiresAt, user_agent: s.userAgent?.slice(0, 300) ?? null, ip: s.ip }).execute();
    },
    async find(tokenHash) {
      const row = await db.selectFrom("user_session").select(["token_hash", "user_id", "created_at", "expires_at", "last_seen_at"]).where("token_hash", "=", tokenHash).executeTakeFirst();
      return row && { tokenHash: row.token_hash, userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at, lastSeenAt: row.last_seen_at };
    },
    async touch(tokenHash, lastSeenAt, expiresAt) {
      await db.updateTable("user_session").set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where("token_hash", "=", tokenHash).execute();
    },
    async delete(tokenHash) {
      await db.deleteFrom("user_session").where("token_hash", "=", tokenHash).execute();
    },
    async deleteAllForUser(userId) {
      const result = await db.deleteFrom("user_session").where("user_id", "=", userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async countForUser(userId) {
      const row = await db.selectFrom("user_session").select((eb) => eb.fn.countAll<number>().as("n")).where("user_id", "=", userId).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

function passwordResets(db: Executor): PasswordResetRepository {
  return {
    async create(r) {
      await db.insertInto("password_reset").values({ token_hash: r.tokenHash, user_id: r.userId, expires_at: r.expiresAt }).execute();
    },
    async consume(tokenHash, now) {
      const row = await db
        .updateTable("password_reset")
        .set({ used_at: now })
        .where("token_hash", "=", tokenHash)
        .where("used_at", "is", null)
        .where("expires_at", ">", now)
        .returning("user_id")
        .executeTakeFirst();
      return row?.user_id;
    },
    async isUsable(tokenHash, now) {
      const row = await db.selectFrom("password_reset").select("token_hash").where("token_hash", "=", tokenHash).where("used_at", "is", null).where("expires_at", ">", now).executeTakeFirst();
      return row !== undefined;
    },
  };
}

const toAuditEntry = (r: { id: number; occurred_at: Date; actor_label: string; action: string; entity_type: string; entity_id: string; before: unknown; after: unknown }): AuditEntry => ({
  id: r.id,
  occurredAt: r.occurred_at,
  actorLabel: r.actor_label,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  before: r.before,
  after: r.after,
});

function audit(db: Executor): AuditRepository {
  const columns = ["id", "occurred_at", "actor_label", "action", "entity_type", "entity_id", "before", "after"] as const;
  return {
    async append(e) {
      await db
        .insertInto("audit_event")
        .values({
          actor_user_id: e.actor?.userId ?? null,
          actor_label: e.actor ? `${e.actor.name} (${e.actor.email})` : (e.actorLabel ?? "system"),
          action: e.action,
          entity_type: e.entityType,
          entity_id: e.entityId,
          organisation_id: e.organisationId ?? null,
          before: json(e.before),
          after: json(e.after),
          ip: e.ip ?? null,
          request_id: e.requestId ?? null,
        })
        .execute();
    },
    async forEntity(entityType, entityId) {
      const rows = await db.selectFrom("audit_event").select(columns).where("entity_type", "=", entityType).where("entity_id", "=", entityId).orderBy("id", "desc").execute();
      return rows.map(toAuditEntry);
    },
    async latest(limit) {
      const rows = await db.selectFrom("audit_event").select(columns).orderBy("id", "desc").limit(limit).execute();
      return rows.map(toAuditEntry);
    },
    async page(window) {
      const rows = await db.selectFrom("audit_event").select(columns).orderBy("id", "desc").offset(window.offset).limit(window.limit).execute();
      return rows.map(toAuditEntry);
    },
    async count() {
      return Number((await db.selectFrom("audit_event").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
    },
  };
}

const OUTBOX_ENTRY_COLUMNS = ["id", "created_at", "to_address", "subject", "body_text", "status", "attempts", "next_attempt_at", "last_error", "sent_at"] as const;

const toOutboxEntry = (r: Pick<MailOutboxRow, (typeof OUTBOX_ENTRY_COLUMNS)[number]>): OutboxEntry => ({
  id: r.id,
  createdAt: r.created_at,
  to: r.to_address,
  subject: r.subject,
  text: r.body_text,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  sentAt: r.sent_at,
});

/** How long a claimed message is reserved for the worker that claimed it. */
const CLAIM_LEASE_MS = 5 * 60_000;

/** Binds a sealed text to its recipient: it opens for no other row. */
const sealedFor = (to: string) => `mail_outbox:${to}`;

/**
 * The outbox. `body_text` is the copy staff see, secrets hidden (src/domain/mail/secrets.ts);
 * the full text is kept only in `sealed_body`, encrypted by `mailSecrets`, for the delivery.
 * Without `mailSecrets` (no mail server: mail is only kept) the secrets are not stored at all.
 */
function outbox(db: Executor, mailSecrets: SecretBox | undefined, queue?: QueueHooks): OutboxRepository {
  return {
    async enqueue(m) {
      const visible = redactSecrets(m.text, m.secrets, mailSecrets ? SECRET_PLACEHOLDER : SECRET_PLACEHOLDER_NOT_SENT);
      const row = await db
        .insertInto("mail_outbox")
        .values({
          to_address: m.to,
          subject: m.subject,
          body_text: visible.text,
          has_secrets: visible.redacted,
          sealed_body: visible.redacted && mailSecrets ? mailSecrets.seal(m.text, sealedFor(m.to)) : null,
          secrets_expire_at: visible.redacted ? (m.secretsExpireAt ?? null) : null,
          related_entity: m.relatedEntity ?? null,
          status: m.status ?? "pending",
          next_attempt_at: m.at ?? new Date(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      // With the job queue running, the mail's delivery is a job, written in this same transaction.
      if (queue && (m.status ?? "pending") === "pending") await queue.mailQueued(db, row.id, m.at);
      return row.id;
    },
    async claim(id, now) {
      const r = await db
        .updateTable("mail_outbox")
        .set({ next_attempt_at: new Date(now.getTime() + CLAIM_LEASE_MS) })
        .where("id", "=", id)
        .where("status", "=", "pending")
        .returning([...OUTBOX_ENTRY_COLUMNS, "has_secrets", "sealed_body", "secrets_expire_at"])
        .executeTakeFirst();
      if (!r) return undefined;
      const usable = r.sealed_body !== null && (r.secrets_expire_at === null || r.secrets_expire_at > now);
      const deliveryText = !r.has_secrets ? r.body_text : usable && mailSecrets ? (mailSecrets.open(r.sealed_body!, sealedFor(r.to_address)) ?? null) : null;
      return { ...toOutboxEntry(r), deliveryText };
    },
    async reopen(id) {
      const result = await db.updateTable("mail_outbox").set({ status: "pending", next_attempt_at: new Date() }).where("id", "=", id).where("status", "=", "failed").executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async claimDue(now, limit) {
      // The lease moves next_attempt_at forward: another worker (or this one after a crash)
      // takes the message again only when the lease has run out.
      const rows = await db
        .updateTable("mail_outbox")
        .set({ next_attempt_at: new Date(now.getTime() + CLAIM_LEASE_MS) })
        .where("id", "in", (eb) =>
          eb.selectFrom("mail_outbox").select("id").where("status", "=", "pending").where("next_attempt_at", "<=", now).orderBy("next_attempt_at").limit(limit).forUpdate().skipLocked(),
        )
        .returning([...OUTBOX_ENTRY_COLUMNS, "has_secrets", "sealed_body", "secrets_expire_at"])
        .execute();
      return rows.map((r) => {
        const usable = r.sealed_body !== null && (r.secrets_expire_at === null || r.secrets_expire_at > now);
        const deliveryText = !r.has_secrets ? r.body_text : usable && mailSecrets ? (mailSecrets.open(r.sealed_body!, sealedFor(r.to_address)) ?? null) : null;
        return { ...toOutboxEntry(r), deliveryText };
      });
    },
    async markSent(id, at) {
      await db.updateTable("mail_outbox").set((eb) => ({ status: "sent", sent_at: at, attempts: eb("attempts", "+", 1), last_error: null, sealed_body: null })).where("id", "=", id).execute();
    },
    async markFailedAttempt(id, error, nextAttemptAt) {
      await db
        .updateTable("mail_outbox")
        .set((eb) => ({ attempts: eb("attempts", "+", 1), last_error: error, ...(nextAttemptAt ? { next_attempt_at: nextAttemptAt } : { status: "failed" as const, sealed_body: null }) }))
        .where("id", "=", id)
        .execute();
    },
    async wipeSecrets(expiredBy) {
      let query = db.updateTable("mail_outbox").set({ sealed_body: null }).where("sealed_body", "is not", null);
      if (expiredBy) query = query.where("secrets_expire_at", "<=", expiredBy);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async list(limit) {
      const rows = await db.selectFrom("mail_outbox").select(OUTBOX_ENTRY_COLUMNS).orderBy("created_at", "desc").limit(limit).execute();
      return rows.map(toOutboxEntry);
    },
  };
}

function caseSummaryQuery(db: Executor) {
  return db
    .selectFrom("collaboration_case as c")
    .innerJoin("committee as k", "k.id", "c.committee_id")
    .leftJoin("organisation as o", "o.id", "c.applicant_organisation_id")
    .select(["c.id", "c.case_number", "c.title", "c.phase", "c.status", "c.applicant_organisation_id", "o.name as organisation_name", "c.committee_id", "k.code as committee_code", "c.updated_at"])
    .select(sql<string[]>`coalesce((select array_agg(a.code order by a.code) from case_area ca join area a on a.id = ca.area_id where ca.case_id = c.id), '{}')`.as("area_codes"));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof caseSummaryQuery>["executeTakeFirstOrThrow"]>>;
const toCaseSummary = (r: SummaryRow): CaseSummary => ({
  id: r.id,
  caseNumber: r.case_number,
  title: r.title,
  phase: r.phase,
  status: r.status,
  applicantOrganisationId: r.applicant_organisation_id,
  applicantOrganisationName: r.organisation_name,
  committeeId: r.committee_id,
  committeeCode: r.committee_code,
  updatedAt: r.updated_at,
  areaCodes: r.area_codes ?? [],
});

/** The case list's filters, on any query over `collaboration_case as c` joined with `committee as k`. */
function filteredCases<Q extends SelectQueryBuilder<Database & { c: Database["collaboration_case"]; k: Database["committee"] }, "c" | "k", object>>(query: Q, filter: CaseFilter): Q {
  let q = query;
  if (filter.status) q = q.where("c.status", "=", filter.status) as Q;
  if (filter.phase) q = q.where("c.phase", "=", filter.phase) as Q;
  if (filter.phases) q = (filter.phases.length ? q.where("c.phase", "in", [...filter.phases]) : q.where(sql<boolean>`false`)) as Q;
  if (filter.committeeCode) q = q.where("k.code", "=", filter.committeeCode) as Q;
  return q;
}

/** A case the organisation is a party to: the lead applicant or a co-applicant (./repositories/case-parties.ts). */
const partyTo = (db: Executor, organisationId: string) => (eb: ExpressionBuilder<Database & { c: Database["collaboration_case"] }, "c">) => eb("c.id", "in", casesOfParty(db, organisationId));

/**
 * Each case's need in SQL: the lowest index rank among its areas (cases without a ranked area
 * have no row). The ranks come as a parameter (the index is computed in the application), a few
 * dozen areas at most; one hash join over case_area gives every case its need, and PostgreSQL
 * orders every matching case by it before the page is cut (SQL's mirror of `needOf` in
 * src/domain/coordination/equity.ts).
 */
function caseNeeds(ranks: ReadonlyArray<{ areaCode: string; rank: number }>) {
  return sql<{ case_id: string; need: number }>`(select ca.case_id, min(n.rank) as need
      from case_area ca join area a on a.id = ca.area_id
      join unnest(${ranks.map((r) => r.areaCode)}::text[], ${ranks.map((r) => r.rank)}::int[]) as n(code, rank) on n.code = a.code
     group by ca.case_id)`;
}

function cases(db: Executor): CaseRepository {
  return {
    async state(id, opts = {}) {
      let query = db
        .selectFrom("collaboration_case as c")
        .innerJoin("committee as k", "k.id", "c.committee_id")
        .select(["c.id", "c.status", "c.phase", "c.applicant_organisation_id", "c.committee_id", "k.code as committee_code", "c.case_number", "c.process_type_id"])
        .select((eb) => eb.selectFrom(caseParties(db).as("cp")).select(sql<string[]>`coalesce(array_agg(cp.organisation_id order by cp.organisation_id), '{}')`.as("ids")).whereRef("cp.case_id", "=", "c.id").as("parties"))
        .where("c.id", "=", id);
      if (opts.forUpdate) query = query.forUpdate("c");
      const row = await query.executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        status: row.status,
        phase: row.phase,
        applicantOrganisationId: row.applicant_organisation_id,
        partyOrganisationIds: row.parties ?? [],
        committeeId: row.committee_id,
        committeeCode: row.committee_code,
        caseNumber: row.case_number,
        processTypeId: row.process_type_id,
      };
    },
    async committeeCodes() {
      return (await db.selectFrom("committee").select("code").orderBy("code").execute()).map((r) => r.code);
    },
    async setStatus(id, status, at) {
      await db
        .updateTable("collaboration_case")
        .set({ status, updated_at: at, ...(status === "avslutat" ? { ended_on: sql<string>`(${at}::timestamptz at time zone 'Europe/Stockholm')::date` } : {}) })
        .where("id", "=", id)
        .execute();
    },
    async listAll(filter = {}) {
      let query = caseSummaryQuery(db);
      if (filter.status) query = query.where("c.status", "=", filter.status);
      if (filter.phase) query = query.where("c.phase", "=", filter.phase);
      if (filter.committeeCode) query = query.where("k.code", "=", filter.committeeCode);
      return (await query.orderBy("c.updated_at", "desc").limit(filter.limit ?? 500).execute()).map(toCaseSummary);
    },
    async listForOrganisation(organisationId) {
      return (
        await caseSummaryQuery(db)
          .where(partyTo(db, organisationId))
          .orderBy("c.updated_at", "desc")
          .execute()
      ).map(toCaseSummary);
    },
    async pageAll(filter, window, order = {}) {
      // The page's ids first (ordered, cut), then the summaries of those 50 only: the summary's
      // per-case subqueries never run for the rows an OFFSET skips.
      const byNeed = order.byNeed;
      const base = filteredCases(db.selectFrom("collaboration_case as c").innerJoin("committee as k", "k.id", "c.committee_id"), filter);
      const ids = (
        byNeed
          ? base.leftJoin(caseNeeds(byNeed).as("n"), "n.case_id", "c.id").select(["c.id", "c.updated_at", sql<number | null>`n.need`.as("need")]).orderBy(sql`n.need asc nulls last`)
          : base.select(["c.id", "c.updated_at", sql<number | null>`null::int`.as("need")])
      )
        .orderBy("c.updated_at", "desc")
        .orderBy("c.id", "desc")
        .offset(window.offset)
        .limit(window.limit);
      const rows = await caseSummaryQuery(db)
        .innerJoin(ids.as("p"), "p.id", "c.id")
        .orderBy(sql`p.need asc nulls last`)
        .orderBy("p.updated_at", "desc")
        .orderBy("c.id", "desc")
        .execute();
      return rows.map(toCaseSummary);
    },
    async countAll(filter) {
      const query = filteredCases(db.selectFrom("collaboration_case as c").innerJoin("committee as k", "k.id", "c.committee_id"), filter);
      return Number((await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
    },
    async pageForOrganisation(organisationId, window) {
      return (await caseSummaryQuery(db).where(partyTo(db, organisationId)).orderBy("c.updated_at", "desc").orderBy("c.id", "desc").offset(window.offset).limit(window.limit).execute()).map(toCaseSummary);
    },
    async countForOrganisation(organisationId) {
      return Number((await db.selectFrom("collaboration_case as c").where(partyTo(db, organisationId)).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
    },
    async find(id) {
      const row = await caseSummaryQuery(db)
        .leftJoin("app_user as cp", "cp.id", "c.contact_person_id")
        .select([
          "c.summary",
          "cp.name as contact_person_name",
          "cp.id as contact_person_id",
          "cp.email as contact_person_email",
          "c.granted_amount_sek",
          "c.started_on",
          "c.is_demo",
          sql<string | null>`st_asgeojson(c.geom, 6)`.as("geojson"),
          sql<string[]>`coalesce((select array_agg(a.name order by a.name) from case_area ca join area a on a.id = ca.area_id where ca.case_id = c.id), '{}')`.as("area_names"),
        ])
        .where("c.id", "=", id)
        .executeTakeFirst();
      if (!row) return undefined;
      const detail: CaseDetail = {
        ...toCaseSummary(row),
        summary: row.summary,
        contactPersonName: row.contact_person_name,
        contactPersonId: row.contact_person_id,
        contactPersonEmail: row.contact_person_email,
        grantedAmountSek: row.granted_amount_sek,
        startedOn: row.started_on,
        areaNames: row.area_names,
        geometry: row.geojson ? JSON.parse(row.geojson) : null,
        isDemo: row.is_demo,
      };
      return detail;
    },
  };
}

function areas(db: Executor): AreaRepository {
  return {
    async listCurrent(onDate) {
      const rows = await db
        .selectFrom("area as a")
        .select([
          "a.id",
          "a.code",
          "a.name",
          "a.valid_from",
          "a.valid_to",
          "a.source",
          "a.is_invented",
          sql<number>`round((st_area(a.geom::geography) / 1e6)::numeric, 2)::float8`.as("area_km2"),
          sql<number>`(select count(*) from case_area ca where ca.area_id = a.id)::int`.as("case_count"),
        ])
        .where("a.valid_from", "<=", onDate)
        .where((eb) => eb.or([eb("a.valid_to", "is", null), eb("a.valid_to", ">", onDate)]))
        .orderBy("a.code")
        .execute();
      return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, validFrom: r.valid_from, validTo: r.valid_to, source: r.source, isInvented: r.is_invented, areaKm2: Number(r.area_km2), caseCount: Number(r.case_count) }));
    },
    async currentNames(onDate) {
      const rows = await db
        .selectFrom("area as a")
        .select(["a.id", "a.code", "a.name", "a.is_invented"])
        .where("a.valid_from", "<=", onDate)
        .where((eb) => eb.or([eb("a.valid_to", "is", null), eb("a.valid_to", ">", onDate)]))
        .orderBy("a.code")
        .execute();
      return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, isInvented: r.is_invented }));
    },
    async currentShapes(onDate) {
      const rows = await db
        .selectFrom("area as a")
        .select(["a.id", "a.code", "a.name", "a.outline_geojson as geojson"])
        .where("a.valid_from", "<=", onDate)
        .where((eb) => eb.or([eb("a.valid_to", "is", null), eb("a.valid_to", ">", onDate)]))
        .orderBy("a.name")
        .execute();
      return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, geometry: JSON.parse(r.geojson) }));
    },
  };
}

function processTypes(db: Executor): ProcessTypeRepository {
  const toRecord = (r: { id: string; definition: unknown; valid_from: string }): ProcessTypeRecord => ({ id: r.id, definition: r.definition as ProcessTypeDefinition, validFrom: r.valid_from });
  return {
    async current(code, onDate) {
      const row = await db.selectFrom("process_type").select(["id", "definition", "valid_from"]).where("code", "=", code).where("valid_from", "<=", onDate).orderBy("version", "desc").executeTakeFirst();
      return row && toRecord(row);
    },
    async byId(id) {
      const row = await db.selectFrom("process_type").select(["id", "definition", "valid_from"]).where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
    async versions(code) {
      const rows = await db.selectFrom("process_type").select(["id", "definition", "valid_from"]).where("code", "=", code).orderBy("version", "desc").execute();
      return rows.map(toRecord);
    },
    async ensure(definition, validFrom) {
      await db
        .insertInto("process_type")
        .values({ code: definition.code, version: definition.version, definition: JSON.stringify(definition), valid_from: validFrom })
        .onConflict((oc) => oc.columns(["code", "version"]).doNothing())
        .execute();
      const row = await db.selectFrom("process_type").select("id").where("code", "=", definition.code).where("version", "=", definition.version).executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export interface RepositoryOptions {
  /** Seals the secrets of mail for its delivery; leave it out when mail is only kept (no mail server). */
  mailSecrets?: SecretBox;
  /** Told after each transaction that commits (so what was read before can be read again). */
  onCommit?: () => void;
  /** The running job queue (src/adapters/jobs/): mail becomes a job in the transaction that writes it. */
  queue?: QueueHooks;
}

export function repositoriesFor(db: Executor, options: RepositoryOptions = {}): Repositories {
  return {
    users: users(db),
    sessions: sessions(db),
    passwordResets: passwordResets(db),
    audit: audit(db),
    outbox: outbox(db, options.mailSecrets, options.queue),
    cases: cases(db),
    areas: areas(db),
    processTypes: processTypes(db),
    messages: messageRepository(db),
    committee: committeeRepository(db),
    outreach: outreachRepository(db),
    applications: applicationRepository(db),
    coordination: coordinationRepository(db),
    collaboration: collaborationRepository(db),
    proposals: proposalRepository(db),
    index: areaIndexRepository(db),
    administration: administrationRepository(db),
    signInFailures: signInFailureRepository(db),
    pendingSubmissions: pendingSubmissionRepository(db),
    registrations: registrationRequestRepository(db),
    themes: themeRepository(db),
    activities: activityRepository(db),
    viewpoints: viewpointRepository(db),
    actors: actorRepository(db),
    reminders: reminderLog(db),
    lessons: lessonRepository(db),
    results: resultsRepository(db),
    comparison: comparisonRepository(db),
    network: networkRepository(db),
    checkins: checkinRepository(db),
    execution: executionRepository(db),
    jobs: jobRepository(db, options.queue),
  };
}

export class KyselyUnitOfWork implements UnitOfWork {
  readonly #db: Kysely<Database>;
  readonly #options: RepositoryOptions;
  constructor(db: Kysely<Database>, options: RepositoryOptions = {}) {
    this.#db = db;
    this.#options = options;
  }
  async transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    const result = await this.#db.transaction().execute((trx) => work(repositoriesFor(trx, this.#options)));
    this.#options.onCommit?.();
    return result;
  }
  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    return work(repositoriesFor(this.#db, this.#options));
  }
}

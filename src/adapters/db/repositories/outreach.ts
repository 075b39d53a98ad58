import type { Kysely, Transaction } from "kysely";
import { sql } from "kysely";
import type { ContactRequestRecord, InvitationRecord, OrganisationRepository, OutreachRepository } from "#src/application/outreach/index.ts";
import type { ActorType } from "#src/domain/roles.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

const day = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

export function outreachRepository(db: Executor): OutreachRepository & OrganisationRepository {
  const requestQuery = () =>
    db
      .selectFrom("contact_request as r")
      .leftJoin("app_user as u", "u.id", "r.handled_by")
      .leftJoin("collaboration_case as c", "c.id", "r.case_id")
      .select(["r.id", "r.created_at", "r.name", "r.email", "r.phone", "r.organisation_name", "r.actor_type", "r.area_text", "r.message", "r.status", "u.name as handled_by_name", "r.handled_at", "r.meeting_on", "r.case_id", "c.title as case_title"]);
  type Row = Awaited<ReturnType<ReturnType<typeof requestQuery>["execute"]>>[number];
  const toRecord = (r: Row): ContactRequestRecord => ({
    id: r.id,
    createdAt: r.created_at,
    name: r.name,
    email: r.email,
    phone: r.phone,
    organisationName: r.organisation_name,
    actorType: r.actor_type as ActorType | null,
    areaText: r.area_text,
    message: r.message,
    status: r.status,
    handledByName: r.handled_by_name,
    handledAt: r.handled_at,
    meetingOn: day(r.meeting_on),
    caseId: r.case_id,
    caseTitle: r.case_title,
  });
  const invitationQuery = () =>
    db
      .selectFrom("invitation as i")
      .innerJoin("organisation as o", "o.id", "i.inviting_organisation_id")
      .innerJoin("app_user as u", "u.id", "i.invited_by")
      .leftJoin("collaboration_case as c", "c.id", "i.case_id")
      .select(["i.id", "i.case_id", "c.title", "i.inviting_organisation_id", "o.name as org_name", "u.name as user_name", "i.email", "i.organisation_name", "i.created_at", "i.expires_at", "i.accepted_at", "i.accepted_organisation_id", "i.contact_request_id"]);
  type InvRow = Awaited<ReturnType<ReturnType<typeof invitationQuery>["execute"]>>[number];
  const toInvitation = (r: InvRow): InvitationRecord => ({
    id: r.id,
    caseId: r.case_id,
    caseTitle: r.title,
    invitingOrganisationId: r.inviting_organisation_id,
    invitingOrganisationName: r.org_name,
    invitedByName: r.user_name,
    email: r.email,
    organisationName: r.organisation_name,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    acceptedAt: r.accepted_at,
    acceptedOrganisationId: r.accepted_organisation_id,
    contactRequestId: r.contact_request_id,
  });
  return {
    async insertContactRequest(q) {
      const row = await db
        .insertInto("contact_request")
        .values({
          submission_key: q.submissionKey,
          created_at: q.at,
          name: q.name,
          email: q.email,
          phone: q.phone,
          organisation_name: q.organisationName,
          actor_type: q.actorType,
          area_text: q.areaText,
          message: q.message,
        })
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (row) return { id: row.id, created: true };
      const first = await db.selectFrom("contact_request").select("id").where("submission_key", "=", q.submissionKey).executeTakeFirstOrThrow();
      return { id: first.id, created: false };
    },
    async listContactRequests(filter, window) {
      let query = requestQuery();
      if (filter.status) query = query.where("r.status", "=", filter.status);
      return (await query.orderBy("r.created_at", "desc").orderBy("r.id", "desc").offset(window.offset).limit(window.limit).execute()).map(toRecord);
    },
    async findContactRequest(id, opts = {}) {
      let query = requestQuery().where("r.id", "=", id);
      if (opts.forUpdate) query = query.forUpdate("r");
      const row = await query.executeTakeFirst();
      return row && toRecord(row);
    },
    async countContactRequests(status) {
      let query = db.selectFrom("contact_request").select((eb) => eb.fn.countAll<number>().as("n"));
      if (status) query = query.where("status", "=", status);
      return Number((await query.executeTakeFirstOrThrow()).n);
    },
    async updateContactRequest(id, c) {
      await db
        .updateTable("contact_request")
        .set({ status: c.status, handled_by: c.handledBy, handled_at: c.at, ...(c.meetingOn !== undefined ? { meeting_on: c.meetingOn } : {}) })
        .where("id", "=", id)
        .execute();
    },
    async notesForContactRequest(id) {
      const rows = await db
        .selectFrom("case_note as n")
        .innerJoin("app_user as u", "u.id", "n.author_user_id")
        .select(["n.id", "n.body", "n.meeting_on", "u.name", "n.created_at"])
        .where("n.contact_request_id", "=", id)
        .orderBy("n.created_at", "desc")
        .execute();
      return rows.map((r) => ({ id: r.id, body: r.body, meetingOn: day(r.meeting_on), authorName: r.name, createdAt: r.created_at }));
    },
    async applicationSeed(contactRequestId, organisationId) {
      const row = await db
        .selectFrom("contact_request as r")
        .select(["r.id", "r.area_text", "r.message", "r.handled_by", "r.case_id"])
        .where("r.id", "=", contactRequestId)
        .where((eb) => eb.exists(eb.selectFrom("invitation as i").select("i.id").whereRef("i.contact_request_id", "=", "r.id").where("i.accepted_organisation_id", "=", organisationId)))
        .executeTakeFirst();
      return row && { contactRequestId: row.id, areaText: row.area_text, message: row.message, handledBy: row.handled_by, caseId: row.case_id };
    },
    async linkContactRequestToCase(contactRequestId, caseId) {
      await db.updateTable("contact_request").set({ case_id: caseId }).where("id", "=", contactRequestId).execute();
    },
    async invitationsToApply(contactRequestId) {
      return (await invitationQuery().where("i.contact_request_id", "=", contactRequestId).orderBy("i.created_at", "desc").execute()).map(toInvitation);
    },
    async createApplyInvitation(i) {
      const row = await db
        .insertInto("invitation")
        .values({ token_hash: i.tokenHash, case_id: null, contact_request_id: i.contactRequestId, inviting_organisation_id: i.invitingOrganisationId, invited_by: i.invitedBy, email: i.email, organisation_name: i.organisationName, expires_at: i.expiresAt, submission_key: i.submissionKey })
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (row) return { id: row.id, created: true };
      const first = await db.selectFrom("invitation").select(["id", "contact_request_id"]).where("submission_key", "=", i.submissionKey).executeTakeFirstOrThrow();
      return { id: first.contact_request_id === i.contactRequestId ? first.id : "", created: false };
    },
    async contactRequestForCase(caseId) {
      return db.selectFrom("contact_request").select(["id", "name"]).where("case_id", "=", caseId).orderBy("created_at").executeTakeFirst();
    },
    async addContactNote(n) {
      const row = await db
        .insertInto("case_note")
        .values({ contact_request_id: n.contactRequestId, author_user_id: n.authorUserId, body: n.body, meeting_on: n.meetingOn, submission_key: n.submissionKey, created_at: n.at })
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (row) return { id: row.id, created: true, contactRequestId: n.contactRequestId };
      const first = await db.selectFrom("case_note").select(["id", "contact_request_id"]).where("submission_key", "=", n.submissionKey).executeTakeFirstOrThrow();
      return { id: first.id, created: false, contactRequestId: first.contact_request_id ?? "" };
    },
    async emailTaken(email) {
      const row = await db.selectFrom("app_user").select("id").where(sql`lower(email)`, "=", email.toLowerCase()).executeTakeFirst();
      return row !== undefined;
    },
    async createOrganisation(o) {
      return (await db.insertInto("organisation").values({ name: o.name, kind: "aktor", actor_type: o.actorType, org_number: o.orgNumber, committee_id: null }).returning("id").executeTakeFirstOrThrow()).id;
    },
    async createUser(u) {
      return (await db.insertInto("app_user").values({ name: u.name, email: u.email, role: "aktor", organisation_id: u.organisationId, password_hash: u.passwordHash }).returning("id").executeTakeFirstOrThrow()).id;
    },
    async organisation(id) {
      const row = await db.selectFrom("organisation").select(["id", "name", "actor_type", "org_number"]).where("id", "=", id).executeTakeFirst();
      return row && { id: row.id, name: row.name, actorType: row.actor_type as ActorType | null, orgNumber: row.org_number };
    },
    async members(organisationId) {
      return db.selectFrom("app_user").select(["id", "name", "email"]).where("organisation_id", "=", organisationId).where("disabled_at", "is", null).orderBy("name").execute();
    },
    async createInvitation(i) {
      return (
        await db
          .insertInto("invitation")
          .values({ token_hash: i.tokenHash, case_id: i.caseId, inviting_organisation_id: i.invitingOrganisationId, invited_by: i.invitedBy, email: i.email, organisation_name: i.organisationName, expires_at: i.expiresAt })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    },
    async invitationByTokenHash(tokenHash, opts = {}) {
      let query = invitationQuery().where("i.token_hash", "=", tokenHash);
      if (opts.forUpdate) query = query.forUpdate("i");
      const row = await query.executeTakeFirst();
      return row && toInvitation(row);
    },
    async markInvitationAccepted(id, organisationId, at) {
      await db.updateTable("invitation").set({ accepted_at: at, accepted_organisation_id: organisationId }).where("id", "=", id).execute();
    },
    async invitationsFrom(organisationId) {
      return (await invitationQuery().where("i.inviting_organisation_id", "=", organisationId).orderBy("i.created_at", "desc").execute()).map(toInvitation);
    },
    async invitationsForCase(caseId) {
      return (await invitationQuery().where("i.case_id", "=", caseId).orderBy("i.created_at", "desc").execute()).map(toInvitation);
    },
    async addParty(caseId, organisationId, role) {
      await db.insertInto("application_party").values({ case_id: caseId, organisation_id: organisationId, role }).onConflict((oc) => oc.columns(["case_id", "organisation_id"]).doNothing()).execute();
    },
    async parties(caseId) {
      const rows = await db
        .selectFrom("application_party as p")
        .innerJoin("organisation as o", "o.id", "p.organisation_id")
        .select(["p.organisation_id", "o.name", "p.role"])
        .where("p.case_id", "=", caseId)
        .orderBy("p.joined_at")
        .execute();
      return rows.map((r) => ({ organisationId: r.organisation_id, name: r.name, role: r.role }));
    },
  };
}

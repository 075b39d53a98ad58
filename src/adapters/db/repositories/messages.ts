import type { Kysely, Transaction } from "kysely";
import type { CaseMessage, MessageRepository } from "#src/application/cases/index.ts";
import type { Database } from "../schema.ts";
import { partyUserEmails } from "./case-parties.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export function messageRepository(db: Executor): MessageRepository {
  return {
    async forCase(caseId) {
      const rows = await db
        .selectFrom("case_message as m")
        .innerJoin("app_user as u", "u.id", "m.author_user_id")
        .innerJoin("organisation as o", "o.id", "u.organisation_id")
        .select(["m.id", "m.kind", "m.body", "m.created_at", "u.name as author_name", "u.role as author_role", "o.name as organisation_name"])
        .where("m.case_id", "=", caseId)
        .orderBy("m.created_at")
        .orderBy("m.id")
        .execute();
      return rows.map(
        (r): CaseMessage => ({ id: r.id, kind: r.kind, body: r.body, createdAt: r.created_at, authorName: r.author_name, authorIsStaff: r.author_role !== "aktor", organisationName: r.organisation_name }),
      );
    },
    async findBySubmissionKey(key) {
      const row = await db.selectFrom("case_message").select(["id", "case_id"]).where("submission_key", "=", key).executeTakeFirst();
      return row && { id: row.id, caseId: row.case_id };
    },
    async add(m) {
      const row = await db
        .insertInto("case_message")
        .values({ case_id: m.caseId, author_user_id: m.authorUserId, kind: m.kind, body: m.body, submission_key: m.submissionKey, created_at: m.at })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async recipientsForCase(caseId) {
      const contact = await db
        .selectFrom("collaboration_case as c")
        .innerJoin("app_user as u", "u.id", "c.contact_person_id")
        .select("u.email")
        .where("c.id", "=", caseId)
        .where("u.disabled_at", "is", null)
        .executeTakeFirst();
      return { applicantEmails: await partyUserEmails(db, caseId), contactPersonEmail: contact?.email ?? null };
    },
  };
}

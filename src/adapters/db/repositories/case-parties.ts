/**
 * Who is a party to a case, in SQL: the lead applicant's organisation and the co-applicant
 * organisations. The rule lives in the access policy (`isParty` in src/domain/access/policy.ts);
 * this is its one mirror in SQL, shared by every query that needs "the cases of an organisation"
 * or "the organisations (and their users) of a case". tests/integration/case-parties.test.ts
 * checks that both agree for a lead applicant, a co-applicant and an outsider.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** Every (case, organisation) pair where the organisation is a party to the case. */
export function caseParties(db: Executor) {
  return db
    .selectFrom("application_party")
    .select(["case_id", "organisation_id"])
    .union(
      db
        .selectFrom("collaboration_case")
        .select(["id as case_id", "applicant_organisation_id as organisation_id"])
        .where("applicant_organisation_id", "is not", null)
        .$narrowType<{ organisation_id: string }>(),
    );
}

/** The cases the organisation is a party to (ids, for `c.id in (…)`). */
export function casesOfParty(db: Executor, organisationId: string) {
  return db.selectFrom(caseParties(db).as("cp")).select("cp.case_id").where("cp.organisation_id", "=", organisationId);
}

/** The organisations party to the case (ids, for `… in (…)`). */
export function partiesOfCase(db: Executor, caseId: string) {
  return db.selectFrom(caseParties(db).as("cp")).select("cp.organisation_id").where("cp.case_id", "=", caseId);
}

/**
 * The e-mail addresses of the active applicant users of the case's parties, each once, sorted:
 * whom the applicant side of a case is told through.
 */
export async function partyUserEmails(db: Executor, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("app_user as u")
    .select("u.email")
    .distinct()
    .where("u.role", "=", "aktor")
    .where("u.disabled_at", "is", null)
    .where("u.organisation_id", "in", partiesOfCase(db, caseId))
    .orderBy("u.email")
    .execute();
  return rows.map((r) => r.email);
}

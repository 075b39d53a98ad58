import { sql, type Kysely } from "kysely";

/**
 * The path around a case and a contact request:
 *
 * - `invitation.contact_request_id`: an invitation to apply, sent by the city's contact person
 *   from a contact request. Accepting it creates (or joins) the requester's organisation and
 *   starts an application draft prefilled from the request; `contact_request.case_id` (from
 *   0002) then links the request to that case.
 * - `invitation.submission_key`: the same invitation form posted twice sends one invitation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table invitation add column contact_request_id uuid references contact_request(id) on delete cascade`.execute(db);
  await sql`alter table invitation add column submission_key text unique`.execute(db);
  await sql`create index invitation_contact_request_idx on invitation (contact_request_id) where contact_request_id is not null`.execute(db);
  await sql`create index contact_request_case_idx on contact_request (case_id) where case_id is not null`.execute(db);
}

import { sql, type Kysely } from "kysely";

/**
 * The register's reading of status, corrected (the rule's home is
 * src/domain/coordination/register-status.ts; these functions mirror it, and a test runs the
 * same cases through both):
 *
 * - `register_process_status`: a local process whose end date has passed has ended.
 * - `register_case_status` (new version, with the latest decision's outcome): an approved case
 *   follows its phase (samarbete, utförande, resultat = pågående; avslutad = avslutad); a closed,
 *   withdrawn or rejected case has ended. The old version read every approved case as pågående
 *   forever and the phases resultat and avslutad as planerad.
 * - `register_case_ends_on`: the day the case was closed (the new column `ended_on`, recorded
 *   from now on when a case's status becomes avslutat, and filled in here from the audit log for
 *   cases already closed), else the day of a rejection.
 *
 * The view `process_register` reads through them; "today" is the date in Stockholm.
 *
 * Also indexes for the paged lists (docs/decisions/0006-lists-paging.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table collaboration_case add column ended_on date`.execute(db);
  await sql`
    update collaboration_case c
       set ended_on = (select (max(e.occurred_at) at time zone 'Europe/Stockholm')::date
                         from audit_event e
                        where e.entity_type = 'case' and e.entity_id = c.id::text and e.action in ('case.close', 'case.withdraw'))
     where c.status = 'avslutat'`.execute(db);

  await sql`
    create function register_process_status(status text, ends_on date, on_date date) returns text
      language sql immutable as $$
        select case when status = 'avslutad' or ends_on < on_date then 'avslutad' else status end
      $$`.execute(db);
  await sql`
    create function register_case_status(status text, phase text, last_outcome text) returns text
      language sql immutable as $$
        select case
          when status = 'avslutat' or phase = 'avslutad' then 'avslutad'
          when phase in ('samarbete', 'utforande', 'resultat') then 'pagaende'
          when status = 'beslutat' and last_outcome = 'avslag' then 'avslutad'
          else 'planerad' end
      $$`.execute(db);
  await sql`
    create function register_case_ends_on(ended_on date, status text, phase text, last_outcome text, last_decided_on date) returns date
      language sql immutable as $$
        select coalesce(ended_on, case when register_case_status(status, phase, last_outcome) = 'avslutad' and last_outcome = 'avslag' then last_decided_on end)
      $$`.execute(db);

  // The same columns in the same order as before (create or replace keeps what depends on it).
  await sql`
    create or replace view process_register as
      select p.id, 'process'::text as kind, p.name, p.owner_kind, p.owner_name, p.contact_name, p.contact_email,
             p.themes, p.geom, p.starts_on, p.ends_on,
             register_process_status(p.status, p.ends_on, (now() at time zone 'Europe/Stockholm')::date) as status,
             p.link, null::uuid as case_id, null::text as case_number, p.is_demo
        from local_process p
      union all
      select c.id, 'case'::text, c.title, 'namnd'::text, k.name_sv, cp.name, cp.email,
             c.themes, c.geom,
             register_case_starts_on(c.started_on, c.submitted_at, c.created_at),
             register_case_ends_on(c.ended_on, c.status, c.phase, d.outcome, d.decided_on),
             register_case_status(c.status, c.phase, d.outcome),
             null::text, c.id, c.case_number, c.is_demo
        from collaboration_case c
        join committee k on k.id = c.committee_id
        left join app_user cp on cp.id = c.contact_person_id
        left join lateral (select x.outcome, x.decided_on from decision x where x.case_id = c.id order by x.decided_on desc, x.created_at desc limit 1) d on true
       where c.status <> 'utkast'`.execute(db);

  await sql`drop function register_case_status(text, text)`.execute(db);

  // The paged lists' orders (the latest change or arrival first, the id breaking ties), so a
  // page is read from an index instead of sorting every row.
  await sql`create index collaboration_case_updated_idx on collaboration_case (updated_at desc, id desc)`.execute(db);
  await sql`create index contact_request_created_idx on contact_request (created_at desc, id desc)`.execute(db);
}

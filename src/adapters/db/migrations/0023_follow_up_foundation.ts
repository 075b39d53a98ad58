import { type Kysely, sql } from "kysely";

/**
 * The ground the later phases share (issue 12):
 * - `reminder_sent`: one row per reminder sent (what kind, about what, for which occasion — e.g.
 *   a check-in "1 day before" or an action "overdue"). Reminders are found by sweeps that read
 *   the current data (a moved check-in is reminded at its new time; a cancelled one not at all);
 *   claiming the row in the transaction that writes the mail to the outbox makes each reminder
 *   go once, however often the sweep runs or the server restarts.
 * - `lesson`: the library of lessons across processes, searched in Swedish (PostgreSQL's
 *   `swedish` text search configuration, which PGlite ships too). A lesson comes from a result
 *   report, a yearly follow-up, a network meeting, or is written by hand.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table reminder_sent (
      kind text not null check (length(kind) between 1 and 60),
      subject_id uuid not null,
      occasion text not null check (length(occasion) between 1 and 100),
      sent_at timestamptz not null default now(),
      primary key (kind, subject_id, occasion)
    )`.execute(db);
  await sql`
    create table lesson (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      source text not null check (source in ('resultatrapport', 'arsuppfoljning', 'natverk', 'manuell')),
      title text not null check (length(title) between 1 and 200),
      body text not null check (length(body) between 1 and 20000),
      phase text not null,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      search tsvector generated always as (to_tsvector('swedish', title || ' ' || body)) stored
    )`.execute(db);
  await sql`create index lesson_search_idx on lesson using gin (search)`.execute(db);
  await sql`create index lesson_case_idx on lesson (case_id)`.execute(db);
}

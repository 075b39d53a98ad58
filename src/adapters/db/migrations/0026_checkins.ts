import { type Kysely, sql } from "kysely";

/**
 * Check-ins (avstämningar) of a running process (issue 12, seed 002: "Kontaktperson ansvarar för
 * att under utförandefasen genomföra avstämningar med ansvarig grupp"):
 * - `checkin`: one meeting of the contact person with the group — its time (UTC), place or
 *   meeting link, status (planerad / installd), the notes written after it, and the calendar
 *   file's sequence (bumped when it is moved or cancelled). A recurring schedule makes one row
 *   per occurrence with the same `series_id`, each moved or cancelled alone; `submission_key` with
 *   `occurrence` makes a form sent twice schedule once.
 * - `checkin_agenda_item`: the agenda, point by point; the contact person and the group add to it.
 * - `checkin_action`: the agreed actions (överenskomna åtgärder), each with an owner (a user, or
 *   a person named as text) and a due date; done when `done_at` is set.
 * Reminders of check-ins and actions go once each through `reminder_sent` (migration 0023).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table checkin (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      series_id uuid,
      occurrence integer not null default 1 check (occurrence between 1 and 100),
      title text not null check (length(title) between 1 and 200),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      place text check (place is null or length(place) between 1 and 300),
      meeting_link text check (meeting_link is null or length(meeting_link) between 1 and 500),
      status text not null default 'planerad' check (status in ('planerad', 'installd')),
      sequence integer not null default 0 check (sequence >= 0),
      notes text not null default '' check (length(notes) <= 20000),
      notes_by uuid references app_user(id),
      notes_at timestamptz,
      submission_key uuid,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at > starts_at),
      unique (submission_key, occurrence)
    )`.execute(db);
  await sql`create index checkin_case_idx on checkin (case_id, starts_at)`.execute(db);
  await sql`create index checkin_coming_idx on checkin (starts_at) where status = 'planerad'`.execute(db);
  await sql`
    create table checkin_agenda_item (
      id uuid primary key default gen_random_uuid(),
      seq integer generated always as identity,
      checkin_id uuid not null references checkin(id) on delete cascade,
      body text not null check (length(body) between 1 and 1000),
      added_by uuid references app_user(id),
      submission_key uuid unique,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index checkin_agenda_item_checkin_idx on checkin_agenda_item (checkin_id, seq)`.execute(db);
  await sql`
    create table checkin_action (
      id uuid primary key default gen_random_uuid(),
      seq integer generated always as identity,
      checkin_id uuid not null references checkin(id) on delete cascade,
      case_id uuid not null references collaboration_case(id) on delete cascade,
      title text not null check (length(title) between 1 and 500),
      owner_user_id uuid references app_user(id),
      owner_name text check (owner_name is null or length(owner_name) between 1 and 200),
      due_on date not null,
      done_at timestamptz,
      done_by uuid references app_user(id),
      submission_key uuid unique,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      check ((owner_user_id is null) <> (owner_name is null))
    )`.execute(db);
  await sql`create index checkin_action_checkin_idx on checkin_action (checkin_id, seq)`.execute(db);
  await sql`create index checkin_action_open_idx on checkin_action (due_on) where done_at is null`.execute(db);
  await sql`create index checkin_action_case_idx on checkin_action (case_id, due_on)`.execute(db);
}

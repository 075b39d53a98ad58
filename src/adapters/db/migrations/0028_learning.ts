import { type Kysely, sql } from "kysely";

/**
 * Learning across processes (issue 12), beside the `lesson` table of 0023:
 * - `lesson.submission_key`: the hand-written lesson's form key, so a double submit adds one lesson.
 * - `network_meeting`: the contact person's network of actors meets for exchange of experience
 *   (seed 002): a time, a place, an agenda, and the notes afterwards. `public_slug` is the
 *   meeting's unguessable address for its calendar file, which the invitation links to (the
 *   invited actors have no account). `submission_key` makes a double submit plan one meeting.
 * - `network_invitation`: who was invited (an actor of some process, by its e-mail at the time),
 *   once per address and meeting.
 * - `network_meeting_lesson`: the meeting's notes made a lesson of a process, once per process.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table lesson add column submission_key uuid unique`.execute(db);
  await sql`
    create table network_meeting (
      id uuid primary key default gen_random_uuid(),
      title text not null check (length(title) between 1 and 200),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      place text not null check (length(place) between 1 and 300),
      agenda text not null default '' check (length(agenda) <= 5000),
      notes text not null default '' check (length(notes) <= 20000),
      notes_updated_at timestamptz,
      public_slug text not null unique,
      submission_key uuid unique,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at > starts_at)
    )`.execute(db);
  await sql`create index network_meeting_starts_idx on network_meeting (starts_at)`.execute(db);
  await sql`
    create table network_invitation (
      meeting_id uuid not null references network_meeting(id) on delete cascade,
      email text not null check (length(email) between 3 and 320),
      name text not null,
      process_actor_id uuid references process_actor(id) on delete set null,
      organisation_id uuid references organisation(id) on delete set null,
      invited_by uuid references app_user(id),
      invited_at timestamptz not null default now(),
      primary key (meeting_id, email)
    )`.execute(db);
  await sql`
    create table network_meeting_lesson (
      meeting_id uuid not null references network_meeting(id) on delete cascade,
      case_id uuid not null references collaboration_case(id) on delete cascade,
      lesson_id uuid not null references lesson(id) on delete cascade,
      primary key (meeting_id, case_id)
    )`.execute(db);
}

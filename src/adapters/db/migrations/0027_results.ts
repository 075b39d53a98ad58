import { type Kysely, sql } from "kysely";

/**
 * The resultatfas and the yearly follow-up (issue 12):
 * - `result_report`: the group's result and effect report (resultat- och effektmätning, seed 002),
 *   one per process, its seven answers, and its step (utkast → inskickad → godkand; sent back to
 *   an utkast with the contact person's reason).
 * - `process_indicator`: the area index's indicators a process follows from its start to its end
 *   (seed 004: societal measures rather than activity measures).
 * - `association_report`: an actors' association's annual report (verksamhetsberättelse) and
 *   financial statement (ekonomisk berättelse) per year; the content is a `stored_file`, like the
 *   application's attachments.
 * - `process_goal`, `goal_plan`, `yearly_follow_up`, `yearly_goal_value`: a multi-year process's
 *   goals with target values, and its follow-up per calendar year.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table result_report (
      case_id uuid primary key references collaboration_case(id) on delete cascade,
      status text not null default 'utkast' check (status in ('utkast', 'inskickad', 'godkand')),
      answer_1 text not null default '' check (length(answer_1) <= 10000),
      answer_2 text not null default '' check (length(answer_2) <= 10000),
      answer_3 text not null default '' check (length(answer_3) <= 10000),
      answer_4 text not null default '' check (length(answer_4) <= 10000),
      answer_5 text not null default '' check (length(answer_5) <= 10000),
      answer_6 text not null default '' check (length(answer_6) <= 10000),
      answer_7 text not null default '' check (length(answer_7) <= 10000),
      returned_reason text check (length(returned_reason) <= 2000),
      sent_at timestamptz,
      sent_by uuid references app_user(id),
      approved_at timestamptz,
      approved_by uuid references app_user(id),
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table process_indicator (
      case_id uuid not null references collaboration_case(id) on delete cascade,
      indicator_key text not null check (length(indicator_key) between 1 and 100),
      chosen_by uuid references app_user(id),
      chosen_at timestamptz not null default now(),
      primary key (case_id, indicator_key)
    )`.execute(db);
  await sql`
    create table association_report (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      year integer not null check (year between 2000 and 2100),
      kind text not null check (kind in ('verksamhetsberattelse', 'ekonomisk_berattelse')),
      filename text not null check (length(filename) between 1 and 200),
      media_type text not null,
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null references stored_file(sha256),
      uploaded_by uuid references app_user(id),
      uploaded_at timestamptz not null default now(),
      submission_key uuid unique
    )`.execute(db);
  await sql`create index association_report_case_idx on association_report (case_id, year)`.execute(db);
  await sql`
    create table goal_plan (
      case_id uuid primary key references collaboration_case(id) on delete cascade,
      multi_year boolean not null,
      set_by uuid references app_user(id),
      set_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table process_goal (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      goal text not null check (length(goal) between 1 and 300),
      measure text not null check (length(measure) between 1 and 300),
      unit text not null check (length(unit) between 1 and 50),
      baseline double precision not null,
      target double precision not null,
      target_year integer not null check (target_year between 2000 and 2100),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      submission_key uuid unique
    )`.execute(db);
  await sql`create index process_goal_case_idx on process_goal (case_id)`.execute(db);
  await sql`
    create table yearly_follow_up (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      year integer not null check (year between 2000 and 2100),
      summary text not null check (length(summary) between 1 and 10000),
      learned text not null default '' check (length(learned) <= 10000),
      submitted_by uuid references app_user(id),
      submitted_at timestamptz not null default now(),
      unique (case_id, year)
    )`.execute(db);
  await sql`
    create table yearly_goal_value (
      follow_up_id uuid not null references yearly_follow_up(id) on delete cascade,
      goal_id uuid not null references process_goal(id) on delete cascade,
      value double precision,
      primary key (follow_up_id, goal_id)
    )`.execute(db);
}

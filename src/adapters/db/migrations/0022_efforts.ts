import { type Kysely, sql } from "kysely";

/**
 * The group's proposal of efforts (insatser) and the committee's second decision on them
 * (issue 11; the rules: src/domain/collaboration/proposal.ts). One proposal per process, with its
 * steps (utkast → inskickat → klar_for_namnd → beslutat), the city's assessment and the
 * child-impact analysis in brief; its efforts with budget lines and milestones; per effort the
 * officer's recommendation and the committee's verdict (approved, the city's contribution). The
 * approved efforts are the execution plan. An effort names the dialogue's themes it answers.
 *
 * An agenda item now says which decision it is for (the application's or the efforts'), so a
 * process can come before the committee twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table effort_proposal (
      case_id uuid primary key references collaboration_case(id) on delete cascade,
      status text not null default 'utkast' check (status in ('utkast', 'inskickat', 'klar_for_namnd', 'beslutat')),
      sent_at timestamptz,
      sent_by uuid references app_user(id),
      returned_reason text check (returned_reason is null or length(returned_reason) between 1 and 2000),
      assessment text not null default '' check (length(assessment) <= 20000),
      child_impact text not null default '' check (length(child_impact) <= 20000),
      assessed_by uuid references app_user(id),
      assessed_at timestamptz,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table effort (
      id uuid primary key default gen_random_uuid(),
      -- The order the group added them in (timestamps may tie).
      seq bigint generated always as identity,
      case_id uuid not null references effort_proposal(case_id) on delete cascade,
      title text not null check (length(title) between 1 and 200),
      description text not null default '' check (length(description) <= 5000),
      responsible text not null check (length(responsible) between 1 and 200),
      starts_on date not null,
      ends_on date not null,
      recommended boolean,
      recommended_city_sek bigint check (recommended_city_sek is null or recommended_city_sek >= 0),
      approved boolean,
      approved_city_sek bigint check (approved_city_sek is null or approved_city_sek >= 0),
      submission_key uuid unique,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_on >= starts_on),
      check (approved is true or approved_city_sek is null)
    )`.execute(db);
  await sql`create index effort_case_idx on effort (case_id, seq)`.execute(db);
  await sql`
    create table effort_budget_line (
      id uuid primary key default gen_random_uuid(),
      seq bigint generated always as identity,
      effort_id uuid not null references effort(id) on delete cascade,
      funder text not null check (funder in ('stad', 'aktor')),
      form text not null check (form in ('pengar', 'resurs')),
      contributor text not null check (length(contributor) between 1 and 200),
      description text not null default '' check (length(description) <= 1000),
      amount_sek bigint check (amount_sek is null or amount_sek >= 0),
      created_at timestamptz not null default now(),
      check (form <> 'pengar' or amount_sek > 0)
    )`.execute(db);
  await sql`create index effort_budget_line_effort_idx on effort_budget_line (effort_id, seq)`.execute(db);
  await sql`
    create table effort_milestone (
      id uuid primary key default gen_random_uuid(),
      effort_id uuid not null references effort(id) on delete cascade,
      title text not null check (length(title) between 1 and 200),
      due_on date not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index effort_milestone_effort_idx on effort_milestone (effort_id, due_on, id)`.execute(db);

  // The dialogue's themes an effort answers ("Vi frågade, ni sa, vi gör").
  await sql`
    create table effort_theme (
      effort_id uuid not null references effort(id) on delete cascade,
      theme_id uuid not null references process_theme(id) on delete cascade,
      primary key (effort_id, theme_id)
    )`.execute(db);
  await sql`create index effort_theme_theme_idx on effort_theme (theme_id)`.execute(db);

  await sql`alter table agenda_item add column decision_point text not null default 'ansokan' check (decision_point in ('ansokan', 'insatser'))`.execute(db);
  await sql`alter table agenda_item drop constraint agenda_item_meeting_id_case_id_key`.execute(db);
  await sql`alter table agenda_item add constraint agenda_item_meeting_case_point_key unique (meeting_id, case_id, decision_point)`.execute(db);
}

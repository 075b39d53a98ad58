import { type Kysely, sql } from "kysely";

/**
 * The themes of a running process's viewpoints (issue 11; the suggestion:
 * src/domain/dialogue/themes.ts). A theme is suggested by the system (origin 'forslag') or added
 * by a person ('person'); a person accepts (godkant) or rejects (avvisat) it, renames it, or
 * merges it into another (merged_into, its tags moved there). A suggestion nobody has decided on
 * (decided_at null, no tag set by a person) may be replaced when the suggestion is run again.
 *
 * `viewpoint_theme` tags a viewpoint with a theme: by the suggestion ('forslag') or by a person
 * ('person'). A viewpoint may have 0..n themes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table process_theme (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      name text not null check (length(name) between 1 and 120),
      status text not null default 'forslag' check (status in ('forslag', 'godkant', 'avvisat')),
      origin text not null check (origin in ('forslag', 'person')),
      keywords text[] not null default '{}',
      keyword_stems text[] not null default '{}',
      merged_into uuid references process_theme(id) on delete set null,
      submission_key uuid unique,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      decided_by uuid references app_user(id),
      decided_at timestamptz,
      updated_at timestamptz not null default now(),
      check (merged_into is null or merged_into <> id)
    )`.execute(db);
  await sql`create index process_theme_case_idx on process_theme (case_id, status)`.execute(db);
  await sql`
    create table viewpoint_theme (
      viewpoint_id uuid not null references viewpoint(id) on delete cascade,
      theme_id uuid not null references process_theme(id) on delete cascade,
      how text not null check (how in ('forslag', 'person')),
      tagged_by uuid references app_user(id),
      tagged_at timestamptz not null default now(),
      primary key (viewpoint_id, theme_id)
    )`.execute(db);
  await sql`create index viewpoint_theme_theme_idx on viewpoint_theme (theme_id)`.execute(db);
}

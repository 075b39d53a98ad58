import { sql, type Kysely } from "kysely";

/**
 * The area index (index för områdeslyft) in the database:
 *
 * - `index_configuration`: every version of the configuration an analyst has saved (the JSON
 *   that `validateIndexConfig` accepted), numbered 1, 2, 3 … and never changed afterwards; at
 *   most one is active (a partial unique index), and that one is what the index pages compute.
 * - `index_import`: one row per imported file (who, when, which file, how many rows).
 * - `indicator_value`: one value per area, indicator, year and breakdown (sex, age band,
 *   disability; '' = the total, so the unique key works the same on every PostgreSQL). A later
 *   import of the same key replaces the value and records its own batch.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table index_configuration (
      id uuid primary key default gen_random_uuid(),
      version integer not null unique check (version > 0),
      name text not null check (length(name) between 1 and 200),
      definition jsonb not null,
      is_active boolean not null default false,
      is_demo boolean not null default false,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index index_configuration_one_active on index_configuration (is_active) where is_active`.execute(db);

  await sql`
    create table index_import (
      id uuid primary key default gen_random_uuid(),
      file_name text not null,
      format text not null check (format in ('csv', 'jsonstat')),
      source text not null,
      row_count integer not null check (row_count >= 0),
      is_demo boolean not null default false,
      imported_by uuid references app_user(id),
      imported_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table indicator_value (
      id bigint generated always as identity primary key,
      area_code text not null check (area_code <> ''),
      indicator_key text not null check (indicator_key <> ''),
      year integer not null check (year between 1000 and 9999),
      value double precision,
      count bigint check (count >= 0),
      denominator bigint check (denominator >= 0),
      sex text not null default '',
      age_band text not null default '',
      disability text not null default '',
      source text not null,
      imported_at timestamptz not null,
      import_id uuid not null references index_import(id),
      unique (area_code, indicator_key, year, sex, age_band, disability)
    )`.execute(db);
  await sql`create index indicator_value_import_idx on indicator_value (import_id)`.execute(db);
}

import { sql, type Kysely } from "kysely";

/**
 * The application form: stored file contents (attachments live in the database, in the same
 * transaction as their metadata, so a crash mid-upload leaves nothing half-written), and the
 * case number sequence seeded from numbers already in use (demo or imported cases), so the
 * first allocated number never collides with one that exists.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table stored_file (
      sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
      bytes bytea not null,
      size_bytes integer not null check (size_bytes > 0),
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`alter table attachment add column submission_key text unique`.execute(db);
  await sql`alter table application add column area_file_name text`.execute(db);

  await sql`
    insert into case_number_sequence (committee_id, year, last_value)
    select k.id, substring(c.case_number from '-(\\d{4})-')::int, max(substring(c.case_number from '-(\\d{5})$')::int)
      from collaboration_case c join committee k on k.id = c.committee_id
     where c.case_number ~ ('^' || k.code || '-\\d{4}-\\d{5}$')
     group by k.id, substring(c.case_number from '-(\\d{4})-')::int
    on conflict (committee_id, year) do update set last_value = greatest(case_number_sequence.last_value, excluded.last_value)`.execute(db);
}

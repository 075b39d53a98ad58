import { sql, type Kysely } from "kysely";

/**
 * Account and session security (issue 8):
 *
 * - `sign_in_failure`: failed sign-ins counted per typed address, whether or not it has an
 *   account, so that the lockout answers alike for known and unknown addresses. Keyed by a
 *   SHA-256 (hex) of the trimmed, lower-cased address: a mistyped address (or a password typed
 *   into the address field) is not stored in clear. The counters move here from `app_user`
 *   (failed_sign_ins, locked_until), carrying over any lock in force.
 * - `pending_submission`: what was typed in a form whose session had expired, kept for the
 *   same user until they have signed in again (single use, short-lived, text fields only).
 * - `registration_request`: a registration waiting for its owner to follow the link in the
 *   confirmation mail; only a hash of the link's token is stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sign_in_failure (
      address_hash text primary key check (address_hash ~ '^[0-9a-f]{64}$'),
      failures integer not null default 0 check (failures >= 0),
      locked_until timestamptz,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    insert into sign_in_failure (address_hash, failures, locked_until)
    select encode(sha256(convert_to(lower(email), 'UTF8')), 'hex'), failed_sign_ins, locked_until
      from app_user
     where failed_sign_ins > 0 or locked_until is not null
    on conflict (address_hash) do nothing`.execute(db);
  await sql`alter table app_user drop column failed_sign_ins, drop column locked_until`.execute(db);

  await sql`
    create table pending_submission (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references app_user(id) on delete cascade,
      path text not null check (path ~ '^/' and length(path) <= 2000),
      fields jsonb not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index pending_submission_expires_idx on pending_submission (expires_at)`.execute(db);

  await sql`
    create table registration_request (
      token_hash text primary key,
      email text not null,
      organisation_name text not null,
      actor_type text not null check (actor_type in ('fastighetsagare', 'forening', 'foretag', 'boendegrupp', 'informellt_natverk', 'annan')),
      org_number text check (org_number is null or org_number ~ '^[0-9]{6}-[0-9]{4}$'),
      person_name text not null,
      password_hash text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);
  await sql`create index registration_request_expires_idx on registration_request (expires_at)`.execute(db);
}

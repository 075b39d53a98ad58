import { sql, type Kysely } from "kysely";

/**
 * Foundation: organisations, committees, accounts, sessions, audit log, mail outbox,
 * geographic areas and the collaboration cases. Forward-only: never edit a migration that
 * has shipped; add a new one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists postgis`.execute(db);

  // Secrets generated at first start when not given in the environment (e.g. the CSRF key).
  await sql`
    create table instance_secret (
      name text primary key,
      value text not null,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table committee (
      id uuid primary key default gen_random_uuid(),
      code text not null unique check (code ~ '^[A-ZÅÄÖ]{2,6}$'),
      name_sv text not null,
      name_en text not null,
      has_working_committee boolean not null default true,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table organisation (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      kind text not null check (kind in ('aktor', 'stad')),
      actor_type text check (actor_type in ('fastighetsagare', 'forening', 'foretag', 'boendegrupp', 'informellt_natverk', 'annan')),
      org_number text check (org_number is null or org_number ~ '^[0-9]{6}-[0-9]{4}$'),
      committee_id uuid references committee(id),
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      check ((kind = 'aktor') = (actor_type is not null))
    )`.execute(db);

  await sql`
    create table app_user (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      name text not null,
      role text not null check (role in ('aktor', 'kontaktperson', 'handlaggare', 'analytiker', 'administrator')),
      organisation_id uuid not null references organisation(id),
      password_hash text not null,
      locale text not null default 'sv' check (locale in ('sv', 'en')),
      failed_sign_ins integer not null default 0,
      locked_until timestamptz,
      disabled_at timestamptz,
      is_demo boolean not null default false,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index app_user_email_key on app_user (lower(email))`.execute(db);

  await sql`
    create table user_session (
      token_hash text primary key,
      user_id uuid not null references app_user(id) on delete cascade,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      user_agent text,
      ip text
    )`.execute(db);
  await sql`create index user_session_user_idx on user_session (user_id)`.execute(db);

  await sql`
    create table password_reset (
      token_hash text primary key,
      user_id uuid not null references app_user(id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);

  // Append-only: the trigger below refuses UPDATE and DELETE for every role the app uses.
  await sql`
    create table audit_event (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null default now(),
      actor_user_id uuid references app_user(id),
      actor_label text not null,
      action text not null,
      entity_type text not null,
      entity_id text not null,
      organisation_id uuid references organisation(id),
      before jsonb,
      after jsonb,
      ip text,
      request_id text
    )`.execute(db);
  await sql`create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at)`.execute(db);
  await sql`
    create function audit_event_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`
    create trigger audit_event_no_update_or_delete
      before update or delete on audit_event
      for each row execute function audit_event_is_append_only()`.execute(db);
  await sql`
    create trigger audit_event_no_truncate
      before truncate on audit_event
      for each statement execute function audit_event_is_append_only()`.execute(db);

  await sql`
    create table mail_outbox (
      id uuid primary key default gen_random_uuid(),
      created_at timestamptz not null default now(),
      to_address text not null,
      subject text not null,
      body_text text not null,
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed', 'kept')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      sent_at timestamptz,
      related_entity text
    )`.execute(db);
  await sql`create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'pending'`.execute(db);

  await sql`
    create table area (
      id uuid primary key default gen_random_uuid(),
      code text not null,
      name text not null,
      geom geometry(MultiPolygon, 4326) not null check (st_isvalid(geom)),
      valid_from date not null,
      valid_to date,
      source text not null,
      is_invented boolean not null default false,
      created_at timestamptz not null default now(),
      check (valid_to is null or valid_to > valid_from),
      unique (code, valid_from)
    )`.execute(db);
  await sql`create index area_geom_idx on area using gist (geom)`.execute(db);

  await sql`
    create table collaboration_case (
      id uuid primary key default gen_random_uuid(),
      case_number text unique,
      title text not null,
      summary text not null default '',
      applicant_organisation_id uuid references organisation(id),
      committee_id uuid not null references committee(id),
      contact_person_id uuid references app_user(id),
      phase text not null check (phase in ('forsta_kontakt', 'initiering', 'samarbete', 'utforande', 'resultat', 'avslutad')),
      status text not null,
      geom geometry(MultiPolygon, 4326),
      granted_amount_sek bigint check (granted_amount_sek is null or granted_amount_sek >= 0),
      started_on date,
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index collaboration_case_org_idx on collaboration_case (applicant_organisation_id)`.execute(db);
  await sql`create index collaboration_case_geom_idx on collaboration_case using gist (geom)`.execute(db);

  await sql`
    create table case_area (
      case_id uuid not null references collaboration_case(id) on delete cascade,
      area_id uuid not null references area(id),
      primary key (case_id, area_id)
    )`.execute(db);
}

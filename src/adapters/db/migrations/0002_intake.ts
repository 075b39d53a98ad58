import { sql, type Kysely } from "kysely";

/**
 * Intake (initieringsfas): process types as versioned data, contact requests, applications
 * with parties and invitations, attachments, messages and completion requests, meeting notes,
 * criteria assessments, routing between committees, committee meetings and agendas,
 * decisions, and the gap-free case number sequence.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table process_type (
      id uuid primary key default gen_random_uuid(),
      code text not null,
      version integer not null check (version > 0),
      definition jsonb not null,
      valid_from date not null,
      created_at timestamptz not null default now(),
      unique (code, version)
    )`.execute(db);

  await sql`update collaboration_case set status = 'utkast' where status not in ('utkast','inskickat','under_bedomning','vantar_komplettering','kompletterad','klar_for_namnd','overlamnat','beslutat','avslutat')`.execute(db);
  await sql`
    alter table collaboration_case
      add column process_type_id uuid references process_type(id),
      add column diarium_number text,
      add column submitted_at timestamptz,
      add column submission_key text unique,
      add column created_by uuid references app_user(id),
      add constraint collaboration_case_status_check check (status in ('utkast','inskickat','under_bedomning','vantar_komplettering','kompletterad','klar_for_namnd','overlamnat','beslutat','avslutat'))`.execute(db);
  await sql`create unique index collaboration_case_diarium_key on collaboration_case (diarium_number) where diarium_number is not null`.execute(db);
  await sql`create index collaboration_case_status_idx on collaboration_case (status, updated_at desc)`.execute(db);
  await sql`create index collaboration_case_committee_idx on collaboration_case (committee_id, updated_at desc)`.execute(db);

  // One row per committee and year; incremented inside the submitting transaction, so a
  // rolled-back submission leaves no gap and concurrent submissions queue on the row lock.
  await sql`
    create table case_number_sequence (
      committee_id uuid not null references committee(id),
      year integer not null,
      last_value integer not null check (last_value >= 0),
      primary key (committee_id, year)
    )`.execute(db);

  await sql`
    create table application (
      case_id uuid primary key references collaboration_case(id) on delete cascade,
      answers jsonb not null default '{}'::jsonb,
      area_source text check (area_source in ('drawn', 'areas', 'geojson')),
      current_step text,
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table application_party (
      case_id uuid not null references collaboration_case(id) on delete cascade,
      organisation_id uuid not null references organisation(id),
      role text not null check (role in ('huvudsokande', 'medsokande')),
      joined_at timestamptz not null default now(),
      primary key (case_id, organisation_id)
    )`.execute(db);
  await sql`create index application_party_org_idx on application_party (organisation_id)`.execute(db);

  await sql`
    create table invitation (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      case_id uuid references collaboration_case(id) on delete cascade,
      inviting_organisation_id uuid not null references organisation(id),
      invited_by uuid not null references app_user(id),
      email text not null,
      organisation_name text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      accepted_at timestamptz,
      accepted_organisation_id uuid references organisation(id)
    )`.execute(db);

  await sql`
    create table contact_request (
      id uuid primary key default gen_random_uuid(),
      created_at timestamptz not null default now(),
      submission_key text not null unique,
      name text not null,
      email text not null,
      phone text,
      organisation_name text,
      actor_type text check (actor_type in ('fastighetsagare', 'forening', 'foretag', 'boendegrupp', 'informellt_natverk', 'annan')),
      area_text text not null,
      message text not null,
      status text not null default 'ny' check (status in ('ny', 'mote_bokat', 'avslutad')),
      handled_by uuid references app_user(id),
      handled_at timestamptz,
      meeting_on date,
      case_id uuid references collaboration_case(id)
    )`.execute(db);
  await sql`create index contact_request_status_idx on contact_request (status, created_at)`.execute(db);

  await sql`
    create table attachment (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      uploaded_by uuid references app_user(id),
      purpose text not null default 'ansokan' check (purpose in ('ansokan', 'komplettering', 'beslut', 'ovrigt')),
      filename text not null,
      media_type text not null,
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null,
      storage_key text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index attachment_case_idx on attachment (case_id)`.execute(db);

  await sql`
    create table case_message (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      author_user_id uuid not null references app_user(id),
      kind text not null check (kind in ('meddelande', 'begaran_om_komplettering', 'komplettering')),
      body text not null check (length(body) between 1 and 20000),
      submission_key text unique,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index case_message_case_idx on case_message (case_id, created_at)`.execute(db);

  await sql`
    create table case_note (
      id uuid primary key default gen_random_uuid(),
      case_id uuid references collaboration_case(id) on delete cascade,
      contact_request_id uuid references contact_request(id) on delete cascade,
      author_user_id uuid not null references app_user(id),
      meeting_on date,
      body text not null check (length(body) between 1 and 20000),
      submission_key text unique,
      created_at timestamptz not null default now(),
      check (case_id is not null or contact_request_id is not null)
    )`.execute(db);

  await sql`
    create table criteria_assessment (
      case_id uuid primary key references collaboration_case(id) on delete cascade,
      process_type_id uuid not null references process_type(id),
      ratings jsonb not null default '{}'::jsonb,
      recommendation text check (recommendation in ('bifall', 'delvis_bifall', 'avslag')),
      recommendation_text text not null default '',
      proposed_amount_sek bigint check (proposed_amount_sek is null or proposed_amount_sek >= 0),
      assessed_by uuid references app_user(id),
      updated_at timestamptz not null default now()
    )`.execute(db);

  // Which committee answers for which themes: the basis for routing a case elsewhere.
  await sql`
    create table committee_responsibility (
      committee_id uuid not null references committee(id) on delete cascade,
      theme text not null,
      description text not null default '',
      primary key (committee_id, theme)
    )`.execute(db);

  await sql`
    create table case_referral (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      from_committee_id uuid not null references committee(id),
      to_committee_id uuid not null references committee(id),
      kind text not null check (kind in ('overlamning', 'yttrande')),
      note text not null default '',
      referred_by uuid not null references app_user(id),
      referred_at timestamptz not null default now(),
      answered_at timestamptz,
      answer text,
      check (from_committee_id <> to_committee_id)
    )`.execute(db);
  await sql`create index case_referral_to_idx on case_referral (to_committee_id, referred_at desc)`.execute(db);

  await sql`
    create table committee_meeting (
      id uuid primary key default gen_random_uuid(),
      committee_id uuid not null references committee(id),
      body text not null check (body in ('arbetsutskott', 'namnd')),
      meets_on date not null,
      created_at timestamptz not null default now(),
      unique (committee_id, body, meets_on)
    )`.execute(db);

  await sql`
    create table agenda_item (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references committee_meeting(id) on delete cascade,
      case_id uuid not null references collaboration_case(id) on delete cascade,
      position integer not null,
      added_by uuid references app_user(id),
      added_at timestamptz not null default now(),
      unique (meeting_id, case_id)
    )`.execute(db);

  await sql`
    create table decision (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      meeting_id uuid references committee_meeting(id),
      decision_point text not null,
      paragraph text not null,
      decided_on date not null,
      outcome text not null check (outcome in ('bifall', 'delvis_bifall', 'avslag')),
      granted_amount_sek bigint check (granted_amount_sek is null or granted_amount_sek >= 0),
      conditions text not null default '',
      recipients text[] not null default '{}',
      minutes_approved_on date,
      posted_on date,
      recorded_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      check (minutes_approved_on is null or minutes_approved_on >= decided_on),
      check (posted_on is null or minutes_approved_on is not null and posted_on >= minutes_approved_on),
      unique (case_id, decision_point)
    )`.execute(db);
}

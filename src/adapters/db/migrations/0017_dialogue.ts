import { type Kysely, sql } from "kysely";

/**
 * The dialogue of a running process (issue 11, seed 002): its dialogue activities (workshops,
 * walks, pop-ups …) with their place, target groups and participation figures, and the
 * residents' viewpoints (synpunkter) given on them. The code lists mirror
 * src/domain/dialogue/vocabulary.ts.
 *
 * A viewpoint is anonymous: it keeps no name, e-mail or address of the person, only the optional
 * age band, sex and relation to the area. Hiding and redacting keep who did it, when and why;
 * a redaction replaces the text (the original is not kept anywhere, the audit log included).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dialogue_activity (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      title text not null check (length(title) between 1 and 200),
      activity_type text not null check (activity_type in ('workshop', 'vandring', 'popup', 'enkat', 'mote', 'digital')),
      description text not null default '' check (length(description) <= 5000),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      place_address text check (place_address is null or length(place_address) between 1 and 300),
      place geometry(Point, 4326),
      target_groups text[] not null default '{}' check (target_groups <@ array['boende', 'verksamma', 'besokare', 'barn', 'unga']::text[]),
      accessibility text not null default '' check (length(accessibility) <= 2000),
      languages text[] not null default '{}',
      consultation_ends_on date,
      public_slug text not null unique check (public_slug ~ '^[a-z0-9]{6,32}$'),
      participants_total integer check (participants_total is null or participants_total >= 0),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at > starts_at)
    )`.execute(db);
  await sql`create index dialogue_activity_case_idx on dialogue_activity (case_id, starts_at)`.execute(db);
  await sql`
    create table activity_participation (
      activity_id uuid not null references dialogue_activity(id) on delete cascade,
      dimension text not null check (dimension in ('kon', 'alder', 'funktionsnedsattning')),
      category text not null check (length(category) between 1 and 40),
      participants integer not null check (participants >= 0),
      primary key (activity_id, dimension, category)
    )`.execute(db);
  await sql`
    create table viewpoint (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      activity_id uuid references dialogue_activity(id) on delete set null,
      body text not null check (length(body) between 1 and 5000),
      source text not null check (source in ('formular', 'manuell', 'import')),
      age_band text check (age_band in ('0_12', '13_19', '20_29', '30_49', '50_64', '65_')),
      sex text check (sex in ('kvinna', 'man', 'annat')),
      relations text[] not null default '{}' check (relations <@ array['bor', 'arbetar', 'besoker']::text[]),
      submission_key uuid unique,
      received_at timestamptz not null default now(),
      entered_by uuid references app_user(id),
      hidden_at timestamptz,
      hidden_by uuid references app_user(id),
      hidden_reason text check (hidden_reason is null or length(hidden_reason) between 1 and 2000),
      redacted_at timestamptz,
      redacted_by uuid references app_user(id),
      redaction_reason text check (redaction_reason is null or length(redaction_reason) between 1 and 2000),
      check ((hidden_at is null) = (hidden_reason is null)),
      check ((redacted_at is null) = (redaction_reason is null))
    )`.execute(db);
  await sql`create index viewpoint_case_idx on viewpoint (case_id, received_at, id)`.execute(db);
  await sql`create index viewpoint_activity_idx on viewpoint (activity_id)`.execute(db);
}

import { sql, type Kysely } from "kysely";

/**
 * Administration, so that a city can start from an empty database: the committees each member
 * of staff works for (many), which process types each committee offers, the city's goals as
 * data (linked to Agenda 2030 and to the coordination themes), staff invitations, and the
 * one-time setup link that creates the first administrator.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table staff_committee (
      user_id uuid not null references app_user(id) on delete cascade,
      committee_id uuid not null references committee(id) on delete cascade,
      primary key (user_id, committee_id)
    )`.execute(db);
  await sql`create index staff_committee_committee_idx on staff_committee (committee_id)`.execute(db);
  // Until now a member of staff worked for the committee of their department.
  await sql`
    insert into staff_committee (user_id, committee_id)
    select u.id, o.committee_id from app_user u join organisation o on o.id = u.organisation_id
     where u.role <> 'aktor' and o.committee_id is not null`.execute(db);

  await sql`
    create table committee_process_type (
      committee_id uuid not null references committee(id) on delete cascade,
      process_type_code text not null check (process_type_code ~ '^[a-z0-9_]{2,60}$'),
      created_at timestamptz not null default now(),
      primary key (committee_id, process_type_code)
    )`.execute(db);
  // Until now each process type went to the committee its definition names as owner.
  await sql`
    insert into committee_process_type (committee_id, process_type_code)
    select distinct c.id, p.code from process_type p join committee c on c.code = p.definition->>'ownerCommitteeCode'`.execute(db);

  await sql`alter table committee add column updated_at timestamptz not null default now()`.execute(db);

  await sql`
    create table city_goal (
      id uuid primary key default gen_random_uuid(),
      key text not null unique check (key ~ '^[a-z0-9_]{2,60}$'),
      name_sv text not null check (length(name_sv) between 1 and 300),
      name_en text not null default '' check (length(name_en) <= 300),
      description_sv text not null default '' check (length(description_sv) <= 2000),
      agenda2030 text[] not null default '{}',
      themes text[] not null default '{}',
      position integer not null default 0,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // The goals the application form offered until now (kommunfullmäktiges mål), kept as the
  // starting data: existing applications refer to them by key. Administrators edit them.
  const goals: Array<[string, string, string, string[], string[]]> = [
    ["jamlika_levnadsvillkor", "Jämlika levnadsvillkor oavsett var i staden man bor", "Equal living conditions wherever in the city one lives", ["10.2"], ["delaktighet", "boende"]],
    ["trygghet", "En trygg och tillgänglig stad", "A safe and accessible city", ["11.7", "16.1"], ["trygghet"]],
    ["barn_och_unga", "Goda uppväxtvillkor för barn och unga", "Good conditions for children and young people to grow up", ["4"], ["barn_och_unga"]],
    ["arbete_och_naringsliv", "Fler i arbete och ett starkt näringsliv", "More people in work and a strong business sector", ["8.5"], ["arbete", "naringsliv"]],
    ["klimat_och_miljo", "En klimatneutral och grön stad", "A climate-neutral and green city", ["13.2", "11.6"], ["miljo_och_klimat", "fysisk_miljo"]],
    ["delaktighet", "Delaktighet och tillit", "Participation and trust", ["16.7"], ["delaktighet"]],
  ];
  for (const [i, [key, sv, en, agenda, themes]] of goals.entries()) {
    await sql`insert into city_goal (key, name_sv, name_en, agenda2030, themes, position) values (${key}, ${sv}, ${en}, ${agenda}, ${themes}, ${i + 1})`.execute(db);
  }

  await sql`
    create table staff_invitation (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      email text not null check (length(email) between 3 and 320),
      name text not null check (length(name) between 1 and 200),
      role text not null check (role in ('kontaktperson', 'handlaggare', 'analytiker', 'administrator')),
      organisation_id uuid not null references organisation(id),
      committee_ids uuid[] not null default '{}',
      invited_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      accepted_at timestamptz,
      accepted_user_id uuid references app_user(id),
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index staff_invitation_email_idx on staff_invitation (lower(email))`.execute(db);

  await sql`
    create table setup_link (
      token_hash text primary key,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);
}

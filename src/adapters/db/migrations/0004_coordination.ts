import { sql, type Kysely } from "kysely";

/**
 * Coordination: sub-areas and imported area versions, the register of every local process in
 * the city (whoever runs it), and what the contact person records as "coordinated with".
 * Samverkansstöd cases appear in the register through the view `process_register`, so they
 * are never copied and never out of date.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table area add column parent_code text, add column import_batch uuid`.execute(db);

  await sql`
    create table local_process (
      id uuid primary key default gen_random_uuid(),
      name text not null check (length(name) between 1 and 300),
      owner_kind text not null check (owner_kind in ('namnd', 'forvaltning', 'bolag', 'civilsamhalle', 'naringsliv', 'annan')),
      owner_name text not null,
      contact_name text,
      contact_email text,
      themes text[] not null default '{}',
      geom geometry(MultiPolygon, 4326) check (geom is null or st_isvalid(geom)),
      starts_on date not null,
      ends_on date,
      status text not null check (status in ('planerad', 'pagaende', 'avslutad')),
      link text,
      source text not null default 'formular' check (source in ('formular', 'csv')),
      import_batch uuid,
      submission_key text unique,
      created_by uuid references app_user(id),
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_on is null or ends_on >= starts_on)
    )`.execute(db);
  await sql`create index local_process_geom_idx on local_process using gist (geom)`.execute(db);
  await sql`create index local_process_period_idx on local_process (starts_on, ends_on)`.execute(db);

  await sql`
    create table local_process_area (
      process_id uuid not null references local_process(id) on delete cascade,
      area_id uuid not null references area(id),
      primary key (process_id, area_id)
    )`.execute(db);
  await sql`create index local_process_area_area_idx on local_process_area (area_id)`.execute(db);

  // A case's themes, derived from the city goals its application serves (set at submission),
  // so the register reads them as a plain column.
  await sql`alter table collaboration_case add column themes text[] not null default '{}'`.execute(db);
  await sql`
    update collaboration_case c set themes = coalesce(array(
      select distinct t from application a, jsonb_array_elements_text(coalesce(a.answers -> 'city_goals', '[]'::jsonb)) g,
             unnest(case g
               when 'jamlika_levnadsvillkor' then array['delaktighet','boende']
               when 'trygghet' then array['trygghet']
               when 'barn_och_unga' then array['barn_och_unga']
               when 'arbete_och_naringsliv' then array['arbete','naringsliv']
               when 'klimat_och_miljo' then array['miljo_och_klimat','fysisk_miljo']
               when 'delaktighet' then array['delaktighet']
               else array[]::text[] end) t
       where a.case_id = c.id order by t), '{}')`.execute(db);

  // How a case reads in the register, in one place for the view and the overlap query.
  await sql`
    create function register_case_starts_on(started_on date, submitted_at timestamptz, created_at timestamptz) returns date
      language sql immutable as $$
        select coalesce(started_on, (submitted_at at time zone 'Europe/Stockholm')::date, (created_at at time zone 'Europe/Stockholm')::date)
      $$`.execute(db);
  await sql`
    create function register_case_status(status text, phase text) returns text
      language sql immutable as $$
        select case when status = 'avslutat' then 'avslutad' when phase in ('utforande', 'samarbete') then 'pagaende' else 'planerad' end
      $$`.execute(db);

  // One register over both kinds: processes entered or imported, and submitted samverkansstöd cases.
  await sql`
    create view process_register as
      select p.id, 'process'::text as kind, p.name, p.owner_kind, p.owner_name, p.contact_name, p.contact_email,
             p.themes, p.geom, p.starts_on, p.ends_on, p.status, p.link, null::uuid as case_id, null::text as case_number, p.is_demo
        from local_process p
      union all
      select c.id, 'case'::text, c.title, 'namnd'::text, k.name_sv, cp.name, cp.email,
             c.themes, c.geom,
             register_case_starts_on(c.started_on, c.submitted_at, c.created_at),
             null::date,
             register_case_status(c.status, c.phase),
             null::text, c.id, c.case_number, c.is_demo
        from collaboration_case c
        join committee k on k.id = c.committee_id
        left join app_user cp on cp.id = c.contact_person_id
       where c.status <> 'utkast'`.execute(db);

  await sql`
    create table coordination (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      register_id uuid not null,
      register_kind text not null check (register_kind in ('process', 'case')),
      how text not null check (length(how) between 1 and 5000),
      recorded_by uuid not null references app_user(id),
      submission_key text unique,
      created_at timestamptz not null default now(),
      check (register_kind = 'process' or register_id <> case_id)
    )`.execute(db);
  await sql`create index coordination_case_idx on coordination (case_id, created_at)`.execute(db);
}

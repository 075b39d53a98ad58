import { type Kysely, sql } from "kysely";

/**
 * Actor mapping (kartläggning) and city-initiated processes (issue 11, seed 002).
 *
 * `process_actor`: the actors in a running process's area, with their type and role (the lists
 * mirror src/domain/collaboration/actor-mapping.ts), an optional link to an organisation
 * registered in Samverka, contact details (personal data: only the process's group and its
 * case staff read them, docs/decisions/0022-actor-mapping-and-city-initiated-processes.md),
 * and how and when the actor was reached. A form's submission key and an import's batch make a
 * double submit create one actor, and an import happen once.
 *
 * `collaboration_case.city_initiated`: the city started the process itself, without an
 * application; such a process enters the samarbetsfas by the phase event `stadsinitierad_start`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table collaboration_case add column city_initiated boolean not null default false`.execute(db);
  await sql`alter table process_phase_event drop constraint process_phase_event_event_check`.execute(db);
  await sql`
    alter table process_phase_event add constraint process_phase_event_event_check
      check (event in ('samarbete_inleds', 'utforande_inleds', 'resultat_inleds', 'avslutas', 'stadsinitierad_start'))`.execute(db);
  await sql`
    create table process_actor (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      name text not null check (length(name) between 1 and 200),
      actor_type text not null check (actor_type in ('fastighetsagare', 'foretag', 'forening', 'skola', 'boendegrupp', 'annat')),
      role text not null check (role in ('involverad', 'intresserad', 'att_na')),
      organisation_id uuid references organisation(id),
      org_number text check (org_number is null or org_number ~ '^[0-9]{6}-[0-9]{4}$'),
      contact_name text check (contact_name is null or length(contact_name) between 1 and 200),
      email text check (email is null or length(email) between 3 and 320),
      phone text check (phone is null or length(phone) between 1 and 40),
      reached_how text check (reached_how is null or length(reached_how) between 1 and 300),
      reached_on date,
      notes text not null default '' check (length(notes) <= 2000),
      submission_key uuid unique,
      import_batch uuid,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index process_actor_case_idx on process_actor (case_id, role, name)`.execute(db);
  await sql`create index process_actor_batch_idx on process_actor (import_batch) where import_batch is not null`.execute(db);
}

import { type Kysely, sql } from "kysely";

/**
 * A running process's phase history (issue 11; the rule: src/domain/collaboration/process-phase.ts).
 * Every phase change is an event with the phase before and after, who made it, when, and the
 * reason when a process ends early. The case's `phase` column stays the current phase; the
 * history says how it got there.
 *
 * Cases granted support before this migration get their first event, `samarbete_inleds`, from
 * their first decision; later changes were not recorded before, so none is invented.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table process_phase_event (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      event text not null check (event in ('samarbete_inleds', 'utforande_inleds', 'resultat_inleds', 'avslutas')),
      from_phase text not null,
      to_phase text not null check (to_phase in ('samarbete', 'utforande', 'resultat', 'avslutad')),
      reason text check (reason is null or length(reason) between 1 and 2000),
      recorded_by uuid references app_user(id),
      occurred_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index process_phase_event_case_idx on process_phase_event (case_id, occurred_at, id)`.execute(db);
  await sql`
    insert into process_phase_event (case_id, event, from_phase, to_phase, recorded_by, occurred_at)
    select d.case_id, 'samarbete_inleds', 'initiering', 'samarbete', d.recorded_by, d.created_at
      from decision d
      join collaboration_case c on c.id = d.case_id
     where d.decision_point = 'ansokan' and d.outcome <> 'avslag'
       and c.phase in ('samarbete', 'utforande', 'resultat', 'avslutad')`.execute(db);
}

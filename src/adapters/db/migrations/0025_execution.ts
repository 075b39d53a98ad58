import { type Kysely, sql } from "kysely";

/**
 * The utförandefas (issue 12; the rules: src/domain/execution/):
 * - `effort_execution`: per approved effort its status and progress (percent, note), and the
 *   city's contribution in force when an approved change moved it from the decided amount.
 * - `effort_milestone_done`: a milestone marked done, by whom and when.
 * - `execution_change`: the group's requests to change an effort's city contribution or a date,
 *   with the reason, what it moves from and to, and how it was settled (the contact person, or
 *   the committee's decision: its reference and date). The plan's history of changes.
 * - `execution_actual`: actual costs (or valued resources) against a budget line.
 * - `execution_receipt`: receipts (kvitton, underlag), their bytes in `stored_file`.
 * - `execution_payment`: the city's payments against the efforts decision, per effort.
 * - `execution_commitment`: other departments' and city companies' commitments to a process.
 * And the shipped process type's thresholds for a change that needs a new decision, written
 * into its stored version (a version is otherwise never changed; this adds a field it lacked).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table effort_execution (
      effort_id uuid primary key references effort(id) on delete cascade,
      status text not null default 'planerad' check (status in ('planerad', 'pagaende', 'klar', 'forsenad', 'installd')),
      percent integer not null default 0 check (percent between 0 and 100),
      note text not null default '' check (length(note) <= 1000),
      city_sek_in_force bigint check (city_sek_in_force is null or city_sek_in_force >= 0),
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table effort_milestone_done (
      milestone_id uuid primary key references effort_milestone(id) on delete cascade,
      done_on date not null,
      marked_by uuid references app_user(id),
      marked_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table execution_change (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      effort_id uuid not null references effort(id) on delete cascade,
      milestone_id uuid references effort_milestone(id) on delete cascade,
      kind text not null check (kind in ('belopp', 'datum', 'milstolpe')),
      from_sek bigint, to_sek bigint,
      from_starts_on date, to_starts_on date,
      from_ends_on date, to_ends_on date,
      reason text not null check (length(reason) between 1 and 2000),
      status text not null check (status in ('begard', 'kraver_beslut', 'godkand', 'avslagen', 'beslutad_bifall', 'beslutad_avslag')),
      requested_by uuid references app_user(id),
      requested_at timestamptz not null,
      settled_by uuid references app_user(id),
      settled_at timestamptz,
      settled_note text not null default '' check (length(settled_note) <= 2000),
      decision_reference text check (decision_reference is null or length(decision_reference) between 1 and 100),
      decision_on date,
      submission_key uuid unique
    )`.execute(db);
  await sql`create index execution_change_case_idx on execution_change (case_id, requested_at)`.execute(db);
  await sql`
    create table execution_actual (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      budget_line_id uuid not null references effort_budget_line(id) on delete cascade,
      amount_sek bigint not null check (amount_sek > 0),
      spent_on date not null,
      description text not null check (length(description) between 1 and 500),
      recorded_by uuid references app_user(id),
      recorded_at timestamptz not null,
      submission_key uuid unique
    )`.execute(db);
  await sql`create index execution_actual_case_idx on execution_actual (case_id, spent_on)`.execute(db);
  await sql`
    create table execution_receipt (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      budget_line_id uuid references effort_budget_line(id) on delete set null,
      description text not null default '' check (length(description) <= 500),
      filename text not null,
      media_type text not null,
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null references stored_file(sha256),
      uploaded_by uuid references app_user(id),
      uploaded_at timestamptz not null,
      submission_key uuid unique
    )`.execute(db);
  await sql`create index execution_receipt_case_idx on execution_receipt (case_id, uploaded_at)`.execute(db);
  await sql`
    create table execution_payment (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      effort_id uuid not null references effort(id) on delete cascade,
      decision_id uuid not null references decision(id),
      amount_sek bigint not null check (amount_sek > 0),
      paid_on date not null,
      note text not null default '' check (length(note) <= 500),
      recorded_by uuid references app_user(id),
      recorded_at timestamptz not null,
      submission_key uuid unique
    )`.execute(db);
  await sql`create index execution_payment_case_idx on execution_payment (case_id, paid_on)`.execute(db);
  await sql`
    create table execution_commitment (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references collaboration_case(id) on delete cascade,
      department text not null check (length(department) between 1 and 200),
      contribution text not null check (length(contribution) between 1 and 2000),
      contact_name text not null default '' check (length(contact_name) <= 200),
      contact_email text not null default '' check (length(contact_email) <= 254),
      starts_on date not null,
      ends_on date not null,
      status text not null default 'planerat' check (status in ('planerat', 'pagaende', 'fullgjort', 'installt')),
      created_by uuid references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      submission_key uuid unique,
      check (ends_on >= starts_on)
    )`.execute(db);
  await sql`create index execution_commitment_case_idx on execution_commitment (case_id)`.execute(db);
  await sql`create index execution_commitment_department_idx on execution_commitment (lower(department))`.execute(db);
  await sql`
    update process_type
       set definition = definition || '{"changeThresholds": {"cityAmountPercent": 10, "cityAmountSek": 50000, "dateMonths": 3}}'::jsonb
     where code = 'samverkansstod' and version = 1 and not (definition ? 'changeThresholds')`.execute(db);
}

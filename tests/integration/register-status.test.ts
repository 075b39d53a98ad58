/**
 * The register's reading of status and end date: the rule lives in the domain
 * (src/domain/coordination/register-status.ts) and PostgreSQL mirrors it in SQL functions that
 * the view `process_register` uses. Every combination runs through both and must agree; then
 * real entries are read through the register itself.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { csvTableReader } from "#src/adapters/files/csv-table.ts";
import { applyCaseEvent } from "#src/application/cases/case-workflow.ts";
import { CoordinationService } from "#src/application/coordination/coordination-service.ts";
import { CASE_STATUSES, type CaseStatus } from "#src/domain/case/lifecycle.ts";
import { PHASES, type Phase } from "#src/domain/case/phase.ts";
import { PROCESS_STATUSES } from "#src/domain/coordination/process.ts";
import { caseRegisterEndsOn, caseRegisterStatus, processRegisterStatus, type CaseRegisterFacts, type DecisionOutcome } from "#src/domain/coordination/register-status.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

/** Today in Stockholm, as the view reads it. */
const stockholmToday = () => new Intl.DateTimeFormat("sv-SE", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/Stockholm" }).format(new Date());
const dayOffset = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe("the register's status", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
  });
  afterAll(async () => handle.close());

  it("SQL and the domain agree on every local process's status", async () => {
    const today = "2026-11-23";
    const cases = PROCESS_STATUSES.flatMap((status) => [null, "2024-12-31", "2026-11-22", today, "2027-06-30"].map((endsOn) => ({ status, endsOn })));
    const rows = await sql<{ i: number; status: string }>`
      select (x ->> 'i')::int as i, register_process_status(x ->> 'status', (x ->> 'endsOn')::date, ${today}::date) as status
        from jsonb_array_elements(${JSON.stringify(cases.map((c, i) => ({ ...c, i })))}::jsonb) x order by 1`.execute(handle.db);
    expect(rows.rows.map((r) => r.status)).toEqual(cases.map((c) => processRegisterStatus(c, today)));
  });

  it("SQL and the domain agree on every case's status and end date", async () => {
    const decisions: Array<CaseRegisterFacts["lastDecision"]> = [null, { outcome: "bifall", decidedOn: "2025-03-01" }, { outcome: "delvis_bifall", decidedOn: "2025-03-01" }, { outcome: "avslag", decidedOn: "2026-05-04" }];
    const facts: CaseRegisterFacts[] = CASE_STATUSES.flatMap((status) =>
      PHASES.flatMap((phase) => decisions.flatMap((lastDecision) => [null, "2024-12-31"].map((endedOn) => ({ status, phase, lastDecision, endedOn })))),
    );
    const input = facts.map((f, i) => ({ i, status: f.status, phase: f.phase, outcome: f.lastDecision?.outcome ?? null, decidedOn: f.lastDecision?.decidedOn ?? null, endedOn: f.endedOn }));
    const rows = await sql<{ i: number; status: string; ends_on: string | Date | null }>`
      select (x ->> 'i')::int as i,
             register_case_status(x ->> 'status', x ->> 'phase', x ->> 'outcome') as status,
             register_case_ends_on((x ->> 'endedOn')::date, x ->> 'status', x ->> 'phase', x ->> 'outcome', (x ->> 'decidedOn')::date)::text as ends_on
        from jsonb_array_elements(${JSON.stringify(input)}::jsonb) x order by 1`.execute(handle.db);
    expect(rows.rows).toHaveLength(facts.length);
    expect(rows.rows.map((r) => r.status)).toEqual(facts.map(caseRegisterStatus));
    expect(rows.rows.map((r) => r.ends_on)).toEqual(facts.map(caseRegisterEndsOn));
  });

  it("reads real entries through the register: ended processes, approved cases by phase, rejected and closed cases", async () => {
    const analyst = await fx.user("analytiker");
    const committee = await fx.committee();
    const today = stockholmToday();
    const yesterday = dayOffset(today, -1);
    const process = async (name: string, status: "planerad" | "pagaende" | "avslutad", starts_on: string, ends_on: string | null) =>
      (await handle.db.insertInto("local_process").values({ name, owner_kind: "forvaltning", owner_name: "Förvaltningen", status, starts_on, ends_on }).returning("id").executeTakeFirstOrThrow()).id;
    const kase = async (title: string, phase: Phase, status: CaseStatus, decision?: { outcome: DecisionOutcome; decidedOn: string }) => {
      const id = (await handle.db.insertInto("collaboration_case").values({ title, committee_id: committee, phase, status, applicant_organisation_id: null, started_on: "2025-01-15" }).returning("id").executeTakeFirstOrThrow()).id;
      if (decision) await handle.db.insertInto("decision").values({ case_id: id, decision_point: "ansokan", paragraph: "§ 1", decided_on: decision.decidedOn, outcome: decision.outcome }).execute();
      return id;
    };

    const ended = await process("Slutade i går", "pagaende", "2024-01-01", yesterday);
    const endsToday = await process("Slutar i dag", "pagaende", "2024-01-01", today);
    const open = await process("Tills vidare", "pagaende", "2024-01-01", null);
    const markedDone = await process("Markerad avslutad", "avslutad", "2020-01-01", null);
    const approved = { outcome: "bifall" as const, decidedOn: "2025-02-01" };
    const samarbete = await kase("Samarbetsfas", "samarbete", "beslutat", approved);
    const resultat = await kase("Resultatfas", "resultat", "beslutat", approved);
    const done = await kase("Avslutad fas", "avslutad", "beslutat", approved);
    const rejected = await kase("Avslag", "initiering", "beslutat", { outcome: "avslag", decidedOn: "2026-05-04" });
    const waiting = await kase("Inskickad", "initiering", "inskickat");
    // Closing through the lifecycle records the day it ended.
    const closedAt = new Date("2026-06-10T21:30:00Z"); // 23.30 in Stockholm: still 10 June there
    const closed = await kase("Stängd", "samarbete", "beslutat", approved);
    const moved = await new KyselyUnitOfWork(handle.db).transaction((r) => applyCaseEvent(r, { actor: null, caseId: closed, event: "close", at: closedAt }));
    expect(moved.ok).toBe(true);

    const sut = new CoordinationService({ uow: new KyselyUnitOfWork(handle.db), clock: new FakeClock(), tables: csvTableReader, needs: { areaNeeds: async () => null } });
    const read = async (id: string) => {
      const found = await sut.get(analyst, id);
      return found && { status: found.process.status, endsOn: found.process.endsOn };
    };
    expect(await read(ended)).toEqual({ status: "avslutad", endsOn: yesterday });
    expect(await read(endsToday)).toEqual({ status: "pagaende", endsOn: today });
    expect(await read(open)).toEqual({ status: "pagaende", endsOn: null });
    expect(await read(markedDone)).toEqual({ status: "avslutad", endsOn: null });
    expect(await read(samarbete)).toEqual({ status: "pagaende", endsOn: null });
    expect(await read(resultat)).toEqual({ status: "pagaende", endsOn: null });
    expect(await read(done)).toEqual({ status: "avslutad", endsOn: null });
    expect(await read(rejected)).toEqual({ status: "avslutad", endsOn: "2026-05-04" });
    expect(await read(waiting)).toEqual({ status: "planerad", endsOn: null });
    expect(await read(closed)).toEqual({ status: "avslutad", endsOn: "2026-06-10" });

    // The status filter and the report of parallel processes read the same status.
    const running = (await sut.list(analyst, { status: "pagaende" }))!.items.map((p) => p.id);
    expect(running).toEqual(expect.arrayContaining([endsToday, open, samarbete, resultat]));
    expect(running).not.toEqual(expect.arrayContaining([ended]));
    expect(running.some((id) => [ended, markedDone, done, rejected, closed, waiting].includes(id))).toBe(false);
  });
});

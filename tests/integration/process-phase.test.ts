/**
 * A running process's phases (issue 11, the rule in src/domain/collaboration/process-phase.ts),
 * through the use case against a real database: the guard on the efforts decision, the phase
 * history, the audit log, closing (the case closes and the register shows it ended), and who
 * may do what: the case staff of the process's committee move it; its applicant parties read
 * it; an applicant of another organisation and staff of another committee can do nothing.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { PhaseService } from "#src/application/collaboration/index.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

describe("a running process's phases", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: PhaseService;
  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    sut = new PhaseService({ uow: new KyselyUnitOfWork(handle.db), clock: new FakeClock(new Date("2026-11-23T09:00:00Z")) });
  });
  afterAll(async () => handle?.close());

  /** A case granted support, in its samarbetsfas, with its people. */
  async function grantedProcess() {
    const org = await fx.organisation();
    const caseId = await fx.caseFor(org, { phase: "samarbete" });
    await handle.db.updateTable("collaboration_case").set({ status: "beslutat" }).where("id", "=", caseId).execute();
    await handle.db.insertInto("decision").values({ case_id: caseId, decision_point: "ansokan", paragraph: "§ 1", decided_on: "2026-03-01", outcome: "bifall", granted_amount_sek: 100_000 }).execute();
    const contact = await fx.staffFor("kontaktperson", caseId);
    const applicant = await fx.user("aktor", org);
    const otherCommittee = await fx.user("kontaktperson", undefined, undefined, { committees: [await fx.committee()] });
    const outsider = await fx.user("aktor");
    return { caseId, contact, applicant, otherCommittee, outsider };
  }
  const decideEfforts = (caseId: string, outcome: "bifall" | "avslag", minutesApprovedOn: string | null) =>
    handle.db.insertInto("decision").values({ case_id: caseId, decision_point: "insatser", paragraph: "§ 2", decided_on: "2026-09-01", outcome, granted_amount_sek: outcome === "avslag" ? null : 200_000, minutes_approved_on: minutesApprovedOn }).execute();

  it("shows the phase and its history to the parties and the staff, and the next steps only to the staff of its committee", async () => {
    const p = await grantedProcess();
    expect(await sut.phases(p.contact, p.caseId)).toMatchObject({ caseId: p.caseId, title: "Testärende", phase: "samarbete", history: [], possible: ["avslutas"] });
    expect(await sut.phases(p.applicant, p.caseId)).toMatchObject({ phase: "samarbete", possible: [] });
    expect(await sut.phases(p.otherCommittee, p.caseId)).toMatchObject({ possible: [] });
    expect(await sut.phases(p.outsider, p.caseId)).toBeUndefined();
  });

  it("begins the utförandefas only after an approved efforts decision with approved minutes, and records it", async () => {
    const p = await grantedProcess();
    expect(await sut.changePhase(p.contact, p.caseId, { event: "utforande_inleds" })).toEqual({ ok: false, error: "efforts_not_decided" });
    await decideEfforts(p.caseId, "bifall", null);
    expect(await sut.changePhase(p.contact, p.caseId, { event: "utforande_inleds" })).toEqual({ ok: false, error: "efforts_not_decided" });
    await handle.db.updateTable("decision").set({ minutes_approved_on: "2026-09-08" }).where("case_id", "=", p.caseId).where("decision_point", "=", "insatser").execute();
    expect((await sut.phases(p.contact, p.caseId))!.possible).toEqual(["utforande_inleds", "avslutas"]);
    expect(await sut.changePhase(p.contact, p.caseId, { event: "utforande_inleds" })).toEqual({ ok: true, value: { phase: "utforande" } });

    const phases = await sut.phases(p.applicant, p.caseId);
    expect(phases).toMatchObject({ phase: "utforande", history: [{ event: "utforande_inleds", from: "samarbete", to: "utforande", reason: null, recordedByName: p.contact.name }] });
    const audit = await handle.db.selectFrom("audit_event").select(["action", "after"]).where("entity_id", "=", p.caseId).where("action", "=", "process.phase.change").execute();
    expect(audit).toHaveLength(1);
    // Again: the process is no longer in the samarbetsfas.
    expect(await sut.changePhase(p.contact, p.caseId, { event: "utforande_inleds" })).toEqual({ ok: false, error: "wrong_phase" });
  });

  it("lets nobody else move it, and reads nothing it cannot use", async () => {
    const p = await grantedProcess();
    for (const who of [p.applicant, p.otherCommittee, p.outsider]) expect(await sut.changePhase(who, p.caseId, { event: "avslutas", reason: "Försök" })).toEqual({ ok: false, error: "not_found" });
    expect(await sut.changePhase(p.contact, p.caseId, { event: "hoppa_over" as never })).toMatchObject({ ok: false, error: "invalid", detail: { event: "process.error.event" } });
    expect(await sut.changePhase(p.contact, p.caseId, { event: "avslutas", reason: "x".repeat(2_001) })).toMatchObject({ ok: false, error: "invalid", detail: { reason: "process.error.reasonTooLong" } });
    expect(await sut.changePhase(p.contact, "not-a-case", { event: "avslutas", reason: "Försök" })).toEqual({ ok: false, error: "not_found" });
    expect(await sut.phases(p.contact, "not-a-case")).toBeUndefined();
    expect((await sut.phases(p.contact, p.caseId))!.history).toEqual([]);
  });

  it("closes early only with a reason: the case closes and the register shows it ended today", async () => {
    const p = await grantedProcess();
    await decideEfforts(p.caseId, "avslag", "2026-09-08");
    expect(await sut.changePhase(p.contact, p.caseId, { event: "utforande_inleds" })).toEqual({ ok: false, error: "efforts_not_decided" });
    expect(await sut.changePhase(p.contact, p.caseId, { event: "avslutas", reason: "  " })).toEqual({ ok: false, error: "reason_required" });
    expect(await sut.changePhase(p.contact, p.caseId, { event: "avslutas", reason: "Nämnden avslog insatserna." })).toEqual({ ok: true, value: { phase: "avslutad" } });
    const row = await handle.db.selectFrom("collaboration_case").select(["phase", "status", "ended_on"]).where("id", "=", p.caseId).executeTakeFirstOrThrow();
    expect(row).toEqual({ phase: "avslutad", status: "avslutat", ended_on: "2026-11-23" });
    const register = await sql<{ status: string; ends_on: string }>`select status, ends_on::text from process_register where id = ${p.caseId}`.execute(handle.db);
    expect(register.rows[0]).toEqual({ status: "avslutad", ends_on: "2026-11-23" });
    expect((await sut.phases(p.contact, p.caseId))!).toMatchObject({ possible: [], history: [{ event: "avslutas", reason: "Nämnden avslog insatserna." }] });
  });
});

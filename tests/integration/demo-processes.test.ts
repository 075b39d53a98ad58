/**
 * The demo data's running processes obey the same rules as real ones (issue 11): a process in
 * its samarbetsfas has a granting first decision; one past it an efforts decision that approved
 * some efforts and whose minutes are approved, with the approved efforts as its execution plan;
 * there is a process in each phase.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { loadDemoData } from "#src/adapters/db/demo-data.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { PhaseService } from "#src/application/collaboration/index.ts";
import { phaseChange, PHASE_PATH } from "#src/domain/collaboration/process-phase.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { createTestDatabase } from "../support/test-db.ts";

describe("the demo's running processes", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await loadDemoData(handle.db, argon2idHasher);
  });
  afterAll(async () => handle?.close());

  it("has a process in each phase, each reached by the phase rules from its decisions", async () => {
    const cases = await handle.db.selectFrom("collaboration_case").select(["id", "phase", "status"]).where("is_demo", "=", true).execute();
    const running = cases.filter((c) => ["samarbete", "utforande", "resultat", "avslutad"].includes(c.phase));
    expect(new Set(running.map((c) => c.phase))).toEqual(new Set(["samarbete", "utforande", "resultat", "avslutad"]));
    const uow = new KyselyUnitOfWork(handle.db);
    for (const c of running) {
      const facts = await uow.read((r) => PhaseService.facts(r, c.id, "initiering"));
      // Walk the path from the initieringsfas to the case's phase: every step the rule allows, with a reason where the rule asks one.
      let phase: Phase = "initiering";
      for (const step of PHASE_PATH) {
        if (phase === c.phase) break;
        const moved = phaseChange({ ...facts, phase }, step.event, "demo");
        expect(moved.ok, `${c.id} ${step.event}`).toBe(true);
        if (moved.ok) phase = moved.value.to;
      }
      expect(phase).toBe(c.phase);
    }
  });

  it("gives the processes past their samarbetsfas an execution plan of approved efforts, and the one in it a proposal being written", async () => {
    const rows = await handle.db
      .selectFrom("collaboration_case as c")
      .innerJoin("effort_proposal as p", "p.case_id", "c.id")
      .select(["c.phase", "p.status", (eb) => eb.selectFrom("effort as e").whereRef("e.case_id", "=", "c.id").where("e.approved", "=", true).select((x) => x.fn.countAll<number>().as("n")).as("approved")])
      .where("c.is_demo", "=", true)
      .execute();
    for (const r of rows) {
      if (r.phase === "samarbete") expect(r).toMatchObject({ status: "utkast", approved: 0 });
      else expect(r.status === "beslutat" && Number(r.approved) > 0, r.phase).toBe(true);
    }
    expect(rows.map((r) => r.phase).sort()).toEqual(["avslutad", "resultat", "samarbete", "utforande"]);
  });
});

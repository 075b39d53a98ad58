/**
 * The demo's processes past their samarbetsfas show the utförandefas (issue 12): statuses and
 * progress, payments within the decision, a change request, commitments; the read views work on
 * them as on real processes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { loadDemoData } from "#src/adapters/db/demo-data.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { csvWriter } from "#src/adapters/files/csv-writer.ts";
import { fileTypeInspector } from "#src/adapters/files/file-inspector.ts";
import { BudgetFollowUpService, CommitmentService, ExecutionPlanService } from "#src/application/execution/index.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

describe("the demo's utförandefas", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await loadDemoData(handle.db, argon2idHasher);
  });
  afterAll(async () => handle?.close());

  it("gives the processes in utförande, resultat and avslutad a plan with progress, payments within the decision, a change and commitments", async () => {
    const uow = new KyselyUnitOfWork(handle.db);
    const clock = new FakeClock(new Date("2026-12-02T09:00:00Z"));
    const plan = new ExecutionPlanService({ uow, clock });
    const budget = new BudgetFollowUpService({ uow, clock, files: fileTypeInspector, csvWriter });
    const commitments = new CommitmentService({ uow, clock });
    const staff = await new Fixtures(handle.db).user("analytiker");
    const cases = await handle.db.selectFrom("collaboration_case").select(["id", "phase"]).where("is_demo", "=", true).where("phase", "in", ["utforande", "resultat", "avslutad"]).execute();
    expect(new Set(cases.map((c) => c.phase))).toEqual(new Set(["utforande", "resultat", "avslutad"]));
    for (const c of cases) {
      const p = (await plan.view(staff, c.id))!;
      expect(p.efforts.length, c.phase).toBeGreaterThan(0);
      expect(p.efforts.some((e) => e.percent > 0), c.phase).toBe(true);
      expect(p.changes, c.phase).toHaveLength(1);
      expect(p.changes[0]!.status).toBe(c.phase === "utforande" ? "begard" : "godkand");
      const b = (await budget.view(staff, c.id))!;
      expect(b.payments.length, c.phase).toBeGreaterThan(0);
      expect(b.receipts, c.phase).toHaveLength(1);
      for (const e of b.efforts) expect(e.paidSek).toBeLessThanOrEqual(e.citySek);
      expect(b.years.length).toBeGreaterThan(0);
      expect((await commitments.view(staff, c.id))!.commitments.length).toBe(2);
    }
  });
});

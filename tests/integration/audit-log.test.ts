import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

describe("audit log", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let uow: KyselyUnitOfWork;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    uow = new KyselyUnitOfWork(handle.db);
  });
  afterAll(async () => handle.close());

  const count = async (entityId: string) =>
    Number((await handle.db.selectFrom("audit_event").select((eb) => eb.fn.countAll<number>().as("n")).where("entity_id", "=", entityId).executeTakeFirstOrThrow()).n);

  it("records who, what, which record and before/after", async () => {
    const actor = await fx.user("handlaggare");
    await uow.transaction((r) =>
      r.audit.append({ actor, action: "case.status_changed", entityType: "case", entityId: "c-1", before: { status: "inskickat" }, after: { status: "under_behandling" }, ip: "10.0.0.1", requestId: "req-1" }),
    );
    const [entry] = await uow.read((r) => r.audit.forEntity("case", "c-1"));
    expect(entry).toMatchObject({ action: "case.status_changed", entityType: "case", entityId: "c-1", before: { status: "inskickat" }, after: { status: "under_behandling" } });
    expect(entry!.actorLabel).toContain(actor.email);
    expect(entry!.occurredAt).toBeInstanceOf(Date);
  });

  it("is written in the same transaction as the change: a rolled-back change leaves no entry", async () => {
    const actor = await fx.user("handlaggare");
    await expect(
      uow.transaction(async (r) => {
        await r.audit.append({ actor, action: "case.updated", entityType: "case", entityId: "c-rolled-back" });
        throw new Error("the change failed after the audit entry was written");
      }),
    ).rejects.toThrow("the change failed");
    expect(await count("c-rolled-back")).toBe(0);
  });

  it("refuses UPDATE, DELETE and TRUNCATE: the log is append-only", async () => {
    const actor = await fx.user("administrator");
    await uow.transaction((r) => r.audit.append({ actor, action: "x.created", entityType: "x", entityId: "x-1" }));
    await expect(sql`update audit_event set action = 'tampered' where entity_id = 'x-1'`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event where entity_id = 'x-1'`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_event`.execute(handle.db)).rejects.toThrow(/append-only/);
    expect(await count("x-1")).toBe(1);
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { AdminService } from "#src/application/admin/overviews.ts";
import { CaseService } from "#src/application/cases/case-service.ts";
import { Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

describe("authorisation per object", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: CaseService;
  let admin: AdminService;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    const uow = new KyselyUnitOfWork(handle.db);
    sut = new CaseService({ uow });
    admin = new AdminService({ uow, clock: { now: () => new Date() } });
  });
  afterAll(async () => handle.close());

  it("lets an applicant read its own organisation's case, with no audit trail", async () => {
    const org = await fx.organisation("aktor");
    const applicant = await fx.user("aktor", org);
    const caseId = await fx.caseFor(org, { title: "Vårt torg" });
    const found = await sut.get(applicant, caseId);
    expect(found?.case.title).toBe("Vårt torg");
    expect(found?.audit).toBeNull();
  });

  it("answers 'not found' when an applicant asks for another organisation's case", async () => {
    const mine = await fx.organisation("aktor");
    const theirs = await fx.organisation("aktor");
    const applicant = await fx.user("aktor", mine);
    const theirCase = await fx.caseFor(theirs);
    expect(await sut.get(applicant, theirCase)).toBeUndefined();
  });

  it("treats a guessed or malformed id the same as a forbidden one", async () => {
    const applicant = await fx.user("aktor");
    expect(await sut.get(applicant, randomUUID())).toBeUndefined();
    expect(await sut.get(applicant, "1 or 1=1")).toBeUndefined();
  });

  it("lists only the applicant's own organisation's cases", async () => {
    const mine = await fx.organisation("aktor");
    const theirs = await fx.organisation("aktor");
    const applicant = await fx.user("aktor", mine);
    const own = await fx.caseFor(mine);
    const other = await fx.caseFor(theirs);
    const ids = (await sut.list(applicant)).map((c) => c.id);
    expect(ids).toContain(own);
    expect(ids).not.toContain(other);
  });

  it("lets the city's staff read any case with its audit trail", async () => {
    const org = await fx.organisation("aktor");
    const caseId = await fx.caseFor(org);
    for (const role of ["kontaktperson", "handlaggare", "analytiker", "administrator"] as const) {
      const staff = await fx.user(role);
      const found = await sut.get(staff, caseId);
      expect(found?.case.id, role).toBe(caseId);
      expect(found?.audit, role).toEqual([]);
    }
  });

  it("keeps a case without an applicant organisation away from every applicant", async () => {
    const applicant = await fx.user("aktor");
    const cityInitiated = await fx.caseFor(null);
    expect(await sut.get(applicant, cityInitiated)).toBeUndefined();
  });

  it("refuses the staff overviews to roles that do not hold them", async () => {
    const applicant = await fx.user("aktor");
    const contact = await fx.user("kontaktperson");
    const administrator = await fx.user("administrator");
    expect((await admin.users(applicant)).ok).toBe(false);
    expect((await admin.users(contact)).ok).toBe(false);
    expect((await admin.users(administrator)).ok).toBe(true);
    expect((await admin.auditLog(contact)).ok).toBe(false);
    expect((await admin.outbox(applicant)).ok).toBe(false);
    expect((await admin.outbox(await fx.user("handlaggare"))).ok).toBe(false);
    expect((await admin.outbox(administrator)).ok).toBe(true);
    expect((await admin.areas(applicant)).ok).toBe(false);
    expect((await admin.areas(contact)).ok).toBe(true);
  });
});

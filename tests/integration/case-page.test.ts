/**
 * The case page is one use case (services(context).casePage.view): the case with its thread,
 * the application, the decision and the city's next steps plugged in from their features, the
 * need of its area for the staff, and what the signed-in person may do there — each asked of the
 * access policy, not of the person's role on the page.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import type { CasePageActions } from "#src/application/cases/index.ts";
import type { CaseStatus } from "#src/domain/case/lifecycle.ts";
import { createServices, keepInOutbox } from "#src/web/server/services.ts";
import { Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const nothing: CasePageActions = { message: false, requestCompletion: false, answerCompletion: false, assess: false, route: false, register: false, decide: false, officerReport: false };

describe("the case page's view", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let services: ReturnType<typeof createServices>;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    services = createServices({ db: handle.db, hasher: argon2idHasher, transport: keepInOutbox, publicUrl: "https://samverka.test" });
  });
  afterAll(async () => handle.close());

  async function scenario(status: CaseStatus) {
    const committeeId = await fx.committee();
    const lead = await fx.organisation("aktor");
    const co = await fx.organisation("aktor");
    const caseId = await fx.caseFor(lead, { committeeId, title: "Trygga Sofielund" });
    await handle.db.updateTable("collaboration_case").set({ status }).where("id", "=", caseId).execute();
    await handle.db.insertInto("application_party").values({ case_id: caseId, organisation_id: co, role: "medsokande" }).execute();
    return {
      caseId,
      applicant: await fx.user("aktor", lead),
      coApplicant: await fx.user("aktor", co),
      outsider: await fx.user("aktor"),
      contact: await fx.user("kontaktperson", undefined, undefined, { committees: [committeeId] }),
      officer: await fx.user("handlaggare", undefined, undefined, { committees: [committeeId] }),
      otherOfficer: await fx.user("handlaggare", undefined, undefined, { committees: [await fx.committee()] }),
      analyst: await fx.user("analytiker"),
    };
  }

  it("shows an applicant party the applicant's view, with the answer to a request to complete while one is open", async () => {
    const s = await scenario("vantar_komplettering");
    for (const who of [s.applicant, s.coApplicant]) {
      const page = await services.casePage.view(who, s.caseId);
      expect(page).toMatchObject({ staffView: false, audit: null, handling: null, need: null, hasNeeds: false, decision: null, thread: [] });
      expect(page?.case.title).toBe("Trygga Sofielund");
      expect(page?.may).toEqual({ ...nothing, message: true, answerCompletion: true });
    }
    expect(await services.casePage.view(s.applicant, randomUUID())).toBeUndefined();
    expect(await services.casePage.view(s.outsider, s.caseId)).toBeUndefined();
    expect(await services.casePage.view(s.applicant, "inte-ett-id")).toBeUndefined();
  });

  it("offers no answer when no request to complete is open", async () => {
    const s = await scenario("under_bedomning");
    expect((await services.casePage.view(s.applicant, s.caseId))?.may).toEqual({ ...nothing, message: true });
  });

  it("shows the committee's staff the city's view and their own actions", async () => {
    const s = await scenario("under_bedomning");
    const contact = await services.casePage.view(s.contact, s.caseId);
    expect(contact).toMatchObject({ staffView: true });
    expect(contact?.audit).not.toBeNull();
    expect(contact?.handling?.canAssign).toBe(true);
    expect(contact?.may).toEqual({ ...nothing, message: true, requestCompletion: true, assess: true, route: true, officerReport: true });
    const officer = await services.casePage.view(s.officer, s.caseId);
    expect(officer?.may).toEqual({ ...nothing, message: true, requestCompletion: true, assess: true, route: true, register: true, decide: true, officerReport: true });
  });

  it("lets staff of another committee, and analysts, read the case but offers them nothing to do on it", async () => {
    const s = await scenario("under_bedomning");
    for (const who of [s.otherOfficer, s.analyst]) {
      const page = await services.casePage.view(who, s.caseId);
      expect(page?.staffView).toBe(true);
      expect(page?.handling?.canAssign).toBe(false);
      expect(page?.may).toEqual(nothing);
    }
  });

  it("opens the registration page to whom the policy lets register the case (its committee's case officers), not to a role", async () => {
    const s = await scenario("inskickat");
    await handle.db.insertInto("application").values({ case_id: s.caseId, answers: JSON.stringify({}) }).execute();
    expect(await services.applications.registrationView(s.officer, s.caseId)).toMatchObject({ caseId: s.caseId, title: "Trygga Sofielund", diariumNumber: null, status: "inskickat", source: "samverka" });
    for (const who of [s.otherOfficer, s.contact, s.applicant, s.analyst]) expect(await services.applications.registrationView(who, s.caseId)).toBeUndefined();
  });

  it("writes nothing on a draft's thread", async () => {
    const s = await scenario("utkast");
    expect((await services.casePage.view(s.applicant, s.caseId))?.may.message).toBe(false);
  });
});

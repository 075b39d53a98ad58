import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { CaseMessagesService } from "#src/application/cases/case-messages-service.ts";
import type { CaseStatus } from "#src/domain/case/lifecycle.ts";
import { Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const text = { subject: (c: string) => `Nytt i ${c}`, body: (c: string, kind: string, link: string) => `${c} ${kind} ${link}` };

describe("messages and completion requests", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: CaseMessagesService;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    sut = new CaseMessagesService({ uow: new KyselyUnitOfWork(handle.db), clock: { now: () => new Date() }, publicUrl: "https://samverka.test" });
  });
  afterAll(async () => handle.close());

  async function scenario(status: CaseStatus = "under_bedomning") {
    const org = await fx.organisation("aktor");
    const applicant = await fx.user("aktor", org);
    const caseId = await fx.caseFor(org);
    const contact = await fx.staffFor("kontaktperson", caseId);
    await handle.db.updateTable("collaboration_case").set({ status, contact_person_id: contact.userId, case_number: `TN-2026-${String(Math.floor(Math.random() * 99999)).padStart(5, "0")}` }).where("id", "=", caseId).execute();
    await handle.db.insertInto("application_party").values({ case_id: caseId, organisation_id: org, role: "huvudsokande" }).execute();
    return { org, applicant, contact, caseId };
  }
  const statusOf = async (caseId: string) => (await handle.db.selectFrom("collaboration_case").select("status").where("id", "=", caseId).executeTakeFirstOrThrow()).status;
  const mailTo = async (to: string) => handle.db.selectFrom("mail_outbox").select(["subject", "body_text"]).where("to_address", "=", to).execute();

  it("walks a completion request and its answer through the lifecycle, mailing the other side", async () => {
    const { applicant, contact, caseId } = await scenario();
    const request = await sut.post(contact, { caseId, kind: "begaran_om_komplettering", body: "Bifoga underlaget från dialogen med boende.", submissionKey: randomUUID() }, text);
    expect(request.ok).toBe(true);
    expect(await statusOf(caseId)).toBe("vantar_komplettering");
    expect(await mailTo(applicant.email)).toHaveLength(1);

    const answer = await sut.post(applicant, { caseId, kind: "komplettering", body: "Här är sammanställningen från tre dialogmöten.", submissionKey: randomUUID() }, text);
    expect(answer.ok).toBe(true);
    expect(await statusOf(caseId)).toBe("kompletterad");
    expect(await mailTo(contact.email)).toHaveLength(1);

    const thread = await sut.thread(applicant, caseId);
    expect(thread?.map((m) => [m.kind, m.authorIsStaff])).toEqual([
      ["begaran_om_komplettering", true],
      ["komplettering", false],
    ]);
    const audited = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", caseId).orderBy("id").execute();
    expect(audited.map((a) => a.action)).toEqual(["case.requestCompletion", "case.message.begaran_om_komplettering", "case.answerCompletion", "case.message.komplettering"]);
  });

  it("posts once when the same form is submitted twice", async () => {
    const { applicant, caseId } = await scenario();
    const key = randomUUID();
    const first = await sut.post(applicant, { caseId, kind: "meddelande", body: "Hej!", submissionKey: key }, text);
    const second = await sut.post(applicant, { caseId, kind: "meddelande", body: "Hej!", submissionKey: key }, text);
    expect(first).toEqual(second);
    expect(await sut.thread(applicant, caseId)).toHaveLength(1);
  });

  it("refuses an answer when no completion was asked for, and changes nothing", async () => {
    const { applicant, caseId } = await scenario("under_bedomning");
    const result = await sut.post(applicant, { caseId, kind: "komplettering", body: "Oombedd komplettering", submissionKey: randomUUID() }, text);
    expect(result).toMatchObject({ ok: false, error: "not_allowed_from_status" });
    expect(await statusOf(caseId)).toBe("under_bedomning");
    expect(await sut.thread(applicant, caseId)).toEqual([]);
  });

  it("does not let an applicant ask for completion, nor reach another organisation's case", async () => {
    const { applicant, caseId } = await scenario();
    const other = await scenario();
    expect(await sut.post(applicant, { caseId, kind: "begaran_om_komplettering", body: "x", submissionKey: randomUUID() }, text)).toEqual({ ok: false, error: "not_found" });
    expect(await sut.post(applicant, { caseId: other.caseId, kind: "meddelande", body: "x", submissionKey: randomUUID() }, text)).toEqual({ ok: false, error: "not_found" });
    expect(await sut.thread(applicant, other.caseId)).toBeUndefined();
  });

  it("leaves the wording of a case without a number to the mail text (the catalogue), writing none of its own", async () => {
    const { applicant, contact, caseId } = await scenario();
    await handle.db.updateTable("collaboration_case").set({ case_number: null }).where("id", "=", caseId).execute();
    const labels: Array<string | null> = [];
    const recording = {
      subject: (c: string | null) => (labels.push(c), `Nytt i ${c ?? "(inget nummer)"}`),
      body: (c: string | null, kind: string, link: string) => (labels.push(c), `${kind} ${link}`),
    };
    expect((await sut.post(applicant, { caseId, kind: "meddelande", body: "Hej!", submissionKey: randomUUID() }, recording)).ok).toBe(true);
    expect(labels).toEqual([null, null]);
    expect(await mailTo(contact.email)).toEqual([expect.objectContaining({ subject: "Nytt i (inget nummer)" })]);
  });

  it("refuses an empty message", async () => {
    const { applicant, caseId } = await scenario();
    expect(await sut.post(applicant, { caseId, kind: "meddelande", body: "   ", submissionKey: randomUUID() }, text)).toEqual({ ok: false, error: "empty" });
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { ContactRequestService } from "#src/application/outreach/contact-request-service.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const text = { subject: "Tack för din kontaktförfrågan", body: "Hej! Kontaktpersonen hör av sig." };
const input = (overrides: Partial<Parameters<ContactRequestService["submit"]>[0]> = {}) => ({
  submissionKey: randomUUID(),
  name: "Eva Exempel",
  email: "Eva@Exempel.test",
  phone: "",
  organisationName: "Föreningen Torget",
  actorType: "forening",
  areaText: "Limhamns torg",
  message: "Vi vill göra torget mer levande.",
  ...overrides,
});

describe("ContactRequestService", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: ContactRequestService;
  let nudges = 0;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    sut = new ContactRequestService({ uow: new KyselyUnitOfWork(handle.db), clock: new FakeClock(), nudgeMail: () => nudges++ });
  });
  afterAll(async () => handle.close());

  it("stores a request, puts a receipt to the sender in the outbox and audits it", async () => {
    const before = nudges;
    const result = await sut.submit(input(), text, { ip: "127.0.0.1", requestId: "r1" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await handle.db.selectFrom("contact_request").selectAll().where("id", "=", result.value.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: "Eva Exempel", email: "eva@exempel.test", phone: null, actor_type: "forening", status: "ny" });
    const mail = await handle.db.selectFrom("mail_outbox").selectAll().where("related_entity", "=", `contact_request:${result.value.id}`).execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to_address: "eva@exempel.test", subject: text.subject });
    // A fixed text: nothing typed in the form reaches the address typed in it.
    expect(mail[0]!.body_text).toBe(text.body);
    const audit = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", result.value.id).execute();
    expect(audit.map((a) => a.action)).toEqual(["contact_request.created"]);
    expect(nudges).toBe(before + 1);
  });

  it("a double submit creates one request and one receipt mail", async () => {
    const form = input({ email: "dubbel@exempel.test" });
    const [a, b] = await Promise.all([sut.submit(form, text), sut.submit(form, text)]);
    const c = await sut.submit(form, text);
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(new Set([a.value.id, b.value.id, c.value.id]).size).toBe(1);
    expect(await handle.db.selectFrom("contact_request").select("id").where("email", "=", "dubbel@exempel.test").execute()).toHaveLength(1);
    expect(await handle.db.selectFrom("mail_outbox").select("id").where("to_address", "=", "dubbel@exempel.test").execute()).toHaveLength(1);
  });

  it("stores the request without a receipt when the address has had its receipts for now", async () => {
    const result = await sut.submit(input({ email: "tyst@exempel.test" }), text, {}, { sendReceipt: false });
    expect(result.ok).toBe(true);
    expect(await handle.db.selectFrom("contact_request").select("id").where("email", "=", "tyst@exempel.test").execute()).toHaveLength(1);
    expect(await handle.db.selectFrom("mail_outbox").select("id").where("to_address", "=", "tyst@exempel.test").execute()).toHaveLength(0);
  });

  it("refuses an invalid request", async () => {
    expect(await sut.submit(input({ email: "inte-en-adress" }), text)).toEqual({ ok: false, error: "invalid" });
    expect(await sut.submit(input({ areaText: "  " }), text)).toEqual({ ok: false, error: "invalid" });
    expect(await sut.submit(input({ actorType: "kommun" }), text)).toEqual({ ok: false, error: "invalid" });
  });

  it("lets the contact person book a meeting, write a note once per submit and close; others see nothing", async () => {
    const created = await sut.submit(input({ email: "kö@exempel.test" }), text);
    if (!created.ok) throw new Error("submit failed");
    const id = created.value.id;
    const contact = await fx.user("kontaktperson");
    const applicant = await fx.user("aktor");
    const analyst = await fx.user("analytiker");

    expect(await sut.list(applicant)).toBeUndefined();
    expect(await sut.get(analyst, id)).toBeUndefined();
    expect(await sut.bookMeeting(applicant, id, "2026-12-01")).toEqual({ ok: false, error: "not_found" });
    expect(await sut.countNew(contact)).toBeGreaterThanOrEqual(1);

    expect(await sut.bookMeeting(contact, id, "2026-13-01")).toEqual({ ok: false, error: "invalid_date" });
    expect((await sut.bookMeeting(contact, id, "2026-12-01")).ok).toBe(true);
    expect((await sut.list(contact, { status: "mote_bokat" }))?.items.map((r) => r.id)).toContain(id);
    expect((await sut.list(contact, { status: "ny" }))?.items.map((r) => r.id)).not.toContain(id);

    const key = randomUUID();
    const n1 = await sut.addNote(contact, { id, body: "Första mötet: de vill ha fler bänkar.", meetingOn: "2026-12-01", submissionKey: key });
    const n2 = await sut.addNote(contact, { id, body: "Första mötet: de vill ha fler bänkar.", meetingOn: "2026-12-01", submissionKey: key });
    expect(n1.ok && n2.ok && n1.value.noteId === n2.value.noteId).toBe(true);
    expect(await sut.addNote(contact, { id, body: " ", meetingOn: null, submissionKey: randomUUID() })).toEqual({ ok: false, error: "empty" });

    expect((await sut.close(contact, id)).ok).toBe(true);
    expect((await sut.close(contact, id)).ok).toBe(true);
    expect(await sut.bookMeeting(contact, id, "2026-12-02")).toEqual({ ok: false, error: "closed" });

    const found = await sut.get(contact, id);
    expect(found?.request).toMatchObject({ status: "avslutad", meetingOn: "2026-12-01", handledByName: contact.name });
    expect(found?.notes).toHaveLength(1);
    const actions = (await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", id).orderBy("id").execute()).map((a) => a.action);
    expect(actions).toEqual(["contact_request.created", "contact_request.meeting_booked", "contact_request.note_added", "contact_request.closed"]);
  });
});

/**
 * Processes the city starts itself (issue 11, seed 002): a contact person starts one for a
 * committee they work for; it begins in the samarbetsfas by the event `stadsinitierad_start`
 * (history and audit), shows in the register as running and in the case list; a double submit
 * starts one process. The contact person invites organisations into it with the co-applicants'
 * invitation (a secret link in the recipient's mail only); accepting makes the organisation a
 * party that works in the process. Staff of another committee, applicants and anonymous visitors
 * (no actor: every use case needs one) can do none of it.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { csvTableReader } from "#src/adapters/files/csv-table.ts";
import { csvWriter } from "#src/adapters/files/csv-writer.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { ActorMapping, CityInitiatedProcesses, PhaseService } from "#src/application/collaboration/index.ts";
import { OrganisationService } from "#src/application/organisations/index.ts";
import type { OutgoingMail, UnitOfWork } from "#src/application/shared/ports.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

type Enqueued = OutgoingMail & { secrets?: readonly string[] };
function recordingMail(uow: UnitOfWork, captured: Enqueued[]): UnitOfWork {
  return {
    transaction: (work) => uow.transaction((r) => work({ ...r, outbox: { ...r.outbox, enqueue: (m) => (captured.push(m), r.outbox.enqueue(m)) } })),
    read: (work) => uow.read(work),
  };
}
const mail = { subject: (o: string) => `Inbjudan från ${o}`, body: (a: { link: string; caseTitle: string | null }) => `${a.caseTitle ?? ""} ${a.link}` };
const tokenFrom = (text: string) => decodeURIComponent(/token=([^\s&]+)/.exec(text)![1]!);

describe("a process the city starts itself", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: CityInitiatedProcesses;
  let phases: PhaseService;
  let mapping: ActorMapping;
  let organisations: OrganisationService;
  let committeeId: string;
  let areaId: string;
  const captured: Enqueued[] = [];
  const clock = new FakeClock(new Date("2026-12-01T09:00:00Z"));

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    const uow = recordingMail(new KyselyUnitOfWork(handle.db), captured);
    sut = new CityInitiatedProcesses({ uow, clock, config: { caseNumberSource: "samverka", processTypeCode: "samverkansstod", publicUrl: "https://samverka.test", invitationDays: 14 } });
    phases = new PhaseService({ uow, clock });
    mapping = new ActorMapping({ uow, clock, tables: csvTableReader, csvWriter });
    organisations = new OrganisationService({ uow, hasher: argon2idHasher, clock, config: { sessionIdleMinutes: 120, invitationDays: 14, publicUrl: "https://samverka.test" } });
    committeeId = await fx.committee("TSTX");
    await handle.db.insertInto("committee_process_type").values({ committee_id: committeeId, process_type_code: "samverkansstod" }).execute();
    areaId = (
      await handle.db
        .insertInto("area")
        .values({ code: "T-CI", name: "Möllevången (test)", geom: sql`st_multi(st_makeenvelope(13.0, 55.59, 13.01, 55.61, 4326))`, valid_from: "2020-01-01", source: "test" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => handle?.close());

  const input = (over: Record<string, unknown> = {}) => ({ title: "Sommargata på Möllan", description: "Staden bjuder in till en sommargata.", committeeId, areaIds: [areaId], startsOn: "2026-12-15", submissionKey: crypto.randomUUID(), ...over });

  it("starts in the samarbetsfas with its history, audit, number and area, once for a form sent twice, and shows as running in the register", async () => {
    const contact = await fx.user("kontaktperson", undefined, undefined, { committees: [committeeId] });
    expect((await sut.options(contact))!.committees.map((c) => c.id)).toEqual([committeeId]);
    const form = input();
    const started = await sut.start(contact, form);
    expect(started.ok).toBe(true);
    const caseId = started.ok ? started.value.caseId : "";
    expect(await sut.start(contact, form)).toEqual({ ok: true, value: { caseId } });

    const row = await handle.db.selectFrom("collaboration_case").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ phase: "samarbete", city_initiated: true, applicant_organisation_id: null, contact_person_id: contact.userId, case_number: "TSTX-2026-00001", started_on: "2026-12-15" });
    expect(row.geom).not.toBeNull();
    expect(await handle.db.selectFrom("case_area").select("area_id").where("case_id", "=", caseId).execute()).toEqual([{ area_id: areaId }]);
    expect((await phases.phases(contact, caseId))!.history).toMatchObject([{ event: "stadsinitierad_start", from: "initiering", to: "samarbete", recordedByName: contact.name }]);
    const audit = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", caseId).orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["process.city_initiated", "process.phase.change"]);
    const register = await sql<{ status: string; starts_on: string }>`select status, starts_on::text from process_register where case_id = ${caseId}`.execute(handle.db);
    expect(register.rows).toEqual([{ status: "pagaende", starts_on: "2026-12-15" }]);
    // The mapping is open for the contact person at once.
    expect((await mapping.view(contact, caseId))!.open).toBe(true);
  });

  it("answers problems by field and starts nothing", async () => {
    const contact = await fx.user("kontaktperson", undefined, undefined, { committees: [committeeId] });
    const before = await handle.db.selectFrom("collaboration_case").select("id").where("city_initiated", "=", true).execute();
    expect(await sut.start(contact, input({ title: "", areaIds: [], startsOn: "2026-02-30" }))).toMatchObject({ ok: false, error: "invalid", detail: { title: "initiate.error.title", areaIds: "initiate.error.areas", startsOn: "initiate.error.startsOn" } });
    expect(await sut.start(contact, input({ areaIds: [crypto.randomUUID()] }))).toMatchObject({ ok: false, error: "invalid", detail: { areaIds: "initiate.error.areas" } });
    expect(await handle.db.selectFrom("collaboration_case").select("id").where("city_initiated", "=", true).execute()).toHaveLength(before.length);
  });

  it("is not started by staff for a committee they do not work for, nor by an applicant or an analyst", async () => {
    const elsewhere = await fx.user("kontaktperson", undefined, undefined, { committees: [await fx.committee()] });
    expect((await sut.options(elsewhere))!.committees).toEqual([]);
    expect(await sut.start(elsewhere, input())).toMatchObject({ ok: false, error: "invalid", detail: { committeeId: "initiate.error.committee" } });
    for (const who of [await fx.user("aktor"), await fx.user("analytiker"), await fx.user("kontaktperson", undefined, undefined, { committees: [] })]) {
      expect(await sut.options(who)).toBeUndefined();
      expect(await sut.start(who, input())).toEqual({ ok: false, error: "not_allowed" });
    }
  });

  it("invites organisations with a secret link; accepting makes the organisation a party that works in the process", async () => {
    const contact = await fx.user("kontaktperson", undefined, undefined, { committees: [committeeId] });
    const started = await sut.start(contact, input());
    const caseId = started.ok ? started.value.caseId : "";
    const org = await fx.organisation("aktor", "Möllans företagarförening");
    const member = await fx.user("aktor", org);
    expect(await mapping.view(member, caseId)).toBeUndefined();

    const before = captured.length;
    expect(await sut.invite(contact, caseId, { intent: "registered", organisationId: org }, mail)).toEqual({ ok: true, value: { sent: 1 } });
    expect(await sut.invite(contact, caseId, { intent: "email", organisationName: "Grannarna på Möllan", email: "granne@exempel.se" }, mail)).toEqual({ ok: true, value: { sent: 1 } });
    // The same invitation sent again (a double submit) sends nothing more.
    expect(await sut.invite(contact, caseId, { intent: "email", organisationName: "Grannarna på Möllan", email: "Granne@exempel.se" }, mail)).toEqual({ ok: true, value: { sent: 0 } });
    const sent = captured.slice(before);
    expect(sent.map((m) => m.to)).toEqual([member.email, "granne@exempel.se"]);
    for (const m of sent) expect(m.secrets).toEqual([/https:\S+/.exec(m.text)![0]]);
    // The page shows the invitations to the case staff, never the link.
    const view = (await sut.parties(contact, caseId))!;
    expect(view).toMatchObject({ cityInitiated: true, mayInvite: true, parties: [] });
    expect(view.invitations!.map((i) => i.email).sort()).toEqual(["granne@exempel.se", member.email].sort());
    expect(JSON.stringify(view)).not.toMatch(/token|inbjudan\?/);

    expect(await organisations.acceptForOrganisation(member, tokenFrom(sent[0]!.text))).toEqual({ ok: true, value: { caseId } });
    expect((await sut.parties(member, caseId))!).toMatchObject({ parties: [{ organisationId: org, name: "Möllans företagarförening" }], invitations: null, mayInvite: false });
    const added = await mapping.change(member, caseId, { intent: "add", submissionKey: crypto.randomUUID(), name: "Möllevångens skola", type: "skola", role: "att_na" });
    expect(added.ok).toBe(true);
  });

  it("lets nobody else invite, and invites into no process the city did not start nor a closed one", async () => {
    const contact = await fx.user("kontaktperson", undefined, undefined, { committees: [committeeId] });
    const started = await sut.start(contact, input());
    const caseId = started.ok ? started.value.caseId : "";
    const elsewhere = await fx.user("kontaktperson", undefined, undefined, { committees: [await fx.committee()] });
    for (const who of [elsewhere, await fx.user("aktor"), await fx.user("administrator")]) {
      expect(await sut.invite(who, caseId, { intent: "email", organisationName: "X", email: "x@exempel.se" }, mail)).toEqual({ ok: false, error: "not_found" });
      expect(await sut.parties(who, caseId)).toBeUndefined();
    }
    expect(await sut.invite(contact, "not-a-case", { intent: "email", organisationName: "X", email: "x@exempel.se" }, mail)).toEqual({ ok: false, error: "not_found" });

    const applicantOrg = await fx.organisation();
    const granted = await fx.caseFor(applicantOrg, { phase: "samarbete", committeeId });
    expect(await sut.invite(contact, granted, { intent: "email", organisationName: "X", email: "x@exempel.se" }, mail)).toEqual({ ok: false, error: "not_city_initiated" });

    expect(await phases.changePhase(contact, caseId, { event: "avslutas", reason: "Ingen ville vara med." })).toEqual({ ok: true, value: { phase: "avslutad" } });
    expect(await sut.invite(contact, caseId, { intent: "email", organisationName: "X", email: "x@exempel.se" }, mail)).toEqual({ ok: false, error: "closed" });
    expect((await sql<{ status: string }>`select status from process_register where case_id = ${caseId}`.execute(handle.db)).rows).toEqual([{ status: "avslutad" }]);
  });
});

/**
 * The comparison of processes and the network of actors (issue 12) against a real database:
 * the comparison's figures (cost, duration, participation with small counts suppressed,
 * outcomes) in a fixed number of queries, its CSV with formula-looking text defused; the network's
 * actors deduplicated across processes and filtered; a meeting planned once for a double submit,
 * invitations mailed once per address with the calendar link, the public calendar file, the notes
 * made a lesson once per process; and who may do what.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { icsCalendar } from "#src/adapters/documents/calendar.ts";
import { csvWriter } from "#src/adapters/files/csv-writer.ts";
import { randomSlugs } from "#src/adapters/crypto/public-slug.ts";
import { ActorNetwork, LessonLibrary, ProcessComparison } from "#src/application/learning/index.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import { translator } from "#src/text/index.ts";
import { invitationMail } from "#src/web/app/routes/learning/mail-text.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const mail = invitationMail(translator("sv"), "sv");

describe("comparison and the network of actors", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  const clock = new FakeClock(new Date("2026-12-01T09:00:00Z"));
  let comparison: ProcessComparison;
  let network: ActorNetwork;
  let library: LessonLibrary;
  let nudged = 0;
  let p: { a: string; b: string; closed: string; contact: Actor; otherCommittee: Actor; analyst: Actor; applicant: Actor; orgId: string };

  async function effort(caseId: string, title: string, citySek: number, startsOn: string, endsOn: string, actorsSek: number) {
    await handle.db.insertInto("effort_proposal").values({ case_id: caseId, status: "beslutat" }).onConflict((oc) => oc.doNothing()).execute();
    const e = await handle.db.insertInto("effort").values({ case_id: caseId, title, responsible: "Gruppen", starts_on: startsOn, ends_on: endsOn, approved: true, approved_city_sek: citySek }).returning("id").executeTakeFirstOrThrow();
    await handle.db.insertInto("effort_budget_line").values({ effort_id: e.id, funder: "aktor", form: "resurs", contributor: "Föreningen", amount_sek: actorsSek }).execute();
    await handle.db.insertInto("effort").values({ case_id: caseId, title: `${title} (avslagen)`, responsible: "Gruppen", starts_on: startsOn, ends_on: endsOn, approved: false }).execute();
  }

  async function activity(caseId: string, total: number, women: number, men: number) {
    const a = await handle.db
      .insertInto("dialogue_activity")
      .values({ case_id: caseId, title: "Vandring", activity_type: "vandring", starts_at: "2026-05-01T16:00:00Z", ends_at: "2026-05-01T18:00:00Z", public_slug: `vandring${Math.random().toString(36).slice(2, 10)}`, participants_total: total })
      .returning("id")
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto("activity_participation")
      .values([
        { activity_id: a.id, dimension: "kon", category: "kvinna", participants: women },
        { activity_id: a.id, dimension: "kon", category: "man", participants: men },
      ])
      .execute();
  }

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    const uow = new KyselyUnitOfWork(handle.db);
    comparison = new ProcessComparison({ uow, clock, csvWriter });
    network = new ActorNetwork({ uow, clock, slugs: randomSlugs, calendar: icsCalendar, publicUrl: "https://samverka.example.se", nudgeMail: () => nudged++ });
    library = new LessonLibrary({ uow, clock });
    const committee = await fx.committee();
    const orgId = await fx.organisation("aktor", "Föreningen Gården");
    const a = await fx.caseFor(orgId, { phase: "utforande", title: "=Trygga Sofielund", committeeId: committee });
    const b = await fx.caseFor(null, { phase: "resultat", title: "Parkstråket", committeeId: committee });
    const closed = await fx.caseFor(null, { phase: "avslutad", title: "Sommargata" });
    await effort(a, "Belysning", 300_000, "2026-03-01", "2026-10-31", 40_000);
    await effort(b, "Lekplats", 90_000, "2026-04-01", "2027-06-30", 10_000);
    await activity(a, 30, 16, 14);
    await activity(b, 12, 9, 3);
    await handle.db.insertInto("process_phase_event").values({ case_id: a, event: "samarbete_inleds", from_phase: "initiering", to_phase: "samarbete", occurred_at: "2026-01-15T10:00:00Z" }).execute();
    // The same association in two processes (once linked to its organisation, once by name), and a property owner.
    await handle.db
      .insertInto("process_actor")
      .values([
        { case_id: a, name: "Föreningen Gården", actor_type: "forening", role: "involverad", organisation_id: orgId, contact_name: "Anna Andersson", email: "anna@garden.test", phone: "040-123456" },
        { case_id: b, name: "föreningen gården", actor_type: "forening", role: "intresserad", email: "info@garden.test" },
        { case_id: b, name: "Fastighets AB Sofia", actor_type: "fastighetsagare", role: "att_na" },
        { case_id: closed, name: "Handlarna på Möllan", actor_type: "foretag", role: "involverad", email: "mollan@handel.test" },
      ])
      .execute();
    p = {
      a,
      b,
      closed,
      orgId,
      contact: await fx.user("kontaktperson", undefined, undefined, { committees: [committee] }),
      otherCommittee: await fx.user("handlaggare", undefined, undefined, { committees: [await fx.committee()] }),
      analyst: await fx.user("analytiker"),
      applicant: await fx.user("aktor", orgId),
    };
  });
  afterAll(async () => handle?.close());

  it("compares processes side by side: cost, duration, participation with small counts hidden, outcomes", async () => {
    const page = (await comparison.view(p.analyst, { p: [p.a, p.b, "not-a-uuid"] }))!;
    expect(page.chosen).toEqual([p.a, p.b]);
    const [a, b] = page.compared;
    expect(a).toMatchObject({ title: "=Trygga Sofielund", approvedCitySek: 300_000, actorsOwnSek: 40_000, paidSoFarSek: 0, effortsApproved: 1, effortsEnded: 1, startsOn: "2026-03-01", endsOn: "2026-10-31", activities: 1, participantsTotal: 30 });
    expect(a!.startedAt?.toISOString()).toBe("2026-01-15T10:00:00.000Z");
    expect(a!.participantsBySex.map((c) => c.count)).toEqual([16, 14, 0]);
    expect(b).toMatchObject({ approvedCitySek: 90_000, effortsEnded: 0, participantsTotal: 12 });
    // 3 men is too few to show; one more cell is hidden with it (the domain's rule: the smallest shown).
    expect(b!.participantsBySex.map((c) => [c.count, c.hidden])).toEqual([
      [9, null],
      [null, "small"],
      [null, "secondary"],
    ]);
  });

  it("filters the list by phase and keeps the chosen ones", async () => {
    const page = (await comparison.view(p.analyst, { p: [p.a], fas: "avslutad" }))!;
    expect(page.processes.map((x) => x.title)).toEqual(["=Trygga Sofielund", "Sommargata"]);
  });

  it("writes the comparison as CSV with the given headers, formula-looking text defused", async () => {
    const csv = (await comparison.csv(p.contact, { p: [p.a] }, { headers: ["Process", "Nr"], phase: (c) => `fas:${c}`, hidden: "dold" }))!;
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Process,Nr");
    expect(lines[1]!.startsWith("'=Trygga Sofielund,,fas:utforande,300000,40000,0,2026-03-01,2026-10-31,2026-01-15,,1,30,16,14,0,1,1,0")).toBe(true);
  });

  it("is for the city's staff only", async () => {
    expect(await comparison.view(p.applicant, { p: [p.a] })).toBeUndefined();
    expect(await comparison.csv(p.applicant, { p: [p.a] }, { headers: [], phase: String, hidden: "" })).toBeUndefined();
  });

  it("reads the figures of one process and of many in the same number of queries", async () => {
    let queries = 0;
    const counted = handle.db.withPlugin({ transformQuery: (args) => (queries++, args.node), transformResult: async (args) => args.result });
    const counting = new ProcessComparison({ uow: new KyselyUnitOfWork(counted), clock, csvWriter });
    queries = 0;
    await counting.view(p.analyst, { p: [p.a] });
    const one = queries;
    queries = 0;
    await counting.view(p.analyst, { p: [p.a, p.b, p.closed] });
    expect(queries).toBe(one);
  });

  it("lists each actor once across processes, with its processes and contacts, filtered by type and process", async () => {
    const page = (await network.page(p.contact, {}))!;
    const garden = page.actors.find((x) => x.name === "Föreningen Gården")!;
    expect(garden.processes.map((x) => x.title).sort()).toEqual(["=Trygga Sofielund", "Parkstråket"]);
    expect(garden.contacts.map((c) => c.email)).toEqual(["anna@garden.test", "info@garden.test"]);
    expect(page.totalActors).toBe(3 + (page.actors.length - 3));
    expect((await network.page(p.contact, { typ: "fastighetsagare" }))!.actors.map((x) => x.name)).toEqual(["Fastighets AB Sofia"]);
    expect((await network.page(p.contact, { process: p.a }))!.actors.map((x) => x.name)).toEqual(["Föreningen Gården"]);
  });

  it("is run by contact persons and case officers only: others see nothing", async () => {
    expect(await network.page(p.analyst, {})).toBeUndefined();
    expect(await network.page(p.applicant, {})).toBeUndefined();
    expect(await network.plan(p.applicant, { title: "X", date: "2027-02-10", startTime: "17", endTime: "18", place: "Y" })).toMatchObject({ ok: false, error: "not_found" });
  });

  it("plans a meeting once for a double submit, and refuses a meeting that ends before it starts", async () => {
    const key = "0b5a1c2d-3e4f-4a5b-8c7d-9e0f1a2b3c4d";
    const input = { title: "Nätverksträff om trygghet", date: "2027-02-10", startTime: "17.30", endTime: "19:00", place: "Sofielunds folkets hus", agenda: "1. Trygghetsvandringar\n2. Belysning", submissionKey: key };
    const first = await network.plan(p.contact, input);
    const again = await network.plan(p.contact, input);
    expect(first.ok && again.ok && first.value.meetingId === again.value.meetingId).toBe(true);
    expect(await network.plan(p.contact, { ...input, submissionKey: undefined, endTime: "17.00" })).toMatchObject({ ok: false, error: "invalid", detail: { endTime: "network.error.endsBeforeStart" } });
    expect(await network.plan(p.contact, { ...input, submissionKey: undefined, date: "2027-02-30", place: "" })).toMatchObject({ ok: false, error: "invalid", detail: { date: "network.error.date", place: "network.error.place" } });
    const m = (await network.meeting(p.contact, first.ok ? first.value.meetingId : ""))!;
    expect(m.meeting).toMatchObject({ title: input.title, place: input.place, startsAt: new Date("2027-02-10T16:30:00Z"), endsAt: new Date("2027-02-10T18:00:00Z") });
  });

  it("invites by mail once per address, with the calendar link; the calendar file is public by its link", async () => {
    const planned = await network.plan(p.otherCommittee, { title: "Erfarenhetsutbyte <b>våren</b>", date: "2027-03-03", startTime: "18.00", endTime: "20.00", place: "Stadshuset", agenda: "" });
    if (!planned.ok) throw new Error("not planned");
    const id = planned.value.meetingId;
    const page = (await network.meeting(p.otherCommittee, id))!;
    const ids = page.invitable.flatMap((a) => a.contacts.map((c) => c.processActorId));
    expect(page.invitable.map((a) => a.name).sort()).toEqual(["Föreningen Gården", "Handlarna på Möllan"]);
    const before = nudged;
    expect(await network.invite(p.otherCommittee, id, { actorIds: ids }, mail)).toEqual({ ok: true, value: { invited: 3, already: 0 } });
    expect(await network.invite(p.otherCommittee, id, { actorIds: ids }, mail)).toEqual({ ok: true, value: { invited: 0, already: 3 } });
    expect(nudged).toBe(before + 1);
    const mails = await handle.db.selectFrom("mail_outbox").select(["to_address", "subject", "body_text"]).where("related_entity", "=", `network_meeting:${id}`).orderBy("to_address").execute();
    expect(mails.map((x) => x.to_address)).toEqual(["anna@garden.test", "info@garden.test", "mollan@handel.test"]);
    expect(mails[0]!.subject).toBe("Inbjudan till nätverksträff: Erfarenhetsutbyte <b>våren</b>");
    expect(mails[0]!.body_text).toContain("Hej Anna Andersson,");
    expect(mails[0]!.body_text).toContain("Tid: 3 mars 2027 klockan 18:00–20:00");
    const link = page.calendarLink;
    expect(mails[0]!.body_text).toContain(link);
    const slug = /natverkstraff\/([a-z0-9]+)\/kalender\.ics$/.exec(link)![1]!;
    const ics = (await network.publicCalendar(slug))!;
    expect(ics.body).toContain("SUMMARY:Erfarenhetsutbyte <b>våren</b>");
    expect(ics.body).toContain("DTSTART:20270303T170000Z");
    expect(await network.publicCalendar("nosuchmeeting1")).toBeUndefined();
    expect(await network.invite(p.otherCommittee, id, { actorIds: [] }, mail)).toMatchObject({ ok: false, error: "invalid", detail: { actorIds: "network.error.actors" } });
  });

  it("makes the notes a lesson of a process of one's own committee, once, and not of a closed process", async () => {
    const planned = await network.plan(p.contact, { title: "Höstträffen", date: "2026-11-20", startTime: "17.00", endTime: "19.00", place: "Möllan" });
    if (!planned.ok) throw new Error("not planned");
    const id = planned.value.meetingId;
    expect(await network.notesToLesson(p.contact, id, { caseId: p.a, title: "Från höstträffen" })).toMatchObject({ ok: false, error: "no_notes" });
    expect(await network.saveNotes(p.contact, id, { notes: "Fler föreningar vill dela lokaler. Belysningen i parken hjälpte." })).toEqual({ ok: true, value: { meetingId: id } });
    expect(await network.notesToLesson(p.otherCommittee, id, { caseId: p.a, title: "Från höstträffen" })).toMatchObject({ ok: false, error: "invalid", detail: { caseId: "network.error.process" } });
    const made = await network.notesToLesson(p.contact, id, { caseId: p.a, title: "Från höstträffen" });
    expect(made).toMatchObject({ ok: true, value: { caseId: p.a } });
    expect(await network.notesToLesson(p.contact, id, { caseId: p.a, title: "Igen" })).toMatchObject({ ok: false, error: "already" });
    const found = (await library.search(p.analyst, { q: "lokal", kalla: "natverk" }))!;
    expect(found.hits.map((h) => h.title)).toEqual(["Från höstträffen"]);
    const page = (await network.meeting(p.contact, id))!;
    expect(page.lessons.map((l) => l.caseId)).toEqual([p.a]);
    expect(page.lessonProcesses.map((x) => x.caseId).sort()).toEqual([p.a, p.b].sort());
    const closedStaff = await fx.staffFor("kontaktperson", p.closed);
    expect(await network.notesToLesson(closedStaff, id, { caseId: p.closed, title: "X" })).toMatchObject({ ok: false, error: "closed" });
  });

  it("reads the network's page in the same number of queries however many actors and meetings there are", async () => {
    let queries = 0;
    const counted = handle.db.withPlugin({ transformQuery: (args) => (queries++, args.node), transformResult: async (args) => args.result });
    const counting = new ActorNetwork({ uow: new KyselyUnitOfWork(counted), clock, slugs: randomSlugs, calendar: icsCalendar, publicUrl: "https://samverka.example.se" });
    queries = 0;
    await counting.page(p.contact, {});
    const before = queries;
    await handle.db.insertInto("process_actor").values(Array.from({ length: 12 }, (_, i) => ({ case_id: p.b, name: `Förening ${i}`, actor_type: "forening" as const, role: "att_na" as const, email: `f${i}@test.invalid` }))).execute();
    await network.plan(p.contact, { title: "Extra", date: "2027-05-05", startTime: "10.00", endTime: "11.00", place: "X" });
    queries = 0;
    const page = (await counting.page(p.contact, {}))!;
    expect(page.actors.length).toBeGreaterThan(12);
    expect(queries).toBe(before);
  });
});

/**
 * Check-ins (avstämningar, issue 12) through the use cases against a real database: the contact
 * person books a check-in once or recurring, moves or cancels one occurrence alone, writes the
 * notes and records agreed actions; the group adds agenda points and marks its actions done; the
 * calendar files carry a stable UID, a rising SEQUENCE and STATUS:CANCELLED. Who may do what:
 * another organisation's applicant, staff of another committee, a closed process (an anonymous
 * visitor is sent to sign in: tests/e2e/checkins.e2e.test.ts and the route's requireActor). And
 * the reminder sweep: due or not yet, once only, a moved check-in at its new time, a cancelled
 * one and a closed process never, both sides receiving it.
 */
import { randomUUID } from "node:crypto";
import pino from "pino";
import type { RouterContextProvider } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { loadCheckinDemoData } from "#src/adapters/db/demo/checkins.ts";
import { icsCheckinCalendar } from "#src/adapters/documents/checkin-calendar.ts";
import { checkinReminderText } from "#src/adapters/text/checkin-reminder-text.ts";
import { CheckinReminders, CheckinService, type ScheduleCheckinInput } from "#src/application/checkins/index.ts";
import type { Clock } from "#src/application/shared/ports.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { loader as calendarLoader } from "#src/web/app/routes/checkins/calendar.ts";
import { action as listAction, loader as listLoader } from "#src/web/app/routes/checkins/checkins.tsx";
import { createHttpApp } from "#src/web/edge/http-app.ts";
import { createServices, keepInOutbox } from "#src/web/server/services.ts";
import { Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

class SettableClock implements Clock {
  at = new Date("2026-12-01T09:00:00Z");
  now() {
    return new Date(this.at);
  }
}

describe("check-ins", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: CheckinService;
  let sweep: CheckinReminders;
  const clock = new SettableClock();
  let nudged = 0;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    const uow = new KyselyUnitOfWork(handle.db);
    sut = new CheckinService({ uow, clock, calendar: icsCheckinCalendar, publicUrl: "https://samverka.test" });
    sweep = new CheckinReminders({ uow, text: checkinReminderText("sv"), publicUrl: "https://samverka.test", nudgeMail: () => nudged++ });
  });
  afterAll(async () => handle?.close());

  /** A process in its utförandefas, with its contact person, two users of the group and the people around it. */
  async function process(phase: Phase = "utforande") {
    const org = await fx.organisation();
    const caseId = await fx.caseFor(org, { phase, title: "Sommargata på Bergsgatan" });
    const contact = await fx.staffFor("kontaktperson", caseId);
    const officer = await fx.staffFor("handlaggare", caseId);
    await handle.db.updateTable("collaboration_case").set({ contact_person_id: contact.userId, case_number: `TN-2026-${caseId.slice(0, 5)}` }).where("id", "=", caseId).execute();
    const applicant = await fx.user("aktor", org);
    const colleague = await fx.user("aktor", org);
    const otherCommittee = await fx.user("kontaktperson", undefined, undefined, { committees: [await fx.committee()] });
    const outsider = await fx.user("aktor");
    return { caseId, contact, officer, applicant, colleague, otherCommittee, outsider };
  }

  const booking = (over: Partial<ScheduleCheckinInput> = {}): ScheduleCheckinInput => ({
    submissionKey: randomUUID(),
    title: "Avstämning",
    date: "2026-12-03",
    startTime: "10:00",
    endTime: "11:00",
    place: "Stadshuset, rum 4; plan 2",
    meetingLink: "",
    agenda: "Läget i insatserna\nBudgeten hittills",
    repeat: "ingen",
    ...over,
  });

  async function booked(p: Awaited<ReturnType<typeof process>>, over: Partial<ScheduleCheckinInput> = {}) {
    const r = await sut.schedule(p.contact, p.caseId, booking(over));
    if (!r.ok) throw new Error(`not booked: ${JSON.stringify(r)}`);
    return r.value.ids;
  }

  it("lets the contact person book a check-in with an agenda, and the group add to it; a double submit books once", async () => {
    const p = await process();
    const key = randomUUID();
    const first = await sut.schedule(p.contact, p.caseId, booking({ submissionKey: key }));
    const again = await sut.schedule(p.contact, p.caseId, booking({ submissionKey: key }));
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    const id = first.ok ? first.value.ids[0]! : "";
    expect(await sut.addAgendaPoint(p.applicant, p.caseId, id, { body: "Skyltningen <b>vid</b> torget", submissionKey: key })).toEqual({ ok: true, value: { id } });
    expect(await sut.addAgendaPoint(p.applicant, p.caseId, id, { body: "Skyltningen <b>vid</b> torget", submissionKey: key })).toEqual({ ok: true, value: { id } });
    const list = (await sut.list(p.applicant, p.caseId))!;
    expect(list.coming.map((c) => c.id)).toEqual([id]);
    expect(list.may).toEqual({ lead: false, addAgenda: true });
    const page = (await sut.checkin(p.applicant, p.caseId, id))!;
    expect(page.checkin).toMatchObject({ title: "Avstämning", startsAt: new Date("2026-12-03T09:00:00Z"), endsAt: new Date("2026-12-03T10:00:00Z"), place: "Stadshuset, rum 4; plan 2", status: "planerad", sequence: 0 });
    expect(page.checkin.agenda.map((a) => [a.body, a.addedByGroup])).toEqual([
      ["Läget i insatserna", false],
      ["Budgeten hittills", false],
      ["Skyltningen <b>vid</b> torget", true],
    ]);
    expect(page.people).toEqual([]);
    expect((await sut.checkin(p.contact, p.caseId, id))!.people.map((x) => x.side).sort()).toEqual(["grupp", "grupp", "stad", "stad"]);
    // The group reads and adds; it does not book, move, cancel or write the notes.
    expect(await sut.schedule(p.applicant, p.caseId, booking())).toEqual({ ok: false, error: "not_allowed" });
    expect(await sut.move(p.applicant, p.caseId, id, { date: "2026-12-04", startTime: "10:00", endTime: "11:00", place: "Här" })).toEqual({ ok: false, error: "not_allowed" });
    expect(await sut.cancel(p.applicant, p.caseId, id)).toEqual({ ok: false, error: "not_allowed" });
    expect(await sut.saveNotes(p.applicant, p.caseId, id, { notes: "Gruppens anteckningar" })).toEqual({ ok: false, error: "not_allowed" });
    // The case officer of the committee leads as the contact person does.
    expect(await sut.saveNotes(p.officer, p.caseId, id, { notes: "Vi gick igenom läget." })).toEqual({ ok: true, value: { id } });
    const audit = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "in", [p.caseId, id]).where("action", "like", "checkin.%").orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["checkin.schedule", "checkin.agenda.add", "checkin.notes"]);
  });

  it("tells the group and the contact person by mail when a check-in is moved or cancelled, but not the one who changed it", async () => {
    const p = await process();
    let nudges = 0;
    const telling = new CheckinService({ uow: new KyselyUnitOfWork(handle.db), clock, calendar: icsCheckinCalendar, publicUrl: "https://samverka.test", mail: { text: checkinReminderText("sv"), nudge: () => nudges++ } });
    // Booked by the case officer, moved by the contact person: the officer (who booked it) and the group are told.
    const r = await telling.schedule(p.officer, p.caseId, booking({ date: "2026-12-10", title: "Avstämning om <belysningen>" }));
    if (!r.ok) throw new Error("not booked");
    const [id] = r.value.ids;
    expect(await telling.move(p.contact, p.caseId, id!, { date: "2026-12-11", startTime: "14:00", endTime: "15:00", place: "Rådhuset" })).toEqual({ ok: true, value: { id } });
    const mails = async () => handle.db.selectFrom("mail_outbox").select(["to_address", "subject", "body_text"]).where("related_entity", "=", `case:${p.caseId}`).orderBy("created_at").orderBy("to_address").execute();
    const moved = await mails();
    expect(moved.map((m) => m.to_address).sort()).toEqual([p.applicant.email, p.colleague.email, p.officer.email].sort());
    expect(moved[0]!.subject).toBe("Avstämningen är flyttad till fredag 11 december 2026 kl. 14:00: Sommargata på Bergsgatan");
    expect(moved[0]!.body_text).toContain("Tidigare: torsdag 10 december 2026 kl. 10:00–11:00");
    expect(moved[0]!.body_text).toContain("Avstämning om <belysningen>");
    expect(moved[0]!.body_text).toContain(`https://samverka.test/arenden/${p.caseId}/process/avstamningar/${id}`);
    expect(nudges).toBe(1);

    expect(await telling.cancel(p.officer, p.caseId, id!)).toEqual({ ok: true, value: { id } });
    const cancelled = (await mails()).filter((m) => m.subject.startsWith("Avstämningen fredag 11 december 2026 kl. 14:00 är inställd"));
    // Now the officer made the change: the group and the contact person are told.
    expect(cancelled.map((m) => m.to_address).sort()).toEqual([p.applicant.email, p.colleague.email, p.contact.email].sort());
    // Cancelling again changes nothing and tells nobody again.
    expect(await telling.cancel(p.officer, p.caseId, id!)).toEqual({ ok: true, value: { id } });
    expect((await mails()).length).toBe(moved.length + cancelled.length);
  });

  it("books a recurring check-in as one check-in per date, each moved or cancelled alone", async () => {
    const p = await process();
    const ids = await booked(p, { repeat: "veckor", everyWeeks: "2", until: "2027-01-14" });
    expect(ids).toHaveLength(4);
    const list = (await sut.list(p.contact, p.caseId))!;
    expect(list.coming.map((c) => c.startsAt.toISOString())).toEqual(["2026-12-03T09:00:00.000Z", "2026-12-17T09:00:00.000Z", "2026-12-31T09:00:00.000Z", "2027-01-14T09:00:00.000Z"]);
    expect(new Set(list.coming.map((c) => c.seriesId)).size).toBe(1);
    expect(list.coming.every((c) => c.agenda.length === 2)).toBe(true);
    expect(await sut.move(p.contact, p.caseId, ids[1]!, { date: "2026-12-18", startTime: "13:00", endTime: "14:30", place: "", meetingLink: "https://meet.example.se/abc" })).toEqual({ ok: true, value: { id: ids[1] } });
    expect(await sut.cancel(p.contact, p.caseId, ids[2]!)).toEqual({ ok: true, value: { id: ids[2] } });
    const after = (await sut.list(p.contact, p.caseId))!.coming;
    expect(after.map((c) => [c.startsAt.toISOString(), c.status, c.sequence, c.meetingLink])).toEqual([
      ["2026-12-03T09:00:00.000Z", "planerad", 0, null],
      ["2026-12-18T12:00:00.000Z", "planerad", 1, "https://meet.example.se/abc"],
      ["2026-12-31T09:00:00.000Z", "installd", 1, null],
      ["2027-01-14T09:00:00.000Z", "planerad", 0, null],
    ]);
    // A cancelled check-in is not moved, and takes no new agenda points.
    expect(await sut.move(p.contact, p.caseId, ids[2]!, { date: "2027-01-02", startTime: "10:00", endTime: "11:00", place: "Här" })).toEqual({ ok: false, error: "locked" });
    expect(await sut.addAgendaPoint(p.applicant, p.caseId, ids[2]!, { body: "En punkt" })).toEqual({ ok: false, error: "locked" });
  });

  it("says what is wrong in the form's terms and books nothing", async () => {
    const p = await process();
    expect(await sut.schedule(p.contact, p.caseId, booking({ endTime: "09:00", place: "", meetingLink: "javascript:alert(1)" }))).toMatchObject({ ok: false, error: "invalid", detail: { endTime: "checkin.error.endBeforeStart", meetingLink: "checkin.error.link" } });
    expect(await sut.schedule(p.contact, p.caseId, booking({ place: "", meetingLink: "" }))).toMatchObject({ ok: false, detail: { place: "checkin.error.whereMissing" } });
    expect(await sut.schedule(p.contact, p.caseId, booking({ date: "2026-02-30", startTime: "25:00" }))).toMatchObject({ ok: false, detail: { date: "checkin.error.date", startTime: "checkin.error.time" } });
    expect(await sut.schedule(p.contact, p.caseId, booking({ repeat: "veckor", everyWeeks: "1", until: "2027-12-31" }))).toEqual({ ok: false, error: "invalid", detail: { until: "checkin.error.tooMany" } });
    expect(await sut.schedule(p.contact, p.caseId, booking({ repeat: "manad", until: "" }))).toEqual({ ok: false, error: "invalid", detail: { until: "checkin.error.untilMissing" } });
    expect((await sut.list(p.contact, p.caseId))!.coming).toEqual([]);
  });

  it("records agreed actions with an owner and a due date; the group marks its own done, not the city's", async () => {
    const p = await process();
    const [id] = await booked(p, { date: "2026-11-20" });
    const other = await process();
    const groupAction = await sut.addAction(p.contact, p.caseId, id!, { title: "Beställa skyltar", ownerUserId: p.applicant.userId, dueOn: "2026-11-30", submissionKey: randomUUID() });
    const cityAction = await sut.addAction(p.contact, p.caseId, id!, { title: "Svara om bygglov", ownerUserId: p.contact.userId, dueOn: "2026-12-10" });
    const named = await sut.addAction(p.contact, p.caseId, id!, { title: "Fråga fastighetsägaren", ownerName: "Eva på Bergsgatan 3", dueOn: "2026-12-05" });
    expect([groupAction.ok, cityAction.ok, named.ok]).toEqual([true, true, true]);
    expect(await sut.addAction(p.contact, p.caseId, id!, { title: "X", ownerUserId: p.applicant.userId, ownerName: "Eva", dueOn: "2026-12-05" })).toMatchObject({ ok: false, detail: { ownerName: "checkin.error.ownerBoth" } });
    expect(await sut.addAction(p.contact, p.caseId, id!, { title: "X", dueOn: "2026-12-05" })).toMatchObject({ ok: false, detail: { ownerUserId: "checkin.error.ownerMissing" } });
    expect(await sut.addAction(p.contact, p.caseId, id!, { title: "X", ownerUserId: other.applicant.userId, dueOn: "2026-12-05" })).toEqual({ ok: false, error: "invalid", detail: { ownerUserId: "checkin.error.owner" } });
    expect(await sut.addAction(p.applicant, p.caseId, id!, { title: "X", ownerName: "Eva", dueOn: "2026-12-05" })).toEqual({ ok: false, error: "not_allowed" });
    // A check-in held keeps its time: it is not moved or cancelled any more.
    expect(await sut.move(p.contact, p.caseId, id!, { date: "2026-12-20", startTime: "10:00", endTime: "11:00", place: "Här" })).toEqual({ ok: false, error: "locked" });
    expect(await sut.cancel(p.contact, p.caseId, id!)).toEqual({ ok: false, error: "locked" });

    const list = (await sut.list(p.colleague, p.caseId))!;
    expect(list.past.map((c) => c.id)).toEqual([id]);
    expect(list.openActions.map((a) => [a.title, a.ownerName, a.state, a.mayMarkDone])).toEqual([
      ["Beställa skyltar", "Test aktor", "forsenad", true],
      ["Fråga fastighetsägaren", "Eva på Bergsgatan 3", "oppen", true],
      ["Svara om bygglov", "Test kontaktperson", "oppen", false],
    ]);
    const ga = groupAction.ok ? groupAction.value.actionId : "";
    const ca = cityAction.ok ? cityAction.value.actionId : "";
    expect(await sut.setActionDone(p.colleague, p.caseId, id!, { actionId: ca, done: "1" })).toEqual({ ok: false, error: "not_allowed" });
    expect(await sut.setActionDone(p.colleague, p.caseId, id!, { actionId: ga, done: "1" })).toEqual({ ok: true, value: { actionId: ga } });
    expect(await sut.setActionDone(p.contact, p.caseId, id!, { actionId: ca, done: "1" })).toEqual({ ok: true, value: { actionId: ca } });
    expect(await sut.setActionDone(p.contact, p.caseId, id!, { actionId: ca, done: "0" })).toEqual({ ok: true, value: { actionId: ca } });
    const page = (await sut.checkin(p.applicant, p.caseId, id!))!;
    expect(page.checkin.actions.map((a) => [a.title, a.state])).toEqual([
      ["Beställa skyltar", "klar"],
      ["Fråga fastighetsägaren", "oppen"],
      ["Svara om bygglov", "oppen"],
    ]);
    // An action of another check-in is not reached through this one.
    const [otherId] = await booked(other);
    expect(await sut.setActionDone(other.contact, other.caseId, otherId!, { actionId: ga, done: "0" })).toEqual({ ok: false, error: "not_found" });
  });

  it("shows nothing to, and lets nothing be done by, another organisation's applicant or staff of another committee", async () => {
    const p = await process();
    const [id] = await booked(p);
    const other = await process();
    for (const who of [p.outsider, p.otherCommittee]) {
      expect(await sut.list(who, p.caseId)).toBeUndefined();
      expect(await sut.checkin(who, p.caseId, id!)).toBeUndefined();
      expect(await sut.calendarFile(who, p.caseId, id!)).toBeUndefined();
      expect(await sut.calendarFeed(who, p.caseId)).toBeUndefined();
      expect(await sut.schedule(who, p.caseId, booking())).toEqual({ ok: false, error: "not_found" });
      expect(await sut.addAgendaPoint(who, p.caseId, id!, { body: "Hej" })).toEqual({ ok: false, error: "not_found" });
      expect(await sut.cancel(who, p.caseId, id!)).toEqual({ ok: false, error: "not_found" });
    }
    // A check-in of another process, through this one: not found; a guessed id: not found.
    expect(await sut.checkin(other.contact, other.caseId, id!)).toBeUndefined();
    expect(await sut.cancel(other.contact, other.caseId, id!)).toEqual({ ok: false, error: "not_found" });
    expect(await sut.checkin(p.contact, p.caseId, "inte-ett-id")).toBeUndefined();
    expect((await sut.checkin(p.contact, p.caseId, id!))!.checkin.status).toBe("planerad");
  });

  it("keeps a closed process's check-ins readable and unchangeable", async () => {
    const p = await process();
    const [id] = await booked(p);
    await handle.db.updateTable("collaboration_case").set({ phase: "avslutad" }).where("id", "=", p.caseId).execute();
    const list = (await sut.list(p.contact, p.caseId))!;
    expect(list.may).toEqual({ lead: false, addAgenda: false });
    expect(list.coming.map((c) => c.id)).toEqual([id]);
    expect(await sut.schedule(p.contact, p.caseId, booking())).toEqual({ ok: false, error: "locked" });
    expect(await sut.addAgendaPoint(p.applicant, p.caseId, id!, { body: "Hej" })).toEqual({ ok: false, error: "locked" });
    expect(await sut.saveNotes(p.contact, p.caseId, id!, { notes: "Sent" })).toEqual({ ok: false, error: "locked" });
    // A process not yet running has no check-ins.
    const early = await process("initiering");
    expect(await sut.list(early.contact, early.caseId)).toBeUndefined();
  });

  it("writes calendar files with a stable UID, a rising SEQUENCE, and STATUS:CANCELLED once cancelled", async () => {
    const p = await process();
    const [id] = await booked(p);
    const first = (await sut.calendarFile(p.applicant, p.caseId, id!))!;
    const unfold = (s: string) => s.replace(/\r\n[ \t]/g, "");
    expect(first.filename).toBe("avstamning-2026-12-03.ics");
    expect(unfold(first.body)).toContain(`UID:avstamning-${id}@samverka.test`);
    expect(first.body).toContain("DTSTART:20261203T090000Z");
    expect(first.body).toContain("SEQUENCE:0");
    expect(first.body).toContain("STATUS:CONFIRMED");
    // Text from users stays text: the place's comma and semicolon are escaped.
    expect(unfold(first.body)).toContain("LOCATION:Stadshuset\\, rum 4\\; plan 2");
    await sut.move(p.contact, p.caseId, id!, { date: "2026-12-04", startTime: "14:00", endTime: "15:00", place: "Rådhuset" });
    const moved = (await sut.calendarFile(p.applicant, p.caseId, id!))!.body;
    expect(moved).toContain("DTSTART:20261204T130000Z");
    expect(moved).toContain("SEQUENCE:1");
    expect(unfold(moved)).toContain(`UID:avstamning-${id}@samverka.test`);
    await sut.cancel(p.contact, p.caseId, id!);
    const cancelled = (await sut.calendarFile(p.applicant, p.caseId, id!))!.body;
    expect(cancelled).toContain("STATUS:CANCELLED");
    expect(cancelled).toContain("SEQUENCE:2");
    await booked(p, { date: "2026-12-10" });
    const feed = (await sut.calendarFeed(p.colleague, p.caseId))!;
    expect(feed.body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it("gives the demo's processes check-ins held and coming, with notes and actions, one of them overdue", async () => {
    const made: Record<string, Awaited<ReturnType<typeof process>>> = {};
    for (const phase of ["utforande", "resultat", "avslutad"] as const) {
      made[phase] = await process(phase);
      await handle.db.updateTable("collaboration_case").set({ is_demo: true }).where("id", "=", made[phase].caseId).execute();
    }
    await loadCheckinDemoData(handle.db as never, made.utforande!.contact.userId, clock.now());
    const running = (await sut.list(made.utforande!.applicant, made.utforande!.caseId))!;
    expect(running.coming).toHaveLength(3);
    expect(running.past).toHaveLength(2);
    expect(running.past.every((c) => c.notes !== "")).toBe(true);
    expect(running.openActions.filter((a) => a.state === "forsenad")).toHaveLength(1);
    const result = (await sut.list(made.resultat!.applicant, made.resultat!.caseId))!;
    expect([result.coming.length, result.past.length]).toEqual([1, 1]);
    const closed = (await sut.list(made.avslutad!.contact, made.avslutad!.caseId))!;
    expect([closed.past.length, closed.may.lead]).toEqual([1, false]);
    await handle.db.updateTable("collaboration_case").set({ is_demo: false }).where("id", "in", Object.values(made).map((m) => m.caseId)).execute();
  });

  it("reads the list and a check-in in as many queries however many check-ins, points and actions there are", async () => {
    let queries = 0;
    const counted = handle.db.withPlugin({ transformQuery: (args) => (queries++, args.node), transformResult: async (args) => args.result });
    const counting = new CheckinService({ uow: new KyselyUnitOfWork(counted), clock, calendar: icsCheckinCalendar, publicUrl: "https://samverka.test" });
    const count = async (work: () => Promise<unknown>) => {
      queries = 0;
      await work();
      return queries;
    };
    const small = await process();
    const [one] = await booked(small);
    const large = await process();
    const ids = await booked(large, { repeat: "veckor", everyWeeks: "1", until: "2027-02-28" });
    for (const id of ids.slice(0, 5)) await sut.addAction(large.contact, large.caseId, id, { title: "Gör något", ownerName: "Eva", dueOn: "2026-12-20" });
    const listQueries = await count(() => counting.list(small.contact, small.caseId));
    expect(listQueries).toBeGreaterThan(3);
    expect(await count(() => counting.list(large.contact, large.caseId))).toBe(listQueries);
    const pageQueries = await count(() => counting.checkin(small.contact, small.caseId, one!));
    expect(pageQueries).toBeGreaterThan(3);
    expect(await count(() => counting.checkin(large.contact, large.caseId, ids[0]!))).toBe(pageQueries);
  });

  it("sends an anonymous visitor of the pages and the calendar file to sign in, and books nothing", async () => {
    const p = await process();
    const [id] = await booked(p);
    const services = createServices({ db: handle.db, hasher: argon2idHasher, transport: keepInOutbox, publicUrl: "http://samverka.test", clock });
    const app = createHttpApp({
      services,
      csrfSecret: "a-test-secret-that-is-long-enough-0123456789",
      log: pino({ level: "silent" }),
      isReady: async () => true,
      trustProxy: 1,
      publicUrlIsHttps: false,
      async handleRequest(request: Request, context: RouterContextProvider) {
        const path = new URL(request.url).pathname;
        const m = /^\/arenden\/([^/]+)\/process\/avstamningar(?:\/([^/]+)\/kalender\.ics)?$/.exec(path);
        const args = { request, context, params: { caseId: m?.[1], checkinId: m?.[2] } } as never;
        try {
          const result = m?.[2] ? await calendarLoader(args) : request.method === "POST" ? await listAction(args) : await listLoader(args);
          return result instanceof Response ? result : Response.json(result);
        } catch (thrown) {
          if (thrown instanceof Response) return thrown;
          throw thrown;
        }
      },
    });
    for (const path of [`/arenden/${p.caseId}/process/avstamningar`, `/arenden/${p.caseId}/process/avstamningar/${id}/kalender.ics`]) {
      const res = await app.request(`http://samverka.test${path}`);
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toMatch(/^\/logga-in\?next=/);
    }
    // A booking sent without a session (and so without a valid CSRF token) changes nothing.
    const posted = await app.request(`http://samverka.test/arenden/${p.caseId}/process/avstamningar`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ date: "2026-12-05", startTime: "10:00", endTime: "11:00", place: "Här" }).toString() });
    expect(posted.status).toBeGreaterThanOrEqual(300);
    expect((await sut.list(p.contact, p.caseId))!.coming).toHaveLength(1);
  });

  describe("the reminder sweep", () => {
    const mailsOf = (caseId: string) => handle.db.selectFrom("mail_outbox").select(["to_address", "subject", "body_text"]).where("related_entity", "=", `case:${caseId}`).orderBy("to_address").execute();

    it("reminds both sides two days before a check-in, once however often it runs", async () => {
      const p = await process();
      const [id] = await booked(p);
      await sut.addAgendaPoint(p.applicant, p.caseId, id!, { body: "Vår fråga om el" });
      await sweep.sweep(new Date("2026-12-01T08:59:00Z"));
      expect(await mailsOf(p.caseId)).toEqual([]);
      const before = nudged;
      expect(await sweep.sweep(new Date("2026-12-01T09:00:00Z"))).toBeGreaterThanOrEqual(1);
      expect(nudged).toBe(before + 1);
      const mails = await mailsOf(p.caseId);
      expect(mails.map((m) => m.to_address).sort()).toEqual([p.applicant.email, p.colleague.email, p.contact.email].sort());
      const mail = mails[0]!;
      expect(mail.subject).toBe("Påminnelse om avstämning torsdag 3 december 2026 kl. 10:00: Sommargata på Bergsgatan");
      expect(mail.body_text).toContain("torsdag 3 december 2026 kl. 10:00–11:00");
      expect(mail.body_text).toContain("Stadshuset, rum 4; plan 2");
      expect(mail.body_text).toContain("- Vår fråga om el");
      expect(mail.body_text).toContain(`https://samverka.test/arenden/${p.caseId}/process/avstamningar/${id}`);
      expect(await sweep.sweep(new Date("2026-12-01T09:01:00Z"))).toBe(0);
      await sweep.sweep(new Date("2026-12-02T12:00:00Z"));
      expect(await mailsOf(p.caseId)).toHaveLength(3);
      const audit = await handle.db.selectFrom("audit_event").select(["action", "actor_label"]).where("entity_id", "=", id!).where("action", "=", "checkin.reminder").execute();
      expect(audit).toEqual([{ action: "checkin.reminder", actor_label: "system" }]);
    });

    it("reminds a moved check-in again at its new time, a cancelled one and a closed process's not at all", async () => {
      const p = await process();
      const [id, cancelled] = await booked(p, { repeat: "veckor", everyWeeks: "1", until: "2026-12-10" });
      await sweep.sweep(new Date("2026-12-01T10:00:00Z"));
      expect(await mailsOf(p.caseId)).toHaveLength(3);
      await sut.move(p.contact, p.caseId, id!, { date: "2026-12-03", startTime: "15:00", endTime: "16:00", place: "Rådhuset" });
      await sut.cancel(p.contact, p.caseId, cancelled!);
      await sweep.sweep(new Date("2026-12-01T15:00:00Z"));
      expect(await mailsOf(p.caseId)).toHaveLength(6);
      await sweep.sweep(new Date("2026-12-09T09:30:00Z"));
      expect(await mailsOf(p.caseId)).toHaveLength(6);

      const closed = await process();
      await booked(closed);
      await handle.db.updateTable("collaboration_case").set({ phase: "avslutad" }).where("id", "=", closed.caseId).execute();
      await sweep.sweep(new Date("2026-12-02T09:00:00Z"));
      expect(await mailsOf(closed.caseId)).toEqual([]);
    });

    it("reminds of an action three days before it is due and once the day after, to the group, the city's side and its owner", async () => {
      const p = await process();
      const [id] = await booked(p, { date: "2026-11-20" });
      const owner = await fx.staffFor("handlaggare", p.caseId);
      const made = await sut.addAction(p.contact, p.caseId, id!, { title: "Skicka offerten", ownerUserId: owner.userId, dueOn: "2026-12-10" });
      const done = await sut.addAction(p.contact, p.caseId, id!, { title: "Redan gjort", ownerName: "Eva", dueOn: "2026-12-10" });
      await sut.setActionDone(p.contact, p.caseId, id!, { actionId: done.ok ? done.value.actionId : "", done: "1" });
      await sweep.sweep(new Date("2026-12-06T12:00:00Z"));
      expect(await mailsOf(p.caseId)).toEqual([]);
      await sweep.sweep(new Date("2026-12-07T07:00:00Z"));
      await sweep.sweep(new Date("2026-12-10T07:00:00Z"));
      const soon = await mailsOf(p.caseId);
      expect(soon.map((m) => m.to_address).sort()).toEqual([p.applicant.email, p.colleague.email, p.contact.email, owner.email].sort());
      expect(soon[0]!.subject).toBe("Påminnelse: Skicka offerten ska vara klart 10 december 2026");
      await sweep.sweep(new Date("2026-12-11T07:00:00Z"));
      await sweep.sweep(new Date("2026-12-15T07:00:00Z"));
      const all = await mailsOf(p.caseId);
      expect(all).toHaveLength(8);
      expect(all.filter((m) => m.subject.startsWith("Försenad åtgärd: Skicka offerten"))).toHaveLength(4);
      // Done: no more reminders of it.
      expect(made.ok).toBe(true);
    });
  });
});

/**
 * Dialogue activities of a running process (issue 11; the rules in src/domain/dialogue/), through
 * the use case against a real database: creating once per form, editing, deleting, recording
 * participation, and who may do what — the applicant group and the case staff of the process's
 * committee work in it; staff of another committee read it with small counts suppressed; an
 * applicant of another organisation and a closed process change nothing. And the calendar
 * files and the public read by slug.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { loadDemoData } from "#src/adapters/db/demo-data.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { randomSlugs } from "#src/adapters/crypto/public-slug.ts";
import { icsCalendar } from "#src/adapters/documents/calendar.ts";
import { qrCodes } from "#src/adapters/documents/qr-code.ts";
import { ActivityService, type NewActivityInput } from "#src/application/dialogue/index.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

describe("a process's dialogue activities", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: ActivityService;
  const clock = new FakeClock(new Date("2026-11-23T09:00:00Z"));
  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    sut = new ActivityService({ uow: new KyselyUnitOfWork(handle.db), clock, slugs: randomSlugs, calendar: icsCalendar, qr: qrCodes, publicUrl: "https://samverka.example.se/" });
  });
  afterAll(async () => handle?.close());

  async function runningProcess(phase: "samarbete" | "avslutad" = "samarbete") {
    const org = await fx.organisation();
    const caseId = await fx.caseFor(org, { phase, title: "Parkstråket" });
    const contact = await fx.staffFor("kontaktperson", caseId);
    const applicant = await fx.user("aktor", org);
    const otherCommittee = await fx.user("kontaktperson", undefined, undefined, { committees: [await fx.committee()] });
    const outsider = await fx.user("aktor");
    return { caseId, contact, applicant, otherCommittee, outsider };
  }

  const form = (over: Partial<NewActivityInput> = {}): NewActivityInput => ({
    title: "Trygghetsvandring, kväll; med fika",
    activityType: "vandring",
    description: "Vi går längs parkstråket.",
    startDate: "2026-12-10",
    startTime: "17:00",
    endDate: "2026-12-10",
    endTime: "19.00",
    placeAddress: "Amiralsgatan 1, Malmö",
    lat: "55,5900",
    lon: "13.0200",
    targetGroups: ["boende", "barn", "unga"],
    accessibility: "Rullstolsanpassad sträcka.",
    languages: "svenska, arabiska",
    consultationEndsOn: "2027-01-15",
    submissionKey: randomUUID(),
    ...over,
  });

  it("creates an activity once per form, for the group, with a random public address", async () => {
    const p = await runningProcess();
    const input = form();
    const made = await sut.create(p.applicant, p.caseId, input);
    expect(made.ok).toBe(true);
    expect(await sut.create(p.applicant, p.caseId, input)).toEqual(made);
    const list = await sut.list(p.applicant, p.caseId);
    expect(list).toMatchObject({ title: "Parkstråket", phase: "samarbete", mayChange: true, seesAllFigures: true, held: [] });
    expect(list!.upcoming).toHaveLength(1);
    const a = list!.upcoming[0]!;
    expect(a).toMatchObject({
      title: "Trygghetsvandring, kväll; med fika",
      startsAt: new Date("2026-12-10T16:00:00Z"),
      endsAt: new Date("2026-12-10T18:00:00Z"),
      point: { lat: 55.59, lon: 13.02 },
      targetGroups: ["boende", "barn", "unga"],
      languages: ["svenska", "arabiska"],
      consultationEndsOn: "2027-01-15",
      openForViewpoints: true,
      held: false,
    });
    expect(a.publicSlug).toMatch(/^[a-z0-9]{12}$/);
    expect(a.publicLink).toBe(`https://samverka.example.se/synpunkt/${a.publicSlug}`);
    const audit = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", a.id).execute();
    expect(audit.map((x) => x.action)).toEqual(["activity.create"]);
    // The contact person of the committee works in it too.
    expect((await sut.create(p.contact, p.caseId, form({ title: "Workshop" }))).ok).toBe(true);
  });

  it("says what is wrong, field by field, and keeps nothing", async () => {
    const p = await runningProcess();
    const result = await sut.create(p.applicant, p.caseId, form({ title: " ", endTime: "16:00", lat: "48.85", lon: "2.35", targetGroups: [], consultationEndsOn: "2026-12-01" }));
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      detail: { title: "activity.error.title_missing", endTime: "activity.error.ends_before_start", lat: "activity.error.point_outside", targetGroups: "activity.error.target_groups_missing", consultationEndsOn: "activity.error.consultation_before_activity" },
    });
    expect(await sut.create(p.applicant, p.caseId, form({ lat: "55.6", lon: "" }))).toMatchObject({ detail: { lat: "activity.error.point_incomplete" } });
    expect(await sut.create(p.applicant, p.caseId, form({ placeAddress: "", lat: "", lon: "" }))).toMatchObject({ detail: { placeAddress: "activity.error.place_missing" } });
    expect((await sut.list(p.applicant, p.caseId))!.upcoming).toEqual([]);
  });

  it("lets nobody outside the process change it: another organisation's applicant, staff of another committee, and no one once it is closed", async () => {
    const p = await runningProcess();
    const made = await sut.create(p.contact, p.caseId, form());
    if (!made.ok) throw new Error("not created");
    const id = made.value.id;
    for (const who of [p.outsider, p.otherCommittee]) {
      expect(await sut.create(who, p.caseId, form())).toEqual({ ok: false, error: "not_found" });
      expect(await sut.update(who, p.caseId, id, form({ title: "Kapat" }))).toEqual({ ok: false, error: "not_found" });
      expect(await sut.remove(who, p.caseId, id)).toEqual({ ok: false, error: "not_found" });
      expect(await sut.recordParticipation(who, p.caseId, id, { total: "3" })).toEqual({ ok: false, error: "not_found" });
    }
    expect(await sut.list(p.outsider, p.caseId)).toBeUndefined();
    expect(await sut.activity(p.outsider, p.caseId, id)).toBeUndefined();
    expect(await sut.calendar(p.outsider, p.caseId, id)).toBeUndefined();
    expect(await sut.update(p.contact, p.caseId, "not-an-id", form())).toEqual({ ok: false, error: "not_found" });
    // Another process's activity is not found through this one.
    const other = await runningProcess();
    expect(await sut.update(other.contact, other.caseId, id, form())).toEqual({ ok: false, error: "not_found" });
    expect((await sut.activity(p.applicant, p.caseId, id))!.activity.title).toBe("Trygghetsvandring, kväll; med fika");

    await handle.db.updateTable("collaboration_case").set({ phase: "avslutad" }).where("id", "=", p.caseId).execute();
    expect(await sut.update(p.contact, p.caseId, id, form({ title: "Ändrad" }))).toEqual({ ok: false, error: "not_running" });
    expect(await sut.remove(p.applicant, p.caseId, id)).toEqual({ ok: false, error: "not_running" });
    expect(await sut.create(p.applicant, p.caseId, form())).toEqual({ ok: false, error: "not_running" });
    expect(await sut.list(p.applicant, p.caseId)).toMatchObject({ mayChange: false, seesAllFigures: true });
  });

  it("edits and deletes, audited", async () => {
    const p = await runningProcess();
    const made = await sut.create(p.applicant, p.caseId, form());
    if (!made.ok) throw new Error("not created");
    const id = made.value.id;
    const slug = (await sut.activity(p.applicant, p.caseId, id))!.activity.publicSlug;
    expect(await sut.update(p.applicant, p.caseId, id, form({ title: "Vandring i dagsljus", startTime: "10:00", endTime: "12:00", lat: "", lon: "" }))).toEqual({ ok: true, value: { id } });
    const after = (await sut.activity(p.applicant, p.caseId, id))!.activity;
    expect(after).toMatchObject({ title: "Vandring i dagsljus", point: null, publicSlug: slug, startsAt: new Date("2026-12-10T09:00:00Z") });
    expect(await sut.remove(p.contact, p.caseId, id)).toEqual({ ok: true, value: { id } });
    expect(await sut.activity(p.applicant, p.caseId, id)).toBeUndefined();
    const audit = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", id).orderBy("id").execute();
    expect(audit.map((x) => x.action)).toEqual(["activity.create", "activity.update", "activity.delete"]);
  });

  it("records participation that adds up, shows it whole to the group and suppressed to staff of another committee", async () => {
    const p = await runningProcess();
    const made = await sut.create(p.applicant, p.caseId, form({ startDate: "2026-11-10", endDate: "2026-11-10", consultationEndsOn: "2026-11-20" }));
    if (!made.ok) throw new Error("not created");
    const id = made.value.id;
    expect(await sut.recordParticipation(p.applicant, p.caseId, id, { total: "20", kon_kvinna: "12", kon_man: "6", kon_annat: "1" })).toMatchObject({ ok: false, error: "invalid", detail: { kon: "activity.error.sum_differs_from_total" } });
    expect(await sut.recordParticipation(p.applicant, p.caseId, id, { total: "20", alder_30_49: "25" })).toMatchObject({ detail: { alder: "activity.error.sum_exceeds_total" } });
    expect(await sut.recordParticipation(p.applicant, p.caseId, id, { total: "tjugo" })).toMatchObject({ detail: { total: "activity.error.count_invalid" } });
    const figures = { total: "20", kon_kvinna: "12", kon_man: "6", kon_annat: "2", alder_0_12: "3", alder_30_49: "10", funktionsnedsattning_ja: "" };
    expect(await sut.recordParticipation(p.contact, p.caseId, id, figures)).toEqual({ ok: true, value: { id } });

    const own = (await sut.list(p.applicant, p.caseId))!;
    expect(own.upcoming).toEqual([]);
    expect(own.held[0]!.participation).toEqual({
      total: 20,
      dimensions: [
        { dimension: "kon", cells: [{ category: "kvinna", count: 12, hidden: null }, { category: "man", count: 6, hidden: null }, { category: "annat", count: 2, hidden: null }] },
        { dimension: "alder", cells: [{ category: "0_12", count: 3, hidden: null }, { category: "30_49", count: 10, hidden: null }] },
        { dimension: "funktionsnedsattning", cells: [] },
      ],
    });
    const read = (await sut.list(p.otherCommittee, p.caseId))!;
    expect(read).toMatchObject({ mayChange: false, seesAllFigures: false });
    expect(read.held[0]!.participation.dimensions.slice(0, 2)).toEqual([
      { dimension: "kon", cells: [{ category: "kvinna", count: 12, hidden: null }, { category: "man", count: null, hidden: "secondary" }, { category: "annat", count: null, hidden: "small" }] },
      { dimension: "alder", cells: [{ category: "0_12", count: null, hidden: "small" }, { category: "30_49", count: null, hidden: "secondary" }] },
    ]);
    expect(read.held[0]!.openForViewpoints).toBe(false);
  });

  it("writes calendar files in UTC with a stable UID, text from users kept as text, and the public one by slug", async () => {
    const p = await runningProcess();
    const made = await sut.create(p.applicant, p.caseId, form({ title: "Möte, kväll; fika\nalla välkomna" }));
    if (!made.ok) throw new Error("not created");
    const id = made.value.id;
    const file = (await sut.calendar(p.otherCommittee, p.caseId, id))!;
    const slug = (await sut.activity(p.applicant, p.caseId, id))!.activity.publicSlug;
    expect(file.filename).toBe(`${slug}.ics`);
    const body = file.body.replace(/\r\n[ \t]/g, "");
    expect(body).toContain(`UID:${id}@samverka.example.se`);
    expect(body).toContain("DTSTART:20261210T160000Z");
    expect(body).toContain("DTEND:20261210T180000Z");
    expect(body).toContain("SUMMARY:Möte\\, kväll\\; fika\\nalla välkomna");
    expect(body).toContain("LOCATION:Amiralsgatan 1\\, Malmö");
    expect(body.split(/\r?\n/).filter((l) => l.startsWith("BEGIN:VEVENT"))).toHaveLength(1);
    expect((await sut.calendar(p.applicant, p.caseId, id))!.body.replace(/\r\n[ \t]/g, "")).toContain(`UID:${id}@samverka.example.se`);

    const pub = await sut.publicCalendar(slug);
    expect(pub!.body.replace(/\r\n[ \t]/g, "")).toContain(`UID:${id}@samverka.example.se`);
    expect(await sut.publicCalendar("okandadress1")).toBeUndefined();
    expect(await sut.publicCalendar("../etc")).toBeUndefined();
  });

  it("lists the activities with the same number of queries however many there are", async () => {
    let queries = 0;
    const counted = handle.db.withPlugin({ transformQuery: (args) => (queries++, args.node), transformResult: async (args) => args.result });
    const counting = new ActivityService({ uow: new KyselyUnitOfWork(counted), clock, slugs: randomSlugs, calendar: icsCalendar, qr: qrCodes, publicUrl: "https://samverka.example.se/" });
    const p = await runningProcess();
    const queriesFor = async () => {
      queries = 0;
      await counting.list(p.otherCommittee, p.caseId);
      return queries;
    };
    const made = await sut.create(p.applicant, p.caseId, form());
    if (!made.ok) throw new Error("not created");
    await sut.recordParticipation(p.applicant, p.caseId, made.value.id, { total: "10", kon_kvinna: "6", kon_man: "4" });
    const one = await queriesFor();
    for (let i = 0; i < 5; i++) {
      const more = await sut.create(p.applicant, p.caseId, form({ title: `Aktivitet ${i}` }));
      if (more.ok) await sut.recordParticipation(p.applicant, p.caseId, more.value.id, { total: "10", kon_kvinna: "6", kon_man: "4" });
    }
    expect((await counting.list(p.otherCommittee, p.caseId))!.upcoming).toHaveLength(6);
    expect(one).toBeGreaterThanOrEqual(4);
    expect(await queriesFor()).toBe(one);
  });

  it("reads an activity by its public address, open for viewpoints in the samarbetsfas up to the consultation's last day", async () => {
    const p = await runningProcess();
    const made = await sut.create(p.applicant, p.caseId, form({ consultationEndsOn: "2026-12-31" }));
    if (!made.ok) throw new Error("not created");
    const slug = (await sut.activity(p.applicant, p.caseId, made.value.id))!.activity.publicSlug;
    expect(await sut.activityBySlug(slug)).toMatchObject({ activityId: made.value.id, caseId: p.caseId, processTitle: "Parkstråket", phase: "samarbete", openForViewpoints: true, consultationEndsOn: "2026-12-31", accessibility: "Rullstolsanpassad sträcka." });
    await handle.db.updateTable("dialogue_activity").set({ consultation_ends_on: "2026-11-22" }).where("id", "=", made.value.id).execute();
    expect(await sut.activityBySlug(slug)).toMatchObject({ openForViewpoints: false });
    await handle.db.updateTable("dialogue_activity").set({ consultation_ends_on: null }).where("id", "=", made.value.id).execute();
    expect(await sut.activityBySlug(slug)).toMatchObject({ openForViewpoints: true });
    await handle.db.updateTable("collaboration_case").set({ phase: "utforande" }).where("id", "=", p.caseId).execute();
    expect(await sut.activityBySlug(slug)).toMatchObject({ openForViewpoints: false });
    expect(await sut.activityBySlug("Inte-En-Adress")).toBeUndefined();
  });
});

describe("the demo's dialogue activities", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await loadDemoData(handle.db, argon2idHasher);
  });
  afterAll(async () => handle?.close());

  it("has, for the process in its samarbetsfas, a walk held with its figures and a pop-up open for viewpoints", async () => {
    const now = new Date();
    const sut = new ActivityService({ uow: new KyselyUnitOfWork(handle.db), clock: { now: () => now }, slugs: randomSlugs, calendar: icsCalendar, qr: qrCodes, publicUrl: "http://localhost:3000" });
    const open = await sut.activityBySlug("demolekplats2026");
    expect(open).toMatchObject({ processTitle: "Dialog om parkstråket i Rosengård (demo)", phase: "samarbete", activityType: "popup", openForViewpoints: true });
    const contact = await handle.db.selectFrom("app_user").select("id").where("email", "=", "kontaktperson@demo.samverka.invalid").executeTakeFirstOrThrow();
    const committeeIds = (await handle.db.selectFrom("staff_committee").select("committee_id").where("user_id", "=", contact.id).execute()).map((r) => r.committee_id);
    const actor = { userId: contact.id, name: "K", email: "k@x", role: "kontaktperson" as const, organisationId: "", organisationName: "", committeeIds };
    const list = (await sut.list(actor, open!.caseId))!;
    expect(list.upcoming.map((a) => a.title)).toEqual(["Pop-up vid lekplatsen: hur vill ni använda parken? (demo)"]);
    expect(list.held).toHaveLength(1);
    expect(list.held[0]!.participation.total).toBe(23);
    expect(list.held[0]!.openForViewpoints).toBe(false);
  });
});

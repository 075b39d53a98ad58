/**
 * The library of lessons (issue 12) against a real database: Swedish full-text search (other
 * forms of a word and compounds found by prefix on the stem; å, ä and ö kept apart), the
 * highlighted excerpt as parts, the filters (area, theme, phase, size), who reads (the city's
 * staff everything; a process's group its own process's lessons; an applicant of another
 * organisation and an anonymous visitor nothing), who writes by hand (the committee's contact
 * person or case officer, not staff of another committee; not on a closed process), a double
 * submit adding one lesson, and the same number of queries for one lesson or many.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { LessonLibrary } from "#src/application/learning/index.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

describe("the library of lessons", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: LessonLibrary;
  const clock = new FakeClock(new Date("2026-12-01T09:00:00Z"));
  let p: { caseId: string; otherCaseId: string; closedCaseId: string; contact: Actor; officer: Actor; applicant: Actor; outsider: Actor; otherCommittee: Actor; analyst: Actor; areaId: string };

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    sut = new LessonLibrary({ uow: new KyselyUnitOfWork(handle.db), clock });
    const org = await fx.organisation();
    const committee = await fx.committee();
    const caseId = await fx.caseFor(org, { phase: "resultat", title: "Trygga Sofielund", committeeId: committee });
    const otherCaseId = await fx.caseFor(await fx.organisation(), { phase: "utforande", title: "Parkstråket" });
    const closedCaseId = await fx.caseFor(org, { phase: "avslutad", title: "Sommargata Möllan", committeeId: committee });
    const area = await handle.db.insertInto("area").values({ code: "L-01", name: "Sofielund", geom: sql`st_multi(st_makeenvelope(13, 55.58, 13.02, 55.6, 4326))`, valid_from: "2020-01-01", source: "test" }).returning("id").executeTakeFirstOrThrow();
    await handle.db.insertInto("case_area").values({ case_id: caseId, area_id: area.id }).execute();
    await handle.db.updateTable("collaboration_case").set({ themes: ["trygghet", "barn_och_unga"] }).where("id", "=", caseId).execute();
    await handle.db.insertInto("effort_proposal").values({ case_id: otherCaseId, status: "beslutat" }).execute();
    await handle.db.insertInto("effort").values({ case_id: otherCaseId, title: "Stor insats", responsible: "X", starts_on: "2026-01-01", ends_on: "2026-12-31", approved: true, approved_city_sek: 1_500_000 }).execute();
    p = {
      caseId,
      otherCaseId,
      closedCaseId,
      contact: await fx.staffFor("kontaktperson", caseId),
      officer: await fx.staffFor("handlaggare", caseId),
      applicant: await fx.user("aktor", org),
      outsider: await fx.user("aktor"),
      otherCommittee: await fx.user("kontaktperson", undefined, undefined, { committees: [await fx.committee()] }),
      analyst: await fx.user("analytiker"),
      areaId: area.id,
    };
    const add = (caseId: string, title: string, body: string, phase = "resultat") => handle.db.insertInto("lesson").values({ case_id: caseId, source: "resultatrapport", title, body, phase }).execute();
    await add(caseId, "Barnen ville ha fler platser att leka", "De nya lekplatserna blev mer använda än vi trodde, och föreningarnas volontärer höll dem rena.");
    await add(otherCaseId, "Ljuset gjorde skillnad", "Efter att <b>belysningen</b> byttes kände sig fler trygga på kvällen. <script>alert(1)</script>", "utforande");
    await add(closedCaseId, "Sommargatan", "Gatan stängdes för bilar; handlarna var först tveksamma men nöjda i augusti.", "avslutad");
  });
  afterAll(async () => handle?.close());

  const titles = async (actor: Actor, q: Record<string, string>) => (await sut.search(actor, q))!.hits.map((h) => h.title);

  it("finds other forms of a Swedish word: lekplats → lekplatserna, belysning → belysningen, förening → föreningarnas", async () => {
    expect(await titles(p.contact, { q: "lekplats" })).toEqual(["Barnen ville ha fler platser att leka"]);
    expect(await titles(p.contact, { q: "belysning" })).toEqual(["Ljuset gjorde skillnad"]);
    expect(await titles(p.contact, { q: "förening" })).toEqual(["Barnen ville ha fler platser att leka"]);
    expect(await titles(p.contact, { q: "Handlare" })).toEqual(["Sommargatan"]);
    // Every word must match; å, ä and ö are not a and o.
    expect(await titles(p.contact, { q: "lekplats belysning" })).toEqual([]);
    expect(await titles(p.contact, { q: "forening" })).toEqual([]);
  });

  it("reads query syntax in the words as plain words", async () => {
    for (const q of ["'lekplats':* | !x", "lekplats & (", "<-> :*", "\\"]) {
      const page = await sut.search(p.contact, { q });
      expect(page).toBeDefined();
    }
    expect(await titles(p.contact, { q: "lekplats:*|" })).toEqual(["Barnen ville ha fler platser att leka"]);
  });

  it("says when the words are all too common to search for", async () => {
    const page = (await sut.search(p.contact, { q: "och att det" }))!;
    expect(page.usable).toBe(false);
    expect(page.hits).toEqual([]);
  });

  it("marks the matched words in the excerpt, as parts of text", async () => {
    const page = (await sut.search(p.contact, { q: "belysning" }))!;
    const parts = page.hits[0]!.excerpt;
    expect(parts.filter((x) => x.mark).map((x) => x.text)).toEqual(["belysningen"]);
    // The excerpt is text: no markers left, and the page renders it as text (markup in the body never becomes markup).
    expect(parts.map((x) => x.text).join("")).toMatch(/^Efter att\s+belysningen\s+byttes/);
    expect(parts.some((x) => /[\u0002\u0003]/.test(x.text))).toBe(false);
  });

  it("filters by the process's area, theme, phase and size", async () => {
    expect(await titles(p.contact, { omrade: p.areaId })).toEqual(["Barnen ville ha fler platser att leka"]);
    expect(await titles(p.contact, { tema: "trygghet" })).toEqual(["Barnen ville ha fler platser att leka"]);
    expect(await titles(p.contact, { fas: "avslutad" })).toEqual(["Sommargatan"]);
    expect(await titles(p.contact, { storlek: "stor" })).toEqual(["Ljuset gjorde skillnad"]);
    expect((await titles(p.contact, { storlek: "liten" })).sort()).toEqual(["Barnen ville ha fler platser att leka", "Sommargatan"]);
    expect((await sut.search(p.contact, {}))!.themes).toEqual(["barn_och_unga", "trygghet"]);
    // An unknown filter is no filter.
    expect(await titles(p.contact, { fas: "okänd", q: "belysning" })).toEqual(["Ljuset gjorde skillnad"]);
  });

  it("is read by the city's staff, of any committee, and not by applicants", async () => {
    expect(await titles(p.analyst, { q: "belysning" })).toHaveLength(1);
    expect(await titles(p.otherCommittee, { q: "belysning" })).toHaveLength(1);
    expect(await sut.search(p.applicant, {})).toBeUndefined();
    expect(await sut.search(p.outsider, {})).toBeUndefined();
  });

  it("lets a process's group read its own process's lessons, and no other's", async () => {
    const own = (await sut.ofProcess(p.applicant, p.caseId))!;
    expect(own.lessons.map((l) => l.title)).toEqual(["Barnen ville ha fler platser att leka"]);
    expect(own.mayAdd).toBe(false);
    expect(await sut.ofProcess(p.outsider, p.caseId)).toBeUndefined();
    expect(await sut.ofProcess(p.applicant, p.otherCaseId)).toBeUndefined();
    const lessonId = own.lessons[0]!.id;
    expect(await sut.lesson(p.applicant, lessonId)).toMatchObject({ title: "Barnen ville ha fler platser att leka", mayReadLibrary: false });
    expect(await sut.lesson(p.outsider, lessonId)).toBeUndefined();
    expect(await sut.lesson(p.otherCommittee, lessonId)).toMatchObject({ mayReadLibrary: true });
    expect(await sut.lesson(p.contact, "not-a-uuid")).toBeUndefined();
  });

  it("lets the committee's contact person write a lesson by hand, once for a double submit, audited", async () => {
    const key = "5f0c8d9e-3b1a-4c2d-9e8f-7a6b5c4d3e2f";
    const input = { title: "Ta med fastighetsägarna tidigt", body: "Fastighetsägarnas egna pengar kom först när de fick vara med från början.", submissionKey: key };
    const first = await sut.add(p.contact, p.caseId, input);
    const again = await sut.add(p.contact, p.caseId, input);
    expect(first.ok && again.ok && first.value.lessonId === again.value.lessonId).toBe(true);
    expect((await sut.ofProcess(p.officer, p.caseId))!.lessons.filter((l) => l.title === input.title)).toHaveLength(1);
    expect(await titles(p.analyst, { q: "fastighetsägare" })).toEqual([input.title]);
    const audit = await handle.db.selectFrom("audit_event").select(["action", "after"]).where("entity_id", "=", p.caseId).where("action", "=", "lesson.add").execute();
    expect(audit).toHaveLength(1);
  });

  it("refuses a lesson from the group, from staff of another committee, on a closed process, and with bad input", async () => {
    const input = { title: "Titel", body: "Text" };
    expect(await sut.add(p.applicant, p.caseId, input)).toMatchObject({ ok: false, error: "not_found" });
    expect(await sut.add(p.otherCommittee, p.caseId, input)).toMatchObject({ ok: false, error: "not_found" });
    expect(await sut.add(p.analyst, p.caseId, input)).toMatchObject({ ok: false, error: "not_found" });
    expect(await sut.add(p.contact, p.closedCaseId, input)).toMatchObject({ ok: false, error: "closed" });
    expect(await sut.add(p.contact, p.caseId, { title: "", body: "x".repeat(20_001) })).toMatchObject({ ok: false, error: "invalid", detail: { title: "learning.error.title", body: "learning.error.bodyTooLong" } });
    expect(await sut.add(p.contact, "nope", input)).toMatchObject({ ok: false, error: "not_found" });
  });

  it("searches with the same number of queries for one lesson as for many", async () => {
    let queries = 0;
    const counted = handle.db.withPlugin({ transformQuery: (args) => (queries++, args.node), transformResult: async (args) => args.result });
    const counting = new LessonLibrary({ uow: new KyselyUnitOfWork(counted), clock });
    const count = async () => {
      queries = 0;
      const page = await counting.search(p.analyst, { q: "kvarterslokal" });
      return { queries, hits: page!.hits.length };
    };
    const caseId = await fx.caseFor(null, { phase: "resultat" });
    await handle.db.insertInto("lesson").values({ case_id: caseId, source: "manuell", title: "Kvarterslokalen", body: "Kvarterslokalen var full varje tisdag.", phase: "resultat" }).execute();
    const one = await count();
    await handle.db.insertInto("lesson").values(Array.from({ length: 15 }, (_, i) => ({ case_id: caseId, source: "manuell" as const, title: `Kvarterslokal ${i}`, body: "Om kvarterslokalerna.", phase: "resultat" }))).execute();
    const many = await count();
    expect(one.hits).toBe(1);
    expect(many.hits).toBe(16);
    expect(many.queries).toBe(one.queries);
  });
});

/**
 * Viewpoints in other languages (issue 13) through the use cases against a real database: a
 * viewpoint records the language it was written in — the public page's language, the language
 * staff choose when they enter one, or the CSV's language column (Swedish when not given); a
 * language Samverka does not offer is refused. The theme suggestion reads the Swedish ones only:
 * the others are listed apart, for tagging by hand, and a person can tag them.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { csvTableReader } from "#src/adapters/files/csv-table.ts";
import { swedishText } from "#src/adapters/text/swedish-text.ts";
import { PublicViewpoints, ThemeService, ViewpointService, type ViewpointCsvNames } from "#src/application/dialogue/index.ts";
import { THEME_SAMPLE } from "#src/domain/dialogue/theme-sample.ts";
import { pageLanguages } from "#src/text/resident-catalogues.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const LANGUAGES = pageLanguages().map((l) => l.code);

/** The import page's words: the column names and the languages' names (as src/web/app/routes/dialogue/viewpoint-import.tsx gives them). */
const NAMES: ViewpointCsvNames = {
  columns: { text: ["Synpunkt"], activity: ["Dialogaktivitet"], ageBand: ["Ålder"], sex: ["Kön"], relations: ["Anknytning"], language: ["Språk", "Language"] },
  ageBand: { "0_12": [], "13_19": [], "20_29": [], "30_49": [], "50_64": [], "65_": [] },
  sex: { kvinna: [], man: [], annat: [] },
  relations: { bor: [], arbetar: [], besoker: [] },
  languages: Object.fromEntries(pageLanguages().map((l) => [l.code, [l.nameSv, l.nameEn]])),
};

describe("viewpoints in other languages", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let publicForm: PublicViewpoints;
  let viewpoints: ViewpointService;
  let themes: ThemeService;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    const uow = new KyselyUnitOfWork(handle.db);
    const clock = new FakeClock(new Date("2026-11-23T09:00:00Z"));
    publicForm = new PublicViewpoints({ uow, clock, languages: LANGUAGES });
    viewpoints = new ViewpointService({ uow, clock, tables: csvTableReader, languages: LANGUAGES });
    themes = new ThemeService({ uow, clock, text: swedishText() });
  });
  afterAll(async () => handle?.close());

  async function process() {
    const org = await fx.organisation();
    const caseId = await fx.caseFor(org, { phase: "samarbete", title: "Parkstråket" });
    await handle.db.updateTable("collaboration_case").set({ status: "beslutat", case_number: `TN-2026-${caseId.slice(0, 5)}` }).where("id", "=", caseId).execute();
    const slug = `sprak${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    const activity = await handle.db
      .insertInto("dialogue_activity")
      .values({ case_id: caseId, title: "Pop-up vid lekplatsen", activity_type: "popup", starts_at: new Date("2026-11-20T14:00:00Z"), ends_at: new Date("2026-11-20T17:00:00Z"), public_slug: slug })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { caseId, slug, activityId: activity.id, contact: await fx.staffFor("kontaktperson", caseId), applicant: await fx.user("aktor", org) };
  }
  const languagesOf = async (caseId: string) => (await handle.db.selectFrom("viewpoint").select(["body", "language"]).where("case_id", "=", caseId).orderBy("body").execute()).map((r) => [r.body, r.language]);

  it("records the public page's language, Swedish when none is given, and refuses a language Samverka does not offer", async () => {
    const p = await process();
    expect(await publicForm.submit(p.slug, { submissionKey: randomUUID(), body: "الممر المظلم يحتاج إلى إنارة أكثر.", language: "ar" })).toMatchObject({ ok: true });
    expect(await publicForm.submit(p.slug, { submissionKey: randomUUID(), body: "Fler bänkar vid lekplatsen." })).toMatchObject({ ok: true });
    expect(await publicForm.submit(p.slug, { submissionKey: randomUUID(), body: "Mehr Bänke, bitte.", language: "de" })).toEqual({ ok: false, error: "invalid", detail: { language: "vp.error.language" } });
    expect(await publicForm.submit(p.slug, { submissionKey: randomUUID(), body: "Not a code.", language: "Arabic" })).toMatchObject({ ok: false, error: "invalid" });
    expect(await languagesOf(p.caseId)).toEqual([
      ["Fler bänkar vid lekplatsen.", "sv"],
      ["الممر المظلم يحتاج إلى إنارة أكثر.", "ar"],
    ]);
  });

  it("lets staff enter a viewpoint in the language they choose, and shows it in the list and on its page", async () => {
    const p = await process();
    const added = await viewpoints.add(p.contact, p.caseId, { submissionKey: randomUUID(), body: "Waddada habeenkii waa mugdi.", language: "so" });
    expect(added).toMatchObject({ ok: true });
    expect(await viewpoints.add(p.contact, p.caseId, { submissionKey: randomUUID(), body: "x", language: "xx" })).toMatchObject({ ok: false, error: "invalid" });
    const list = await viewpoints.list(p.contact, p.caseId);
    expect(list!.viewpoints.items.map((v) => [v.body, v.language])).toEqual([["Waddada habeenkii waa mugdi.", "so"]]);
    const one = await viewpoints.get(p.contact, p.caseId, added.ok ? added.value.id : "");
    expect(one?.viewpoint.language).toBe("so");
  });

  it("imports the language column by code or by name (Swedish when empty), and reports a language it does not know", async () => {
    const p = await process();
    const bad = await viewpoints.importCsv(p.applicant, p.caseId, "Synpunkt;Språk\nMer ljus;\nNur mehr Licht;Tyska\n", NAMES, randomUUID());
    expect(bad).toEqual({ ok: false, error: "invalid", problems: [{ line: 3, column: "language", error: "unknown_language", detail: "Tyska" }] });
    const good = await viewpoints.importCsv(p.applicant, p.caseId, "Synpunkt;Språk\nMer ljus;\nنور أكثر;Arabiska\nنور بیشتر;fa\nIftiin badan;Somali\nViše svjetla;BS\n", NAMES, randomUUID());
    expect(good).toEqual({ ok: true, value: { imported: 5, again: false } });
    expect(await languagesOf(p.caseId)).toEqual([
      ["Iftiin badan", "so"],
      ["Mer ljus", "sv"],
      ["Više svjetla", "bs"],
      ["نور أكثر", "ar"],
      ["نور بیشتر", "fa"],
    ]);
  });

  it("suggests themes from the Swedish viewpoints only and lists the others for tagging by hand, sending no text anywhere", async () => {
    const p = await process();
    const at = (i: number) => new Date(Date.UTC(2026, 9, 1, 16, 0, i));
    await handle.db.insertInto("viewpoint").values(THEME_SAMPLE.map((c, i) => ({ case_id: p.caseId, body: c.text, source: "manuell" as const, received_at: at(i) }))).execute();
    // Swedish words marked as another language: were they read, the suggestion would tag them with the rest.
    const others = await handle.db
      .insertInto("viewpoint")
      .values(THEME_SAMPLE.slice(0, 6).map((c, i) => ({ case_id: p.caseId, body: c.text, source: "manuell" as const, received_at: at(100 + i), language: i % 2 ? "ar" : "en" })))
      .returning("id")
      .execute();
    const otherIds = others.map((o) => o.id);
    expect(await themes.suggest(p.contact, p.caseId)).toMatchObject({ ok: true });
    const tagged = await handle.db.selectFrom("viewpoint_theme").select("viewpoint_id").where("viewpoint_id", "in", otherIds).execute();
    expect(tagged).toEqual([]);
    const page = (await themes.page(p.contact, p.caseId))!;
    expect(page.themes.length).toBeGreaterThan(0);
    expect(page.viewpoints).toHaveLength(THEME_SAMPLE.length);
    expect(page.viewpoints.every((v) => v.language === "sv")).toBe(true);
    expect(page.notSwedish.map((v) => v.id).sort()).toEqual([...otherIds].sort());
    expect(page.notSwedish.map((v) => v.language).sort()).toEqual(["ar", "ar", "ar", "en", "en", "en"]);

    // Tagged by hand, one counts under its theme and stays listed apart.
    const themeId = page.themes[0]!.id;
    expect(await themes.tag(p.contact, p.caseId, { viewpointId: otherIds[1]!, themeId })).toMatchObject({ ok: true });
    const after = (await themes.page(p.contact, p.caseId))!;
    expect(after.notSwedish.find((v) => v.id === otherIds[1])?.themes.map((th) => th.id)).toEqual([themeId]);
    expect(after.themes.find((th) => th.id === themeId)!.count).toBe(page.themes[0]!.count + 1);
  });
});

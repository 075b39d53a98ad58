/**
 * The themes of a running process's viewpoints and the compilation (issue 11), through the use
 * cases against a real database: suggesting (and suggesting again without touching a person's
 * decisions), accepting, renaming, merging, rejecting, adding, tagging by hand, the counts, the
 * audit log; who may do what (an applicant of another organisation, staff of another committee
 * and a stranger get "not found"); hidden viewpoints never count nor are quoted; a closed process
 * is read-only; the compilation as DOCX and PDF read back as text, what residents wrote shown
 * as text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { compilationRenderer } from "#src/adapters/documents/compilation.ts";
import { swedishText } from "#src/adapters/text/swedish-text.ts";
import { CompilationService, ThemeService } from "#src/application/dialogue/index.ts";
import { THEME_SAMPLE } from "#src/domain/dialogue/theme-sample.ts";
import { docxText, flat, pdfText } from "../support/document-text.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

describe("a process's themes and the compilation", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: ThemeService;
  let compilation: CompilationService;
  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    const uow = new KyselyUnitOfWork(handle.db);
    const clock = new FakeClock(new Date("2026-11-23T09:00:00Z"));
    sut = new ThemeService({ uow, clock, text: swedishText() });
    compilation = new CompilationService({ uow, clock, text: swedishText(), renderer: compilationRenderer("sv") });
  });
  afterAll(async () => handle?.close());

  /** A process in its samarbetsfas with its people, an activity and the sample's 60 viewpoints (a few with answers). */
  async function runningProcess(phase: "samarbete" | "avslutad" = "samarbete") {
    const org = await fx.organisation();
    const caseId = await fx.caseFor(org, { phase });
    await handle.db.updateTable("collaboration_case").set({ status: "beslutat", case_number: `TN-2026-${caseId.slice(0, 5)}` }).where("id", "=", caseId).execute();
    const contact = await fx.staffFor("kontaktperson", caseId);
    const applicant = await fx.user("aktor", org);
    const otherCommittee = await fx.user("kontaktperson", undefined, undefined, { committees: [await fx.committee()] });
    const otherApplicant = await fx.user("aktor");
    const analyst = await fx.user("analytiker");
    const activity = await handle.db
      .insertInto("dialogue_activity")
      .values({ case_id: caseId, title: "Trygghetsvandring i parken", activity_type: "vandring", starts_at: "2026-10-01T16:00:00Z", ends_at: "2026-10-01T18:00:00Z", target_groups: ["boende", "barn"], public_slug: `vandring${caseId.slice(0, 8)}`, participants_total: 23 })
      .returning("id")
      .executeTakeFirstOrThrow();
    const answers = [
      { age_band: "0_12", relations: [] },
      { age_band: "13_19", relations: ["bor"] },
      { age_band: null, relations: ["arbetar"] },
      { age_band: "30_49", relations: [] },
    ];
    const rows = THEME_SAMPLE.map((c, i) => ({
      case_id: caseId,
      activity_id: activity.id,
      body: c.text,
      source: "manuell" as const,
      age_band: answers[i % 4]!.age_band,
      relations: answers[i % 4]!.relations,
      received_at: new Date(Date.UTC(2026, 9, 1, 16, 0, i)),
    }));
    const ids = (await handle.db.insertInto("viewpoint").values(rows).returning("id").execute()).map((r) => r.id);
    return { caseId, contact, applicant, otherCommittee, otherApplicant, analyst, ids };
  }

  const audit = (action: string) => handle.db.selectFrom("audit_event").select(["entity_id", "after"]).where("action", "=", action).execute();

  it("suggests themes from the viewpoints, counts them per target group and lists the untagged", async () => {
    const p = await runningProcess();
    const result = await sut.suggest(p.applicant, p.caseId);
    expect(result.ok).toBe(true);
    const page = (await sut.page(p.contact, p.caseId))!;
    expect(page.mayChange).toBe(true);
    expect(page.viewpointCount).toBe(60);
    expect(page.themes.length).toBeGreaterThanOrEqual(5);
    expect(page.themes.length).toBeLessThanOrEqual(8);
    expect(page.themes.every((t) => t.status === "forslag" && t.origin === "forslag" && t.keywords.length > 0)).toBe(true);
    expect(page.themes.map((t) => t.name)).toContain("Skräp");
    // Per group: each of the four answers 15 times; the 13–19-year-old who lives there counts in both groups.
    expect(page.byGroup).toEqual({ barn: 15, unga: 15, boende: 15, verksamma: 15, besokare: 0, okand: 15 });
    expect(page.untaggedCount).toBe(page.viewpoints.filter((v) => v.themes.length === 0).length);
    expect(page.viewpoints.slice(0, page.untaggedCount).every((v) => v.themes.length === 0)).toBe(true);
    const skrap = page.themes.find((t) => t.name === "Skräp")!;
    expect(skrap.count).toBe(page.viewpoints.filter((v) => v.themes.some((t) => t.id === skrap.id)).length);
    expect((await audit("theme.suggest")).filter((a) => a.entity_id === p.caseId)).toHaveLength(1);
    // Suggesting again replaces the untouched suggestions with the same ones.
    expect(await sut.suggest(p.contact, p.caseId)).toEqual({ ok: true, value: { suggested: page.themes.length, replaced: page.themes.length } });
    expect((await sut.page(p.contact, p.caseId))!.themes.map((t) => t.name).sort()).toEqual(page.themes.map((t) => t.name).sort());
  });

  it("accepts, renames, rejects, merges, adds and tags; suggesting again keeps every decision a person made", async () => {
    const p = await runningProcess();
    await sut.suggest(p.contact, p.caseId);
    let page = (await sut.page(p.contact, p.caseId))!;
    const [first, second, third, fourth] = page.themes;
    expect(await sut.decide(p.applicant, p.caseId, { themeId: first!.id, decision: "godkant" })).toEqual({ ok: true, value: { themeId: first!.id } });
    expect(await sut.rename(p.applicant, p.caseId, { themeId: first!.id, name: "  Trygghet och ljus  " })).toMatchObject({ ok: true });
    expect(await sut.decide(p.contact, p.caseId, { themeId: second!.id, decision: "avvisat" })).toMatchObject({ ok: true });
    expect(await sut.merge(p.contact, p.caseId, { themeIds: [third!.id, fourth!.id], name: "Sammanslaget" })).toMatchObject({ ok: true, value: { themeId: third!.id } });
    const key = crypto.randomUUID();
    const added = await sut.add(p.contact, p.caseId, { name: "Mötesplatser", submissionKey: key });
    expect(added.ok).toBe(true);
    // The same form sent twice adds one theme.
    expect(await sut.add(p.contact, p.caseId, { name: "Mötesplatser", submissionKey: key })).toEqual(added);
    expect(await sut.add(p.contact, p.caseId, { name: "mötesplatser", submissionKey: crypto.randomUUID() })).toEqual({ ok: false, error: "name_taken" });
    expect(await sut.rename(p.contact, p.caseId, { themeId: first!.id, name: "Sammanslaget" })).toEqual({ ok: false, error: "name_taken" });
    const themeId = added.ok ? added.value.themeId : "";
    const untaggedBefore = page.viewpoints.find((v) => v.themes.length === 0)!;
    expect(await sut.tag(p.applicant, p.caseId, { viewpointId: untaggedBefore.id, themeId })).toMatchObject({ ok: true });
    // Tagging twice keeps one tag.
    expect(await sut.tag(p.applicant, p.caseId, { viewpointId: untaggedBefore.id, themeId })).toMatchObject({ ok: true });

    page = (await sut.page(p.contact, p.caseId))!;
    const byName = new Map(page.themes.map((t) => [t.name, t]));
    expect(byName.get("Trygghet och ljus")).toMatchObject({ status: "godkant", count: first!.count });
    expect(page.rejected.map((r) => r.name)).toEqual([second!.name]);
    const merged = byName.get("Sammanslaget")!;
    expect(merged.status).toBe("godkant");
    // The merged theme keeps every tag of the two (a viewpoint in both counts once).
    const inEither = page.viewpoints.filter((v) => v.themes.some((t) => t.id === third!.id)).length;
    expect(merged.count).toBe(inEither);
    expect(merged.count).toBeGreaterThanOrEqual(Math.max(third!.count, fourth!.count));
    expect(byName.has(fourth!.name)).toBe(false);
    expect(byName.get("Mötesplatser")).toMatchObject({ status: "godkant", origin: "person", count: 1 });
    expect(page.viewpoints.find((v) => v.id === untaggedBefore.id)!.themes).toEqual([{ id: themeId, name: "Mötesplatser", how: "person" }]);
    expect(page.untaggedCount).toBe(page.viewpoints.filter((v) => v.themes.length === 0).length);

    // Suggesting again: the decisions stay, the rejected theme does not come back.
    await sut.suggest(p.contact, p.caseId);
    const again = (await sut.page(p.contact, p.caseId))!;
    expect(again.themes.filter((t) => t.status === "godkant").map((t) => t.name).sort()).toEqual(["Mötesplatser", "Sammanslaget", "Trygghet och ljus"]);
    expect(again.themes.some((t) => t.name === second!.name)).toBe(false);
    expect(again.rejected.map((r) => r.name)).toEqual([second!.name]);
    expect(again.viewpoints.find((v) => v.id === untaggedBefore.id)!.themes.some((t) => t.id === themeId)).toBe(true);

    // Untag by hand.
    expect(await sut.untag(p.applicant, p.caseId, { viewpointId: untaggedBefore.id, themeId })).toMatchObject({ ok: true });
    expect((await sut.page(p.contact, p.caseId))!.themes.find((t) => t.id === themeId)!.count).toBe(0);

    for (const action of ["theme.accept", "theme.rename", "theme.reject", "theme.merge", "theme.add", "theme.tag", "theme.untag"]) expect((await audit(action)).length, action).toBeGreaterThan(0);
    expect((await audit("theme.add")).filter((a) => a.entity_id === themeId)).toHaveLength(1);
  });

  it("tells anyone else that nothing is there, and refuses what no form sends", async () => {
    const p = await runningProcess();
    await sut.suggest(p.contact, p.caseId);
    const theme = (await sut.page(p.contact, p.caseId))!.themes[0]!;
    for (const who of [p.otherApplicant, p.otherCommittee, p.analyst]) {
      expect(await sut.page(who, p.caseId)).toBeUndefined();
      expect(await sut.suggest(who, p.caseId)).toEqual({ ok: false, error: "not_found" });
      expect(await sut.decide(who, p.caseId, { themeId: theme.id, decision: "godkant" })).toEqual({ ok: false, error: "not_found" });
      expect(await sut.rename(who, p.caseId, { themeId: theme.id, name: "Kapad" })).toEqual({ ok: false, error: "not_found" });
      expect(await sut.tag(who, p.caseId, { viewpointId: p.ids[0]!, themeId: theme.id })).toEqual({ ok: false, error: "not_found" });
      expect(await sut.add(who, p.caseId, { name: "Kapad", submissionKey: crypto.randomUUID() })).toEqual({ ok: false, error: "not_found" });
    }
    // The applicant of another organisation cannot read the compilation; staff of every committee may.
    expect(await compilation.compilation(p.otherApplicant, p.caseId)).toBeUndefined();
    expect(await compilation.compilationFile(p.otherApplicant, p.caseId, "pdf")).toBeUndefined();
    expect(await compilation.compilation(p.otherCommittee, p.caseId)).toBeDefined();
    // A theme or viewpoint of another process is not found from this one.
    const other = await runningProcess();
    await sut.suggest(other.contact, other.caseId);
    const foreign = (await sut.page(other.contact, other.caseId))!.themes[0]!;
    expect(await sut.decide(p.contact, p.caseId, { themeId: foreign.id, decision: "godkant" })).toEqual({ ok: false, error: "not_found" });
    expect(await sut.tag(p.contact, p.caseId, { viewpointId: other.ids[0]!, themeId: theme.id })).toEqual({ ok: false, error: "not_found" });
    expect(await sut.merge(p.contact, p.caseId, { themeIds: [theme.id, foreign.id] })).toEqual({ ok: false, error: "not_found" });
    // Input no form sends.
    expect(await sut.decide(p.contact, p.caseId, { themeId: theme.id, decision: "kanske" as never })).toMatchObject({ ok: false, error: "invalid" });
    expect(await sut.rename(p.contact, p.caseId, { themeId: theme.id, name: "  " })).toMatchObject({ ok: false, error: "invalid", detail: { name: "themes.error.nameEmpty" } });
    expect(await sut.merge(p.contact, p.caseId, { themeIds: [theme.id] })).toMatchObject({ ok: false, error: "invalid", detail: { themeIds: "themes.error.mergeTwo" } });
    expect(await sut.suggest(p.contact, "not-a-case")).toEqual({ ok: false, error: "not_found" });
    expect(await sut.page(p.contact, "not-a-case")).toBeUndefined();
    const nothingChanged = (await sut.page(p.contact, p.caseId))!;
    expect(nothingChanged.themes.every((t) => t.status === "forslag")).toBe(true);
  });

  it("never counts nor quotes a hidden viewpoint, and quotes a redacted one as redacted", async () => {
    const p = await runningProcess();
    await sut.suggest(p.contact, p.caseId);
    const skrap = (await sut.page(p.contact, p.caseId))!.themes.find((t) => t.name === "Skräp")!;
    await sut.decide(p.contact, p.caseId, { themeId: skrap.id, decision: "godkant" });
    const before = (await compilation.compilation(p.contact, p.caseId))!;
    const theme = before.themes.find((t) => t.id === skrap.id)!;
    expect(theme.quotes.length).toBeGreaterThanOrEqual(2);
    expect(theme.quotes.length).toBeLessThanOrEqual(3);
    // Hide one quoted viewpoint and redact another.
    const [hiddenText, redactedText] = theme.quotes.map((q) => q.text);
    const hidden = await handle.db.selectFrom("viewpoint").select("id").where("case_id", "=", p.caseId).where("body", "=", hiddenText!).executeTakeFirstOrThrow();
    const redacted = await handle.db.selectFrom("viewpoint").select("id").where("case_id", "=", p.caseId).where("body", "=", redactedText!).executeTakeFirstOrThrow();
    await handle.db.updateTable("viewpoint").set({ hidden_at: new Date(), hidden_reason: "Kränkande" }).where("id", "=", hidden.id).execute();
    await handle.db.updateTable("viewpoint").set({ body: "Skräp överallt vid [borttaget].", redacted_at: new Date(), redaction_reason: "Namn" }).where("id", "=", redacted.id).execute();

    const after = (await compilation.compilation(p.contact, p.caseId))!;
    const heard = after.themes.find((t) => t.id === skrap.id)!;
    expect(after.viewpointCount).toBe(59);
    expect(heard.count).toBe(theme.count - 1);
    expect(heard.quotes.map((q) => q.text)).not.toContain(hiddenText);
    expect(heard.quotes).toContainEqual({ text: "Skräp överallt vid [borttaget].", redacted: true });
    const page = (await sut.page(p.contact, p.caseId))!;
    expect(page.viewpointCount).toBe(59);
    expect(page.viewpoints.some((v) => v.id === hidden.id)).toBe(false);
    // Nor can a hidden viewpoint be tagged.
    expect(await sut.tag(p.contact, p.caseId, { viewpointId: hidden.id, themeId: skrap.id })).toEqual({ ok: false, error: "not_found" });
    // The compilation counts only accepted themes; the rest of the viewpoints are untagged there.
    expect(after.themes.map((t) => t.id)).toEqual([skrap.id]);
    expect(after.untaggedCount).toBe(59 - heard.count);
    expect(after.activities).toEqual([expect.objectContaining({ title: "Trygghetsvandring i parken", type: "vandring", participantsTotal: 23, targetGroups: ["boende", "barn"] })]);
  });

  it("keeps a closed process's themes read-only, and still shows them", async () => {
    const p = await runningProcess("avslutad");
    expect(await sut.suggest(p.contact, p.caseId)).toEqual({ ok: false, error: "not_running" });
    expect(await sut.add(p.applicant, p.caseId, { name: "Efteråt", submissionKey: crypto.randomUUID() })).toEqual({ ok: false, error: "not_running" });
    expect(await sut.page(p.applicant, p.caseId)).toMatchObject({ mayChange: false, themes: [], viewpointCount: 60 });
    expect(await handle.db.selectFrom("process_theme").select("id").where("case_id", "=", p.caseId).execute()).toEqual([]);
  });

  it("writes the compilation as DOCX and PDF with the same content, what residents wrote as text", async () => {
    const p = await runningProcess();
    await handle.db
      .insertInto("viewpoint")
      .values([
        { case_id: p.caseId, body: "<script>alert('skräp')</script> Skräp och fimpar vid entrén.", source: "manuell", relations: [] },
        { case_id: p.caseId, body: "=cmd|' /C calc'!A0 skräp vid soptunnorna", source: "manuell", relations: [] },
      ])
      .execute();
    const added = await sut.add(p.contact, p.caseId, { name: "Skräp & <nedskräpning>", submissionKey: crypto.randomUUID() });
    const themeId = added.ok ? added.value.themeId : "";
    const injected = await handle.db.selectFrom("viewpoint").select("id").where("case_id", "=", p.caseId).where("source", "=", "manuell").where("activity_id", "is", null).execute();
    for (const v of injected) await sut.tag(p.contact, p.caseId, { viewpointId: v.id, themeId });

    // Participation by sex: 3 women is too few to show outside the group, and with it the smallest other count.
    const activity = await handle.db.selectFrom("dialogue_activity").select("id").where("case_id", "=", p.caseId).executeTakeFirstOrThrow();
    await handle.db
      .insertInto("activity_participation")
      .values([
        { activity_id: activity.id, dimension: "kon", category: "kvinna", participants: 3 },
        { activity_id: activity.id, dimension: "kon", category: "man", participants: 12 },
        { activity_id: activity.id, dimension: "kon", category: "annat", participants: 8 },
      ])
      .execute();
    const page = (await compilation.compilation(p.analyst, p.caseId))!;
    expect(page.activities[0]!.participation).toEqual([
      {
        dimension: "kon",
        cells: [
          { category: "kvinna", count: null },
          { category: "man", count: 12 },
          { category: "annat", count: null },
        ],
      },
    ]);
    const docx = await compilation.compilationFile(p.analyst, p.caseId, "docx");
    const pdf = await compilation.compilationFile(p.contact, p.caseId, "pdf");
    const caseNumber = `TN-2026-${p.caseId.slice(0, 5)}`;
    expect(docx!.filename).toBe(`Sammanstallning-${caseNumber}.docx`);
    expect(pdf!.filename).toBe(`Sammanstallning-${caseNumber}.pdf`);
    const wordText = flat(docxText(docx!.bytes));
    const pdfFlat = flat(pdfText(pdf!.bytes));
    for (const text of [wordText, pdfFlat]) {
      expect(text).toContain("Sammanställning av dialogen");
      expect(text).toContain(`Ärendenummer: ${caseNumber}`);
      expect(text).toContain("62 synpunkter och 1 dialogaktiviteter.");
      expect(text).toContain("Vad vi hörde");
      expect(text).toContain("Skräp & <nedskräpning>");
      expect(text).toContain("2 synpunkter");
      expect(text).toContain("<script>alert('skräp')</script> Skräp och fimpar vid entrén.");
      expect(text).toContain("=cmd|' /C calc'!A0 skräp vid soptunnorna");
      expect(text).toContain("60 synpunkter hör inte till något godkänt tema.");
      expect(text).toContain("Dialogaktiviteter");
      expect(text).toContain("Trygghetsvandring i parken");
      expect(text).toContain("Vandring");
      expect(text).toContain("23");
      expect(text).toContain("kön: Kvinnor dold, Män 12, Annat svar dold");
      expect(text).not.toMatch(/Kvinnor 3\b/);
      expect(text).toContain("Sammanställd 23 november 2026 ur Samverka, Malmö stad.");
    }
    // In the DOCX the text is escaped XML text, never markup of the document.
    expect(docxText(docx!.bytes)).not.toContain("<w:script");
  });
});

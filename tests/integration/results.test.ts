/**
 * The resultatfas and the yearly follow-up (issue 12; rules in src/domain/results/), through the
 * use cases against a real database: the group writes the seven answers (prefilled facts), sends
 * the report; the contact person sends it back or approves it, which puts answer 7 in the library
 * of lessons and closes the process (read-only from then on); indicators of the area index are
 * followed; the association uploads its reports; goals are followed up each year, with reminders;
 * the committee's yearly report. And who may do what: another organisation's applicant, staff of
 * another committee, a closed process.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { plainDocuments } from "#src/adapters/documents/results.ts";
import { csvWriter } from "#src/adapters/files/csv-writer.ts";
import { fileTypeInspector } from "#src/adapters/files/file-inspector.ts";
import { GoalService, ResultService, YearlyFollowUpSweep, YearlyReportService } from "#src/application/results/index.ts";
import { DEFAULT_INDEX_CONFIG } from "#src/domain/area-index/index.ts";
import { translator } from "#src/text/index.ts";
import { followUpReminderText, reportMailText } from "#src/web/app/routes/results/mail-text.ts";
import { yearlyReportCsvRows, yearlyReportDocument } from "#src/web/app/routes/results/yearly-report-text.ts";
import { resultReportDocument } from "#src/web/app/routes/results/report-text.ts";
import { docxText, pdfText } from "../support/document-text.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const ANSWERS = {
  answer_1: "Parken är tryggare <script>alert(1)</script>",
  answer_2: "Belysningen köptes för 120 000 kr.",
  answer_3: "Lamporna längs gångvägen.",
  answer_4: "Två trygghetsvandringar med boende.",
  answer_5: "Fastighetsägarföreningen drev arbetet.",
  answer_6: "Fler rör sig i parken på kvällen.",
  answer_7: "Börja med en trygghetsvandring innan något köps in.",
};

/** A minimal PDF (the real type is read from the content). */
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

describe("the resultatfas and the yearly follow-up", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let uow: KyselyUnitOfWork;
  let clock: FakeClock;
  let results: ResultService;
  let goals: GoalService;
  let yearly: YearlyReportService;
  let areaId: string;
  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    uow = new KyselyUnitOfWork(handle.db);
    clock = new FakeClock(new Date("2027-01-20T09:00:00Z"));
    results = new ResultService({ uow, clock, files: fileTypeInspector, documents: plainDocuments, mail: { text: reportMailText("sv"), publicUrl: "https://samverka.test" } });
    goals = new GoalService({ uow, clock });
    yearly = new YearlyReportService({ uow, clock, csvWriter, documents: plainDocuments });
    areaId = (await handle.db.insertInto("area").values({ code: "R-01", name: "Parkområdet", geom: sql`st_multi(st_makeenvelope(13.0, 55.59, 13.01, 55.6, 4326))`, valid_from: "2020-01-01", source: "test" }).returning("id").executeTakeFirstOrThrow()).id;
    await handle.db.insertInto("index_configuration").values({ version: 1, name: "Test", definition: JSON.stringify(DEFAULT_INDEX_CONFIG), is_active: true }).execute();
    const imp = await handle.db.insertInto("index_import").values({ file_name: "t.csv", format: "csv", source: "test", row_count: 3 }).returning("id").executeTakeFirstOrThrow();
    await handle.db
      .insertInto("indicator_value")
      .values([2024, 2025, 2026].map((year, i) => ({ area_code: "R-01", indicator_key: "deltagande_fritidsaktivitet", year, value: 40 + i * 3, source: "test", imported_at: new Date(), import_id: imp.id })))
      .execute();
  });
  afterAll(async () => handle?.close());

  /** A process in the given phase with both decisions, two approved efforts over two years, and its people. */
  async function process(phase: "samarbete" | "utforande" | "resultat" = "resultat", opts: { oneYear?: boolean } = {}) {
    const org = await fx.organisation();
    const caseId = await fx.caseFor(org, { phase, title: "Trygga parken" });
    await handle.db.updateTable("collaboration_case").set({ status: "beslutat", case_number: `SV-2026-${caseId.slice(0, 5)}` }).where("id", "=", caseId).execute();
    await handle.db.insertInto("case_area").values({ case_id: caseId, area_id: areaId }).execute();
    await handle.db.insertInto("decision").values({ case_id: caseId, decision_point: "ansokan", paragraph: "§ 1", decided_on: "2026-03-01", outcome: "bifall", granted_amount_sek: 50_000 }).execute();
    await handle.db.insertInto("decision").values({ case_id: caseId, decision_point: "insatser", paragraph: "§ 2", decided_on: "2026-05-01", outcome: "bifall", granted_amount_sek: 120_000, minutes_approved_on: "2026-05-05" }).execute();
    await handle.db.insertInto("effort_proposal").values({ case_id: caseId, status: "beslutat" }).execute();
    await handle.db
      .insertInto("effort")
      .values([
        { case_id: caseId, title: "Belysning", responsible: "Fastighetsägarföreningen", starts_on: "2026-06-01", ends_on: opts.oneYear ? "2026-10-31" : "2027-05-31", approved: true, approved_city_sek: 120_000 },
        { case_id: caseId, title: "Avslagen insats", responsible: "Någon", starts_on: "2026-06-01", ends_on: "2026-08-31", approved: false },
      ])
      .execute();
    const contact = await fx.staffFor("kontaktperson", caseId);
    const applicant = await fx.user("aktor", org);
    const otherCommittee = await fx.user("kontaktperson", undefined, undefined, { committees: [await fx.committee()] });
    const outsider = await fx.user("aktor");
    const analyst = await fx.user("analytiker");
    return { caseId, contact, applicant, otherCommittee, outsider, analyst };
  }

  it("prefills from what the system knows, saves every answer, and sends only when all seven are written", async () => {
    const p = await process();
    const view = (await results.view(p.applicant, p.caseId))!;
    expect(view).toMatchObject({ begun: false, status: "utkast", may: { edit: true, send: true, review: false } });
    expect(view.facts).toMatchObject({ applicationDecision: { outcome: "bifall", grantedAmountSek: 50_000 }, effortsDecision: { outcome: "bifall" }, approvedCitySek: 120_000, paidSek: 0 });
    // The city's payments (the budget follow-up) are in the facts as soon as they are recorded.
    const decision = await handle.db.selectFrom("decision").select("id").where("case_id", "=", p.caseId).where("decision_point", "=", "insatser").executeTakeFirstOrThrow();
    const effort = await handle.db.selectFrom("effort").select("id").where("case_id", "=", p.caseId).where("approved", "=", true).executeTakeFirstOrThrow();
    await handle.db.insertInto("execution_payment").values({ case_id: p.caseId, effort_id: effort.id, decision_id: decision.id, amount_sek: 30_000, paid_on: "2026-06-15", recorded_at: new Date() }).execute();
    expect((await results.view(p.applicant, p.caseId))!.facts.paidSek).toBe(30_000);
    expect(view.facts.efforts.map((e) => e.title)).toEqual(["Belysning"]);

    const partial = { ...ANSWERS, answer_4: "  " };
    expect(await results.send(p.applicant, p.caseId, partial)).toMatchObject({ ok: false, error: "answers_missing", detail: { answer_4: "results.error.answerMissing" } });
    // What was typed is kept.
    const kept = (await results.view(p.applicant, p.caseId))!;
    expect(kept).toMatchObject({ begun: true, status: "utkast" });
    expect(kept.answers[1]).toBe(ANSWERS.answer_1);
    expect(await results.save(p.applicant, p.caseId, { ...ANSWERS, answer_3: "x".repeat(10_001) })).toMatchObject({ ok: false, error: "invalid", detail: { answer_3: "results.error.answerTooLong" } });

    expect(await results.send(p.applicant, p.caseId, ANSWERS)).toEqual({ ok: true, value: { status: "inskickad" } });
    // A double submit changes nothing.
    expect(await results.send(p.applicant, p.caseId, ANSWERS)).toEqual({ ok: true, value: { status: "inskickad" } });
    expect(await results.save(p.applicant, p.caseId, ANSWERS)).toEqual({ ok: false, error: "wrong_status" });
    expect((await results.view(p.applicant, p.caseId))!.may).toEqual({ edit: false, send: false, review: false });
    expect((await results.view(p.contact, p.caseId))!.may).toEqual({ edit: false, send: false, review: true });
  });

  it("is sent back with a reason, then approved: the lesson goes to the library and the process closes, read-only", async () => {
    const p = await process();
    await results.send(p.applicant, p.caseId, ANSWERS);
    expect(await results.returnToGroup(p.applicant, p.caseId, { reason: "x" })).toEqual({ ok: false, error: "not_found" });
    expect(await results.returnToGroup(p.contact, p.caseId, { reason: " " })).toMatchObject({ ok: false, error: "invalid", detail: { reason: "results.error.reason" } });
    expect(await results.returnToGroup(p.contact, p.caseId, { reason: "Beskriv pengarna per insats." })).toEqual({ ok: true, value: { status: "utkast" } });
    expect((await results.view(p.applicant, p.caseId))!).toMatchObject({ status: "utkast", returnedReason: "Beskriv pengarna per insats." });
    expect(await results.approve(p.contact, p.caseId)).toEqual({ ok: false, error: "wrong_status" });
    await results.send(p.applicant, p.caseId, ANSWERS);
    expect(await results.approve(p.applicant, p.caseId)).toEqual({ ok: false, error: "not_found" });
    expect(await results.approve(p.otherCommittee, p.caseId)).toEqual({ ok: false, error: "not_found" });
    expect(await results.approve(p.contact, p.caseId)).toEqual({ ok: true, value: { status: "godkand" } });

    // Each side is told: the contact person when it is sent, the group when it is sent back and approved.
    const mails = await handle.db.selectFrom("mail_outbox").select(["to_address", "subject", "body_text"]).where("related_entity", "=", `case:${p.caseId}`).orderBy("created_at").execute();
    expect(mails.filter((m) => m.to_address === p.contact.email).map((m) => m.subject)).toEqual([expect.stringMatching(/^Resultatrapport att granska – Trygga parken/), expect.stringMatching(/^Resultatrapport att granska/)]);
    const toGroup = mails.filter((m) => m.to_address === p.applicant.email);
    expect(toGroup.map((m) => m.subject)).toEqual([expect.stringMatching(/^Resultatrapporten behöver kompletteras/), expect.stringMatching(/^Resultatrapporten är godkänd/)]);
    expect(toGroup[0]!.body_text).toContain("Beskriv pengarna per insats.");
    expect(toGroup[1]!.body_text).toContain(`https://samverka.test/arenden/${p.caseId}/process/resultat`);

    const c = await handle.db.selectFrom("collaboration_case").select(["phase", "status"]).where("id", "=", p.caseId).executeTakeFirstOrThrow();
    expect(c.phase).toBe("avslutad");
    const lessons = await handle.db.selectFrom("lesson").select(["source", "title", "body"]).where("case_id", "=", p.caseId).execute();
    expect(lessons).toEqual([{ source: "resultatrapport", title: "Trygga parken", body: ANSWERS.answer_7 }]);
    const actions = (await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", p.caseId).orderBy("id").execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["results.report.send", "results.report.return", "results.report.approve", "process.phase.change"]));

    // The report as DOCX and PDF, what the group wrote kept as text.
    const word = (v: Parameters<typeof resultReportDocument>[0], at: Date) => resultReportDocument(v, translator("sv"), "sv", at);
    const docx = (await results.reportFile(p.applicant, p.caseId, "docx", word))!;
    expect(docx.filename).toMatch(/^Resultatrapport-SV-2026-.*\.docx$/);
    expect(docxText(docx.bytes)).toContain("Parken är tryggare <script>alert(1)</script>");
    expect(docxText(docx.bytes)).toContain("7. Vilka lärdomar har de deltagande aktörerna dragit?");
    expect(pdfText((await results.reportFile(p.applicant, p.caseId, "pdf", word))!.bytes)).toContain("<script>alert(1)</script>");
    expect(await results.reportFile(p.outsider, p.caseId, "pdf", word)).toBeUndefined();

    // Closed: everything reads, nothing changes.
    const closed = (await results.view(p.applicant, p.caseId))!;
    expect(closed).toMatchObject({ phase: "avslutad", status: "godkand", may: { edit: false, send: false, review: false } });
    expect(closed.answers[7]).toBe(ANSWERS.answer_7);
    expect(await results.save(p.contact, p.caseId, ANSWERS)).toEqual({ ok: false, error: "not_in_resultat" });
    expect(await results.chooseIndicator(p.applicant, p.caseId, { indicator: "valdeltagande" })).toEqual({ ok: false, error: "closed" });
    expect(await results.uploadAssociationReport(p.applicant, p.caseId, { year: "2026", kind: "verksamhetsberattelse", submissionKey: crypto.randomUUID() }, { name: "vb.pdf", bytes: PDF })).toEqual({ ok: false, error: "closed" });
    expect(await goals.addGoal(p.applicant, p.caseId, { goal: "x", measure: "y", unit: "%", baseline: "1", target: "2", targetYear: "2027" })).toEqual({ ok: false, error: "closed" });
    expect((await goals.view(p.applicant, p.caseId))!.may).toEqual({ editGoals: false, setPlan: false, followUp: [] });
  });

  it("lets nobody outside the group and the committee's staff write, and answers not found to a guessed id", async () => {
    const p = await process();
    for (const who of [p.outsider, p.otherCommittee]) {
      expect(await results.save(who, p.caseId, ANSWERS)).toEqual({ ok: false, error: "not_found" });
      expect(await results.chooseIndicator(who, p.caseId, { indicator: "valdeltagande" })).toEqual({ ok: false, error: "not_found" });
      expect(await goals.addGoal(who, p.caseId, { goal: "x", measure: "y", unit: "%", baseline: "1", target: "2", targetYear: "2027" })).toEqual({ ok: false, error: "not_found" });
    }
    expect(await results.view(p.outsider, p.caseId)).toBeUndefined();
    expect((await results.view(p.otherCommittee, p.caseId))!.may).toEqual({ edit: false, send: false, review: false });
    // The actor mapping stays the group's and its case staff's.
    expect((await results.view(p.otherCommittee, p.caseId))!.facts.actors).toBeNull();
    expect((await results.view(p.applicant, p.caseId))!.facts.actors).toEqual([]);
    expect(await results.view(p.applicant, "not-a-uuid")).toBeUndefined();
    expect(await results.save(p.applicant, crypto.randomUUID(), ANSWERS)).toEqual({ ok: false, error: "not_found" });
    // Before the resultatfas the report waits.
    const early = await process("utforande");
    expect(await results.save(early.applicant, early.caseId, ANSWERS)).toEqual({ ok: false, error: "not_in_resultat" });
  });

  it("follows the chosen indicators of the area index from the start to the latest value", async () => {
    const p = await process("samarbete");
    expect(await results.chooseIndicator(p.applicant, p.caseId, { indicator: "finns_inte" })).toMatchObject({ ok: false, error: "invalid", detail: { indicator: "results.error.indicator" } });
    expect(await results.chooseIndicator(p.applicant, p.caseId, { indicator: "deltagande_fritidsaktivitet" })).toEqual({ ok: true, value: { key: "deltagande_fritidsaktivitet" } });
    expect(await results.chooseIndicator(p.contact, p.caseId, { indicator: "deltagande_fritidsaktivitet" })).toEqual({ ok: true, value: { key: "deltagande_fritidsaktivitet" } });
    const view = (await results.indicators(p.applicant, p.caseId))!;
    expect(view.chosen).toHaveLength(1);
    expect(view.available.some((a) => a.key === "deltagande_fritidsaktivitet")).toBe(false);
    expect(view.chosen[0]).toMatchObject({ key: "deltagande_fritidsaktivitet", startYear: 2026, unit: "%", areas: [{ code: "R-01", name: "Parkområdet" }] });
    // Chosen in 2027, efforts from 2026: followed from 2026, the latest value is 2026's too.
    expect(view.chosen[0]!.areas[0]!.change).toMatchObject({ start: { year: 2026, value: 46 }, latest: { year: 2026, value: 46 }, direction: "okand" });
    await handle.db.updateTable("effort").set({ starts_on: "2025-03-01" }).where("case_id", "=", p.caseId).where("title", "=", "Belysning").execute();
    const earlier = (await results.indicators(p.applicant, p.caseId))!;
    expect(earlier.chosen[0]!.areas[0]!.change).toMatchObject({ start: { year: 2025, value: 43 }, latest: { year: 2026, value: 46 }, change: 3, direction: "battre" });
    expect(await results.removeIndicator(p.applicant, p.caseId, { indicator: "deltagande_fritidsaktivitet" })).toEqual({ ok: true, value: { key: "deltagande_fritidsaktivitet" } });
    expect((await results.indicators(p.applicant, p.caseId))!.chosen).toEqual([]);
  });

  it("takes the association's reports as real documents, once per submission, downloadable by the group and staff", async () => {
    const p = await process();
    const key = crypto.randomUUID();
    const first = await results.uploadAssociationReport(p.applicant, p.caseId, { year: "2026", kind: "verksamhetsberattelse", submissionKey: key }, { name: "Verksamhetsberättelse\u202Efdp.exe", bytes: PDF });
    expect(first.ok).toBe(true);
    expect(await results.uploadAssociationReport(p.applicant, p.caseId, { year: "2026", kind: "verksamhetsberattelse", submissionKey: key }, { name: "vb.pdf", bytes: PDF })).toEqual(first);
    expect(await results.uploadAssociationReport(p.applicant, p.caseId, { year: "2026", kind: "ekonomisk_berattelse", submissionKey: crypto.randomUUID() }, { name: "eb.pdf", bytes: new TextEncoder().encode("<script>alert(1)</script>") })).toEqual({ ok: false, error: "type_not_allowed" });
    expect(await results.uploadAssociationReport(p.applicant, p.caseId, { year: "20", kind: "x", submissionKey: crypto.randomUUID() }, { name: "eb.pdf", bytes: PDF })).toMatchObject({ ok: false, error: "invalid", detail: { year: "results.error.year", kind: "results.error.kind" } });
    expect(await results.uploadAssociationReport(p.outsider, p.caseId, { year: "2026", kind: "verksamhetsberattelse", submissionKey: crypto.randomUUID() }, { name: "vb.pdf", bytes: PDF })).toEqual({ ok: false, error: "not_found" });
    const list = (await results.associationReports(p.applicant, p.caseId))!;
    expect(list.reports).toHaveLength(1);
    expect(list.reports[0]!.filename).not.toContain("\u202E");
    expect(list.reports[0]!.filename.endsWith(".pdf")).toBe(true);
    const id = first.ok ? first.value.reportId : "";
    expect((await results.associationReport(p.applicant, p.caseId, id))!.mediaType).toBe("application/pdf");
    expect(await results.associationReport(p.otherCommittee, p.caseId, id)).toBeDefined();
    expect(await results.associationReport(p.outsider, p.caseId, id)).toBeUndefined();
    const other = await process();
    expect(await results.associationReport(other.applicant, other.caseId, id)).toBeUndefined();
  });

  it("sets goals, follows them up once a year with the history kept, and may put the lesson in the library", async () => {
    const p = await process("utforande");
    const view = (await goals.view(p.applicant, p.caseId))!;
    expect(view).toMatchObject({ multiYear: true, multiYearSet: null });
    expect(view.years.map((y) => [y.year, y.state])).toEqual([
      [2026, "oppen"],
      [2027, "kommande"],
    ]);
    expect(await goals.addGoal(p.applicant, p.caseId, { goal: "", measure: "Andel trygga", unit: "%", baseline: "tolv", target: "60", targetYear: "2027" })).toMatchObject({ ok: false, error: "invalid", detail: { goal: "results.error.goal", baseline: "results.error.baseline" } });
    const key = crypto.randomUUID();
    const goal = await goals.addGoal(p.applicant, p.caseId, { goal: "Fler trygga i parken", measure: "Andel trygga", unit: "%", baseline: "42,5", target: "60", targetYear: "2027", submissionKey: key });
    expect(await goals.addGoal(p.applicant, p.caseId, { goal: "Fler trygga i parken", measure: "Andel trygga", unit: "%", baseline: "42,5", target: "60", targetYear: "2027", submissionKey: key })).toEqual(goal);
    const goalId = goal.ok ? goal.value.goalId : "";
    expect(await goals.followUp(p.applicant, p.caseId, { year: "2027", summary: "Tidigt", learned: "", values: {} })).toEqual({ ok: false, error: "not_due" });
    expect(await goals.followUp(p.applicant, p.caseId, { year: "2026", summary: "", learned: "", values: { [goalId]: "x" } })).toMatchObject({ ok: false, error: "invalid", detail: { summary: "results.error.summary", [`value_${goalId}`]: "results.error.value" } });
    const done = await goals.followUp(p.applicant, p.caseId, { year: "2026", summary: "Lamporna sattes upp.", learned: "Boende vill vara med tidigt.", lessonToLibrary: true, values: { [goalId]: "51" } });
    expect(done).toMatchObject({ ok: true });
    expect(await goals.followUp(p.applicant, p.caseId, { year: "2026", summary: "Igen", learned: "", values: {} })).toEqual({ ok: false, error: "already_followed_up" });
    const after = (await goals.view(p.applicant, p.caseId))!;
    expect(after.followUps).toMatchObject([{ year: 2026, summary: "Lamporna sattes upp.", values: { [goalId]: 51 } }]);
    expect(after.years[0]!.state).toBe("klar");
    expect(await goals.removeGoal(p.applicant, p.caseId, goalId)).toEqual({ ok: false, error: "goal_in_use" });
    expect(await handle.db.selectFrom("lesson").select("source").where("case_id", "=", p.caseId).execute()).toEqual([{ source: "arsuppfoljning" }]);
    // The contact person may say a process is not multi-year; the group may not.
    expect(await goals.setPlan(p.applicant, p.caseId, { multiYear: "nej" })).toEqual({ ok: false, error: "not_found" });
    expect(await goals.setPlan(p.contact, p.caseId, { multiYear: "nej" })).toEqual({ ok: true, value: { multiYear: false } });
    expect((await goals.view(p.applicant, p.caseId))!).toMatchObject({ multiYear: false, multiYearSet: false, years: [] });
  });

  it("reminds the group once, 14 days before the due date and once overdue", async () => {
    const p = await process("utforande");
    const sweep = new YearlyFollowUpSweep({ uow, text: followUpReminderText("sv"), publicUrl: "https://samverka.test" });
    const mails = async () => handle.db.selectFrom("mail_outbox").select(["to_address", "subject", "body_text"]).where("related_entity", "=", `case:${p.caseId}`).execute();
    expect(await sweep.sweep(new Date("2027-01-10T08:00:00Z"))).toBeGreaterThanOrEqual(0);
    expect(await mails()).toEqual([]);
    await sweep.sweep(new Date("2027-01-17T08:00:00Z"));
    await sweep.sweep(new Date("2027-01-17T08:01:00Z"));
    const soon = await mails();
    expect(soon).toHaveLength(1);
    expect(soon[0]).toMatchObject({ to_address: p.applicant.email, subject: expect.stringContaining("Påminnelse: årsuppföljning för 2026") });
    expect(soon[0]!.body_text).toContain(`https://samverka.test/arenden/${p.caseId}/process/mal`);
    expect(soon[0]!.body_text).toContain("31 januari 2027");
    await sweep.sweep(new Date("2027-02-01T08:00:00Z"));
    await sweep.sweep(new Date("2027-02-02T08:00:00Z"));
    expect((await mails()).map((m) => m.subject).filter((s) => s.includes("försenad"))).toHaveLength(1);
  });

  it("reports per committee and year what was funded, where and with what outcome, as a page, CSV, DOCX and PDF", async () => {
    const p = await process();
    await results.send(p.applicant, p.caseId, ANSWERS);
    await results.approve(p.contact, p.caseId);
    expect(await yearly.report(p.applicant, { year: 2026 })).toBeUndefined();
    const mine = (await yearly.report(p.contact, { year: 2026 }))!;
    expect(mine.processes.map((x) => x.caseId)).toEqual([p.caseId]);
    expect(mine.processes[0]).toMatchObject({ areas: ["Parkområdet"], phase: "avslutad", reportStatus: "godkand", outcome: ANSWERS.answer_1, efforts: [{ title: "Belysning", approvedCitySek: 120_000 }] });
    expect(mine.totals).toEqual({ processes: 1, efforts: 1, approvedCitySek: 120_000 });
    expect((await yearly.report(p.otherCommittee, { year: 2026 }))!.processes.map((x) => x.caseId)).not.toContain(p.caseId);
    expect((await yearly.report(p.analyst, { year: 2026 }))!.processes.map((x) => x.caseId)).toContain(p.caseId);
    expect((await yearly.report(p.contact, { year: 2024 }))!.processes).toEqual([]);

    const t = translator("sv");
    const csv = yearly.csv(yearlyReportCsvRows(mine, t, "sv"));
    expect(csv.split("\r\n")[0]).toContain("Diarienummer,Process,Nämnd");
    expect(csv).toContain("120000");
    const doc = yearlyReportDocument(mine, t, "sv", new Date("2027-01-20T09:00:00Z"));
    const docx = docxText(await yearly.docx(doc));
    expect(docx).toContain("Samverkansstöd: årsrapport 2026");
    expect(docx).toContain("Parken är tryggare <script>alert(1)</script>");
    expect(pdfText(await yearly.pdf(doc))).toContain("<script>alert(1)</script>");
  });

  it("writes a text cell that a spreadsheet would run as a formula with a leading quote", async () => {
    const p = await process("utforande", { oneYear: true });
    await handle.db.updateTable("effort").set({ title: "=HYPERLINK(\"http://x\")" }).where("case_id", "=", p.caseId).where("approved", "=", true).execute();
    const view = (await yearly.report(p.contact, { year: 2026 }))!;
    const csv = yearly.csv(yearlyReportCsvRows(view, translator("sv"), "sv"));
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).not.toMatch(/,"?=HYPERLINK/);
    expect((await goals.view(p.applicant, p.caseId))!.multiYear).toBe(false);
    // The contact person may make a one-year process followed up every year.
    expect(await goals.setPlan(p.contact, p.caseId, { multiYear: "ja" })).toEqual({ ok: true, value: { multiYear: true } });
    expect((await goals.view(p.applicant, p.caseId))!.years.map((y) => [y.year, y.state])).toEqual([[2026, "oppen"]]);
  });
});

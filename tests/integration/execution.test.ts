/**
 * The utförandefas (issue 12; the rules in src/domain/execution/), through the use cases against
 * a real database: the group updates progress and marks milestones; asks for changes, which the
 * contact person approves or refuses, or which wait for the committee above the process type's
 * thresholds; records actual costs and receipts; the city records payments, never more than
 * decided; other departments' commitments, found across processes. And who may do what: another
 * organisation's applicant, staff of another committee (may read, may not change), an anonymous
 * visitor (no actor reaches the use cases: a guessed id reveals nothing), a closed process.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { csvWriter } from "#src/adapters/files/csv-writer.ts";
import { fileTypeInspector } from "#src/adapters/files/file-inspector.ts";
import { BudgetFollowUpService, CommitmentService, ExecutionPlanService } from "#src/application/execution/index.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);

describe("the utförandefas: plan, changes, budget follow-up and commitments", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let plan: ExecutionPlanService;
  let budget: BudgetFollowUpService;
  let commitments: CommitmentService;
  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    const uow = new KyselyUnitOfWork(handle.db);
    const clock = new FakeClock(new Date("2027-04-15T09:00:00Z"));
    plan = new ExecutionPlanService({ uow, clock });
    budget = new BudgetFollowUpService({ uow, clock, files: fileTypeInspector, csvWriter });
    commitments = new CommitmentService({ uow, clock });
  });
  afterAll(async () => handle?.close());

  /** A process in its utförandefas: two approved efforts (one with a milestone), one refused, the efforts decision. */
  async function executing(phase: "utforande" | "resultat" | "avslutad" = "utforande") {
    const db = handle.db;
    const org = await fx.organisation();
    const caseId = await fx.caseFor(org, { phase, title: "Trygga Sofielund" });
    const type = await db.selectFrom("process_type").select("id").where("code", "=", "samverkansstod").executeTakeFirstOrThrow();
    await db.updateTable("collaboration_case").set({ status: "beslutat", case_number: `SV-2027-${caseId.slice(0, 4)}`, process_type_id: type.id }).where("id", "=", caseId).execute();
    await db.insertInto("effort_proposal").values({ case_id: caseId, status: "beslutat" }).execute();
    const effort = async (title: string, approved: boolean, sek: number | null, startsOn: string, endsOn: string) =>
      (await db.insertInto("effort").values({ case_id: caseId, title, responsible: "Föreningen Gården", starts_on: startsOn, ends_on: endsOn, approved, approved_city_sek: sek }).returning("id").executeTakeFirstOrThrow()).id;
    const lighting = await effort("Belysning i parken", true, 200_000, "2027-03-01", "2027-10-31");
    const playground = await effort("Lekplats <b>ny</b>", true, 50_000, "2027-04-01", "2028-03-31");
    const refused = await effort("Konstverk", false, null, "2027-04-01", "2027-06-30");
    const line = async (effortId: string, funder: "stad" | "aktor", form: "pengar" | "resurs", contributor: string, amount: number | null) =>
      (await db.insertInto("effort_budget_line").values({ effort_id: effortId, funder, form, contributor, description: form === "resurs" ? "Arbetstid" : "", amount_sek: amount }).returning("id").executeTakeFirstOrThrow()).id;
    const cityLine = await line(lighting, "stad", "pengar", "Tekniska nämnden", 200_000);
    const actorLine = await line(lighting, "aktor", "resurs", "Fastighetsägarna", 20_000);
    await line(playground, "stad", "pengar", "Tekniska nämnden", 50_000);
    const refusedLine = await line(refused, "stad", "pengar", "Tekniska nämnden", 10_000);
    const milestone = (await db.insertInto("effort_milestone").values({ effort_id: lighting, title: "Lamporna på plats", due_on: "2027-06-01" }).returning("id").executeTakeFirstOrThrow()).id;
    const decision = (await db.insertInto("decision").values({ case_id: caseId, decision_point: "insatser", paragraph: "§ 42", decided_on: "2027-02-10", outcome: "delvis_bifall", granted_amount_sek: 250_000 }).returning("id").executeTakeFirstOrThrow()).id;
    const contact = await fx.staffFor("kontaktperson", caseId);
    const officer = await fx.staffFor("handlaggare", caseId);
    const applicant = await fx.user("aktor", org);
    const otherCommittee = await fx.user("kontaktperson", undefined, undefined, { committees: [await fx.committee()] });
    const outsider = await fx.user("aktor");
    return { caseId, lighting, playground, refused, cityLine, actorLine, refusedLine, milestone, decision, contact, officer, applicant, otherCommittee, outsider };
  }

  it("shows the approved efforts as the plan; the group updates progress; klar is final until the contact person reopens it", async () => {
    const p = await executing();
    const view = (await plan.view(p.applicant, p.caseId))!;
    expect(view.started).toBe(true);
    expect(view.efforts.map((e) => e.title)).toEqual(["Belysning i parken", "Lekplats <b>ny</b>"]);
    expect(view.efforts[0]).toMatchObject({ status: "planerad", percent: 0, decidedCitySek: 200_000, citySek: 200_000, milestones: [{ title: "Lamporna på plats", doneOn: null }] });
    expect(view.may).toEqual({ work: true, settle: false, decide: false });

    expect(await plan.updateProgress(p.applicant, p.caseId, p.lighting, { status: "pagaende", percent: "40 %", note: "Stolparna är beställda." })).toEqual({ ok: true, value: { effortId: p.lighting } });
    expect(await plan.updateProgress(p.applicant, p.caseId, p.lighting, { status: "pagaende", percent: "140", note: "" })).toMatchObject({ ok: false, error: "invalid", detail: { percent: "execution.error.percent" } });
    expect((await plan.updateProgress(p.applicant, p.caseId, p.lighting, { status: "klar", percent: "90", note: "" })).ok).toBe(true);
    expect(await plan.updateProgress(p.applicant, p.caseId, p.lighting, { status: "pagaende", percent: "90", note: "" })).toMatchObject({ ok: false, error: "invalid", detail: { status: "execution.error.transition" } });
    expect((await plan.updateProgress(p.contact, p.caseId, p.lighting, { status: "pagaende", percent: "90", note: "Öppnad igen" })).ok).toBe(true);
    const after = (await plan.view(p.contact, p.caseId))!.efforts[0]!;
    expect(after).toMatchObject({ status: "pagaende", percent: 90, note: "Öppnad igen", updatedByName: "Test kontaktperson" });

    expect((await plan.markMilestone(p.applicant, p.caseId, p.lighting, { milestoneId: p.milestone, done: "ja", doneOn: "2027-05-30" })).ok).toBe(true);
    expect((await plan.view(p.applicant, p.caseId))!.efforts[0]!.milestones[0]!.doneOn).toBe("2027-05-30");
    // A refused effort is not in the plan.
    expect(await plan.updateProgress(p.applicant, p.caseId, p.refused, { status: "pagaende", percent: "1", note: "" })).toEqual({ ok: false, error: "not_found" });

    const trail = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", p.caseId).execute();
    expect(trail.map((a) => a.action).filter((a) => a === "execution.progress")).toHaveLength(3);
  });

  it("lets the contact person approve a date change within the thresholds, and the plan keeps the history", async () => {
    const p = await executing();
    const key = randomUUID();
    const asked = await plan.requestChange(p.applicant, p.caseId, { effortId: p.lighting, kind: "datum", toStartsOn: "2027-03-01", toEndsOn: "2027-12-15", reason: "Leveransen av stolpar är försenad.", submissionKey: key });
    expect(asked).toMatchObject({ ok: true, value: { needsDecision: false } });
    // A double submit records one request.
    expect(await plan.requestChange(p.applicant, p.caseId, { effortId: p.lighting, kind: "datum", toStartsOn: "2027-03-01", toEndsOn: "2027-12-15", reason: "Leveransen av stolpar är försenad.", submissionKey: key })).toMatchObject({ ok: true });
    const changes = (await plan.view(p.contact, p.caseId))!.changes;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: "datum", status: "begard", fromEndsOn: "2027-10-31", toEndsOn: "2027-12-15", requestedByName: "Test aktor" });

    // The group cannot approve its own request.
    const changeId = changes[0]!.id;
    expect(await plan.answerChange(p.applicant, p.caseId, { changeId, answer: "approve", note: "" })).toEqual({ ok: false, error: "not_found" });
    expect(await plan.answerChange(p.contact, p.caseId, { changeId, answer: "approve", note: "" })).toEqual({ ok: true, value: { status: "godkand" } });
    const view = (await plan.view(p.applicant, p.caseId))!;
    expect(view.efforts[0]).toMatchObject({ endsOn: "2027-12-15" });
    expect(view.changes[0]).toMatchObject({ status: "godkand", settledByName: "Test kontaktperson" });
    expect(await plan.answerChange(p.contact, p.caseId, { changeId, answer: "approve", note: "" })).toEqual({ ok: false, error: "wrong_status" });

    // A refusal needs a reason.
    const second = await plan.requestChange(p.applicant, p.caseId, { effortId: p.lighting, kind: "milstolpe", milestoneId: p.milestone, toDueOn: "2027-07-01", reason: "Semester" });
    if (!second.ok) throw new Error("not requested");
    expect(await plan.answerChange(p.contact, p.caseId, { changeId: second.value.changeId, answer: "refuse", note: "" })).toMatchObject({ ok: false, error: "invalid", detail: { note: "execution.error.note_required" } });
    expect(await plan.answerChange(p.contact, p.caseId, { changeId: second.value.changeId, answer: "refuse", note: "Milstolpen behövs före sommaren." })).toEqual({ ok: true, value: { status: "avslagen" } });
  });

  it("sends a change above the thresholds to the committee: the contact person cannot approve it, the case officer records the decision", async () => {
    const p = await executing();
    const asked = await plan.requestChange(p.applicant, p.caseId, { effortId: p.lighting, kind: "belopp", toSek: "260 000", reason: "Fler lampor behövs längs ån." });
    expect(asked).toMatchObject({ ok: true, value: { needsDecision: true } });
    if (!asked.ok) return;
    const changeId = asked.value.changeId;
    expect(await plan.answerChange(p.contact, p.caseId, { changeId, answer: "approve", note: "" })).toEqual({ ok: false, error: "needs_decision" });
    expect(await plan.recordChangeDecision(p.contact, p.caseId, { changeId, outcome: "bifall", reference: "TN § 88", decidedOn: "2027-04-10", note: "" })).toEqual({ ok: false, error: "not_found" });
    expect(await plan.recordChangeDecision(p.officer, p.caseId, { changeId, outcome: "bifall", reference: "", decidedOn: "2027-04-10", note: "" })).toMatchObject({ ok: false, error: "invalid", detail: { reference: "execution.error.reference" } });
    expect(await plan.recordChangeDecision(p.officer, p.caseId, { changeId, outcome: "bifall", reference: "TN § 88", decidedOn: "2027-04-10", note: "" })).toEqual({ ok: true, value: { status: "beslutad_bifall" } });
    const view = (await plan.view(p.applicant, p.caseId))!;
    expect(view.efforts[0]).toMatchObject({ decidedCitySek: 200_000, citySek: 260_000 });
    expect(view.changes[0]).toMatchObject({ status: "beslutad_bifall", decisionReference: "TN § 88", decisionOn: "2027-04-10" });
  });

  it("records payments against the efforts decision, never more than decided or than an approved change", async () => {
    const p = await executing();
    const key = randomUUID();
    expect(await budget.recordPayment(p.applicant, p.caseId, { effortId: p.lighting, amountSek: "100000", paidOn: "2027-03-15", note: "" })).toEqual({ ok: false, error: "not_found" });
    expect(await budget.recordPayment(p.contact, p.caseId, { effortId: p.lighting, amountSek: "150 000", paidOn: "2027-03-15", note: "Första delen", submissionKey: key })).toMatchObject({ ok: true });
    expect(await budget.recordPayment(p.contact, p.caseId, { effortId: p.lighting, amountSek: "150 000", paidOn: "2027-03-15", note: "Första delen", submissionKey: key })).toMatchObject({ ok: true });
    expect(await budget.recordPayment(p.contact, p.caseId, { effortId: p.lighting, amountSek: "50 001", paidOn: "2027-04-15", note: "" })).toMatchObject({ ok: false, error: "invalid", detail: { amountSek: "execution.error.exceedsDecision" } });
    expect(await budget.recordPayment(p.contact, p.caseId, { effortId: p.refused, amountSek: "1", paidOn: "2027-04-15", note: "" })).toMatchObject({ ok: false, error: "invalid", detail: { effortId: "execution.error.effort" } });
    // An approved change of 10 % raises what may be paid.
    const asked = await plan.requestChange(p.applicant, p.caseId, { effortId: p.lighting, kind: "belopp", toSek: 220_000, reason: "Dyrare armaturer." });
    if (!asked.ok || asked.value.needsDecision) throw new Error("expected within the threshold");
    expect((await plan.answerChange(p.contact, p.caseId, { changeId: asked.value.changeId, answer: "approve", note: "" })).ok).toBe(true);
    expect((await budget.recordPayment(p.contact, p.caseId, { effortId: p.lighting, amountSek: "70000", paidOn: "2027-04-15", note: "" })).ok).toBe(true);
    // A contribution cannot be lowered below what is paid.
    const lower = await plan.requestChange(p.applicant, p.caseId, { effortId: p.lighting, kind: "belopp", toSek: 210_000, reason: "Billigare" });
    if (!lower.ok) throw new Error("not requested");
    expect(await plan.answerChange(p.contact, p.caseId, { changeId: lower.value.changeId, answer: "approve", note: "" })).toEqual({ ok: false, error: "below_paid" });

    const view = (await budget.view(p.applicant, p.caseId))!;
    expect(view.payments.map((x) => [x.amountSek, x.decisionParagraph])).toEqual([[150_000, "§ 42"], [70_000, "§ 42"]]);
    expect(view.efforts[0]).toMatchObject({ citySek: 220_000, paidSek: 220_000, remainingSek: 0 });
    expect(view.totals.paidSek).toBe(220_000);
    expect(view.may).toEqual({ work: true, pay: false });
  });

  it("follows planned against actual per line, per party and per year, with receipts and a CSV", async () => {
    const p = await executing();
    expect((await budget.addActual(p.applicant, p.caseId, { budgetLineId: p.cityLine, amountSek: "80 000", spentOn: "2027-04-02", description: "Stolpar och armaturer", submissionKey: randomUUID() })).ok).toBe(true);
    expect((await budget.addActual(p.applicant, p.caseId, { budgetLineId: p.actorLine, amountSek: "5000", spentOn: "2027-04-03", description: "=HYPERLINK(\"x\")" })).ok).toBe(true);
    expect(await budget.addActual(p.applicant, p.caseId, { budgetLineId: p.refusedLine, amountSek: "10", spentOn: "2027-04-03", description: "x" })).toMatchObject({ ok: false, detail: { budgetLineId: "execution.error.line" } });
    expect(await budget.addActual(p.applicant, p.caseId, { budgetLineId: p.cityLine, amountSek: "", spentOn: "2027-02-30", description: "" })).toMatchObject({ ok: false, error: "invalid" });

    const receiptKey = randomUUID();
    const added = await budget.addReceipt(p.applicant, p.caseId, { budgetLineId: p.cityLine, description: "Faktura stolpar", submissionKey: receiptKey }, { name: "faktura\u202Egnp.pdf", bytes: PDF });
    expect(added.ok).toBe(true);
    expect(await budget.addReceipt(p.applicant, p.caseId, { budgetLineId: "", description: "", submissionKey: randomUUID() }, { name: "kvitto.pdf", bytes: EXE })).toEqual({ ok: false, error: "type_not_allowed" });
    expect(await budget.addReceipt(p.applicant, p.caseId, { budgetLineId: "", description: "", submissionKey: randomUUID() }, { name: "tom.pdf", bytes: new Uint8Array() })).toEqual({ ok: false, error: "empty" });
    if (!added.ok) return;

    const view = (await budget.view(p.otherCommittee, p.caseId))!;
    expect(view.may).toEqual({ work: false, pay: false });
    expect(view.lines.map((l) => [l.contributor, l.plannedSek, l.actualSek])).toEqual([["Tekniska nämnden", 200_000, 80_000], ["Fastighetsägarna", 20_000, 5_000], ["Tekniska nämnden", 50_000, 0]]);
    expect(view.parties).toEqual([{ contributor: "Tekniska nämnden", funder: "stad", plannedSek: 250_000, actualSek: 80_000 }, { contributor: "Fastighetsägarna", funder: "aktor", plannedSek: 20_000, actualSek: 5_000 }]);
    expect(view.years.map((y) => y.year)).toEqual([2027, 2028]);
    expect(view.years.reduce((s, y) => s + y.plannedSek, 0)).toBe(270_000);
    expect(view.receipts[0]).toMatchObject({ filename: "fakturagnp.pdf", mediaType: "application/pdf", description: "Faktura stolpar" });

    // Downloadable by who may read the process, not by an outsider.
    expect((await budget.receipt(p.otherCommittee, p.caseId, added.value.receiptId))?.mediaType).toBe("application/pdf");
    expect(await budget.receipt(p.outsider, p.caseId, added.value.receiptId)).toBeUndefined();
    const other = await executing();
    expect(await budget.receipt(other.applicant, other.caseId, added.value.receiptId)).toBeUndefined();

    const csv = (await budget.csv(p.applicant, p.caseId, { headers: ["Insats", "Part", "Finansiär", "Form", "Beskrivning", "Planerat", "Utfall", "Avvikelse"], funder: { stad: "Staden", aktor: "Aktör" }, form: { pengar: "Pengar", resurs: "Resurs" }, paymentsHeading: "Utbetalningar", paymentHeaders: ["Insats", "Datum", "Belopp", "Beslut", "Beslutsdatum", "Notering"], total: "Summa" }))!;
    expect(csv.csv).toContain("Belysning i parken");
    expect(csv.csv).toContain("Summa");
    expect(csv.csv).not.toMatch(/[;,]=HYPERLINK/);
  });

  it("records other departments' commitments, found across processes by department", async () => {
    const p = await executing();
    const input = { department: "Fastighets- och gatukontoret", contribution: "Lagar gångvägen före invigningen", contactName: "Eva Ek", contactEmail: "Eva.Ek@malmo.test", startsOn: "2027-05-01", endsOn: "2027-06-30", status: "planerat" as const, submissionKey: randomUUID() };
    const added = await commitments.add(p.applicant, p.caseId, input);
    expect(added.ok).toBe(true);
    expect((await commitments.add(p.applicant, p.caseId, input)).ok).toBe(true);
    expect(await commitments.add(p.applicant, p.caseId, { ...input, department: "", contactEmail: "inte en adress", endsOn: "2027-01-01", submissionKey: undefined })).toMatchObject({ ok: false, detail: { department: "execution.error.department", contactEmail: "execution.error.contactEmail" } });
    const view = (await commitments.view(p.otherCommittee, p.caseId))!;
    expect(view.commitments).toEqual([expect.objectContaining({ department: "Fastighets- och gatukontoret", contactEmail: "eva.ek@malmo.test", status: "planerat" })]);
    expect(view.may.work).toBe(false);
    if (!added.ok) return;
    expect((await commitments.update(p.contact, p.caseId, added.value.commitmentId, { ...input, status: "pagaende" as const })).ok).toBe(true);

    const across = (await commitments.across(p.otherCommittee, { forvaltning: "gatukontoret" }))!;
    expect(across.commitments.some((c) => c.caseId === p.caseId && c.status === "pagaende")).toBe(true);
    expect((await commitments.across(p.otherCommittee, { forvaltning: "Miljöförvaltningen" }))!.commitments.some((c) => c.caseId === p.caseId)).toBe(false);
    expect(await commitments.across(p.applicant, {})).toBeUndefined();
  });

  it("lets staff of another committee read but not change, answers an outsider not found, and keeps a closed process read-only", async () => {
    const p = await executing();
    expect(await plan.view(p.outsider, p.caseId)).toBeUndefined();
    expect(await budget.view(p.outsider, p.caseId)).toBeUndefined();
    expect(await commitments.view(p.outsider, p.caseId)).toBeUndefined();
    expect(await plan.view(p.outsider, "not-a-uuid")).toBeUndefined();
    expect((await plan.view(p.otherCommittee, p.caseId))!.may).toEqual({ work: false, settle: false, decide: false });
    expect(await plan.updateProgress(p.otherCommittee, p.caseId, p.lighting, { status: "pagaende", percent: "10", note: "" })).toEqual({ ok: false, error: "not_found" });
    expect(await plan.updateProgress(p.outsider, p.caseId, p.lighting, { status: "pagaende", percent: "10", note: "" })).toEqual({ ok: false, error: "not_found" });
    expect(await plan.requestChange(p.outsider, p.caseId, { effortId: p.lighting, kind: "belopp", toSek: 1, reason: "x" })).toEqual({ ok: false, error: "not_found" });
    expect(await budget.recordPayment(p.otherCommittee, p.caseId, { effortId: p.lighting, amountSek: "1", paidOn: "2027-04-01", note: "" })).toEqual({ ok: false, error: "not_found" });
    expect(await budget.addActual(p.outsider, p.caseId, { budgetLineId: p.cityLine, amountSek: "1", spentOn: "2027-04-01", description: "x" })).toEqual({ ok: false, error: "not_found" });
    expect(await commitments.add(p.otherCommittee, p.caseId, { department: "X", contribution: "Y", startsOn: "2027-01-01", endsOn: "2027-02-01" })).toEqual({ ok: false, error: "not_found" });
    // Another process's effort through this process's address finds nothing.
    const other = await executing();
    expect(await plan.updateProgress(p.applicant, p.caseId, other.lighting, { status: "pagaende", percent: "10", note: "" })).toEqual({ ok: false, error: "not_found" });

    const closed = await executing("avslutad");
    const view = (await plan.view(closed.contact, closed.caseId))!;
    expect(view.started).toBe(true);
    expect(view.may).toEqual({ work: false, settle: false, decide: false });
    expect(await plan.updateProgress(closed.applicant, closed.caseId, closed.lighting, { status: "pagaende", percent: "10", note: "" })).toEqual({ ok: false, error: "closed" });
    expect(await budget.recordPayment(closed.contact, closed.caseId, { effortId: closed.lighting, amountSek: "1", paidOn: "2027-04-01", note: "" })).toEqual({ ok: false, error: "closed" });
    expect(await commitments.add(closed.applicant, closed.caseId, { department: "X", contribution: "Y", startsOn: "2027-01-01", endsOn: "2027-02-01" })).toEqual({ ok: false, error: "closed" });

    const samarbete = await fx.caseFor(await fx.organisation(), { phase: "samarbete" });
    const staff = await fx.staffFor("kontaktperson", samarbete);
    expect((await plan.view(staff, samarbete))!).toMatchObject({ started: false, efforts: [] });
  });
});

import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { officerReportDocx, officerReportPdf, officerReportRenderer, REPORT_HEADINGS } from "#src/adapters/documents/officer-report.ts";
import { AssessmentService, type AssessmentInput } from "#src/application/assessment/assessment-service.ts";
import { createCommitteeServices, type AppealMailText, type CommitteeServices, type DecisionInput } from "#src/application/committee/index.ts";
import { decisionMail } from "#src/web/app/routes/committee/mail-text.ts";
import { officerReportInSwedish } from "#src/web/app/routes/committee/document-text.ts";
import { translator } from "#src/text/index.ts";
import type { CaseStatus } from "#src/domain/case/lifecycle.ts";
import { SAMVERKANSSTOD_V1 } from "#src/domain/process-type/samverkansstod.ts";
import { en as documentsEn, sv as documentsSv } from "#src/text/documents.ts";
import { docxText, flat, pdfText } from "../support/document-text.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";
import { collaborationRepository } from "#src/adapters/db/repositories/collaboration.ts";

/** The decision mail as the committee's page sends it, from the Swedish catalogue. */
const decisionText = decisionMail(translator("sv"), "sv");
/** The officer's report and the extract of the minutes in the committee's words, as their routes pass them. */
const reportText = officerReportInSwedish();
const appealText: AppealMailText = {
  subject: (label) => `Sista dag att överklaga ${label}`,
  body: (a) => `${a.committee} ${a.paragraph} anslogs ${a.postedOn}${a.previousPostedOn ? ` (ändrat från ${a.previousPostedOn})` : ""}. Sista dag att överklaga: ${a.lastDay}. ${a.link}`,
};

describe("the city's side: assessment, routing, meetings, officer's report, decision", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let assessment: AssessmentService;
  let committee: CommitteeServices;
  const clock = new FakeClock(new Date("2026-11-23T09:00:00Z"));

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    const uow = new KyselyUnitOfWork(handle.db);
    assessment = new AssessmentService({ uow, clock });
    committee = createCommitteeServices({ uow, clock, publicUrl: "https://samverka.test", renderer: officerReportRenderer });
  });
  afterAll(async () => handle.close());

  async function staffOf(committeeId: string, role: "handlaggare" | "kontaktperson" = "handlaggare") {
    const org = await fx.organisation("stad");
    await handle.db.updateTable("organisation").set({ committee_id: committeeId }).where("id", "=", org).execute();
    return fx.user(role, org);
  }

  async function scenario(status: CaseStatus = "inskickat") {
    const committeeId = await fx.committee();
    const org = await fx.organisation("aktor");
    const applicant = await fx.user("aktor", org);
    const contact = await staffOf(committeeId, "kontaktperson");
    const officer = await staffOf(committeeId, "handlaggare");
    const caseId = await fx.caseFor(org, { committeeId, title: "Samverkan Sofielund" });
    const pt = await handle.db.selectFrom("process_type").select("id").where("code", "=", "samverkansstod").orderBy("version").executeTakeFirstOrThrow();
    const caseNumber = `TN-2026-${String(Math.floor(Math.random() * 99999)).padStart(5, "0")}`;
    await handle.db
      .updateTable("collaboration_case")
      .set({ status, contact_person_id: contact.userId, case_number: caseNumber, process_type_id: pt.id })
      .where("id", "=", caseId)
      .execute();
    await handle.db.insertInto("application_party").values({ case_id: caseId, organisation_id: org, role: "huvudsokande" }).execute();
    await handle.db
      .insertInto("application")
      .values({ case_id: caseId, answers: JSON.stringify({ purpose: "Att göra Sofielund tryggare och grönare tillsammans med boende.", area_description: "Kvarteren kring Lantmannagatan." }) })
      .execute();
    return { committeeId, org, applicant, contact, officer, caseId, caseNumber };
  }
  const statusOf = async (caseId: string) => (await handle.db.selectFrom("collaboration_case").select(["status", "committee_id", "phase", "granted_amount_sek"]).where("id", "=", caseId).executeTakeFirstOrThrow());

  function fullAssessment(): AssessmentInput {
    const ratings: AssessmentInput["ratings"] = {};
    for (const c of SAMVERKANSSTOD_V1.criteria) ratings[c.key] = { rating: "uppfyllt", justification: `Motivering för ${c.key} – åäö`, evidence: "Protokoll från första mötet" };
    return { ratings, recommendation: "bifall", recommendationText: "Förvaltningen föreslår bifall.", proposedAmountSek: 150000 };
  }

  async function readyCase() {
    const s = await scenario();
    expect((await assessment.step(s.contact, s.caseId, "startAssessment")).ok).toBe(true);
    expect((await assessment.save(s.contact, s.caseId, fullAssessment())).ok).toBe(true);
    expect(await assessment.step(s.contact, s.caseId, "markReadyForCommittee")).toEqual({ ok: true, value: { status: "klar_for_namnd" } });
    return s;
  }

  describe("assessment", () => {
    it("refuses 'ready for the committee' while the assessment is incomplete, then accepts it when complete", async () => {
      const s = await scenario();
      expect((await assessment.step(s.contact, s.caseId, "startAssessment")).ok).toBe(true);
      expect((await statusOf(s.caseId)).status).toBe("under_bedomning");
      const partial = fullAssessment();
      partial.ratings.resurser = { rating: null, justification: "", evidence: "" };
      expect(await assessment.save(s.contact, s.caseId, partial)).toEqual({ ok: true, value: { complete: false } });
      const refused = await assessment.step(s.contact, s.caseId, "markReadyForCommittee");
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error).toBe("assessment_incomplete");
      expect((await statusOf(s.caseId)).status).toBe("under_bedomning");

      expect(await assessment.save(s.contact, s.caseId, fullAssessment())).toEqual({ ok: true, value: { complete: true } });
      expect((await assessment.step(s.contact, s.caseId, "markReadyForCommittee")).ok).toBe(true);
      expect((await statusOf(s.caseId)).status).toBe("klar_for_namnd");
      const view = await assessment.view(s.contact, s.caseId);
      expect(view?.complete).toBe(true);
      expect(view?.assessment?.proposedAmountSek).toBe(150000);
      expect(view?.processType.definition.criteria).toHaveLength(6);

      expect((await assessment.step(s.contact, s.caseId, "returnToAssessment")).ok).toBe(true);
      expect((await statusOf(s.caseId)).status).toBe("under_bedomning");
      const audited = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", s.caseId).orderBy("id").execute();
      expect(audited.map((a) => a.action)).toEqual(["case.startAssessment", "case.assessment.save", "case.assessment.save", "case.markReadyForCommittee", "case.returnToAssessment"]);
    });

    it("refuses a step that is not allowed from the status", async () => {
      const s = await scenario();
      const r = await assessment.step(s.contact, s.caseId, "returnToAssessment");
      expect(r).toMatchObject({ ok: false, error: "not_allowed_from_status" });
    });

    it("does not let an applicant assess: the case behaves as not found", async () => {
      const s = await scenario("under_bedomning");
      expect(await assessment.view(s.applicant, s.caseId)).toBeUndefined();
      expect(await assessment.save(s.applicant, s.caseId, fullAssessment())).toEqual({ ok: false, error: "not_found" });
      expect(await assessment.step(s.applicant, s.caseId, "markReadyForCommittee")).toEqual({ ok: false, error: "not_found" });
      expect(await handle.db.selectFrom("criteria_assessment").select("case_id").where("case_id", "=", s.caseId).executeTakeFirst()).toBeUndefined();
    });

    it("gives the assessment page in one call, with the overlaps asked of coordination", async () => {
      const s = await scenario("under_bedomning");
      const asked: string[] = [];
      const coordination = {
        forCase: async (actor: { userId: string }, caseId: string) => {
          asked.push(actor.userId);
          return caseId === s.caseId ? { overlaps: [{}, {}, {}], coordinations: [{}], hasGeometry: true } : undefined;
        },
      } as unknown as ConstructorParameters<typeof AssessmentService>[0]["coordination"];
      const sut = new AssessmentService({ uow: new KyselyUnitOfWork(handle.db), clock, coordination });
      const page = await sut.page(s.contact, s.caseId);
      expect(page).toMatchObject({ overlapCount: 3, coordinatedCount: 1, canEdit: true, title: "Samverkan Sofielund" });
      expect(page?.processType.definition.criteria).toHaveLength(6);
      // Whoever may not assess gets no page, and coordination is not asked.
      expect(await sut.page(s.applicant, s.caseId)).toBeUndefined();
      expect(asked).toEqual([s.contact.userId]);
      // Without coordination wired in, nothing overlaps.
      expect(await assessment.page(s.contact, s.caseId)).toMatchObject({ overlapCount: 0, coordinatedCount: 0 });
    });

    it("rejects an amount that is not a whole number of kronor", async () => {
      const s = await scenario("under_bedomning");
      expect(await assessment.save(s.contact, s.caseId, { ...fullAssessment(), proposedAmountSek: 12.5 })).toEqual({ ok: false, error: "invalid" });
    });
  });

  describe("routing", () => {
    it("forwards a case: the receiving committee gets it and its officer takes it up", async () => {
      const s = await scenario("under_bedomning");
      const target = await fx.committee();
      const receiver = await staffOf(target);
      const r = await committee.routing.route(s.contact, s.caseId, { kind: "overlamning", toCommitteeId: target, note: "Gäller arbetsmarknad." });
      expect(r.ok).toBe(true);
      const after = await statusOf(s.caseId);
      expect(after.status).toBe("overlamnat");
      expect(after.committee_id).toBe(target);

      const inbox = await committee.handling.inbox(receiver);
      expect(inbox?.cases.map((c) => c.id)).toContain(s.caseId);
      expect(inbox?.referrals.map((x) => [x.caseId, x.kind, x.note])).toEqual([[s.caseId, "overlamning", "Gäller arbetsmarknad."]]);

      // The sending committee's officer can no longer change it: it belongs to the receiving committee now.
      expect(await committee.routing.takeUp(s.officer, s.caseId)).toEqual({ ok: false, error: "not_found" });
      expect(await committee.routing.takeUp(receiver, s.caseId)).toEqual({ ok: true, value: { status: "under_bedomning" } });
      const referral = await handle.db.selectFrom("case_referral").selectAll().where("case_id", "=", s.caseId).executeTakeFirstOrThrow();
      expect(referral.answered_at).not.toBeNull();
    });

    it("refuses to forward to the same committee", async () => {
      const s = await scenario("under_bedomning");
      expect(await committee.routing.route(s.contact, s.caseId, { kind: "overlamning", toCommitteeId: s.committeeId, note: "" })).toMatchObject({ ok: false, error: "same_committee" });
    });

    it("sends a copy for an opinion without changing the status; the other committee answers once", async () => {
      const s = await scenario("under_bedomning");
      const ks = await fx.committee();
      const ksOfficer = await staffOf(ks);
      const first = await committee.routing.route(s.contact, s.caseId, { kind: "yttrande", toCommitteeId: ks, note: "Berör stadsövergripande samordning." });
      const replay = await committee.routing.route(s.contact, s.caseId, { kind: "yttrande", toCommitteeId: ks, note: "Berör stadsövergripande samordning." });
      expect(first.ok && replay.ok && first.value.referralId === replay.value.referralId).toBe(true);
      const after = await statusOf(s.caseId);
      expect(after.status).toBe("under_bedomning");
      expect(after.committee_id).toBe(s.committeeId);
      if (!first.ok) return;
      expect(await committee.routing.answerReferral(s.officer, first.value.referralId, "Nej")).toEqual({ ok: false, error: "not_found" });
      expect((await committee.routing.answerReferral(ksOfficer, first.value.referralId, "KS tillstyrker ansökan.")).ok).toBe(true);
      expect(await committee.routing.answerReferral(ksOfficer, first.value.referralId, "Annat svar")).toEqual({ ok: false, error: "already_answered" });
      const view = await committee.routing.routingView(s.contact, s.caseId);
      expect(view?.referrals.map((x) => x.answer)).toEqual(["KS tillstyrker ansökan."]);
    });

    it("does not let an applicant route a case", async () => {
      const s = await scenario("under_bedomning");
      const other = await fx.committee();
      expect(await committee.routing.route(s.applicant, s.caseId, { kind: "overlamning", toCommitteeId: other, note: "" })).toEqual({ ok: false, error: "not_found" });
      expect(await committee.routing.routingView(s.applicant, s.caseId)).toBeUndefined();
    });
  });

  describe("meetings and agenda", () => {
    it("creates meetings once and puts a ready case on the agenda in order", async () => {
      const a = await readyCase();
      const m1 = await committee.meetings.createMeeting(a.officer, { committeeId: a.committeeId, body: "namnd", meetsOn: "2026-12-14" });
      const m1again = await committee.meetings.createMeeting(a.officer, { committeeId: a.committeeId, body: "namnd", meetsOn: "2026-12-14" });
      expect(m1.ok && m1again.ok && m1.value.meetingId === m1again.value.meetingId).toBe(true);
      expect(await committee.meetings.createMeeting(a.officer, { committeeId: a.committeeId, body: "namnd", meetsOn: "2026-02-30" })).toMatchObject({ ok: false, error: "invalid" });
      expect(await committee.meetings.createMeeting(a.applicant, { committeeId: a.committeeId, body: "namnd", meetsOn: "2026-12-15" })).toEqual({ ok: false, error: "not_found" });
      if (!m1.ok) return;
      const meetingId = m1.value.meetingId;

      // A second ready case of the same committee.
      const caseId2 = await fx.caseFor(a.org, { committeeId: a.committeeId, title: "Andra ärendet" });
      await handle.db.updateTable("collaboration_case").set({ status: "klar_for_namnd" }).where("id", "=", caseId2).execute();
      const notReady = await fx.caseFor(a.org, { committeeId: a.committeeId });

      expect((await committee.meetings.meeting(a.officer, meetingId))?.ready.map((c) => c.id).sort()).toEqual([a.caseId, caseId2].sort());
      expect((await committee.meetings.addToAgenda(a.officer, meetingId, a.caseId)).ok).toBe(true);
      expect((await committee.meetings.addToAgenda(a.officer, meetingId, a.caseId)).ok).toBe(true); // replay: one item
      expect((await committee.meetings.addToAgenda(a.officer, meetingId, caseId2)).ok).toBe(true);
      expect(await committee.meetings.addToAgenda(a.officer, meetingId, notReady)).toEqual({ ok: false, error: "not_ready" });

      const page = await committee.meetings.meeting(a.officer, meetingId);
      expect(page?.agenda.map((i) => [i.caseId, i.position])).toEqual([
        [a.caseId, 1],
        [caseId2, 2],
      ]);
      expect(page?.ready).toEqual([]);
      const list = await committee.meetings.meetings(a.officer, { committeeId: a.committeeId });
      expect(list?.map((m) => [m.body, m.meetsOn, m.itemCount])).toEqual([["namnd", "2026-12-14", 2]]);
    });
  });

  describe("officer's report", () => {
    it("generates a DOCX with the headings and the case number, and a PDF with the same text", async () => {
      const a = await readyCase();
      const au = await committee.meetings.createMeeting(a.officer, { committeeId: a.committeeId, body: "arbetsutskott", meetsOn: "2026-12-03" });
      const nmd = await committee.meetings.createMeeting(a.officer, { committeeId: a.committeeId, body: "namnd", meetsOn: "2026-12-14" });
      if (!au.ok || !nmd.ok) throw new Error("meetings");
      await committee.meetings.addToAgenda(a.officer, au.value.meetingId, a.caseId);
      await committee.meetings.addToAgenda(a.officer, nmd.value.meetingId, a.caseId);

      const report = await committee.officerReports.officerReport(a.officer, a.caseId, reportText);
      expect(report?.caseNumber).toBe(a.caseNumber);
      expect(report?.planning.map((p) => p.date)).toEqual(["2026-12-03", "2026-12-14"]);
      expect(report?.criteria.every((c) => c.rating === "Uppfyllt")).toBe(true);
      expect(await committee.officerReports.officerReport(a.applicant, a.caseId, reportText)).toBeUndefined();
      if (!report) return;

      const file = await committee.officerReports.officerReportFile(a.officer, a.caseId, "docx", reportText);
      expect(file?.filename).toMatch(/\.docx$/);
      const dir = mkdtempSync(join(tmpdir(), "tjansteskrivelse-"));
      const docxPath = join(dir, "t.docx");
      writeFileSync(docxPath, file!.bytes);
      const xml = execFileSync("unzip", ["-p", docxPath, "word/document.xml"]).toString("utf8");
      for (const h of REPORT_HEADINGS) expect(xml).toContain(`>${h}<`);
      expect(xml).toContain(a.caseNumber);
      expect(xml).toContain("Uppfyllt");
      expect(xml).toContain("Motivering för resurser – åäö");

      const pdf = Buffer.from(await officerReportPdf(report, { compress: false }));
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const pdfFile = await committee.officerReports.officerReportFile(a.officer, a.caseId, "pdf", reportText);
      expect(Buffer.from(pdfFile!.bytes).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      // Standard Helvetica writes WinAnsi text as hex strings in the content stream.
      const hex = (s: string) => Buffer.from(s, "latin1").toString("hex");
      // pdfkit splits a line into kerned pieces: join every hex string of the content stream.
      const body = [...pdf.toString("latin1").matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => m[1]!.toLowerCase()).join("");
      for (const h of REPORT_HEADINGS) expect(body, h).toContain(hex(h));
      expect(body).toContain(hex(a.caseNumber));
      expect(body).toContain(hex("Motivering: Motivering för resurser"));
      expect(typeof (await officerReportDocx(report)).byteLength).toBe("number");

      // The fixed text is the catalogue's (src/text/documents.ts): the same layout words it in English when asked.
      const english = docxText(await officerReportDocx(report, { locale: "en" }));
      expect(english).toContain(documentsEn["doc.report.title"]);
      for (const key of ["doc.report.summary", "doc.report.proposals", "doc.report.planning", "doc.report.responsible"] as const) {
        expect(english, key).toContain(documentsEn[key]);
        expect(english, key).not.toContain(documentsSv[key]);
      }
      expect(flat(pdfText(await officerReportPdf(report, { compress: false, locale: "en" })))).toContain(`Assessment: Uppfyllt`);
    });
  });

  describe("decision", () => {
    const base = (over: Partial<DecisionInput> = {}): DecisionInput => ({
      paragraph: "§ 278",
      meetingId: null,
      decidedOn: "2026-12-14",
      outcome: "bifall",
      grantedAmountSek: 150000,
      conditions: "Redovisning senast 2027-12-31.",
      recipients: ["Föreningen Sofielund", "Fastighets- och gatukontoret"],
      ...over,
    });

    it("checks the outcome and amount rules", async () => {
      const a = await readyCase();
      expect(await committee.decisions.recordDecision(a.officer, a.caseId, base({ grantedAmountSek: null }), decisionText)).toMatchObject({ ok: false, error: "invalid", detail: { grantedAmountSek: "decision.error.amountRequired" } });
      expect(await committee.decisions.recordDecision(a.officer, a.caseId, base({ outcome: "delvis_bifall", grantedAmountSek: 0 }), decisionText)).toMatchObject({ ok: false, error: "invalid" });
      expect(await committee.decisions.recordDecision(a.officer, a.caseId, base({ outcome: "avslag", grantedAmountSek: 5000 }), decisionText)).toMatchObject({ ok: false, error: "invalid", detail: { grantedAmountSek: "decision.error.amountOnAvslag" } });
      expect(await committee.decisions.recordDecision(a.officer, a.caseId, base({ paragraph: " " }), decisionText)).toMatchObject({ ok: false, error: "invalid", detail: { paragraph: "decision.error.paragraph" } });
      expect(await committee.decisions.recordDecision(a.officer, a.caseId, base({ outcome: "nej" as never }), decisionText)).toMatchObject({ ok: false, error: "invalid" });
      expect((await statusOf(a.caseId)).status).toBe("klar_for_namnd");
    });

    it("records bifall: status beslutat, phase samarbete, granted amount, mail to the applicant, appeal date once posted", async () => {
      const a = await readyCase();
      expect(await committee.decisions.recordDecision(a.contact, a.caseId, base(), decisionText)).toEqual({ ok: false, error: "not_found" }); // kontaktperson may not decide
      const r = await committee.decisions.recordDecision(a.officer, a.caseId, base(), decisionText);
      expect(r.ok).toBe(true);
      const replay = await committee.decisions.recordDecision(a.officer, a.caseId, base(), decisionText);
      expect(replay.ok && r.ok && replay.value.decisionId === r.value.decisionId).toBe(true);
      const row = await statusOf(a.caseId);
      expect(row).toMatchObject({ status: "beslutat", phase: "samarbete" });
      expect(Number(row.granted_amount_sek)).toBe(150000);
      // The case is a running process now: its phase history begins, once (the replay added nothing).
      const history = await collaborationRepository(handle.db).phaseHistory(a.caseId);
      expect(history).toEqual([expect.objectContaining({ event: "samarbete_inleds", from: "initiering", to: "samarbete", reason: null, recordedByName: a.officer.name })]);
      const decisions = await handle.db.selectFrom("decision").selectAll().where("case_id", "=", a.caseId).execute();
      expect(decisions).toHaveLength(1);
      expect(decisions[0]).toMatchObject({ decision_point: "ansokan", paragraph: "§ 278", outcome: "bifall", recipients: ["Föreningen Sofielund", "Fastighets- och gatukontoret"] });

      const mail = await handle.db.selectFrom("mail_outbox").select(["subject", "body_text"]).where("to_address", "=", a.applicant.email).execute();
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toContain(a.caseNumber);
      expect(mail[0]!.body_text).toContain("Bifall");
      expect(mail[0]!.body_text).toContain("150\u00a0000 kr");
      expect(mail[0]!.body_text).toContain("laglighetsprövning");
      expect(mail[0]!.body_text).toContain("tre veckor");
      expect(mail[0]!.body_text).toContain("Förvaltningsrätten i Malmö");

      const before = await committee.decisions.decisionForCase(a.applicant, a.caseId);
      expect(before?.appealPeriodEnds).toBeNull();
      expect(await committee.decisions.setDecisionDates(a.officer, a.caseId, { minutesApprovedOn: null, postedOn: "2026-12-04" }, appealText)).toMatchObject({ ok: false, error: "invalid" });
      expect(await committee.decisions.setDecisionDates(a.officer, a.caseId, { minutesApprovedOn: "2026-12-10", postedOn: "2026-12-04" }, appealText)).toMatchObject({ ok: false, error: "invalid" });
      const dated = await committee.decisions.setDecisionDates(a.officer, a.caseId, { minutesApprovedOn: "2026-12-16", postedOn: "2026-12-18" }, appealText);
      expect(dated.ok && dated.value.appealPeriodEnds).toBe("2027-01-08");
      const forApplicant = await committee.decisions.decisionForCase(a.applicant, a.caseId);
      expect(forApplicant).toMatchObject({ appealPeriodEnds: "2027-01-08", appealTo: "Förvaltningsrätten i Malmö", decision: { outcome: "bifall", grantedAmountSek: 150000, postedOn: "2026-12-18" } });
      const stranger = await fx.user("aktor");
      expect(await committee.decisions.decisionForCase(stranger, a.caseId)).toBeUndefined();
    });

    it("records avslag without an amount and keeps the phase", async () => {
      const a = await readyCase();
      expect((await committee.decisions.recordDecision(a.officer, a.caseId, base({ outcome: "avslag", grantedAmountSek: null }), decisionText)).ok).toBe(true);
      const row = await statusOf(a.caseId);
      expect(row).toMatchObject({ status: "beslutat", phase: "initiering", granted_amount_sek: null });
      expect(await collaborationRepository(handle.db).phaseHistory(a.caseId)).toEqual([]);
    });

    it("refuses a decision on a case that is not ready for the committee", async () => {
      const s = await scenario("under_bedomning");
      expect(await committee.decisions.recordDecision(s.officer, s.caseId, base(), decisionText)).toMatchObject({ ok: false, error: "not_allowed_from_status" });
      expect(await handle.db.selectFrom("decision").select("id").where("case_id", "=", s.caseId).execute()).toEqual([]);
      expect(await committee.decisions.decisionForCase(s.applicant, s.caseId)).toBeNull();
      void randomUUID;
    });
  });

  describe("staff of another committee (they read every case, they change only their own committees' cases)", () => {
    const decision: DecisionInput = { paragraph: "§ 12", meetingId: null, decidedOn: "2026-12-14", outcome: "bifall", grantedAmountSek: 50000, conditions: "", recipients: [] };

    it("refuses a case officer of one committee who records a decision on another committee's case, and changes nothing", async () => {
      const a = await readyCase();
      const otherCommittee = await fx.committee();
      const outsider = await staffOf(otherCommittee, "handlaggare");
      expect(await committee.decisions.recordDecision(outsider, a.caseId, decision, decisionText)).toEqual({ ok: false, error: "not_found" });
      expect(await committee.decisions.setDecisionDates(outsider, a.caseId, { minutesApprovedOn: "2026-12-16", postedOn: null }, appealText)).toEqual({ ok: false, error: "not_found" });
      expect(await committee.decisions.decisionView(outsider, a.caseId)).toBeUndefined();
      expect(await handle.db.selectFrom("decision").select("id").where("case_id", "=", a.caseId).execute()).toEqual([]);
      expect((await statusOf(a.caseId)).status).toBe("klar_for_namnd");
      // The officer's report is the committee's own work too.
      expect(await committee.officerReports.officerReport(outsider, a.caseId, reportText)).toBeUndefined();
      expect((await committee.decisions.recordDecision(a.officer, a.caseId, decision, decisionText)).ok).toBe(true);
    });

    it("refuses assessment, routing and agendas from another committee's staff", async () => {
      const s = await scenario("under_bedomning");
      const otherCommittee = await fx.committee();
      const outsideContact = await staffOf(otherCommittee, "kontaktperson");
      const outsideOfficer = await staffOf(otherCommittee, "handlaggare");
      expect(await assessment.step(outsideContact, s.caseId, "markReadyForCommittee")).toMatchObject({ ok: false, error: "not_found" });
      expect(await assessment.save(outsideContact, s.caseId, fullAssessment())).toMatchObject({ ok: false, error: "not_found" });
      expect(await committee.routing.route(outsideContact, s.caseId, { kind: "overlamning", toCommitteeId: otherCommittee, note: "" })).toEqual({ ok: false, error: "not_found" });
      const theirMeeting = await committee.meetings.createMeeting(s.officer, { committeeId: s.committeeId, body: "namnd", meetsOn: "2027-01-11" });
      expect(await committee.meetings.createMeeting(outsideOfficer, { committeeId: s.committeeId, body: "namnd", meetsOn: "2027-01-12" })).toEqual({ ok: false, error: "wrong_committee" });
      if (!theirMeeting.ok) throw new Error("meeting");
      expect(await committee.meetings.addToAgenda(outsideOfficer, theirMeeting.value.meetingId, s.caseId)).toEqual({ ok: false, error: "wrong_committee" });
      expect((await statusOf(s.caseId)).status).toBe("under_bedomning");
    });

    it("lets a member of staff who works for both committees act in both", async () => {
      const a = await readyCase();
      const other = await fx.committee();
      const both = await fx.user("handlaggare", undefined, undefined, { committees: [other, a.committeeId] });
      expect((await committee.decisions.recordDecision(both, a.caseId, decision, decisionText)).ok).toBe(true);
    });

    it("gives an opinion request's receiving committee its own part: the answer, not the case", async () => {
      const s = await scenario("under_bedomning");
      const ks = await fx.committee();
      const ksOfficer = await staffOf(ks);
      const sent = await committee.routing.route(s.contact, s.caseId, { kind: "yttrande", toCommitteeId: ks, note: "" });
      if (!sent.ok) throw new Error("route");
      expect((await committee.handling.inbox(ksOfficer))?.referrals.map((r) => r.caseId)).toContain(s.caseId);
      expect(await assessment.step(ksOfficer, s.caseId, "markReadyForCommittee")).toMatchObject({ ok: false, error: "not_found" });
      expect((await committee.routing.answerReferral(ksOfficer, sent.value.referralId, "Tillstyrks.")).ok).toBe(true);
    });
  });
});

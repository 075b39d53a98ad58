/**
 * The group's proposal of efforts and the committee's second decision (issue 11; the rules in
 * src/domain/collaboration/proposal.ts), through the use cases against a real database: the
 * group builds and sends the proposal; the city assesses it (with the child-impact analysis),
 * makes it ready, puts it on an agenda, writes the officer's report; the committee decides per
 * effort; justering and anslag give the last day to appeal; the utförandefas can then begin.
 * And who may do what: another organisation's applicant, staff of another committee.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { officerReportRenderer } from "#src/adapters/documents/officer-report.ts";
import { PhaseService, ProposalService } from "#src/application/collaboration/index.ts";
import { createCommitteeServices, type CommitteeServices } from "#src/application/committee/index.ts";
import { translator } from "#src/text/index.ts";
import { effortsReportInSwedish } from "#src/web/app/routes/committee/document-text.ts";
import { appealMail, effortsDecisionMail } from "#src/web/app/routes/committee/mail-text.ts";
import { docxText, pdfText } from "../support/document-text.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const mail = effortsDecisionMail(translator("sv"), "sv");
const appeal = appealMail(translator("sv"), "sv", "insatser");

describe("the proposal of efforts and the second decision", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: ProposalService;
  let committee: CommitteeServices;
  let phases: PhaseService;
  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    const uow = new KyselyUnitOfWork(handle.db);
    const clock = new FakeClock(new Date("2026-11-23T09:00:00Z"));
    sut = new ProposalService({ uow, clock });
    committee = createCommitteeServices({ uow, clock, publicUrl: "https://samverka.test", renderer: officerReportRenderer });
    phases = new PhaseService({ uow, clock });
  });
  afterAll(async () => handle?.close());

  /** A process in its samarbetsfas, granted at the first decision, with its people. */
  async function runningProcess() {
    const org = await fx.organisation();
    const caseId = await fx.caseFor(org, { phase: "samarbete", title: "Trygga Sofielund" });
    await handle.db.updateTable("collaboration_case").set({ status: "beslutat", case_number: `SV-2026-${caseId.slice(0, 4)}` }).where("id", "=", caseId).execute();
    await handle.db.insertInto("decision").values({ case_id: caseId, decision_point: "ansokan", paragraph: "§ 1", decided_on: "2026-03-01", outcome: "bifall", granted_amount_sek: 100_000 }).execute();
    const contact = await fx.staffFor("kontaktperson", caseId);
    const officer = await fx.staffFor("handlaggare", caseId);
    const applicant = await fx.user("aktor", org);
    const otherCommittee = await fx.user("handlaggare", undefined, undefined, { committees: [await fx.committee()] });
    const outsider = await fx.user("aktor");
    return { caseId, contact, officer, applicant, otherCommittee, outsider };
  }

  const lighting = { title: "Belysning i parken", description: "Nya lampor längs gångvägen.", responsible: "Fastighetsägarföreningen", startsOn: "2027-03-01", endsOn: "2027-10-31" };
  const playground = { title: "Lekplats <script>alert(1)</script>", description: "", responsible: "Föreningen Gården", startsOn: "2027-04-01", endsOn: "2027-09-30" };

  /** The group builds a proposal of two efforts with lines and a milestone, and sends it. */
  async function sentProposal(p: Awaited<ReturnType<typeof runningProcess>>) {
    const a = await sut.addEffort(p.applicant, p.caseId, lighting);
    const b = await sut.addEffort(p.contact, p.caseId, playground);
    if (!a.ok || !b.ok) throw new Error("efforts not added");
    const [ea, eb] = [a.value.effortId, b.value.effortId];
    expect((await sut.addBudgetLine(p.applicant, p.caseId, ea, { funder: "stad", form: "pengar", contributor: "Tekniska nämnden", description: "", amountSek: "150 000" })).ok).toBe(true);
    expect((await sut.addBudgetLine(p.applicant, p.caseId, ea, { funder: "aktor", form: "resurs", contributor: "Fastighetsägarföreningen", description: "El och underhåll", amountSek: "20000" })).ok).toBe(true);
    expect((await sut.addBudgetLine(p.applicant, p.caseId, eb, { funder: "aktor", form: "pengar", contributor: "Föreningen Gården", description: "", amountSek: 5_000 })).ok).toBe(true);
    expect((await sut.addMilestone(p.applicant, p.caseId, ea, { title: "Lamporna på plats", dueOn: "2027-06-01" })).ok).toBe(true);
    expect(await sut.send(p.applicant, p.caseId)).toEqual({ ok: true, value: { status: "inskickat" } });
    return { ea, eb };
  }

  it("lets the group build the proposal, with budget sums per effort and for the whole", async () => {
    const p = await runningProcess();
    const { ea, eb } = await sentProposal(p);
    const view = (await sut.view(p.applicant, p.caseId))!;
    expect(view.status).toBe("inskickat");
    expect(view.efforts.map((e) => e.id)).toEqual([ea, eb]);
    expect(view.efforts[0]).toMatchObject({ title: "Belysning i parken", milestones: [{ title: "Lamporna på plats", dueOn: "2027-06-01" }], sums: { cityMoney: 150_000, actorsResources: 20_000, total: 170_000 } });
    expect(view.sums).toEqual({ cityMoney: 150_000, cityResources: 0, actorsMoney: 5_000, actorsResources: 20_000, total: 175_000 });
    expect(view.may).toEqual({ edit: false, send: false, assess: false });
    // Sent: nobody changes it any more.
    expect(await sut.addEffort(p.applicant, p.caseId, lighting)).toEqual({ ok: false, error: "locked" });
    expect(await sut.removeEffort(p.contact, p.caseId, ea)).toEqual({ ok: false, error: "locked" });
    const audit = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", p.caseId).where("action", "like", "proposal.%").execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["proposal.budget.add", "proposal.budget.add", "proposal.budget.add", "proposal.effort.add", "proposal.effort.add", "proposal.milestone.add", "proposal.send"]);
  });

  it("says what is wrong and changes nothing; a double submit adds one effort", async () => {
    const p = await runningProcess();
    expect(await sut.addEffort(p.applicant, p.caseId, { ...lighting, title: " ", endsOn: "2027-01-01" })).toMatchObject({ ok: false, error: "invalid", detail: { title: "proposal.error.title" } });
    expect(await sut.addEffort(p.applicant, p.caseId, { ...lighting, endsOn: "2027-01-01" })).toMatchObject({ ok: false, error: "invalid", detail: { endsOn: "proposal.error.endsBeforeStart" } });
    const key = "7f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    const first = await sut.addEffort(p.applicant, p.caseId, { ...lighting, submissionKey: key });
    const again = await sut.addEffort(p.applicant, p.caseId, { ...lighting, submissionKey: key });
    expect(again).toEqual(first);
    const effortId = first.ok ? first.value.effortId : "";
    expect(await sut.addBudgetLine(p.applicant, p.caseId, effortId, { funder: "stad", form: "pengar", contributor: "TN", description: "", amountSek: "" })).toMatchObject({ ok: false, detail: { amountSek: "proposal.error.amountRequired" } });
    expect(await sut.addBudgetLine(p.applicant, p.caseId, effortId, { funder: "aktor", form: "resurs", contributor: "", description: "", amountSek: "12,5" })).toMatchObject({ ok: false, detail: { amountSek: "proposal.error.amount" } });
    expect(await sut.addMilestone(p.applicant, p.caseId, effortId, { title: "För tidigt", dueOn: "2026-01-01" })).toMatchObject({ ok: false, detail: { dueOn: "proposal.error.outsideEffort" } });
    expect(await sut.send(p.applicant, p.caseId)).toEqual({ ok: true, value: { status: "inskickat" } });
    const view = (await sut.view(p.applicant, p.caseId))!;
    expect(view.efforts).toHaveLength(1);
    expect(view.efforts[0]!.budgetLines).toEqual([]);
  });

  it("lets only the group and the case staff of its committee change it, and nobody reach into another process", async () => {
    const p = await runningProcess();
    const other = await runningProcess();
    const theirs = await sut.addEffort(other.applicant, other.caseId, lighting);
    const theirEffort = theirs.ok ? theirs.value.effortId : "";
    for (const who of [p.outsider, p.otherCommittee]) {
      expect(await sut.addEffort(who, p.caseId, lighting)).toEqual({ ok: false, error: "not_found" });
      expect(await sut.send(who, p.caseId)).toEqual({ ok: false, error: "not_found" });
    }
    expect(await sut.view(p.outsider, p.caseId)).toBeUndefined();
    // Staff of another committee may read the case (coordination), not change it.
    expect((await sut.view(p.otherCommittee, p.caseId))!.may).toEqual({ edit: false, send: false, assess: false });
    // An effort of another process, through this one: not found.
    expect(await sut.addBudgetLine(p.applicant, p.caseId, theirEffort, { funder: "stad", form: "pengar", contributor: "TN", description: "", amountSek: 1 })).toEqual({ ok: false, error: "not_found" });
    expect(await sut.removeEffort(p.applicant, p.caseId, theirEffort)).toEqual({ ok: false, error: "not_found" });
    expect(await sut.updateEffort(p.applicant, p.caseId, theirEffort, lighting)).toEqual({ ok: false, error: "not_found" });
    // The group may not assess its own proposal.
    expect(await sut.markReady(p.applicant, p.caseId)).toEqual({ ok: false, error: "not_found" });
    expect(await sut.send(p.applicant, p.caseId)).toEqual({ ok: false, error: "no_efforts" });
  });

  it("is assessed by the city with the child-impact analysis, sent back with a reason, and made ready", async () => {
    const p = await runningProcess();
    const { ea, eb } = await sentProposal(p);
    expect(await sut.markReady(p.contact, p.caseId)).toEqual({ ok: false, error: "not_assessed" });
    expect(await sut.saveAssessment(p.contact, p.caseId, { assessment: "Svarar på dialogen.", childImpact: "", efforts: [{ effortId: ea, recommended: "ja", citySek: "" }] })).toMatchObject({ ok: false, detail: { efforts_0_citySek: "proposal.error.recommendedAmount" } });
    expect(await sut.saveAssessment(p.otherCommittee, p.caseId, { assessment: "x", childImpact: "x", efforts: [] })).toEqual({ ok: false, error: "not_found" });
    expect(await sut.returnToGroup(p.contact, p.caseId, { reason: " " })).toMatchObject({ ok: false, error: "invalid", detail: { reason: "proposal.error.reason" } });
    expect(await sut.returnToGroup(p.contact, p.caseId, { reason: "Lägg till föreningens egen insats." })).toEqual({ ok: true, value: { status: "utkast" } });
    expect((await sut.view(p.applicant, p.caseId))!).toMatchObject({ status: "utkast", returnedReason: "Lägg till föreningens egen insats.", may: { edit: true, send: true } });
    expect(await sut.send(p.applicant, p.caseId)).toEqual({ ok: true, value: { status: "inskickat" } });
    expect(await sut.saveAssessment(p.contact, p.caseId, { assessment: "Svarar på dialogen.", childImpact: "Barn har deltagit i två workshoppar.", efforts: [{ effortId: ea, recommended: "ja", citySek: "150000" }] })).toEqual({ ok: true, value: { assessed: false } });
    expect(await sut.saveAssessment(p.contact, p.caseId, { assessment: "Svarar på dialogen.", childImpact: "Barn har deltagit i två workshoppar.", efforts: [{ effortId: ea, recommended: "ja", citySek: "150000" }, { effortId: eb, recommended: "nej", citySek: "" }] })).toEqual({ ok: true, value: { assessed: true } });
    // The applicant does not see the city's working text before the decision.
    expect((await sut.view(p.applicant, p.caseId))!.childImpact).toBe("");
    expect((await sut.view(p.contact, p.caseId))!.childImpact).toBe("Barn har deltagit i två workshoppar.");
    expect(await sut.markReady(p.contact, p.caseId)).toEqual({ ok: true, value: { status: "klar_for_namnd" } });
  });

  it("goes on an agenda, gets an officer's report with the child-impact section, and is decided per effort", async () => {
    const p = await runningProcess();
    const { ea, eb } = await sentProposal(p);
    await sut.saveAssessment(p.contact, p.caseId, { assessment: "Svarar på dialogen.", childImpact: "Barn har deltagit i två workshoppar.", efforts: [{ effortId: ea, recommended: "ja", citySek: "150000" }, { effortId: eb, recommended: "nej", citySek: "" }] });

    const state = await handle.db.selectFrom("collaboration_case").select("committee_id").where("id", "=", p.caseId).executeTakeFirstOrThrow();
    const meeting = await committee.meetings.createMeeting(p.officer, { committeeId: state.committee_id, body: "namnd", meetsOn: "2026-12-10" });
    const meetingId = meeting.ok ? meeting.value.meetingId : "";
    // Not ready yet: no agenda, no decision.
    expect(await committee.meetings.addToAgenda(p.officer, meetingId, p.caseId, {}, "insatser")).toEqual({ ok: false, error: "not_ready" });
    expect((await committee.meetings.meeting(p.officer, meetingId))!.ready.filter((c) => c.id === p.caseId)).toEqual([]);
    await sut.markReady(p.contact, p.caseId);
    expect((await committee.meetings.meeting(p.officer, meetingId))!.ready.filter((c) => c.id === p.caseId)).toMatchObject([{ decisionPoint: "insatser" }]);
    expect((await committee.meetings.addToAgenda(p.officer, meetingId, p.caseId, {}, "insatser")).ok).toBe(true);
    expect((await committee.meetings.meeting(p.officer, meetingId))!.agenda).toMatchObject([{ caseId: p.caseId, decisionPoint: "insatser" }]);

    const report = (await committee.officerReports.effortsReport(p.officer, p.caseId, effortsReportInSwedish()))!;
    expect(report.proposals).toEqual([expect.stringContaining("beviljar insatsen Belysning i parken (150\u00a0000 kr) och avslår insatsen Lekplats <script>alert(1)</script>")]);
    expect(report.sections.map((s) => s.heading)).toEqual(["Insats 1: Belysning i parken", "Insats 2: Lekplats <script>alert(1)</script>", "Förvaltningens bedömning", "Barnkonsekvensanalys"]);
    const docx = docxText((await committee.officerReports.effortsReportFile(p.officer, p.caseId, "docx", effortsReportInSwedish()))!.bytes);
    expect(docx).toContain("Barnkonsekvensanalys");
    expect(docx).toContain("Barn har deltagit i två workshoppar.");
    expect(docx).toContain("Lekplats <script>alert(1)</script>");
    const pdf = (await committee.officerReports.effortsReportFile(p.officer, p.caseId, "pdf", effortsReportInSwedish()))!;
    expect(pdf.filename).toMatch(/^Tjansteskrivelse-insatser-SV-2026-.*\.pdf$/);
    expect(pdfText(pdf.bytes)).toContain("Barnkonsekvensanalys");
    expect(await committee.officerReports.effortsReport(p.otherCommittee, p.caseId, effortsReportInSwedish())).toBeUndefined();

    const decision = { paragraph: "§ 412", meetingId, decidedOn: "2026-12-10", conditions: "", recipients: [] };
    expect(await committee.effortsDecisions.record(p.otherCommittee, p.caseId, { ...decision, verdicts: [] }, mail)).toEqual({ ok: false, error: "not_found" });
    expect(await committee.effortsDecisions.record(p.officer, p.caseId, { ...decision, verdicts: [{ effortId: ea, approved: true, citySek: null }] }, mail)).toMatchObject({ ok: false, error: "invalid", detail: { verdicts_0_citySek: "effortsDecision.error.amount", form: "effortsDecision.error.verdict" } });
    const verdicts = [
      { effortId: ea, approved: true, citySek: 120_000 },
      { effortId: eb, approved: false, citySek: null },
    ];
    const recorded = await committee.effortsDecisions.record(p.officer, p.caseId, { ...decision, verdicts }, mail);
    expect(recorded.ok).toBe(true);
    expect(await committee.effortsDecisions.record(p.officer, p.caseId, { ...decision, verdicts }, mail)).toEqual(recorded);
    expect(await committee.effortsDecisions.record(p.officer, p.caseId, { ...decision, paragraph: "§ 413", verdicts }, mail)).toEqual({ ok: false, error: "decided_earlier" });

    const row = await handle.db.selectFrom("decision").selectAll().where("case_id", "=", p.caseId).where("decision_point", "=", "insatser").executeTakeFirstOrThrow();
    expect(row).toMatchObject({ paragraph: "§ 412", outcome: "delvis_bifall", granted_amount_sek: 120_000 });
    const view = (await sut.view(p.applicant, p.caseId))!;
    expect(view.status).toBe("beslutat");
    expect(view.efforts.map((e) => [e.approved, e.approvedCitySek])).toEqual([
      [true, 120_000],
      [false, null],
    ]);
    // Once decided, the group reads the city's assessment too.
    expect(view.childImpact).toBe("Barn har deltagit i två workshoppar.");
    const mails = await handle.db.selectFrom("mail_outbox").select(["subject", "body_text"]).where("related_entity", "=", `case:${p.caseId}`).execute();
    expect(mails.some((m) => m.subject.startsWith("Beslut om insatser") && m.body_text.includes("Belysning i parken: beviljad, stadens bidrag 120\u00a0000 kr") && m.body_text.includes("avslagen"))).toBe(true);

    // The utförandefas waits for the justering; the anslag gives the last day to appeal.
    expect(await phases.changePhase(p.contact, p.caseId, { event: "utforande_inleds" })).toEqual({ ok: false, error: "efforts_not_decided" });
    const dated = await committee.decisions.setDecisionDates(p.officer, p.caseId, { minutesApprovedOn: "2026-12-14", postedOn: "2026-12-15" }, appeal, {}, "insatser");
    expect(dated).toMatchObject({ ok: true, value: { appealPeriodEnds: "2027-01-05" } });
    expect((await committee.decisions.decisionView(p.officer, p.caseId))!.decision!.decision.minutesApprovedOn).toBeNull();
    expect(await phases.changePhase(p.contact, p.caseId, { event: "utforande_inleds" })).toEqual({ ok: true, value: { phase: "utforande" } });
  });
});

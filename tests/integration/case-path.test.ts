/**
 * The path around a case and a contact request: the invitation to apply (and its misuse), the
 * case's contact person and who is told of an applicant's message, the mail with the last day
 * to appeal, the applicant's extract of the minutes, and the officer's report read as text.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { officerReportRenderer } from "#src/adapters/documents/officer-report.ts";
import { ApplicationService } from "#src/application/intake/application-service.ts";
import { ApplyInvitation } from "#src/application/intake/apply-invitation.ts";
import { AssessmentService } from "#src/application/assessment/assessment-service.ts";
import { CaseMessagesService } from "#src/application/cases/case-messages-service.ts";
import { CaseService } from "#src/application/cases/case-service.ts";
import { createCommitteeServices, type AppealMailText, type CommitteeServices, type ContactPersonMailText } from "#src/application/committee/index.ts";
import { decisionMail } from "#src/web/app/routes/committee/mail-text.ts";
import { decisionExtractInSwedish, officerReportInSwedish } from "#src/web/app/routes/committee/document-text.ts";
import { translator } from "#src/text/index.ts";
import { ContactRequestService, type ApplyInvitationMailText } from "#src/application/outreach/contact-request-service.ts";
import { OrganisationService } from "#src/application/organisations/organisation-service.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import { SAMVERKANSSTOD_V1 } from "#src/domain/process-type/samverkansstod.ts";
import { docxText, flat, pdfText } from "../support/document-text.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";
import { linkIn, MailCatcher, testMailSecrets } from "../support/mail.ts";

const inviteText: ApplyInvitationMailText = { subject: "Välkommen att ansöka", body: ({ inviter, link, days }) => `${inviter} bjuder in er. Länk: ${link} (${days} dagar)` };
/** The decision mail as the committee's page sends it, from the Swedish catalogue. */
const decisionText = decisionMail(translator("sv"), "sv");
/** The officer's report and the extract of the minutes in the committee's words, as their routes pass them. */
const reportText = officerReportInSwedish();
const extractText = decisionExtractInSwedish();
const appealText: AppealMailText = {
  subject: (label) => `Sista dag att överklaga ${label}`,
  body: (a) => `Anslaget ${a.postedOn}.${a.previousPostedOn ? ` Ändrat från ${a.previousPostedOn}.` : ""} Sista dag att överklaga: ${a.lastDay}. ${a.link}`,
};
const contactText: ContactPersonMailText = { subject: (label) => `Kontaktperson för ${label}`, body: (a) => `${a.assignedBy} gjorde dig till kontaktperson: ${a.link}` };
const messageText = { subject: (label: string) => `Nytt i ${label}`, body: (label: string, kind: string, link: string) => `${kind} i ${label}: ${link}` };
const PASSWORD = "ett långt lösenord för test";

describe("the path around a case and a contact request", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  const clock = new FakeClock(new Date("2026-11-23T09:00:00Z"));
  let contactRequests: ContactRequestService;
  let organisations: OrganisationService;
  let applications: ApplicationService;
  let apply: ApplyInvitation;
  let committee: CommitteeServices;
  let messages: CaseMessagesService;
  let cases: CaseService;
  let assessment: AssessmentService;
  let tn: string;
  let contact: Actor;
  let officer: Actor;
  let colleague: Actor;
  let uow: KyselyUnitOfWork;
  const mail = new MailCatcher();
  /** The text of the latest invitation to apply delivered to the address. */
  const invitationTo = (email: string) => mail.sent.findLast((m) => m.to === email && m.subject === "Välkommen att ansöka")?.text ?? "";

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    uow = new KyselyUnitOfWork(handle.db, { mailSecrets: testMailSecrets() });
    const publicUrl = "https://samverka.test";
    contactRequests = new ContactRequestService({ uow, clock, invitation: { days: 14, publicUrl } });
    organisations = new OrganisationService({ uow, hasher: argon2idHasher, clock, config: { sessionIdleMinutes: 120, invitationDays: 14, publicUrl } });
    applications = new ApplicationService({ uow, clock, files: { detectMediaType: async () => undefined }, config: { caseNumberSource: "samverka", publicUrl, processTypeCode: "samverkansstod" } });
    apply = new ApplyInvitation({ uow, organisations, applications });
    committee = createCommitteeServices({ uow, clock, publicUrl, renderer: officerReportRenderer });
    messages = new CaseMessagesService({ uow, clock, publicUrl });
    cases = new CaseService({ uow });
    assessment = new AssessmentService({ uow, clock });
    tn = (await handle.db.selectFrom("committee").select("id").where("code", "=", "TN").executeTakeFirst())?.id ?? (await fx.committee("TN"));
    await handle.db.insertInto("committee_process_type").values({ committee_id: tn, process_type_code: "samverkansstod" }).onConflict((oc) => oc.doNothing()).execute();
    const cityOrg = await fx.organisation("stad", "Fastighets- och gatukontoret");
    await handle.db.updateTable("organisation").set({ committee_id: tn }).where("id", "=", cityOrg).execute();
    contact = await fx.user("kontaktperson", cityOrg);
    officer = await fx.user("handlaggare", cityOrg);
    colleague = await fx.user("kontaktperson", cityOrg);
    await handle.db.updateTable("app_user").set({ name: "Karin Kontaktperson" }).where("id", "=", contact.userId).execute();
    contact = { ...contact, name: "Karin Kontaktperson" };
    await handle.db.updateTable("app_user").set({ name: "Hanna Handläggare" }).where("id", "=", officer.userId).execute();
    officer = { ...officer, name: "Hanna Handläggare" };
    await handle.db.updateTable("app_user").set({ name: "Kalle Kollega" }).where("id", "=", colleague.userId).execute();
    colleague = { ...colleague, name: "Kalle Kollega" };
  });
  afterAll(async () => handle.close());

  const outbox = (to: string) => handle.db.selectFrom("mail_outbox").select(["to_address", "subject", "body_text", "related_entity"]).where("to_address", "=", to).orderBy("created_at").execute();

  async function contactRequest(email = `sokande-${randomUUID().slice(0, 8)}@example.invalid`) {
    const sent = await contactRequests.submit(
      { submissionKey: randomUUID(), name: "Sara Sökande", email, organisationName: "Föreningen Möllan", actorType: "forening", areaText: "Möllevångstorget\nmed gatorna runt", message: "Vi vill göra torget tryggare tillsammans med staden." },
      { subject: "Tack", body: "Tack för din kontaktförfrågan." },
    );
    if (!sent.ok) throw new Error("contact request");
    return { id: sent.value.id, email };
  }

  async function invite(requestId: string, email: string, by: Actor = contact) {
    const invited = await contactRequests.inviteToApply(by, requestId, randomUUID(), inviteText);
    expect(invited.ok).toBe(true);
    await mail.deliver(uow, clock);
    return linkIn(invitationTo(email)).token;
  }

  describe("invite to apply from a contact request", () => {
    it("mails a single-use link to the requester; accepting it creates the organisation and account and one prefilled draft linked both ways, whose contact person handled the request", async () => {
      const req = await contactRequest();
      const submissionKey = randomUUID();
      const first = await contactRequests.inviteToApply(contact, req.id, submissionKey, inviteText);
      const replay = await contactRequests.inviteToApply(contact, req.id, submissionKey, inviteText);
      expect(first.ok && replay.ok && first.value.invitationId === replay.value.invitationId).toBe(true);
      const mails = (await outbox(req.email)).filter((m) => m.subject === "Välkommen att ansöka");
      expect(mails).toHaveLength(1);
      // The link is the requester's alone: staff see it hidden in the outbox; the delivered mail carries it.
      expect(mails[0]!.body_text).toMatch(/^Karin Kontaktperson bjuder in er\. Länk: \[länk dold/);
      expect(mails[0]!.body_text).not.toContain("token=");
      await mail.deliver(uow, clock);
      expect(invitationTo(req.email)).toMatch(/^Karin Kontaktperson bjuder in er\. Länk: https:\/\/samverka\.test\/inbjudan\?token=/);
      // An applicant, a staff member of another kind or a guessed id cannot send one.
      const stranger = await fx.user("aktor");
      expect(await contactRequests.inviteToApply(stranger, req.id, randomUUID(), inviteText)).toEqual({ ok: false, error: "not_found" });

      const token = linkIn(invitationTo(req.email)).token;
      const shown = await organisations.invitation(token);
      expect(shown.state).toBe("usable");
      expect(shown.request).toEqual({ name: "Sara Sökande", organisationName: "Föreningen Möllan", actorType: "forening" });

      const accepted = await apply.accept(token, null, { name: "Sara Sökande", password: PASSWORD, organisationName: "Föreningen Möllan", actorType: "forening", orgNumber: "" });
      expect(accepted.ok).toBe(true);
      if (!accepted.ok) return;
      const caseId = accepted.value.caseId!;
      expect(accepted.value.signedIn?.sessionToken).toBeTruthy();

      const user = await handle.db.selectFrom("app_user as u").innerJoin("organisation as o", "o.id", "u.organisation_id").select(["u.role", "u.organisation_id", "o.name", "o.actor_type"]).where("u.email", "=", req.email).executeTakeFirstOrThrow();
      expect(user).toMatchObject({ role: "aktor", name: "Föreningen Möllan", actor_type: "forening" });
      const row = await handle.db.selectFrom("collaboration_case").select(["applicant_organisation_id", "contact_person_id", "status", "title"]).where("id", "=", caseId).executeTakeFirstOrThrow();
      expect(row).toEqual({ applicant_organisation_id: user.organisation_id, contact_person_id: contact.userId, status: "utkast", title: "Möllevångstorget" });
      const answers = (await handle.db.selectFrom("application").select("answers").where("case_id", "=", caseId).executeTakeFirstOrThrow()).answers;
      expect(answers).toEqual({ title: "Möllevångstorget", area_description: "Möllevångstorget\nmed gatorna runt", purpose: "Vi vill göra torget tryggare tillsammans med staden." });
      expect((await handle.db.selectFrom("contact_request").select("case_id").where("id", "=", req.id).executeTakeFirstOrThrow()).case_id).toBe(caseId);

      // The staff's case page links back to the request; the request's page to the case.
      const overview = await committee.handling.handlingOverview(contact, caseId);
      expect(overview?.contactRequest?.id).toBe(req.id);
      expect((await contactRequests.get(contact, req.id))?.request.caseId).toBe(caseId);

      // A used link (a double submit, or the link opened again) makes no second draft or account.
      expect(await apply.accept(token, null, { name: "Sara Sökande", password: PASSWORD, organisationName: "Föreningen Möllan", actorType: "forening" })).toEqual({ ok: false, error: "used" });
      const sara = (await handle.db.selectFrom("app_user").select("id").where("email", "=", req.email).execute()).length;
      expect(sara).toBe(1);
      const saraActor: Actor = { userId: "", name: "Sara Sökande", email: req.email, role: "aktor", organisationId: user.organisation_id, organisationName: "Föreningen Möllan", committeeIds: [] };
      // Signed in, the same person coming back lands in the same draft.
      expect(await apply.accept(token, saraActor, null)).toEqual({ ok: true, value: { caseId, signedIn: null } });
      expect((await handle.db.selectFrom("collaboration_case").select("id").where("applicant_organisation_id", "=", user.organisation_id).execute()).length).toBe(1);

      // Another organisation's applicant cannot read the case, nor start one from the request.
      expect(await cases.get(stranger, caseId)).toBeUndefined();
      expect(await applications.start(stranger, { submissionKey: randomUUID(), title: "", fromContactRequest: req.id })).toEqual({ ok: false, error: "not_allowed" });
      // Once there is an application, no new invitation is sent.
      expect(await contactRequests.inviteToApply(contact, req.id, randomUUID(), inviteText)).toEqual({ ok: false, error: "has_case" });
    });

    it("refuses a forwarded link opened by someone signed in with another address, an expired link, and the member path", async () => {
      const req = await contactRequest();
      const token = await invite(req.id, req.email);
      const other = await fx.user("aktor");
      expect(await apply.accept(token, other, null)).toEqual({ ok: false, error: "other_address" });
      const staff = officer;
      expect(await apply.accept(token, staff, null)).toEqual({ ok: false, error: "unknown" });
      // The ordinary invitation acceptance must never turn it into a user of the city's organisation.
      expect(await organisations.accept(token, { name: "Någon", password: PASSWORD })).toEqual({ ok: false, error: "unknown" });
      expect(await handle.db.selectFrom("app_user").select("id").where("email", "=", req.email).executeTakeFirst()).toBeUndefined();

      const late = new FakeClock(new Date("2026-12-08T09:00:01Z"));
      const uow = new KyselyUnitOfWork(handle.db);
      const lateOrgs = new OrganisationService({ uow, hasher: argon2idHasher, clock: late, config: { sessionIdleMinutes: 120, invitationDays: 14, publicUrl: "https://samverka.test" } });
      const lateApply = new ApplyInvitation({ uow, organisations: lateOrgs, applications });
      expect(await lateApply.accept(token, null, { name: "Sara", password: PASSWORD, organisationName: "Möllan", actorType: "forening" })).toEqual({ ok: false, error: "expired" });
    });

    it("lets a signed-in applicant with the invited address start the application for its own organisation, and tells an address with an account to sign in", async () => {
      const org = await fx.organisation("aktor", "Fastighetsägarna Sofielund");
      const existing = await fx.user("aktor", org);
      const req = await contactRequest(existing.email);
      const token = await invite(req.id, existing.email);
      expect(await apply.accept(token, null, { name: "Ny", password: PASSWORD, organisationName: "Ny förening", actorType: "forening" })).toEqual({ ok: false, error: "email_taken" });
      const started = await apply.accept(token, existing, null);
      expect(started.ok).toBe(true);
      if (!started.ok) return;
      const again = await apply.accept(token, existing, null);
      expect(again).toEqual(started);
      const row = await handle.db.selectFrom("collaboration_case").select(["applicant_organisation_id", "contact_person_id"]).where("id", "=", started.value.caseId!).executeTakeFirstOrThrow();
      expect(row).toEqual({ applicant_organisation_id: org, contact_person_id: contact.userId });
    });
  });

  // A submitted case of the TN committee with an applicant organisation.
  async function submittedCase(opts: { contactPerson?: string | null } = {}) {
    const org = await fx.organisation("aktor", `Torgföreningen ${randomUUID().slice(0, 4)}`);
    const applicant = await fx.user("aktor", org);
    const caseId = await fx.caseFor(org, { committeeId: tn, title: "Levande torg" });
    const pt = await handle.db.selectFrom("process_type").select("id").where("code", "=", "samverkansstod").orderBy("version").executeTakeFirstOrThrow();
    const caseNumber = `TN-2026-${String(Math.floor(Math.random() * 99999)).padStart(5, "0")}`;
    await handle.db.updateTable("collaboration_case").set({ case_number: caseNumber, process_type_id: pt.id, contact_person_id: opts.contactPerson ?? null }).where("id", "=", caseId).execute();
    await handle.db.insertInto("application_party").values({ case_id: caseId, organisation_id: org, role: "huvudsokande" }).execute();
    await handle.db
      .insertInto("application")
      .values({
        case_id: caseId,
        area_source: "areas",
        answers: JSON.stringify({
          title: "Levande torg",
          area_description: "Torget och gatorna runt omkring.",
          actors_in_area: "Handlare och boende.",
          interested_actors: "Handlarföreningen.",
          contributions: [
            { actor: "Handlarföreningen", moneySek: 50000, resources: "", activities: "" },
            { actor: "Fastighetsägarna", moneySek: null, resources: "Lokal för möten", activities: "Städdag" },
          ],
          challenges: "Otrygghet på kvällarna.",
          added_value: "Ett tryggare torg.",
          purpose: "Göra torget tryggare och mer levande.",
          city_goals: ["trygghet", "barn_och_unga"],
          evidence_basis: "Enkät till 120 boende.",
          children_impact: "Tryggare skolväg.",
        }),
      })
      .execute();
    return { org, applicant, caseId, caseNumber };
  }

  describe("the case's contact person", () => {
    it("is chosen by the committee's staff among the committee's people, audited, and told by mail; an applicant cannot choose", async () => {
      const s = await submittedCase();
      const overview = await committee.handling.handlingOverview(officer, s.caseId);
      expect(overview?.canAssign).toBe(true);
      expect(overview?.candidates.map((c) => c.id).sort()).toEqual([contact.userId, officer.userId, colleague.userId].sort());
      expect(overview?.steps[0]).toEqual({ step: "assign_contact_person", mine: true });
      expect(await committee.handling.handlingOverview(s.applicant, s.caseId)).toBeUndefined();

      const outsider = await fx.user("kontaktperson");
      expect(await committee.contactPersons.assignContactPerson(officer, s.caseId, outsider.userId, contactText)).toEqual({ ok: false, error: "invalid" });
      expect(await committee.contactPersons.assignContactPerson(s.applicant, s.caseId, contact.userId, contactText)).toEqual({ ok: false, error: "not_found" });
      expect(await committee.contactPersons.assignContactPerson(officer, s.caseId, contact.userId, contactText)).toEqual({ ok: true, value: undefined });
      expect(await committee.contactPersons.assignContactPerson(officer, s.caseId, contact.userId, contactText)).toEqual({ ok: true, value: undefined });
      const told = (await outbox(contact.email)).filter((m) => m.related_entity === `case:${s.caseId}`);
      expect(told.map((m) => m.subject)).toEqual([`Kontaktperson för ${s.caseNumber}`]);
      const audit = await handle.db.selectFrom("audit_event").select(["action", "before", "after"]).where("entity_id", "=", s.caseId).where("action", "=", "case.contact_person").execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]!.after).toEqual({ userId: contact.userId, name: "Karin Kontaktperson" });

      // Both sides see who it is and how to reach them.
      for (const who of [s.applicant, officer]) {
        const seen = await cases.get(who, s.caseId);
        expect(seen?.case).toMatchObject({ contactPersonName: "Karin Kontaktperson", contactPersonEmail: contact.email });
      }
    });

    it("gets the applicant's message and completion by mail; with none chosen, the committee's contact persons do", async () => {
      const s = await submittedCase({ contactPerson: colleague.userId });
      const before = (await outbox(colleague.email)).length;
      const posted = await messages.post(s.applicant, { caseId: s.caseId, kind: "meddelande", body: "Hej, vi har en fråga om budgeten.", submissionKey: randomUUID() }, messageText);
      expect(posted.ok).toBe(true);
      expect((await outbox(colleague.email)).length).toBe(before + 1);
      expect((await outbox(contact.email)).filter((m) => m.related_entity === `case:${s.caseId}`)).toEqual([]);

      const none = await submittedCase();
      await messages.post(s.applicant, { caseId: none.caseId, kind: "meddelande", body: "Inte vår.", submissionKey: randomUUID() }, messageText).then((r) => expect(r).toEqual({ ok: false, error: "not_found" }));
      expect((await messages.post(none.applicant, { caseId: none.caseId, kind: "meddelande", body: "Vem läser det här?", submissionKey: randomUUID() }, messageText)).ok).toBe(true);
      const toCommittee = await handle.db.selectFrom("mail_outbox").select("to_address").where("related_entity", "=", `case:${none.caseId}`).orderBy("to_address").execute();
      expect(toCommittee.map((m) => m.to_address)).toEqual([contact.email, colleague.email].sort());
    });
  });

  async function decidedCase() {
    const s = await submittedCase({ contactPerson: contact.userId });
    expect((await assessment.step(contact, s.caseId, "startAssessment")).ok).toBe(true);
    const ratings = Object.fromEntries(SAMVERKANSSTOD_V1.criteria.map((c) => [c.key, { rating: "uppfyllt" as const, justification: "Uppfyllt enligt mötet.", evidence: "" }]));
    expect((await assessment.save(officer, s.caseId, { ratings, recommendation: "bifall", recommendationText: "Förvaltningen föreslår bifall.", proposedAmountSek: 150000 })).ok).toBe(true);
    expect((await assessment.step(contact, s.caseId, "markReadyForCommittee")).ok).toBe(true);
    const recorded = await committee.decisions.recordDecision(officer, s.caseId, { paragraph: "§ 42", meetingId: null, decidedOn: "2026-11-26", outcome: "bifall", grantedAmountSek: 150000, conditions: "Redovisning senast 2027-12-31.", recipients: [] }, decisionText);
    expect(recorded.ok).toBe(true);
    return s;
  }

  describe("the last day to appeal and the extract of the minutes", () => {
    it("mails the applicants the last day to appeal when the posting date is set, not again for the same date, and again, saying so, when it changes", async () => {
      const s = await decidedCase();
      const appealMails = async () => (await outbox(s.applicant.email)).filter((m) => m.subject.startsWith("Sista dag att överklaga"));
      expect(await committee.decisions.setDecisionDates(officer, s.caseId, { minutesApprovedOn: "2026-11-30", postedOn: null }, appealText)).toMatchObject({ ok: true });
      expect(await appealMails()).toHaveLength(0);
      const set = await committee.decisions.setDecisionDates(officer, s.caseId, { minutesApprovedOn: "2026-11-30", postedOn: "2026-12-01" }, appealText);
      expect(set).toMatchObject({ ok: true, value: { appealPeriodEnds: "2026-12-22" } });
      expect((await appealMails()).map((m) => m.body_text)).toEqual([`Anslaget 2026-12-01. Sista dag att överklaga: 2026-12-22. https://samverka.test/arenden/${s.caseId}`]);
      await committee.decisions.setDecisionDates(officer, s.caseId, { minutesApprovedOn: "2026-11-30", postedOn: "2026-12-01" }, appealText);
      expect(await appealMails()).toHaveLength(1);
      await committee.decisions.setDecisionDates(officer, s.caseId, { minutesApprovedOn: "2026-11-30", postedOn: "2026-12-03" }, appealText);
      const mails = await appealMails();
      expect(mails).toHaveLength(2);
      expect(mails[1]!.body_text).toContain("Ändrat från 2026-12-01. Sista dag att överklaga: 2026-12-28.");
    });

    it("gives the applicant the decision as a PDF extract of the minutes, and another organisation's applicant nothing", async () => {
      const s = await decidedCase();
      await committee.decisions.setDecisionDates(officer, s.caseId, { minutesApprovedOn: "2026-11-30", postedOn: "2026-12-01" }, appealText);
      const file = await committee.decisions.decisionExtractFile(s.applicant, s.caseId, extractText);
      expect(file?.filename).toBe(`Protokollsutdrag-${s.caseNumber}.pdf`);
      const text = flat(pdfText(file!.bytes));
      for (const expected of [
        "Protokollsutdrag",
        "Nämnd TN",
        "Sammanträde: 2026-11-26",
        "Paragraf: § 42",
        `Ärendenummer: ${s.caseNumber}`,
        "beviljar samverkansstöd till",
        "Beviljat belopp: 150 000 kr",
        "Redovisning senast 2027-12-31.",
        "Protokollet justerat: 2026-11-30",
        "Anslaget på anslagstavlan: 2026-12-01",
        "Förvaltningsrätten i Malmö",
        "Sista dag att överklaga: 2026-12-22",
      ])
        expect(text).toContain(expected);
      const other = await fx.user("aktor");
      expect(await committee.decisions.decisionExtractFile(other, s.caseId, extractText)).toBeUndefined();
      const undecided = await submittedCase();
      expect(await committee.decisions.decisionExtractFile(undecided.applicant, undecided.caseId, extractText)).toBeUndefined();
    });
  });

  describe("the officer's report, read as text", () => {
    it("names the goals, the contributions with their amounts, the area and its boundary, the date, the diarium number and the case's officers, not the downloader", async () => {
      const s = await submittedCase({ contactPerson: contact.userId });
      const area = await handle.db
        .insertInto("area")
        .values({ code: `T${randomUUID().slice(0, 6)}`, name: "Södra innerstaden", geom: sql`st_multi(st_makeenvelope(13.0, 55.59, 13.01, 55.6, 4326))`, valid_from: "2020-01-01", valid_to: null, source: "test", parent_code: null, import_batch: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      await handle.db.insertInto("case_area").values({ case_id: s.caseId, area_id: area.id }).execute();
      await handle.db.updateTable("collaboration_case").set({ diarium_number: "TN-2026-01234" }).where("id", "=", s.caseId).execute();
      expect((await assessment.step(contact, s.caseId, "startAssessment")).ok).toBe(true);
      expect((await assessment.save(officer, s.caseId, { ratings: {}, recommendation: "bifall", recommendationText: "Bifall.", proposedAmountSek: 100000 })).ok).toBe(true);
      // Downloaded by a colleague who has nothing to do with the case.
      for (const format of ["docx", "pdf"] as const) {
        const file = await committee.officerReports.officerReportFile(colleague, s.caseId, format, reportText);
        const raw = format === "docx" ? docxText(file!.bytes) : pdfText(file!.bytes);
        const text = flat(raw);
        expect(text, format).toContain("En trygg och tillgänglig stad");
        expect(text, format).toContain("Goda uppväxtvillkor för barn och unga");
        expect(text, format).not.toMatch(/\btrygghet\b|barn_och_unga/);
        expect(text, format).toContain("Handlarföreningen – 50 000 kr");
        expect(text, format).toContain("Fastighetsägarna – resurser: Lokal för möten; aktiviteter: Städdag");
        expect(raw, format).not.toMatch(/:\s*:|:\s*$/m);
        expect(text, format).toContain("Södra innerstaden");
        expect(text, format).toMatch(/Avgränsningen är stadens områden som valts i ansökan och omfattar [\d,]+ km²\. Den berör området Södra innerstaden\./);
        expect(text, format).toContain("Datum: 2026-11-23");
        expect(text, format).toContain("Diarienummer: TN-2026-01234");
        expect(text, format).toContain(`Ärendenummer: ${s.caseNumber}`);
        expect(text, format).toContain("Karin Kontaktperson Kontaktperson");
        expect(text, format).toContain(`${officer.name} Handläggare`);
        expect(text, format).not.toContain(colleague.name);
      }
    });
  });
});

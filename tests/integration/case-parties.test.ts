/**
 * "Who is a party to a case" has one home, the access policy (`isParty`), and one mirror in SQL
 * (src/adapters/db/repositories/case-parties.ts) that the queries needing the cases of an
 * organisation, or the organisations and users of a case, share. Here both must give the same
 * answer for a lead applicant, a co-applicant and an outsider — through the helper itself and
 * through every query built on it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { casesOfParty, partiesOfCase, partyUserEmails } from "#src/adapters/db/repositories/case-parties.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import { isParty, type CaseFacts } from "#src/domain/access/policy.ts";
import { CASE_STATUSES } from "#src/domain/case/lifecycle.ts";
import { Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

describe("who is a party to a case: the policy and its SQL mirror agree", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let uow: KyselyUnitOfWork;
  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    uow = new KyselyUnitOfWork(handle.db);
  });
  afterAll(async () => handle.close());

  /**
   * A case with a lead applicant, a co-applicant and an outsider, each with an active applicant
   * user. `leadListed`: the lead is also written in application_party (as the application does
   * once a draft has parties), not only as the case's applicant organisation.
   */
  async function scenario(leadListed: boolean) {
    const committeeId = await fx.committee();
    const lead = await fx.organisation("aktor", "Huvudsökande förening");
    const co = await fx.organisation("aktor", "Medsökande fastighetsägare");
    const outsider = await fx.organisation("aktor", "Utomstående företag");
    const caseId = await fx.caseFor(lead, { committeeId });
    const parties: Array<{ case_id: string; organisation_id: string; role: "huvudsokande" | "medsokande" }> = [{ case_id: caseId, organisation_id: co, role: "medsokande" }];
    if (leadListed) parties.push({ case_id: caseId, organisation_id: lead, role: "huvudsokande" });
    await handle.db.insertInto("application_party").values(parties).execute();
    const users = { lead: await fx.user("aktor", lead), co: await fx.user("aktor", co), outsider: await fx.user("aktor", outsider) };
    // What the policy is told about the case: who leads it and who applies with it.
    const facts: CaseFacts = { applicantOrganisationId: lead, partyOrganisationIds: leadListed ? [co, lead] : [co], committeeId };
    return { caseId, committeeId, orgs: { lead, co, outsider }, users, facts };
  }

  for (const leadListed of [false, true]) {
    it(`agrees for the lead applicant, a co-applicant and an outsider${leadListed ? " (the lead also listed as a party)" : ""}`, async () => {
      const s = await scenario(leadListed);
      const expected = { lead: true, co: true, outsider: false };
      const emails = await partyUserEmails(handle.db, s.caseId);
      const ofCase = (await partiesOfCase(handle.db, s.caseId).execute()).map((r) => r.organisation_id);
      const { applicantEmails } = await uow.read((r) => r.messages.recipientsForCase(s.caseId));
      const committeeEmails = await uow.read((r) => r.committee.applicantEmails(s.caseId));
      const state = await uow.read((r) => r.cases.state(s.caseId));
      for (const who of ["lead", "co", "outsider"] as const) {
        const actor: Actor = s.users[who];
        const org = s.orgs[who];
        const party = isParty(actor, s.facts);
        expect(party, who).toBe(expected[who]);
        // The helper, both ways round.
        expect((await casesOfParty(handle.db, org).execute()).map((r) => r.case_id).includes(s.caseId), who).toBe(party);
        expect(ofCase.includes(org), who).toBe(party);
        // The case list of the organisation (page, count, list).
        const page = await uow.read((r) => r.cases.pageForOrganisation(org, { offset: 0, limit: 50 }));
        expect(page.map((c) => c.id).includes(s.caseId), who).toBe(party);
        expect(await uow.read((r) => r.cases.countForOrganisation(org)), who).toBe(party ? 1 : 0);
        expect((await uow.read((r) => r.cases.listForOrganisation(org))).map((c) => c.id).includes(s.caseId), who).toBe(party);
        // Who is told of news on the case: the same answer in the committee's and the messages' queries.
        expect(emails.includes(actor.email), who).toBe(party);
        expect(applicantEmails.includes(actor.email), who).toBe(party);
        expect(committeeEmails.includes(actor.email), who).toBe(party);
        // The facts the services hand the policy come from the same helper.
        expect(isParty(actor, state!), who).toBe(party);
      }
      expect([...ofCase].sort()).toEqual([s.orgs.lead, s.orgs.co].sort());
    });
  }

  it("tells only the active applicant users of the parties", async () => {
    const s = await scenario(false);
    const disabled = await fx.user("aktor", s.orgs.co);
    await handle.db.updateTable("app_user").set({ disabled_at: new Date() }).where("id", "=", disabled.userId).execute();
    const staffInLead = await fx.user("kontaktperson", s.orgs.lead);
    const emails = await partyUserEmails(handle.db, s.caseId);
    expect(emails).toEqual([s.users.lead.email, s.users.co.email].sort());
    expect(emails).not.toContain(disabled.email);
    expect(emails).not.toContain(staffInLead.email);
  });
});

describe("the case status column", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
  });
  afterAll(async () => handle.close());

  it("holds exactly the domain's statuses (its check constraint is what lets the repositories type it CaseStatus)", async () => {
    const caseId = await fx.caseFor(await fx.organisation());
    for (const status of CASE_STATUSES) {
      await handle.db.updateTable("collaboration_case").set({ status }).where("id", "=", caseId).execute();
      expect((await handle.db.selectFrom("collaboration_case").select("status").where("id", "=", caseId).executeTakeFirstOrThrow()).status).toBe(status);
    }
    await expect(handle.db.updateTable("collaboration_case").set({ status: "godkant" as never }).where("id", "=", caseId).execute()).rejects.toThrow(/collaboration_case_status_check/);
  });
});

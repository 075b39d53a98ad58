import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "../../src/adapters/db/repositories.ts";
import { argon2idHasher } from "../../src/adapters/crypto/argon2-hasher.ts";
import { AuthService } from "../../src/application/auth-service.ts";
import { OrganisationService } from "../../src/application/organisation-service.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { linkIn, MailCatcher, testMailSecrets } from "../support/mail.ts";
import { createTestDatabase } from "../support/test-db.ts";

const PASSWORD = "ett långt lösenord för test";
const mail = {
  subject: (org: string) => `Inbjudan från ${org}`,
  body: (a: { inviter: string; invitingOrganisation: string; caseTitle: string | null; link: string; days: number }) => `${a.inviter} bjuder in. ${a.link} (${a.days} dagar) ${a.caseTitle ?? ""}`,
};
const tokenFrom = (text: string) => linkIn(text).token;

describe("OrganisationService", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let clock: FakeClock;
  let sut: OrganisationService;
  let auth: AuthService;
  let uow: KyselyUnitOfWork;
  const mailbox = new MailCatcher();

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    clock = new FakeClock();
    uow = new KyselyUnitOfWork(handle.db, { mailSecrets: testMailSecrets() });
    sut = new OrganisationService({ uow, hasher: argon2idHasher, clock, config: { sessionIdleMinutes: 120, invitationDays: 14, publicUrl: "https://samverka.test" } });
    auth = new AuthService({ uow, hasher: argon2idHasher, clock, config: { sessionIdleMinutes: 120, sessionAbsoluteHours: 12, resetLinkMinutes: 60, publicUrl: "https://samverka.test" } });
  });
  afterAll(async () => handle.close());

  /** The latest mail to the address as its recipient reads it (delivered, links included). */
  const lastMailTo = async (to: string) => {
    await mailbox.deliver(uow, clock);
    return mailbox.lastTo(to).text;
  };

  it("registers an organisation and its first user, signs in, and audits", async () => {
    const result = await sut.register({ organisationName: "Torgets vänner", actorType: "forening", orgNumber: "2120001124", name: "Eva", email: "Eva@Torget.test", password: PASSWORD });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await auth.resolveSession(result.value.sessionToken);
    expect(session?.actor).toMatchObject({ role: "aktor", email: "eva@torget.test", organisationName: "Torgets vänner" });
    const org = await handle.db.selectFrom("organisation").selectAll().where("id", "=", result.value.organisationId).executeTakeFirstOrThrow();
    expect(org).toMatchObject({ kind: "aktor", actor_type: "forening", org_number: "212000-1124" });
    const hash = await handle.db.selectFrom("app_user").select("password_hash").where("id", "=", result.value.userId).executeTakeFirstOrThrow();
    expect(hash.password_hash.startsWith("$argon2id$")).toBe(true);
    const audit = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", result.value.organisationId).execute();
    expect(audit.map((a) => a.action)).toEqual(["organisation.registered"]);
  });

  it("refuses a duplicate e-mail, a wrong org number check digit and a short password", async () => {
    const base = { organisationName: "Annan förening", actorType: "forening", name: "Per", password: PASSWORD };
    expect(await sut.register({ ...base, email: "EVA@torget.test" })).toEqual({ ok: false, error: "email_taken" });
    expect(await sut.register({ ...base, email: "per@test.invalid", orgNumber: "212000-1125" })).toEqual({ ok: false, error: "invalid_org_number" });
    expect(await sut.register({ ...base, email: "per@test.invalid", password: "kort" })).toEqual({ ok: false, error: "weak_password" });
    expect(await sut.register({ ...base, email: "per@test.invalid", actorType: "kommun" })).toEqual({ ok: false, error: "invalid" });
    expect(await handle.db.selectFrom("app_user").select("id").where("email", "=", "per@test.invalid").execute()).toHaveLength(0);
  });

  it("a member invitation creates a user in the inviting organisation, once, and not after expiry", async () => {
    const orgId = await fx.organisation("aktor");
    const lead = await fx.user("aktor", orgId);
    const sent = await sut.invite(lead, { email: "ny.medlem@test.invalid" }, mail);
    expect(sent.ok).toBe(true);
    const token = tokenFrom(await lastMailTo("ny.medlem@test.invalid"));
    const info = await sut.invitation(token);
    expect(info.state).toBe("usable");
    expect(info.invitation).toMatchObject({ invitedByName: lead.name, caseId: null });

    const accepted = await sut.accept(token, { name: "Ny Medlem", password: PASSWORD });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    expect(accepted.value.organisationId).toBe(orgId);
    expect(await sut.accept(token, { name: "Igen", password: PASSWORD })).toEqual({ ok: false, error: "used" });
    expect((await sut.invitation(token)).state).toBe("used");
    expect((await sut.overview(lead))?.members.map((m) => m.email)).toContain("ny.medlem@test.invalid");

    await sut.invite(lead, { email: "sen@test.invalid" }, mail);
    const late = tokenFrom(await lastMailTo("sen@test.invalid"));
    clock.advanceMinutes(14 * 24 * 60 + 1);
    expect((await sut.invitation(late)).state).toBe("expired");
    expect(await sut.accept(late, { name: "Sen", password: PASSWORD })).toEqual({ ok: false, error: "expired" });
    expect((await sut.invitation("inget-sådant")).state).toBe("unknown");
  });

  it("a co-applicant invitation adds the new organisation to the application as medsokande", async () => {
    const leadOrg = await fx.organisation("aktor");
    const lead = await fx.user("aktor", leadOrg);
    const caseId = await fx.caseFor(leadOrg);
    await handle.db.updateTable("collaboration_case").set({ status: "utkast" }).where("id", "=", caseId).execute();
    await handle.db.insertInto("application_party").values({ case_id: caseId, organisation_id: leadOrg, role: "huvudsokande" }).execute();

    expect((await sut.invite(lead, { email: "partner@test.invalid", organisationName: "Partnern AB", caseId }, mail)).ok).toBe(true);
    const token = tokenFrom(await lastMailTo("partner@test.invalid"));
    expect(await sut.accept(token, { name: "Pia Partner", password: PASSWORD, organisationName: "Partnern AB", actorType: "foretag", orgNumber: "212000-1125" })).toEqual({ ok: false, error: "invalid_org_number" });
    const accepted = await sut.accept(token, { name: "Pia Partner", password: PASSWORD, organisationName: "Partnern AB", actorType: "foretag" });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const parties = await handle.db.selectFrom("application_party").select(["organisation_id", "role"]).where("case_id", "=", caseId).orderBy("joined_at").execute();
    expect(parties).toContainEqual({ organisation_id: accepted.value.organisationId, role: "medsokande" });
    const audit = (await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", caseId).orderBy("id").execute()).map((a) => a.action);
    expect(audit).toEqual(["invitation.co_applicant_created", "invitation.co_applicant_accepted"]);
    const view = await sut.coApplicants(lead, caseId);
    expect(view?.parties.map((p) => p.role).sort()).toEqual(["huvudsokande", "medsokande"]);
  });

  it("another organisation's applicant, a co-applicant or staff cannot invite for a case it does not lead", async () => {
    const leadOrg = await fx.organisation("aktor");
    const caseId = await fx.caseFor(leadOrg);
    await handle.db.updateTable("collaboration_case").set({ status: "utkast" }).where("id", "=", caseId).execute();
    const coOrg = await fx.organisation("aktor");
    await handle.db.insertInto("application_party").values({ case_id: caseId, organisation_id: coOrg, role: "medsokande" }).execute();
    const stranger = await fx.user("aktor");
    const coApplicant = await fx.user("aktor", coOrg);
    const contact = await fx.user("kontaktperson");
    for (const who of [stranger, coApplicant, contact]) {
      expect(await sut.invite(who, { email: "x@test.invalid", organisationName: "X", caseId }, mail)).toEqual({ ok: false, error: "not_found" });
      expect(await sut.coApplicants(who, caseId)).toBeUndefined();
    }
    expect(await handle.db.selectFrom("invitation").select("id").where("case_id", "=", caseId).execute()).toHaveLength(0);
  });

  it("a signed-in applicant accepts a co-applicant invitation for its existing organisation, once", async () => {
    const leadOrg = await fx.organisation("aktor");
    const lead = await fx.user("aktor", leadOrg);
    const caseId = await fx.caseFor(leadOrg);
    await handle.db.updateTable("collaboration_case").set({ status: "utkast" }).where("id", "=", caseId).execute();
    const other = await fx.user("aktor");
    expect((await sut.invite(lead, { email: other.email, organisationName: other.organisationName, caseId }, mail)).ok).toBe(true);
    const token = tokenFrom(await lastMailTo(other.email));
    expect(await sut.acceptForOrganisation(lead, token)).toEqual({ ok: false, error: "unknown" });
    expect(await sut.acceptForOrganisation(other, token)).toEqual({ ok: true, value: { caseId } });
    expect(await sut.acceptForOrganisation(other, token)).toEqual({ ok: false, error: "used" });
    const party = await handle.db.selectFrom("application_party").select("role").where("case_id", "=", caseId).where("organisation_id", "=", other.organisationId).executeTakeFirst();
    expect(party?.role).toBe("medsokande");
  });
});

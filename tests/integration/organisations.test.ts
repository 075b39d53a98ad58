import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { AuthService } from "#src/application/auth/auth-service.ts";
import { OrganisationService } from "#src/application/organisations/organisation-service.ts";
import type { OutgoingMail, UnitOfWork } from "#src/application/shared/ports.ts";
import { FakeClock, Fixtures, TEST_PASSWORD } from "../support/fixtures.ts";
import { testMailSecrets } from "../support/mail.ts";
import { createTestDatabase } from "../support/test-db.ts";

const PASSWORD = "ett långt lösenord för test";
const mail = {
  subject: (org: string) => `Inbjudan från ${org}`,
  body: (a: { inviter: string; invitingOrganisation: string; caseTitle: string | null; link: string; days: number }) => `${a.inviter} bjuder in. ${a.link} (${a.days} dagar) ${a.caseTitle ?? ""}`,
};
const registrationText = {
  confirmSubject: "Bekräfta registreringen",
  confirmBody: ({ link, hours }: { link: string; hours: number }) => `Följ länken: ${link} (${hours} timmar)`,
  existingSubject: "Du har redan ett konto",
  existingBody: ({ signInLink, resetLink }: { signInLink: string; resetLink: string }) => `Logga in: ${signInLink} Nytt lösenord: ${resetLink}`,
};
type Enqueued = OutgoingMail & { secrets?: readonly string[] };

/** The unit of work, with every mail recorded as the use case handed it to the outbox (before any redaction). */
function recordingMail(uow: UnitOfWork, captured: Enqueued[]): UnitOfWork {
  return {
    transaction: (work) => uow.transaction((r) => work({ ...r, outbox: { ...r.outbox, enqueue: (m) => (captured.push(m), r.outbox.enqueue(m)) } })),
    read: (work) => uow.read(work),
  };
}
const tokenFrom = (text: string) => decodeURIComponent(/token=([^\s&]+)/.exec(text)![1]!);

describe("OrganisationService", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let clock: FakeClock;
  let sut: OrganisationService;
  let auth: AuthService;
  const captured: Enqueued[] = [];
  const hashes = { count: 0 };

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    clock = new FakeClock();
    const uow = recordingMail(new KyselyUnitOfWork(handle.db, { mailSecrets: testMailSecrets() }), captured);
    const hasher = { hash: (p: string) => (hashes.count++, argon2idHasher.hash(p)), verify: argon2idHasher.verify };
    sut = new OrganisationService({ uow, hasher, clock, config: { sessionIdleMinutes: 120, invitationDays: 14, publicUrl: "https://samverka.test" } });
    auth = new AuthService({ uow, hasher: argon2idHasher, clock, config: { sessionIdleMinutes: 120, sessionAbsoluteHours: 12, resetLinkMinutes: 60, publicUrl: "https://samverka.test" } });
  });
  afterAll(async () => handle.close());

  /** The latest mail to the address as the use case wrote it (links included; the outbox that staff see hides them). */
  const lastMailTo = async (to: string) => {
    const mail = captured.findLast((m) => m.to === to);
    if (!mail) throw new Error(`no mail to ${to}`);
    return mail.text;
  };

  it("registers through a confirmation link that creates the organisation and its first user, signs in, once", async () => {
    const before = captured.length;
    expect(await sut.requestRegistration({ organisationName: "Torgets vänner", actorType: "forening", orgNumber: "2120001124", name: "Eva", email: "Eva@Torget.test", password: PASSWORD }, registrationText)).toEqual({ ok: true, value: undefined });
    // Nothing exists until the link is followed.
    expect(await handle.db.selectFrom("app_user").select("id").where("email", "=", "eva@torget.test").execute()).toHaveLength(0);
    const sent = captured.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: "eva@torget.test", subject: registrationText.confirmSubject });
    // The link is a secret of the recipient's (redacted in every copy staff can see) ...
    const link = /https:\S+/.exec(sent[0]!.text)![0];
    expect(sent[0]!.secrets).toEqual([link]);
    // ... and the mail carries nothing typed in the form.
    expect(sent[0]!.text).not.toMatch(/Torgets vänner|Eva\b/);
    const token = new URL(link).searchParams.get("token")!;
    expect(await sut.registration(token)).toEqual({ state: "usable", organisationName: "Torgets vänner", email: "eva@torget.test" });

    const result = await sut.confirmRegistration(token);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await auth.resolveSession(result.value.sessionToken);
    expect(session?.actor).toMatchObject({ role: "aktor", email: "eva@torget.test", organisationName: "Torgets vänner", name: "Eva" });
    const org = await handle.db.selectFrom("organisation").selectAll().where("id", "=", result.value.organisationId).executeTakeFirstOrThrow();
    expect(org).toMatchObject({ kind: "aktor", actor_type: "forening", org_number: "212000-1124" });
    const hash = await handle.db.selectFrom("app_user").select("password_hash").where("id", "=", result.value.userId).executeTakeFirstOrThrow();
    expect(hash.password_hash.startsWith("$argon2id$")).toBe(true);
    expect((await auth.signIn("eva@torget.test", PASSWORD, { ip: null, userAgent: null, requestId: null })).ok).toBe(true);
    const audit = await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", result.value.organisationId).execute();
    expect(audit.map((a) => a.action)).toEqual(["organisation.registered"]);
    expect(await sut.confirmRegistration(token)).toEqual({ ok: false, error: "used" });
    expect((await sut.registration(token)).state).toBe("used");
  });

  it("answers a known address, staff included, exactly like an unknown one, and mails its owner instead", async () => {
    const staff = await fx.user("administrator");
    const hashesBefore = hashes.count;
    const before = captured.length;
    const input = { organisationName: "Falska föreningen", actorType: "forening", name: "Mallory", password: PASSWORD };
    const known = await sut.requestRegistration({ ...input, email: staff.email.toUpperCase() }, registrationText);
    const unknown = await sut.requestRegistration({ ...input, email: "ny.person@test.invalid" }, registrationText);
    expect(known).toEqual(unknown);
    // The password is hashed either way, so the time does not tell them apart.
    expect(hashes.count - hashesBefore).toBe(2);
    const [toStaff, toNew] = captured.slice(before);
    expect(toStaff).toMatchObject({ to: staff.email, subject: registrationText.existingSubject });
    expect(toStaff!.text).toContain("https://samverka.test/logga-in");
    expect(toStaff!.text).toContain("https://samverka.test/glomt-losenord");
    expect(toStaff!.text).not.toContain("Falska föreningen");
    expect(toStaff!.secrets ?? []).toEqual([]);
    expect(toNew).toMatchObject({ to: "ny.person@test.invalid", subject: registrationText.confirmSubject });
    // The staff account is untouched: no organisation, no second user.
    expect(await handle.db.selectFrom("organisation").select("id").where("name", "=", "Falska föreningen").execute()).toHaveLength(0);
    expect((await auth.signIn(staff.email, TEST_PASSWORD, { ip: null, userAgent: null, requestId: null })).ok).toBe(true);
  });

  it("refuses a wrong org number check digit, a short password and an unknown actor type, and stores nothing", async () => {
    const base = { organisationName: "Annan förening", actorType: "forening", name: "Per", password: PASSWORD };
    expect(await sut.requestRegistration({ ...base, email: "per@test.invalid", orgNumber: "212000-1125" }, registrationText)).toEqual({ ok: false, error: "invalid_org_number" });
    expect(await sut.requestRegistration({ ...base, email: "per@test.invalid", password: "kort" }, registrationText)).toEqual({ ok: false, error: "weak_password" });
    expect(await sut.requestRegistration({ ...base, email: "per@test.invalid", actorType: "kommun" }, registrationText)).toEqual({ ok: false, error: "invalid" });
    expect(await handle.db.selectFrom("registration_request").select("email").where("email", "=", "per@test.invalid").execute()).toHaveLength(0);
  });

  it("a confirmation link expires after 24 hours, and one for an address taken in the meantime creates nothing", async () => {
    const before = captured.length;
    const input = { organisationName: "Sena föreningen", actorType: "forening", name: "Sen", password: PASSWORD };
    await sut.requestRegistration({ ...input, email: "sen.registrering@test.invalid" }, registrationText);
    await sut.requestRegistration({ ...input, email: "dubbel@test.invalid" }, registrationText);
    await sut.requestRegistration({ ...input, email: "dubbel@test.invalid" }, registrationText);
    const [late, first, second] = captured.slice(before).map((m) => new URL(/https:\S+/.exec(m.text)![0]).searchParams.get("token")!);
    expect((await sut.confirmRegistration(first!)).ok).toBe(true);
    expect(await sut.confirmRegistration(second!)).toEqual({ ok: false, error: "email_taken" });
    clock.advanceMinutes(24 * 60 + 1);
    expect((await sut.registration(late!)).state).toBe("expired");
    expect(await sut.confirmRegistration(late!)).toEqual({ ok: false, error: "expired" });
    expect(await sut.confirmRegistration("inget-sådant")).toEqual({ ok: false, error: "unknown" });
  });

  it("invites an address that already has an account like any other, so the inviter cannot tell", async () => {
    const orgId = await fx.organisation("aktor");
    const lead = await fx.user("aktor", orgId);
    const staff = await fx.user("handlaggare");
    const known = await sut.invite(lead, { email: staff.email }, mail);
    const unknown = await sut.invite(lead, { email: "ingen.alls@test.invalid" }, mail);
    expect(known.ok).toBe(true);
    expect(unknown.ok).toBe(true);
    // Its owner learns on accepting that there is an account already.
    const token = tokenFrom(captured.filter((m) => m.to === staff.email).at(-1)!.text);
    expect(await sut.accept(token, { name: "Någon", password: PASSWORD })).toEqual({ ok: false, error: "email_taken" });
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

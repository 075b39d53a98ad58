/**
 * A city's first run and its administration, on a real database: the setup link and the
 * command line's administrator, committees and the applications they take, staff invited by
 * e-mail with roles and committees, the city's goals as data, and the rules that keep an
 * administrator in place. Every change is audited; everyone but an administrator is refused.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { fileTypeInspector } from "#src/adapters/files/file-inspector.ts";
import { CityGoals } from "#src/application/admin/city-goals.ts";
import { CommitteeAdministration, type CommitteeForm } from "#src/application/admin/committees.ts";
import { FirstRun } from "#src/application/admin/first-run.ts";
import { StaffAdministration } from "#src/application/admin/staff.ts";
import { ApplicationService } from "#src/application/intake/application-service.ts";
import { AuthService } from "#src/application/auth/auth-service.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import { submittedFormOf } from "#src/domain/intake/answers.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const PASSWORD = "ett långt lösenord för test";
const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;
const mailText = { subject: "Du är inbjuden", body: (a: { name: string; inviter: string; role: string; link: string; days: number }) => `Hej ${a.name}! ${a.inviter}: ${a.role}. ${a.link} (${a.days} dagar)`, roleName: (r: string) => r };

describe("administration", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let clock: FakeClock;
  let firstRun: FirstRun;
  let committees: CommitteeAdministration;
  let staff: StaffAdministration;
  let goals: CityGoals;
  let auth: AuthService;
  let applications: ApplicationService;
  let uow: KyselyUnitOfWork;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    clock = new FakeClock(new Date("2026-12-01T09:00:00Z"));
    uow = new KyselyUnitOfWork(handle.db);
    const config = { publicUrl: "https://samverka.test", sessionIdleMinutes: 120 };
    firstRun = new FirstRun({ uow, clock, hasher: argon2idHasher, config });
    committees = new CommitteeAdministration({ uow, clock });
    staff = new StaffAdministration({ uow, clock, hasher: argon2idHasher, config });
    goals = new CityGoals({ uow, clock });
    auth = new AuthService({ uow, hasher: argon2idHasher, clock, config: { sessionIdleMinutes: 120, sessionAbsoluteHours: 12, resetLinkMinutes: 60, publicUrl: config.publicUrl } });
    applications = new ApplicationService({ uow, clock, files: fileTypeInspector, config: { caseNumberSource: "samverka", publicUrl: config.publicUrl, processTypeCode: "samverkansstod" } });
  });
  afterAll(async () => handle.close());

  const audit = async (entityType: string) => (await handle.db.selectFrom("audit_event").select(["action", "entity_id"]).where("entity_type", "=", entityType).orderBy("id").execute()).map((a) => a.action);
  const actorOf = async (userId: string): Promise<Actor> => (await uow.read((r) => r.users.findActor(userId)))!;

  describe("the first run", () => {
    let admin: Actor;

    it("on an empty database, prints a setup link that creates the first administrator once", async () => {
      expect(await firstRun.needsSetup()).toBe(true);
      const first = await firstRun.issueSetupLink();
      const second = await firstRun.issueSetupLink();
      expect(first && second).toBeTruthy();
      // A new start replaces an unused link.
      expect(await firstRun.setupLinkUsable(tokenOf(first!.link))).toBe(false);
      const token = tokenOf(second!.link);
      expect(await firstRun.setupLinkUsable(token)).toBe(true);
      expect(second!.expiresAt.getTime() - clock.now().getTime()).toBe(24 * 3_600_000);

      expect(await firstRun.createFirstAdministrator(token, { email: "Admin@Malmo.test", name: "Ada Admin", password: "kort", department: "" })).toEqual({ ok: false, error: "weak_password" });
      expect(await firstRun.createFirstAdministrator(token, { email: "inte en adress", name: "Ada Admin", password: PASSWORD })).toMatchObject({ ok: false, error: "invalid", detail: { email: "admin.staff.error.email_invalid" } });
      // Bad input used nothing up.
      expect(await firstRun.setupLinkUsable(token)).toBe(true);

      const created = await firstRun.createFirstAdministrator(token, { email: "Admin@Malmo.test", name: "Ada Admin", password: PASSWORD, department: "Stadskontoret" });
      expect(created.ok).toBe(true);
      if (!created.ok) return;
      admin = await actorOf(created.value.userId);
      expect(admin).toMatchObject({ role: "administrator", email: "admin@malmo.test", organisationName: "Stadskontoret", committeeIds: [] });
      expect(await auth.resolveSession(created.value.sessionToken)).toMatchObject({ actor: { userId: admin.userId } });

      expect(await firstRun.createFirstAdministrator(token, { email: "mallory@example.test", name: "Mallory", password: PASSWORD })).toEqual({ ok: false, error: "already_set_up" });
      expect(await firstRun.needsSetup()).toBe(false);
      expect(await firstRun.issueSetupLink()).toBeNull();
      expect(await audit("user")).toContain("staff.administrator_created");
      expect(await audit("setup")).toEqual(["setup.link_issued", "setup.link_issued"]);
    });

    it("refuses a setup link after 24 hours", async () => {
      await handle.db.updateTable("app_user").set({ disabled_at: new Date() }).where("role", "=", "administrator").execute();
      try {
        const issued = await firstRun.issueSetupLink();
        clock.advanceMinutes(24 * 60 + 1);
        expect(await firstRun.setupLinkUsable(tokenOf(issued!.link))).toBe(false);
        expect(await firstRun.createFirstAdministrator(tokenOf(issued!.link), { email: "late@malmo.test", name: "Sen", password: PASSWORD })).toEqual({ ok: false, error: "link_invalid" });
      } finally {
        await handle.db.updateTable("app_user").set({ disabled_at: null }).where("role", "=", "administrator").execute();
      }
    });

    it("creates administrators from the command line at any time, refusing a taken address", async () => {
      expect((await firstRun.createAdministrator({ email: "second@malmo.test", name: "Bo Backup", password: PASSWORD })).ok).toBe(true);
      expect(await firstRun.createAdministrator({ email: "SECOND@malmo.test", name: "Bo Igen", password: PASSWORD })).toEqual({ ok: false, error: "email_taken" });
      const signedIn = await auth.signIn("second@malmo.test", PASSWORD, { ip: null, userAgent: null, requestId: null });
      expect(signedIn.ok && signedIn.value.actor.role).toBe("administrator");
    });

    describe("committees", () => {
      const form = (over: Partial<CommitteeForm> = {}): CommitteeForm => ({
        code: "tn",
        nameSv: "Tekniska nämnden",
        nameEn: "Technical Committee",
        hasWorkingCommittee: true,
        processTypeCodes: ["samverkansstod"],
        responsibilities: [{ theme: "gator och torg", description: "Stadens offentliga rum" }, { theme: "", description: "" }],
        ...over,
      });

      it("adds a committee that takes applications, audited; a duplicate code is refused", async () => {
        const created = await committees.save(admin, null, form());
        expect(created.ok).toBe(true);
        if (!created.ok) return;
        const got = await committees.get(admin, created.value.id);
        expect(got.ok && got.value.committee).toMatchObject({ code: "TN", nameSv: "Tekniska nämnden", hasWorkingCommittee: true, processTypeCodes: ["samverkansstod"], responsibilities: [{ theme: "gator och torg", description: "Stadens offentliga rum" }], numberedCases: 0 });
        expect(await committees.save(admin, null, form({ nameSv: "Tekniska nämnden igen" }))).toEqual({ ok: false, error: "invalid", detail: { code: "admin.committee.error.code_taken" } });
        expect(await committees.save(admin, null, form({ code: "T1", nameSv: "" }))).toMatchObject({ ok: false, error: "invalid", detail: { code: "admin.committee.error.code_format", nameSv: "admin.committee.error.name_required" } });
        expect(await audit("committee")).toEqual(["committee.create"]);
      });

      it("keeps a code that already numbers cases, but lets names and the rest change", async () => {
        const asn = await committees.save(admin, null, form({ code: "ASN", nameSv: "Arbetsmarknads- och socialnämnden", processTypeCodes: [] }));
        if (!asn.ok) throw new Error("asn");
        await fx.caseFor(null, { committeeId: asn.value.id });
        await handle.db.updateTable("collaboration_case").set({ case_number: "ASN-2026-00001" }).where("committee_id", "=", asn.value.id).execute();
        expect(await committees.save(admin, asn.value.id, form({ code: "ASB", nameSv: "Arbetsmarknadsnämnden", processTypeCodes: [] }))).toMatchObject({ ok: false, error: "invalid", detail: { code: "admin.committee.error.code_in_use_by_cases" } });
        expect((await committees.save(admin, asn.value.id, form({ code: "ASN", nameSv: "Arbetsmarknadsnämnden", hasWorkingCommittee: false, processTypeCodes: [] }))).ok).toBe(true);
        const after = await committees.get(admin, asn.value.id);
        expect(after.ok && after.value.committee).toMatchObject({ code: "ASN", nameSv: "Arbetsmarknadsnämnden", hasWorkingCommittee: false, numberedCases: 1 });
        expect(await committees.save(admin, randomUUID(), form({ code: "NY" }))).toEqual({ ok: false, error: "not_found" });
      });

      it("refuses everyone but administrators", async () => {
        for (const role of ["aktor", "kontaktperson", "handlaggare", "analytiker"] as const) {
          const someone = await fx.user(role);
          expect(await committees.list(someone)).toEqual({ ok: false, error: "forbidden" });
          expect(await committees.save(someone, null, form({ code: "HACK" }))).toEqual({ ok: false, error: "forbidden" });
          expect(await staff.overview(someone)).toEqual({ ok: false, error: "forbidden" });
          expect(await staff.invite(someone, { email: "x@malmo.test", name: "X", role: "administrator", committeeIds: [], department: "Stadskontoret" }, mailText)).toEqual({ ok: false, error: "forbidden" });
          expect(await goals.save(someone, null, { nameSv: "Hack", nameEn: "", descriptionSv: "", agenda2030: "", themes: [], active: true })).toEqual({ ok: false, error: "forbidden" });
        }
        expect(await handle.db.selectFrom("committee").select("id").where("code", "=", "HACK").execute()).toEqual([]);
      });
    });

    describe("staff", () => {
      const tnId = async () => (await handle.db.selectFrom("committee").select("id").where("code", "=", "TN").executeTakeFirstOrThrow()).id;

      it("invites a contact person by e-mail; the link (a secret in the outbox) creates the account with the role and committee, once", async () => {
        const tn = await tnId();
        expect(await staff.invite(admin, { email: "karin@malmo.test", name: "Karin", role: "kontaktperson", committeeIds: [], department: "Fastighets- och gatukontoret" }, mailText)).toMatchObject({ ok: false, error: "invalid", detail: { committeeIds: "admin.staff.error.committee_required" } });
        const sent = await staff.invite(admin, { email: "Karin@Malmo.test", name: "Karin Kontakt", role: "kontaktperson", committeeIds: [tn], department: "Fastighets- och gatukontoret" }, mailText);
        expect(sent.ok).toBe(true);
        const mail = await handle.db.selectFrom("mail_outbox").selectAll().where("to_address", "=", "karin@malmo.test").executeTakeFirstOrThrow();
        expect(mail.subject).toBe("Du är inbjuden");
        expect(mail.related_entity).toBe(`staff_invitation:${sent.ok ? sent.value.invitationId : ""}`);
        // The link itself: read through the repository as the delivery does (staff see it redacted).
        const invitation = await handle.db.selectFrom("staff_invitation").selectAll().where("email", "=", "karin@malmo.test").executeTakeFirstOrThrow();
        expect(invitation.token_hash).toMatch(/^[0-9a-f]{64}$/);

        // A second invitation to the same address replaces the first.
        const again = await staff.invite(admin, { email: "karin@malmo.test", name: "Karin Kontakt", role: "kontaktperson", committeeIds: [tn], department: "Fastighets- och gatukontoret" }, mailText, {});
        expect(again.ok).toBe(true);
        const open = await staff.overview(admin);
        expect(open.ok && open.value.invitations.filter((i) => i.email === "karin@malmo.test")).toHaveLength(1);
      });

      it("accepts an invitation: the account works for its committees and is signed in; a used, revoked or expired link is refused", async () => {
        const tn = await tnId();
        const token = await inviteAndCaptureToken({ email: "hassan@malmo.test", name: "Hassan Handläggare", role: "handlaggare", committeeIds: [tn], department: "Fastighets- och gatukontoret" });
        // The invitation page shows the committees by name, read by the same use case.
        expect(await staff.invitation(token)).toMatchObject({ state: "open", committees: [{ code: "TN" }] });
        expect(await staff.accept(token, { password: "kort" })).toEqual({ ok: false, error: "weak_password" });
        const accepted = await staff.accept(token, { password: PASSWORD });
        expect(accepted.ok).toBe(true);
        if (!accepted.ok) return;
        const officer = await actorOf(accepted.value.userId);
        expect(officer).toMatchObject({ role: "handlaggare", committeeIds: [tn], organisationName: "Fastighets- och gatukontoret" });
        expect(await auth.resolveSession(accepted.value.sessionToken)).toMatchObject({ actor: { role: "handlaggare" } });
        expect(await staff.accept(token, { password: PASSWORD })).toEqual({ ok: false, error: "used" });

        const revokedToken = await inviteAndCaptureToken({ email: "revoked@malmo.test", name: "R", role: "analytiker", committeeIds: [], department: "Stadskontoret" });
        const pending = await staff.overview(admin);
        const revokedId = pending.ok ? pending.value.invitations.find((i) => i.email === "revoked@malmo.test")!.id : "";
        expect((await staff.revokeInvitation(admin, revokedId)).ok).toBe(true);
        expect(await staff.accept(revokedToken, { password: PASSWORD })).toEqual({ ok: false, error: "revoked" });

        const lateToken = await inviteAndCaptureToken({ email: "late@malmo.test", name: "L", role: "analytiker", committeeIds: [], department: "Stadskontoret" });
        clock.advanceMinutes(7 * 24 * 60 + 1);
        expect(await staff.accept(lateToken, { password: PASSWORD })).toEqual({ ok: false, error: "expired" });
        expect(await staff.accept("x".repeat(43), { password: PASSWORD })).toEqual({ ok: false, error: "unknown" });
        expect(await staff.invite(admin, { email: "hassan@malmo.test", name: "Igen", role: "analytiker", committeeIds: [], department: "Stadskontoret" }, mailText)).toEqual({ ok: false, error: "email_taken" });
        expect(await audit("staff_invitation")).toEqual(expect.arrayContaining(["staff.invite", "staff.invitation_revoked"]));
      });

      it("changes a member's role and committees, deactivates (ending every session) and reactivates, audited", async () => {
        const tn = await tnId();
        const asn = (await handle.db.selectFrom("committee").select("id").where("code", "=", "ASN").executeTakeFirstOrThrow()).id;
        const member = await fx.user("kontaktperson", undefined, undefined, { committees: [tn] });
        const signedIn = await auth.signIn(member.email, member.password, { ip: null, userAgent: null, requestId: null });
        expect((await staff.update(admin, member.userId, { role: "handlaggare", committeeIds: [asn, tn], department: "Arbetsmarknadsförvaltningen" })).ok).toBe(true);
        expect(await actorOf(member.userId)).toMatchObject({ role: "handlaggare", committeeIds: [asn, tn].sort(), organisationName: "Arbetsmarknadsförvaltningen" });
        expect((await staff.setActive(admin, member.userId, false)).ok).toBe(true);
        expect(signedIn.ok && (await auth.resolveSession(signedIn.value.sessionToken))).toBeNull();
        expect((await auth.signIn(member.email, member.password, { ip: null, userAgent: null, requestId: null })).ok).toBe(false);
        expect((await staff.setActive(admin, member.userId, true)).ok).toBe(true);
        expect((await auth.signIn(member.email, member.password, { ip: null, userAgent: null, requestId: null })).ok).toBe(true);
        const actions = (await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", member.userId).orderBy("id").execute()).map((a) => a.action);
        expect(actions).toEqual(expect.arrayContaining(["staff.update", "staff.deactivate", "staff.reactivate"]));
      });

      it("never loses the last administrator, and nobody locks themselves out", async () => {
        await handle.db.updateTable("app_user").set({ disabled_at: new Date() }).where("role", "=", "administrator").where("id", "<>", admin.userId).execute();
        try {
          const other = await fx.user("administrator");
          await handle.db.updateTable("app_user").set({ disabled_at: new Date() }).where("id", "=", other.userId).execute();
          expect(await staff.setActive(admin, admin.userId, false)).toEqual({ ok: false, error: "not_yourself" });
          expect(await staff.update(admin, admin.userId, { role: "analytiker", committeeIds: [], department: "Stadskontoret" })).toEqual({ ok: false, error: "not_yourself" });
          // The other administrator is inactive: reactivating is fine; then either may step down, not both.
          expect((await staff.setActive(admin, other.userId, true)).ok).toBe(true);
          expect((await staff.update(other, admin.userId, { role: "analytiker", committeeIds: [], department: "Stadskontoret" })).ok).toBe(true);
          const demoted = await actorOf(admin.userId);
          expect(demoted.role).toBe("analytiker");
          expect(await staff.setActive(demoted, other.userId, false)).toEqual({ ok: false, error: "forbidden" });
          expect((await staff.update(other, admin.userId, { role: "administrator", committeeIds: [], department: "Stadskontoret" })).ok).toBe(true);
          expect(await staff.setActive(await actorOf(admin.userId), other.userId, false)).toEqual({ ok: true, value: undefined });
          expect(await staff.update(await actorOf(admin.userId), admin.userId, { role: "administrator", committeeIds: [], department: "Stadskontoret" })).toEqual({ ok: true, value: undefined });
          expect(await uow.read((r) => r.administration.countActiveAdministrators())).toBe(1);
        } finally {
          await handle.db.updateTable("app_user").set({ disabled_at: null }).where("role", "=", "administrator").execute();
        }
      });

      it("pages the actors' accounts, which grow with every organisation that registers", async () => {
        const org = await fx.organisation("aktor");
        for (let i = 0; i < 55; i++) await fx.user("aktor", org, `aktor-${String(i).padStart(2, "0")}-${randomUUID().slice(0, 6)}@example.test`);
        const first = await staff.actorAccounts(admin, 1);
        const second = await staff.actorAccounts(admin, 2);
        const beyond = await staff.actorAccounts(admin, 99);
        if (!first.ok || !second.ok || !beyond.ok) throw new Error("forbidden");
        expect(first.value.total).toBeGreaterThanOrEqual(55);
        expect(first.value.items).toHaveLength(50);
        expect(new Set([...first.value.items, ...second.value.items].map((u) => u.id)).size).toBe(first.value.items.length + second.value.items.length);
        expect(beyond.value.page).toBe(first.value.pageCount);
        expect(await staff.actorAccounts(await fx.user("handlaggare"), 1)).toEqual({ ok: false, error: "forbidden" });
      });

      async function inviteAndCaptureToken(input: { email: string; name: string; role: string; committeeIds: string[]; department: string }): Promise<string> {
        let link = "";
        const capture = { ...mailText, body: (a: { name: string; inviter: string; role: string; link: string; days: number }) => ((link = a.link), mailText.body(a)) };
        const sent = await staff.invite(admin, input, capture);
        if (!sent.ok) throw new Error(sent.error);
        return tokenOf(link);
      }
    });

    describe("the city's goals", () => {
      it("keeps the goals as data: a new goal gets a key from its name and is offered to applicants; a retired one is not", async () => {
        const current = await goals.current();
        expect(current.map((g) => g.key)).toEqual(["jamlika_levnadsvillkor", "trygghet", "barn_och_unga", "arbete_och_naringsliv", "klimat_och_miljo", "delaktighet"]);
        expect(current.find((g) => g.key === "trygghet")).toMatchObject({ agenda2030: ["11.7", "16.1"], themes: ["trygghet"] });

        expect(await goals.save(admin, null, { nameSv: "", nameEn: "", descriptionSv: "", agenda2030: "11.7, 42", themes: ["okänt"], active: true })).toEqual({
          ok: false,
          error: "invalid",
          detail: { nameSv: "admin.goals.error.name_required", agenda2030: "admin.goals.error.agenda_invalid", themes: "admin.goals.error.theme_unknown", invalidAgenda: "42" },
        });
        const created = await goals.save(admin, null, { nameSv: "Ett rikt kulturliv för alla", nameEn: "A rich cultural life", descriptionSv: "", agenda2030: "11.4", themes: ["kultur_och_fritid"], active: true });
        expect(created).toMatchObject({ ok: true, value: { key: "ett_rikt_kulturliv_for_alla" } });
        const trygghet = current.find((g) => g.key === "trygghet")!;
        expect((await goals.save(admin, trygghet.id, { nameSv: trygghet.nameSv, nameEn: trygghet.nameEn, descriptionSv: "", agenda2030: "11.7", themes: ["trygghet"], active: false })).ok).toBe(true);
        if (!created.ok) return;
        expect((await goals.move(admin, created.value.id, "up")).ok).toBe(true);
        const after = (await goals.current()).map((g) => g.key);
        expect(after).not.toContain("trygghet");
        expect(after.indexOf("ett_rikt_kulturliv_for_alla")).toBe(after.length - 2);
        expect(await audit("city_goal")).toEqual(["city_goal.create", "city_goal.update", "city_goal.move"]);
      });

      it("reads the application's goals from the data and derives the case's themes from them", async () => {
        const applicant = await fx.user("aktor");
        const started = await applications.start(applicant, { submissionKey: randomUUID(), title: "Kultur på torget" });
        expect(started.ok).toBe(true);
        if (!started.ok) return;
        const caseId = started.value.caseId;
        const step = (goals: string[]) => applications.saveStep(applicant, caseId, "forslaget", submittedFormOf({ challenges: "c", added_value: "a", purpose: "p", city_goals: goals }), null);
        expect(await step(["trygghet"])).toMatchObject({ ok: false, error: "invalid", detail: { city_goals: "unknown_goal" } });
        expect((await step(["ett_rikt_kulturliv_for_alla", "delaktighet"])).ok).toBe(true);
        const view = await applications.view(applicant, caseId);
        expect(view?.goals.find((g) => g.key === "trygghet")).toMatchObject({ active: false, nameSv: "En trygg och tillgänglig stad" });
      });
    });

    describe("starting an application", () => {
      it("says when no committee takes applications, and lets the applicant choose when several do", async () => {
        const applicant = await fx.user("aktor");
        await handle.db.deleteFrom("committee_process_type").execute();
        expect(await applications.startOptions()).toMatchObject({ committees: [] });
        expect(await applications.start(applicant, { submissionKey: randomUUID(), title: "x" })).toEqual({ ok: false, error: "no_committee" });
        const all = await committees.list(admin);
        if (!all.ok) throw new Error("list");
        for (const c of all.value.committees) await committees.save(admin, c.id, { ...c, processTypeCodes: ["samverkansstod"] });
        const options = await applications.startOptions();
        expect(options.committees.map((c) => c.code)).toEqual(["ASN", "TN"]);
        expect(await applications.start(applicant, { submissionKey: randomUUID(), title: "x" })).toEqual({ ok: false, error: "choose_committee" });
        expect(await applications.start(applicant, { submissionKey: randomUUID(), title: "x", committeeId: randomUUID() })).toEqual({ ok: false, error: "choose_committee" });
        const asn = options.committees.find((c) => c.code === "ASN")!;
        const started = await applications.start(applicant, { submissionKey: randomUUID(), title: "x", committeeId: asn.id });
        expect(started.ok).toBe(true);
        if (started.ok) expect((await handle.db.selectFrom("collaboration_case").select("committee_id").where("id", "=", started.value.caseId).executeTakeFirstOrThrow()).committee_id).toBe(asn.id);
      });
    });
  });
});

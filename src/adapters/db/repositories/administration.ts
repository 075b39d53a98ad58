import { sql, type Kysely, type Transaction } from "kysely";
import type { AdministrationRepository, CityGoalRecord, CommitteeAdminRecord, StaffInvitationRecord, StaffRecord } from "#src/application/admin/index.ts";
import type { StaffRole } from "#src/domain/admin/staff.ts";
import type { Role } from "#src/domain/roles.ts";
import type { Database } from "../schema.ts";
import { addressHashSql } from "./account-security.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export function administrationRepository(db: Executor): AdministrationRepository {
  const committeeRows = (id?: string) => {
    let q = db
      .selectFrom("committee as c")
      .select(["c.id", "c.code", "c.name_sv", "c.name_en", "c.has_working_committee"])
      .select(sql<string[]>`array(select p.process_type_code from committee_process_type p where p.committee_id = c.id order by p.process_type_code)`.as("process_types"))
      .select(sql<number>`(select count(*) from collaboration_case k where k.committee_id = c.id and (k.case_number like c.code || '-%'))::int`.as("numbered"))
      .orderBy("c.code");
    if (id) q = q.where("c.id", "=", id);
    return q.execute();
  };

  async function withDetails(rows: Awaited<ReturnType<typeof committeeRows>>): Promise<CommitteeAdminRecord[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const responsibilities = await db.selectFrom("committee_responsibility").select(["committee_id", "theme", "description"]).where("committee_id", "in", ids).orderBy("theme").execute();
    const staff = await db
      .selectFrom("staff_committee as sc")
      .innerJoin("app_user as u", "u.id", "sc.user_id")
      .select(["sc.committee_id", "u.id", "u.name", "u.role"])
      .where("sc.committee_id", "in", ids)
      .where("u.disabled_at", "is", null)
      .orderBy("u.name")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      nameSv: r.name_sv,
      nameEn: r.name_en,
      hasWorkingCommittee: r.has_working_committee,
      processTypeCodes: r.process_types,
      responsibilities: responsibilities.filter((x) => x.committee_id === r.id).map((x) => ({ theme: x.theme, description: x.description })),
      numberedCases: Number(r.numbered),
      staff: staff.filter((s) => s.committee_id === r.id).map((s) => ({ id: s.id, name: s.name, role: s.role as Role })),
    }));
  }

  const staffQuery = () =>
    db
      .selectFrom("app_user as u")
      .innerJoin("organisation as o", "o.id", "u.organisation_id")
      // The lockout is counted per typed address (sign_in_failure, keyed by its hash).
      .leftJoin("sign_in_failure as f", (join) => join.on("f.address_hash", "=", addressHashSql("u.email")))
      .select(["u.id", "u.name", "u.email", "u.role", "o.name as department", "u.disabled_at", "f.locked_until", "u.created_at"])
      .select(sql<string[]>`array(select sc.committee_id::text from staff_committee sc where sc.user_id = u.id order by sc.committee_id)`.as("committee_ids"))
      .where("u.role", "<>", "aktor");
  type StaffRow = Awaited<ReturnType<ReturnType<typeof staffQuery>["execute"]>>[number];
  const toStaff = (r: StaffRow): StaffRecord => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    department: r.department,
    committeeIds: r.committee_ids,
    active: r.disabled_at === null,
    lockedUntil: r.locked_until,
    createdAt: r.created_at,
  });

  const invitationQuery = () =>
    db
      .selectFrom("staff_invitation as i")
      .innerJoin("organisation as o", "o.id", "i.organisation_id")
      .leftJoin("app_user as u", "u.id", "i.invited_by")
      .select(["i.id", "i.email", "i.name", "i.role", "o.name as department", "i.organisation_id", "i.committee_ids", "u.name as invited_by_name", "i.created_at", "i.expires_at", "i.accepted_at", "i.revoked_at"]);
  type InvitationRow = Awaited<ReturnType<ReturnType<typeof invitationQuery>["execute"]>>[number];
  const toInvitation = (r: InvitationRow): StaffInvitationRecord => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    department: r.department,
    organisationId: r.organisation_id,
    committeeIds: r.committee_ids,
    invitedByName: r.invited_by_name,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    acceptedAt: r.accepted_at,
    revokedAt: r.revoked_at,
  });

  const goalQuery = () => db.selectFrom("city_goal").select(["id", "key", "name_sv", "name_en", "description_sv", "agenda2030", "themes", "position", "active"]);
  const toGoal = (r: Awaited<ReturnType<ReturnType<typeof goalQuery>["execute"]>>[number]): CityGoalRecord => ({
    id: r.id,
    key: r.key,
    nameSv: r.name_sv,
    nameEn: r.name_en,
    descriptionSv: r.description_sv,
    agenda2030: r.agenda2030,
    themes: r.themes,
    position: r.position,
    active: r.active,
  });

  return {
    async committees() {
      return withDetails(await committeeRows());
    },
    async committee(id) {
      return (await withDetails(await committeeRows(id)))[0];
    },
    async createCommittee(c) {
      const row = await db
        .insertInto("committee")
        .values({ code: c.code, name_sv: c.nameSv, name_en: c.nameEn, has_working_committee: c.hasWorkingCommittee, updated_at: c.at })
        .onConflict((oc) => oc.column("code").doNothing())
        .returning("id")
        .executeTakeFirst();
      return row?.id;
    },
    async updateCommittee(id, c) {
      const clash = await db.selectFrom("committee").select("id").where("code", "=", c.code).where("id", "<>", id).executeTakeFirst();
      if (clash) return false;
      await db.updateTable("committee").set({ code: c.code, name_sv: c.nameSv, name_en: c.nameEn, has_working_committee: c.hasWorkingCommittee, updated_at: c.at }).where("id", "=", id).execute();
      return true;
    },
    async setCommitteeProcessTypes(id, codes) {
      await db.deleteFrom("committee_process_type").where("committee_id", "=", id).where("process_type_code", "not in", codes.length ? [...codes] : [""]).execute();
      if (codes.length)
        await db
          .insertInto("committee_process_type")
          .values(codes.map((code) => ({ committee_id: id, process_type_code: code })))
          .onConflict((oc) => oc.columns(["committee_id", "process_type_code"]).doNothing())
          .execute();
    },
    async setResponsibilities(id, rows) {
      await db.deleteFrom("committee_responsibility").where("committee_id", "=", id).execute();
      if (rows.length) await db.insertInto("committee_responsibility").values(rows.map((r) => ({ committee_id: id, theme: r.theme, description: r.description }))).execute();
    },
    async processTypeChoices() {
      const rows = await db
        .selectFrom("process_type as p")
        .select(["p.code", sql<string>`p.definition->'name'->>'sv'`.as("name_sv"), sql<string>`p.definition->'name'->>'en'`.as("name_en")])
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom("process_type as q").select("q.id").whereRef("q.code", "=", "p.code").whereRef("q.version", ">", "p.version"))))
        .orderBy("p.code")
        .execute();
      return rows.map((r) => ({ code: r.code, nameSv: r.name_sv ?? r.code, nameEn: r.name_en ?? r.code }));
    },

    async staff() {
      return (await staffQuery().orderBy("u.name").orderBy("u.id").execute()).map(toStaff);
    },
    async staffMember(userId) {
      const row = await staffQuery().where("u.id", "=", userId).executeTakeFirst();
      return row && toStaff(row);
    },
    async countActiveAdministrators() {
      const row = await db.selectFrom("app_user").select((eb) => eb.fn.countAll<number>().as("n")).where("role", "=", "administrator").where("disabled_at", "is", null).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async countActorAccounts() {
      const row = await db.selectFrom("app_user").select((eb) => eb.fn.countAll<number>().as("n")).where("role", "=", "aktor").executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async actorAccounts(window) {
      const rows = await db
        .selectFrom("app_user as u")
        .innerJoin("organisation as o", "o.id", "u.organisation_id")
        .leftJoin("sign_in_failure as f", (join) => join.on("f.address_hash", "=", addressHashSql("u.email")))
        .select(["u.id", "u.name", "u.email", "o.name as organisation_name", "u.disabled_at", "f.locked_until"])
        .where("u.role", "=", "aktor")
        .orderBy("u.name")
        .orderBy("u.id")
        .offset(window.offset)
        .limit(window.limit)
        .execute();
      return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, organisationName: r.organisation_name, active: r.disabled_at === null, lockedUntil: r.locked_until }));
    },
    async lockAdministrators() {
      await db.selectFrom("app_user").select("id").where("role", "=", "administrator").forUpdate().execute();
    },
    async emailInUse(email) {
      const row = await db.selectFrom("app_user").select("id").where(sql`lower(email)`, "=", email.toLowerCase()).executeTakeFirst();
      return row !== undefined;
    },
    async cityDepartments() {
      return db.selectFrom("organisation").select(["id", "name"]).where("kind", "=", "stad").orderBy("name").execute();
    },
    async departmentNamed(name) {
      const existing = await db.selectFrom("organisation").select("id").where("kind", "=", "stad").where(sql`lower(name)`, "=", name.toLowerCase()).orderBy("created_at").executeTakeFirst();
      if (existing) return existing.id;
      const row = await db.insertInto("organisation").values({ name, kind: "stad", actor_type: null, org_number: null, committee_id: null }).returning("id").executeTakeFirstOrThrow();
      return row.id;
    },
    async createStaffUser(u) {
      const row = await db
        .insertInto("app_user")
        .values({ email: u.email, name: u.name, role: u.role, organisation_id: u.organisationId, password_hash: u.passwordHash, created_at: u.at })
        .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!row) return undefined;
      if (u.committeeIds.length) await db.insertInto("staff_committee").values(u.committeeIds.map((committee_id) => ({ user_id: row.id, committee_id }))).execute();
      return row.id;
    },
    async updateStaff(userId, s) {
      await db.updateTable("app_user").set({ role: s.role, organisation_id: s.organisationId }).where("id", "=", userId).execute();
      await db.deleteFrom("staff_committee").where("user_id", "=", userId).execute();
      if (s.committeeIds.length) await db.insertInto("staff_committee").values(s.committeeIds.map((committee_id) => ({ user_id: userId, committee_id }))).execute();
    },
    async setActive(userId, active, at) {
      await db.updateTable("app_user").set({ disabled_at: active ? null : at }).where("id", "=", userId).execute();
      if (!active) await db.deleteFrom("user_session").where("user_id", "=", userId).execute();
    },

    async createInvitation(i) {
      const row = await db
        .insertInto("staff_invitation")
        .values({ token_hash: i.tokenHash, email: i.email, name: i.name, role: i.role, organisation_id: i.organisationId, committee_ids: [...i.committeeIds], invited_by: i.invitedBy, created_at: i.at, expires_at: i.expiresAt })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async revokeOpenInvitationsTo(email, at) {
      const r = await db.updateTable("staff_invitation").set({ revoked_at: at }).where(sql`lower(email)`, "=", email.toLowerCase()).where("accepted_at", "is", null).where("revoked_at", "is", null).executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async revokeInvitation(id, at) {
      const r = await db.updateTable("staff_invitation").set({ revoked_at: at }).where("id", "=", id).where("accepted_at", "is", null).where("revoked_at", "is", null).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async openInvitations(now) {
      const rows = await invitationQuery().where("i.accepted_at", "is", null).where("i.revoked_at", "is", null).where("i.expires_at", ">", now).orderBy("i.created_at", "desc").execute();
      return rows.map(toInvitation);
    },
    async invitationByTokenHash(tokenHash, opts = {}) {
      let q = invitationQuery().where("i.token_hash", "=", tokenHash);
      if (opts.forUpdate) q = q.forUpdate("i");
      const row = await q.executeTakeFirst();
      return row && toInvitation(row);
    },
    async markInvitationAccepted(id, userId, at) {
      await db.updateTable("staff_invitation").set({ accepted_at: at, accepted_user_id: userId }).where("id", "=", id).execute();
    },

    async cityGoals({ includeInactive }) {
      let q = goalQuery().orderBy("position").orderBy("name_sv");
      if (!includeInactive) q = q.where("active", "=", true);
      return (await q.execute()).map(toGoal);
    },
    async cityGoal(id) {
      const row = await goalQuery().where("id", "=", id).executeTakeFirst();
      return row && toGoal(row);
    },
    async goalKeys() {
      return new Set((await db.selectFrom("city_goal").select("key").execute()).map((r) => r.key));
    },
    async createCityGoal(g) {
      const row = await db
        .insertInto("city_goal")
        .values({
          key: g.key,
          name_sv: g.nameSv,
          name_en: g.nameEn,
          description_sv: g.descriptionSv,
          agenda2030: [...g.agenda2030],
          themes: [...g.themes],
          active: g.active,
          position: sql<number>`(select coalesce(max(position), 0) + 1 from city_goal)`,
          created_at: g.at,
          updated_at: g.at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async updateCityGoal(id, g) {
      await db
        .updateTable("city_goal")
        .set({ name_sv: g.nameSv, name_en: g.nameEn, description_sv: g.descriptionSv, agenda2030: [...g.agenda2030], themes: [...g.themes], active: g.active, updated_at: g.at })
        .where("id", "=", id)
        .execute();
    },
    async moveCityGoal(id, direction) {
      // Renumber 1..n in the shown order, then swap with the neighbour.
      const rows = await db.selectFrom("city_goal").select(["id"]).orderBy("position").orderBy("name_sv").forUpdate().execute();
      const ids = rows.map((r) => r.id);
      const i = ids.indexOf(id);
      const j = direction === "up" ? i - 1 : i + 1;
      if (i < 0 || j < 0 || j >= ids.length) return;
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
      for (const [position, goalId] of ids.entries()) await db.updateTable("city_goal").set({ position: position + 1 }).where("id", "=", goalId).execute();
    },

    async createSetupLink(tokenHash, at, expiresAt) {
      await db.deleteFrom("setup_link").where("used_at", "is", null).execute();
      await db.insertInto("setup_link").values({ token_hash: tokenHash, created_at: at, expires_at: expiresAt }).execute();
    },
    async consumeSetupLink(tokenHash, now) {
      const row = await db.updateTable("setup_link").set({ used_at: now }).where("token_hash", "=", tokenHash).where("used_at", "is", null).where("expires_at", ">", now).returning("token_hash").executeTakeFirst();
      return row !== undefined;
    },
    async setupLinkUsable(tokenHash, now) {
      const row = await db.selectFrom("setup_link").select("token_hash").where("token_hash", "=", tokenHash).where("used_at", "is", null).where("expires_at", ">", now).executeTakeFirst();
      return row !== undefined;
    },
  };
}

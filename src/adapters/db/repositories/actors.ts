/** The actor mapping of running processes and the city's own processes (issue 11, migration 0018). */
import { sql, type Kysely, type Transaction } from "kysely";
import type { ActorRepository, ProcessActorRecord } from "#src/application/collaboration/index.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

function actorQuery(db: Executor) {
  return db
    .selectFrom("process_actor as a")
    .leftJoin("organisation as o", "o.id", "a.organisation_id")
    .select([
      "a.id",
      "a.case_id",
      "a.name",
      "a.actor_type",
      "a.role",
      "a.organisation_id",
      "o.name as organisation_name",
      "a.org_number",
      "a.contact_name",
      "a.email",
      "a.phone",
      "a.reached_how",
      sql<string | null>`to_char(a.reached_on, 'YYYY-MM-DD')`.as("reached_on"),
      "a.notes",
      "a.updated_at",
    ]);
}

type ActorRow = Awaited<ReturnType<ReturnType<typeof actorQuery>["executeTakeFirstOrThrow"]>>;

const toRecord = (r: ActorRow): ProcessActorRecord => ({
  id: r.id,
  caseId: r.case_id,
  name: r.name,
  type: r.actor_type,
  role: r.role,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  orgNumber: r.org_number,
  contactName: r.contact_name,
  email: r.email,
  phone: r.phone,
  reachedHow: r.reached_how,
  reachedOn: r.reached_on,
  notes: r.notes,
  updatedAt: r.updated_at,
});

export function actorRepository(db: Executor): ActorRepository {
  return {
    async list(caseId) {
      return (await actorQuery(db).where("a.case_id", "=", caseId).orderBy("a.name").orderBy("a.id").execute()).map(toRecord);
    },
    async find(caseId, actorId) {
      const row = await actorQuery(db).where("a.case_id", "=", caseId).where("a.id", "=", actorId).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    async insert(caseId, actors, meta) {
      if (actors.length === 0) return { ids: [], created: false };
      const rows = await db
        .insertInto("process_actor")
        .values(
          actors.map((a) => ({
            case_id: caseId,
            name: a.name,
            actor_type: a.type,
            role: a.role,
            organisation_id: a.organisationId,
            org_number: a.orgNumber,
            contact_name: a.contactName,
            email: a.email,
            phone: a.phone,
            reached_how: a.reachedHow,
            reached_on: a.reachedOn,
            notes: a.notes,
            submission_key: a.submissionKey,
            import_batch: meta.importBatch,
            created_by: meta.by,
            created_at: meta.at,
            updated_by: meta.by,
            updated_at: meta.at,
          })),
        )
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .execute();
      if (rows.length > 0) return { ids: rows.map((r) => r.id), created: true };
      // A single actor whose submission key was used: the first one.
      const key = actors[0]!.submissionKey;
      const first = key ? await db.selectFrom("process_actor").select("id").where("submission_key", "=", key).where("case_id", "=", caseId).executeTakeFirst() : undefined;
      return { ids: first ? [first.id] : [], created: false };
    },
    async update(caseId, actorId, a, by, at) {
      await db
        .updateTable("process_actor")
        .set({
          name: a.name,
          actor_type: a.type,
          role: a.role,
          organisation_id: a.organisationId,
          org_number: a.orgNumber,
          contact_name: a.contactName,
          email: a.email,
          phone: a.phone,
          reached_how: a.reachedHow,
          reached_on: a.reachedOn,
          notes: a.notes,
          updated_by: by,
          updated_at: at,
        })
        .where("case_id", "=", caseId)
        .where("id", "=", actorId)
        .execute();
    },
    async remove(caseId, actorId) {
      await db.deleteFrom("process_actor").where("case_id", "=", caseId).where("id", "=", actorId).execute();
    },
    async batchSize(caseId, batch) {
      const row = await db.selectFrom("process_actor").select((eb) => eb.fn.countAll<string>().as("n")).where("case_id", "=", caseId).where("import_batch", "=", batch).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async organisations() {
      const rows = await db.selectFrom("organisation").select(["id", "name", "org_number"]).where("kind", "=", "aktor").orderBy("name").orderBy("id").limit(2_000).execute();
      return rows.map((r) => ({ id: r.id, name: r.name, orgNumber: r.org_number }));
    },
    async organisation(id) {
      const row = await db.selectFrom("organisation").select(["id", "name", "org_number"]).where("kind", "=", "aktor").where("id", "=", id).executeTakeFirst();
      return row ? { id: row.id, name: row.name, orgNumber: row.org_number } : undefined;
    },
    async organisationsByNumber(numbers) {
      if (numbers.length === 0) return [];
      const rows = await db.selectFrom("organisation").select(["id", "name", "org_number"]).where("kind", "=", "aktor").where("org_number", "in", [...numbers]).orderBy("created_at").execute();
      return rows.map((r) => ({ id: r.id, name: r.name, orgNumber: r.org_number }));
    },

    async createCityProcess(p) {
      const row = await db
        .insertInto("collaboration_case")
        .values({
          title: p.title,
          summary: p.summary,
          applicant_organisation_id: null,
          committee_id: p.committeeId,
          contact_person_id: p.contactPersonId,
          // Decided by the city itself: there is no application to assess.
          phase: "initiering",
          status: "beslutat",
          process_type_id: p.processTypeId,
          case_number: p.caseNumber,
          started_on: p.startedOn,
          submission_key: p.submissionKey,
          created_by: p.createdBy,
          city_initiated: true,
          created_at: p.at,
          updated_at: p.at,
        })
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (row) return { caseId: row.id, created: true, createdBy: p.createdBy };
      const first = await db.selectFrom("collaboration_case").select(["id", "created_by"]).where("submission_key", "=", p.submissionKey).executeTakeFirstOrThrow();
      return { caseId: first.id, created: false, createdBy: first.created_by };
    },
    async setAreas(caseId, areaIds, at) {
      await db.deleteFrom("case_area").where("case_id", "=", caseId).execute();
      if (areaIds.length) await db.insertInto("case_area").values(areaIds.map((areaId) => ({ case_id: caseId, area_id: areaId }))).execute();
      await sql`
        update collaboration_case
           set geom = (select st_multi(st_union(a.geom)) from area a where a.id = any(${[...areaIds]}::uuid[])),
               updated_at = ${at}
         where id = ${caseId}`.execute(db);
    },
    async isCityInitiated(caseId) {
      return (await db.selectFrom("collaboration_case").select("city_initiated").where("id", "=", caseId).executeTakeFirst())?.city_initiated === true;
    },
    async activeUserEmails(organisationId) {
      const rows = await db.selectFrom("app_user").select("email").distinct().where("organisation_id", "=", organisationId).where("role", "=", "aktor").where("disabled_at", "is", null).orderBy("email").execute();
      return rows.map((r) => r.email);
    },
  };
}

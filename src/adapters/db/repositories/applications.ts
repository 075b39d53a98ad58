import { sql, type Kysely, type Transaction } from "kysely";
import type { ApplicationRecord, ApplicationRepository, AttachmentRecord } from "#src/application/intake/index.ts";
import type { Answers } from "#src/domain/intake/answers.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Links the case to every current city area its boundary lies in (more than an edge). The
 * database worked that out when the boundary was stored (register_entry_area, kept by a trigger:
 * migration 0014), so it is read from there rather than compared again.
 */
async function linkTouchedAreas(db: Executor, caseId: string) {
  await db.deleteFrom("case_area").where("case_id", "=", caseId).execute();
  await sql`
    insert into case_area (case_id, area_id)
    select ea.entry_id, a.id from register_entry_area ea join area a on a.id = ea.area_id
     where ea.entry_id = ${caseId} and (a.valid_to is null or a.valid_to > current_date)`.execute(db);
}

export function applicationRepository(db: Executor): ApplicationRepository {
  return {
    async createDraft(d) {
      const row = await db
        .insertInto("collaboration_case")
        .values({
          title: d.title,
          applicant_organisation_id: d.organisationId,
          committee_id: d.committeeId,
          phase: "initiering",
          status: "utkast",
          process_type_id: d.processTypeId,
          submission_key: d.submissionKey,
          created_by: d.createdBy,
          created_at: d.at,
          updated_at: d.at,
        })
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!row) {
        const first = await db.selectFrom("collaboration_case").select(["id", "applicant_organisation_id"]).where("submission_key", "=", d.submissionKey).executeTakeFirstOrThrow();
        return { caseId: first.id, created: false, organisationId: first.applicant_organisation_id };
      }
      await db.insertInto("application").values({ case_id: row.id, answers: JSON.stringify(d.answers), updated_at: d.at }).execute();
      await db.insertInto("application_party").values({ case_id: row.id, organisation_id: d.organisationId, role: "huvudsokande", joined_at: d.at }).execute();
      return { caseId: row.id, created: true, organisationId: d.organisationId };
    },

    async find(caseId) {
      const row = await db
        .selectFrom("collaboration_case as c")
        .innerJoin("committee as k", "k.id", "c.committee_id")
        .leftJoin("application as a", "a.case_id", "c.id")
        .leftJoin("organisation as o", "o.id", "c.applicant_organisation_id")
        .select([
          "c.id",
          "c.case_number",
          "c.diarium_number",
          "c.title",
          "c.status",
          "c.process_type_id",
          "c.committee_id",
          "k.code as committee_code",
          "c.applicant_organisation_id",
          "o.name as organisation_name",
          "a.answers",
          "a.area_source",
          "a.area_file_name",
          "a.current_step",
          "a.updated_at",
          "c.updated_at as case_updated_at",
          "c.submitted_at",
          "c.is_demo",
          sql<string | null>`st_asgeojson(c.geom, 6)`.as("geojson"),
          sql<number | null>`case when c.geom is null then null else round((st_area(c.geom::geography) / 1e6)::numeric, 3)::float8 end`.as("area_km2"),
          sql<Array<{ id: string; name: string }>>`coalesce((select json_agg(json_build_object('id', ar.id, 'name', ar.name) order by ar.name) from case_area ca join area ar on ar.id = ca.area_id where ca.case_id = c.id), '[]'::json)`.as("areas"),
        ])
        .where("c.id", "=", caseId)
        .executeTakeFirst();
      if (!row) return undefined;
      const record: ApplicationRecord = {
        caseId: row.id,
        caseNumber: row.case_number,
        diariumNumber: row.diarium_number,
        title: row.title,
        status: row.status,
        processTypeId: row.process_type_id,
        committeeId: row.committee_id,
        committeeCode: row.committee_code,
        applicantOrganisationId: row.applicant_organisation_id,
        applicantOrganisationName: row.organisation_name,
        answers: (row.answers ?? {}) as Answers,
        areaSource: row.area_source,
        areaFileName: row.area_file_name,
        areas: typeof row.areas === "string" ? JSON.parse(row.areas) : row.areas,
        geometry: row.geojson ? JSON.parse(row.geojson) : null,
        areaKm2: row.area_km2 === null ? null : Number(row.area_km2),
        currentStep: row.current_step,
        updatedAt: row.updated_at ?? row.case_updated_at,
        submittedAt: row.submitted_at,
        isDemo: row.is_demo,
      };
      return record;
    },

    async saveAnswers(caseId, change) {
      await db
        .insertInto("application")
        .values({ case_id: caseId, answers: JSON.stringify(change.answers), current_step: change.currentStep, updated_at: change.at })
        .onConflict((oc) => oc.column("case_id").doUpdateSet({ answers: JSON.stringify(change.answers), current_step: change.currentStep, updated_at: change.at }))
        .execute();
      await db.updateTable("collaboration_case").set({ title: change.title, updated_at: change.at }).where("id", "=", caseId).execute();
    },

    async checkGeometry(geojson, srid) {
      const row = await sql<{ valid: boolean; reason: string | null; area_km2: number | null }>`
        with g as (select st_setsrid(st_geomfromgeojson(${geojson}), ${srid}::int) as geom)
        select st_isvalid(geom) as valid,
               case when st_isvalid(geom) then null else st_isvalidreason(geom) end as reason,
               case when st_isvalid(geom) then (st_area(st_transform(geom, 4326)::geography) / 1e6)::float8 else null end as area_km2
          from g`.execute(db);
      const r = row.rows[0]!;
      return { valid: r.valid, reason: r.reason, areaKm2: Number(r.area_km2 ?? 0) };
    },

    async setAreaFromGeometry(caseId, change) {
      await sql`
        update collaboration_case
           set geom = st_multi(st_transform(st_setsrid(st_geomfromgeojson(${change.geojson}), ${change.srid}::int), 4326)),
               updated_at = ${change.at}
         where id = ${caseId}`.execute(db);
      await db.updateTable("application").set({ area_source: change.source, area_file_name: change.fileName, updated_at: change.at }).where("case_id", "=", caseId).execute();
      await linkTouchedAreas(db, caseId);
    },

    async setAreaFromAreas(caseId, areaIds, at) {
      await db.deleteFrom("case_area").where("case_id", "=", caseId).execute();
      if (areaIds.length) await db.insertInto("case_area").values(areaIds.map((areaId) => ({ case_id: caseId, area_id: areaId }))).execute();
      await sql`
        update collaboration_case
           set geom = (select st_multi(st_union(a.geom)) from area a where a.id = any(${areaIds}::uuid[])),
               updated_at = ${at}
         where id = ${caseId}`.execute(db);
      await db.updateTable("application").set({ area_source: areaIds.length ? "areas" : null, area_file_name: null, updated_at: at }).where("case_id", "=", caseId).execute();
    },

    async clearArea(caseId, at) {
      await db.deleteFrom("case_area").where("case_id", "=", caseId).execute();
      await db.updateTable("collaboration_case").set({ geom: null, updated_at: at }).where("id", "=", caseId).execute();
      await db.updateTable("application").set({ area_source: null, area_file_name: null, updated_at: at }).where("case_id", "=", caseId).execute();
    },

    async nextCaseSequence(committeeId, committeeCode, year) {
      // Inside the submitting transaction: a rolled-back submission gives its number back, and
      // concurrent submissions queue on the sequence row, so numbers are unique and gap-free.
      const bumped = await db
        .updateTable("case_number_sequence")
        .set((eb) => ({ last_value: eb("last_value", "+", 1) }))
        .where("committee_id", "=", committeeId)
        .where("year", "=", year)
        .returning("last_value")
        .executeTakeFirst();
      if (bumped) return Number(bumped.last_value);
      // The year's first number starts after the highest already in use (demo or imported
      // cases). Two first submissions at once: the second waits on the new row, then bumps it.
      const prefix = `${committeeCode}-${year}-`;
      const result = await sql<{ last_value: number }>`
        insert into case_number_sequence (committee_id, year, last_value)
        values (${committeeId}, ${year}, coalesce((
          select max(substring(case_number from '(\\d{5})$')::int) from collaboration_case
           where case_number like ${`${prefix}%`} and case_number ~ '-\\d{5}$'), 0) + 1)
        on conflict (committee_id, year) do update set last_value = case_number_sequence.last_value + 1
        returning last_value`.execute(db);
      return Number(result.rows[0]!.last_value);
    },

    async markSubmitted(caseId, change) {
      await db
        .updateTable("collaboration_case")
        .set({ case_number: change.caseNumber, title: change.title, summary: change.summary, themes: change.themes, submitted_at: change.at, updated_at: change.at })
        .where("id", "=", caseId)
        .execute();
    },

    async setDiariumNumber(caseId, diariumNumber, asCaseNumber, at) {
      const taken = await db
        .selectFrom("collaboration_case")
        .select("id")
        .where("id", "!=", caseId)
        .where((eb) => eb.or([eb("diarium_number", "=", diariumNumber), eb("case_number", "=", diariumNumber)]))
        .executeTakeFirst();
      if (taken) return "taken";
      await db
        .updateTable("collaboration_case")
        .set({ diarium_number: diariumNumber, ...(asCaseNumber ? { case_number: diariumNumber } : {}), updated_at: at })
        .where("id", "=", caseId)
        .execute();
      return "ok";
    },

    async caseIdByDiariumNumber(diariumNumber) {
      return (await db.selectFrom("collaboration_case").select("id").where("diarium_number", "=", diariumNumber).executeTakeFirst())?.id;
    },

    async attachments(caseId) {
      const rows = await db
        .selectFrom("attachment as f")
        .leftJoin("app_user as u", "u.id", "f.uploaded_by")
        .select(["f.id", "f.filename", "f.media_type", "f.size_bytes", "f.created_at", "u.name as uploaded_by_name", "f.purpose"])
        .where("f.case_id", "=", caseId)
        .orderBy("f.created_at")
        .orderBy("f.id")
        .execute();
      return rows.map((r): AttachmentRecord => ({ id: r.id, filename: r.filename, mediaType: r.media_type, sizeBytes: r.size_bytes, createdAt: r.created_at, uploadedByName: r.uploaded_by_name, purpose: r.purpose }));
    },

    async addAttachment(f) {
      await db
        .insertInto("stored_file")
        .values({ sha256: f.sha256, bytes: f.bytes, size_bytes: f.bytes.byteLength })
        .onConflict((oc) => oc.column("sha256").doNothing())
        .execute();
      const row = await db
        .insertInto("attachment")
        .values({
          case_id: f.caseId,
          uploaded_by: f.uploadedBy,
          purpose: f.purpose,
          filename: f.filename,
          media_type: f.mediaType,
          size_bytes: f.bytes.byteLength,
          sha256: f.sha256,
          storage_key: f.sha256,
          submission_key: f.submissionKey,
          created_at: f.at,
        })
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (row) return { id: row.id, created: true };
      const first = await db.selectFrom("attachment").select("id").where("submission_key", "=", f.submissionKey).executeTakeFirstOrThrow();
      return { id: first.id, created: false };
    },

    async removeAttachment(caseId, attachmentId) {
      const row = await db
        .deleteFrom("attachment")
        .where("id", "=", attachmentId)
        .where("case_id", "=", caseId)
        .returning(["id", "filename", "media_type", "size_bytes", "created_at", "purpose", "sha256"])
        .executeTakeFirst();
      if (!row) return undefined;
      // The content goes too when no other attachment shares it.
      await db
        .deleteFrom("stored_file")
        .where("sha256", "=", row.sha256)
        .where((eb) => eb.not(eb.exists(eb.selectFrom("attachment").select("id").where("sha256", "=", row.sha256))))
        .execute();
      return { id: row.id, filename: row.filename, mediaType: row.media_type, sizeBytes: row.size_bytes, createdAt: row.created_at, uploadedByName: null, purpose: row.purpose };
    },

    async attachmentContent(caseId, attachmentId) {
      const row = await db
        .selectFrom("attachment as f")
        .innerJoin("stored_file as s", "s.sha256", "f.sha256")
        .select(["f.filename", "f.media_type", "s.bytes"])
        .where("f.id", "=", attachmentId)
        .where("f.case_id", "=", caseId)
        .executeTakeFirst();
      return row && { filename: row.filename, mediaType: row.media_type, bytes: row.bytes };
    },

    async contactPersonEmails(committeeId) {
      const rows = await db
        .selectFrom("app_user as u")
        .innerJoin("staff_committee as sc", "sc.user_id", "u.id")
        .select("u.email")
        .where("u.role", "=", "kontaktperson")
        .where("u.disabled_at", "is", null)
        .where("sc.committee_id", "=", committeeId)
        .orderBy("u.email")
        .execute();
      return rows.map((r) => r.email);
    },
  };
}

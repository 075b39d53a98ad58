/**
 * The dialogue activities' table (migration 0017, 0019) for the use cases of
 * src/application/dialogue: an activity's place is a PostGIS point (WGS 84) and/or an address,
 * its participation a row per dimension and category. A case's list is two queries however many
 * activities it has.
 */
import { sql, type Kysely, type Transaction } from "kysely";
import type { ActivityRecord, ActivityRepository, ActivityValues, ParticipationRecord } from "#src/application/dialogue/index.ts";
import { PARTICIPATION_CATEGORIES } from "#src/domain/dialogue/participation.ts";
import { PARTICIPATION_DIMENSIONS, type ActivityType, type ParticipationDimension, type TargetGroup } from "#src/domain/dialogue/vocabulary.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

const point = (v: ActivityValues) => (v.point ? sql`st_setsrid(st_makepoint(${v.point.lon}, ${v.point.lat}), 4326)` : sql`null`);

const columns = (v: ActivityValues) => ({
  title: v.title,
  activity_type: v.activityType,
  description: v.description,
  starts_at: v.startsAt,
  ends_at: v.endsAt,
  place_address: v.placeAddress,
  place: point(v),
  target_groups: v.targetGroups,
  accessibility: v.accessibility,
  languages: v.languages,
  consultation_ends_on: v.consultationEndsOn,
});

function activities(db: Executor) {
  return db
    .selectFrom("dialogue_activity as a")
    .select(["a.id", "a.case_id", "a.title", "a.activity_type", "a.description", "a.starts_at", "a.ends_at", "a.place_address", "a.target_groups", "a.accessibility", "a.languages", "a.consultation_ends_on", "a.public_slug", "a.participants_total"])
    .select(sql<number | null>`st_y(a.place)`.as("lat"))
    .select(sql<number | null>`st_x(a.place)`.as("lon"));
}

type Row = Awaited<ReturnType<ReturnType<typeof activities>["execute"]>>[number];

function values(row: Row) {
  return {
    title: row.title,
    activityType: row.activity_type as ActivityType,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    placeAddress: row.place_address,
    point: row.lat === null || row.lon === null ? null : { lat: Number(row.lat), lon: Number(row.lon) },
    targetGroups: row.target_groups as TargetGroup[],
    accessibility: row.accessibility,
    languages: row.languages,
    consultationEndsOn: row.consultation_ends_on,
  };
}

async function participation(db: Executor, ids: string[]): Promise<Map<string, Array<{ dimension: ParticipationDimension; category: string; participants: number }>>> {
  const byActivity = new Map<string, Array<{ dimension: ParticipationDimension; category: string; participants: number }>>();
  if (ids.length === 0) return byActivity;
  const rows = await db.selectFrom("activity_participation").select(["activity_id", "dimension", "category", "participants"]).where("activity_id", "in", ids).execute();
  for (const r of rows) byActivity.set(r.activity_id, [...(byActivity.get(r.activity_id) ?? []), r]);
  return byActivity;
}

function record(row: Row, counts: Array<{ dimension: ParticipationDimension; category: string; participants: number }>): ActivityRecord {
  const part: ParticipationRecord = {
    total: row.participants_total,
    dimensions: PARTICIPATION_DIMENSIONS.map((dimension) => ({
      dimension,
      // In the dimension's order of categories.
      cells: PARTICIPATION_CATEGORIES[dimension].flatMap((category) => {
        const c = counts.find((x) => x.dimension === dimension && x.category === category);
        return c ? [{ category, count: c.participants }] : [];
      }),
    })),
  };
  return { id: row.id, caseId: row.case_id, publicSlug: row.public_slug, ...values(row), participation: part };
}

export function activityRepository(db: Executor): ActivityRepository {
  return {
    async list(caseId) {
      const rows = await activities(db).where("a.case_id", "=", caseId).orderBy("a.starts_at").orderBy("a.id").execute();
      const counts = await participation(db, rows.map((r) => r.id));
      return rows.map((r) => record(r, counts.get(r.id) ?? []));
    },

    async find(caseId, activityId) {
      const row = await activities(db).where("a.case_id", "=", caseId).where("a.id", "=", activityId).executeTakeFirst();
      if (!row) return undefined;
      const counts = await participation(db, [row.id]);
      return record(row, counts.get(row.id) ?? []);
    },

    async create(caseId, v, extra) {
      const inserted = await db
        .insertInto("dialogue_activity")
        .values({ case_id: caseId, ...columns(v), public_slug: extra.publicSlug, submission_key: extra.submissionKey, created_by: extra.createdBy, created_at: extra.at, updated_at: extra.at })
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (inserted) return { id: inserted.id, created: true };
      const first = await db.selectFrom("dialogue_activity").select("id").where("submission_key", "=", extra.submissionKey).executeTakeFirstOrThrow();
      return { id: first.id, created: false };
    },

    async update(activityId, v, at) {
      await db.updateTable("dialogue_activity").set({ ...columns(v), updated_at: at }).where("id", "=", activityId).execute();
    },

    async remove(activityId) {
      await db.deleteFrom("dialogue_activity").where("id", "=", activityId).execute();
    },

    async recordParticipation(activityId, p, at) {
      await db.updateTable("dialogue_activity").set({ participants_total: p.total, updated_at: at }).where("id", "=", activityId).execute();
      await db.deleteFrom("activity_participation").where("activity_id", "=", activityId).execute();
      const rows = p.dimensions.flatMap((d) => d.cells.map((c) => ({ activity_id: activityId, dimension: d.dimension, category: c.category, participants: c.count })));
      if (rows.length) await db.insertInto("activity_participation").values(rows).execute();
    },

    async slugTaken(slug) {
      return (await db.selectFrom("dialogue_activity").select("id").where("public_slug", "=", slug).executeTakeFirst()) !== undefined;
    },

    async bySlug(slug) {
      const row = await activities(db).innerJoin("collaboration_case as c", "c.id", "a.case_id").select(["c.title as process_title", "c.phase"]).where("a.public_slug", "=", slug).executeTakeFirst();
      if (!row) return undefined;
      return { activityId: row.id, caseId: row.case_id, publicSlug: row.public_slug, ...values(row), processTitle: row.process_title, phase: row.phase };
    },
  };
}

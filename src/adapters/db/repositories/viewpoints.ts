/** The residents' viewpoints (synpunkter, issue 11): the activity's public page, entry, import, moderation. */
import { sql, type Kysely, type Transaction } from "kysely";
import type { NewViewpoint, ViewpointFilter, ViewpointRecord, ViewpointRepository } from "#src/application/dialogue/index.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import type { AgeBand, AreaRelation } from "#src/domain/dialogue/vocabulary.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** Rows per insert statement (PostgreSQL takes at most 65 535 parameters in one). */
const INSERT_CHUNK = 1_000;

const values = (v: NewViewpoint) => ({
  case_id: v.caseId,
  activity_id: v.activityId,
  body: v.body,
  source: v.source,
  age_band: v.ageBand,
  sex: v.sex,
  relations: v.relations,
  submission_key: v.submissionKey,
  entered_by: v.enteredBy,
  received_at: v.at,
  language: v.language,
});

export function viewpointRepository(db: Executor): ViewpointRepository {
  /** The viewpoints of a process with their activity and the names of who entered and moderated them. */
  const base = (caseId: string, filter: ViewpointFilter) => {
    let q = db
      .selectFrom("viewpoint as v")
      .leftJoin("dialogue_activity as a", "a.id", "v.activity_id")
      .leftJoin("app_user as e", "e.id", "v.entered_by")
      .leftJoin("app_user as h", "h.id", "v.hidden_by")
      .leftJoin("app_user as d", "d.id", "v.redacted_by")
      .where("v.case_id", "=", caseId);
    if (filter.activityId) q = q.where("v.activity_id", "=", filter.activityId);
    return q;
  };
  const select = (caseId: string, filter: ViewpointFilter) =>
    base(caseId, filter).select([
      "v.id",
      "v.case_id",
      "v.activity_id",
      "a.title as activity_title",
      "v.body",
      "v.source",
      "v.age_band",
      "v.sex",
      "v.relations",
      "v.received_at",
      "e.name as entered_by_name",
      "v.hidden_at",
      "h.name as hidden_by_name",
      "v.hidden_reason",
      "v.redacted_at",
      "d.name as redacted_by_name",
      "v.redaction_reason",
      "v.language",
    ]);
  type Row = Awaited<ReturnType<ReturnType<typeof select>["executeTakeFirstOrThrow"]>>;
  const record = (r: Row): ViewpointRecord => ({
    id: r.id,
    caseId: r.case_id,
    activityId: r.activity_id,
    activityTitle: r.activity_title,
    body: r.body,
    source: r.source,
    ageBand: r.age_band as AgeBand | null,
    sex: r.sex,
    relations: r.relations as AreaRelation[],
    receivedAt: r.received_at,
    language: r.language,
    enteredByName: r.entered_by_name,
    hidden: r.hidden_at && r.hidden_reason !== null ? { at: r.hidden_at, byName: r.hidden_by_name, reason: r.hidden_reason } : null,
    redacted: r.redacted_at && r.redaction_reason !== null ? { at: r.redacted_at, byName: r.redacted_by_name, reason: r.redaction_reason } : null,
  });

  return {
    async publicActivity(slug) {
      const row = await db
        .selectFrom("dialogue_activity as a")
        .innerJoin("collaboration_case as c", "c.id", "a.case_id")
        .innerJoin("committee as m", "m.id", "c.committee_id")
        .select(["a.id", "a.case_id", "a.title", "a.description", "a.starts_at", "a.ends_at", "a.place_address", sql<string | null>`a.consultation_ends_on::text`.as("consultation_ends_on"), "c.title as case_title", "c.phase", "m.name_sv", "m.name_en"])
        .where("a.public_slug", "=", slug)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          caseId: row.case_id,
          title: row.title,
          description: row.description,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          placeAddress: row.place_address,
          consultationEndsOn: row.consultation_ends_on,
          caseTitle: row.case_title,
          phase: row.phase as Phase,
          committeeName: { sv: row.name_sv, en: row.name_en },
        }
      );
    },

    async insert(v) {
      const row = await db
        .insertInto("viewpoint")
        .values(values(v))
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (row) return { id: row.id, created: true };
      const earlier = await db.selectFrom("viewpoint").select("id").where("submission_key", "=", v.submissionKey!).executeTakeFirstOrThrow();
      return { id: earlier.id, created: false };
    },

    async insertMany(rows) {
      let inserted = 0;
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const done = await db
          .insertInto("viewpoint")
          .values(rows.slice(i, i + INSERT_CHUNK).map(values))
          .onConflict((oc) => oc.column("submission_key").doNothing())
          .returning("id")
          .execute();
        inserted += done.length;
      }
      return inserted;
    },

    async bySubmissionKey(key) {
      const row = await db.selectFrom("viewpoint").select("id").where("submission_key", "=", key).executeTakeFirst();
      return row?.id;
    },

    async recentBodies(activityId, since, limit) {
      const rows = await db.selectFrom("viewpoint").select("body").where("activity_id", "=", activityId).where("received_at", ">=", since).orderBy("received_at", "desc").limit(limit).execute();
      return rows.map((r) => r.body);
    },

    async caseTitle(caseId) {
      const row = await db.selectFrom("collaboration_case").select("title").where("id", "=", caseId).executeTakeFirst();
      return row?.title;
    },

    async activities(caseId) {
      const rows = await db.selectFrom("dialogue_activity").select(["id", "title", "starts_at"]).where("case_id", "=", caseId).orderBy("starts_at").orderBy("id").execute();
      return rows.map((r) => ({ id: r.id, title: r.title, startsAt: r.starts_at }));
    },

    async count(caseId, filter) {
      const row = await base(caseId, filter).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async page(caseId, filter, window) {
      const rows = await select(caseId, filter).orderBy("v.received_at", "desc").orderBy("v.id", "desc").offset(window.offset).limit(window.limit).execute();
      return rows.map(record);
    },

    async find(caseId, id, opts = {}) {
      let q = select(caseId, {}).where("v.id", "=", id);
      // Lock the viewpoint's own row only (the outer-joined rows cannot be locked).
      if (opts.forUpdate) q = q.forUpdate("v");
      const row = await q.executeTakeFirst();
      return row ? record(row) : undefined;
    },

    async hide(id, m) {
      await db.updateTable("viewpoint").set({ hidden_at: m.at, hidden_by: m.by, hidden_reason: m.reason }).where("id", "=", id).execute();
    },

    async show(id) {
      await db.updateTable("viewpoint").set({ hidden_at: null, hidden_by: null, hidden_reason: null }).where("id", "=", id).execute();
    },

    async redact(id, c) {
      await db.updateTable("viewpoint").set({ body: c.body, redacted_at: c.at, redacted_by: c.by, redaction_reason: c.reason }).where("id", "=", id).execute();
    },
  };
}

import { sql, type Kysely, type Transaction } from "kysely";
import type { ThemeRepository } from "#src/application/dialogue/index.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** The themes of a process's viewpoints (migration 0021); every query is one statement, however many rows. */
export function themeRepository(db: Executor): ThemeRepository {
  return {
    async visibleViewpoints(caseId) {
      const rows = await db
        .selectFrom("viewpoint as v")
        .leftJoin("dialogue_activity as a", "a.id", "v.activity_id")
        .select(["v.id", "v.body", "v.age_band", "v.relations", "v.redacted_at", "v.received_at", "a.title as activity_title", "v.language"])
        .where("v.case_id", "=", caseId)
        .where("v.hidden_at", "is", null)
        .orderBy("v.received_at")
        .orderBy("v.id")
        .execute();
      return rows.map((r) => ({ id: r.id, body: r.body, ageBand: r.age_band, relations: r.relations, redacted: r.redacted_at !== null, receivedAt: r.received_at, activityTitle: r.activity_title, language: r.language }));
    },

    async themes(caseId) {
      const rows = await db
        .selectFrom("process_theme")
        .select(["id", "name", "status", "origin", "keywords", "keyword_stems", "merged_into", "decided_at"])
        .where("case_id", "=", caseId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map((r) => ({ id: r.id, name: r.name, status: r.status, origin: r.origin, keywords: r.keywords, stems: r.keyword_stems, mergedInto: r.merged_into, decidedAt: r.decided_at }));
    },

    async tags(caseId) {
      const rows = await db
        .selectFrom("viewpoint_theme as vt")
        .innerJoin("process_theme as t", "t.id", "vt.theme_id")
        .select(["vt.viewpoint_id", "vt.theme_id", "vt.how"])
        .where("t.case_id", "=", caseId)
        .orderBy("vt.tagged_at")
        .orderBy("vt.viewpoint_id")
        .execute();
      return rows.map((r) => ({ viewpointId: r.viewpoint_id, themeId: r.theme_id, how: r.how }));
    },

    async deleteUntouchedSuggestions(caseId) {
      const deleted = await db
        .deleteFrom("process_theme as t")
        .where("t.case_id", "=", caseId)
        .where("t.status", "=", "forslag")
        .where("t.origin", "=", "forslag")
        .where("t.decided_at", "is", null)
        .where("t.merged_into", "is", null)
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom("viewpoint_theme as vt").select("vt.theme_id").whereRef("vt.theme_id", "=", "t.id").where("vt.how", "=", "person"))))
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom("process_theme as m").select("m.id").whereRef("m.merged_into", "=", "t.id"))))
        .executeTakeFirst();
      return Number(deleted.numDeletedRows);
    },

    async insertTheme(t) {
      const row = await db
        .insertInto("process_theme")
        .values({
          case_id: t.caseId,
          name: t.name,
          status: t.status,
          origin: t.origin,
          keywords: t.keywords,
          keyword_stems: t.stems,
          submission_key: t.submissionKey,
          created_by: t.createdBy,
          created_at: t.at,
          updated_at: t.at,
          decided_by: t.origin === "person" ? t.createdBy : null,
          decided_at: t.origin === "person" ? t.at : null,
        })
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (row) return { id: row.id, created: true };
      const earlier = await db.selectFrom("process_theme").select("id").where("submission_key", "=", t.submissionKey!).where("case_id", "=", t.caseId).executeTakeFirstOrThrow();
      return { id: earlier.id, created: false };
    },

    async bySubmissionKey(caseId, submissionKey) {
      const row = await db.selectFrom("process_theme").select("id").where("case_id", "=", caseId).where("submission_key", "=", submissionKey).executeTakeFirst();
      return row?.id;
    },

    async tag(themeId, viewpointIds, how, by, at) {
      if (viewpointIds.length === 0) return 0;
      const rows = await db
        .insertInto("viewpoint_theme")
        .values(viewpointIds.map((id) => ({ viewpoint_id: id, theme_id: themeId, how, tagged_by: by, tagged_at: at })))
        .onConflict((oc) => oc.columns(["viewpoint_id", "theme_id"]).doNothing())
        .returning("viewpoint_id")
        .execute();
      return rows.length;
    },

    async untag(themeId, viewpointId) {
      const deleted = await db.deleteFrom("viewpoint_theme").where("theme_id", "=", themeId).where("viewpoint_id", "=", viewpointId).executeTakeFirst();
      return Number(deleted.numDeletedRows) > 0;
    },

    async decide(themeId, change, by, at) {
      await db
        .updateTable("process_theme")
        .set({ ...(change.status ? { status: change.status } : {}), ...(change.name ? { name: change.name } : {}), decided_by: by, decided_at: at, updated_at: at })
        .where("id", "=", themeId)
        .execute();
    },

    async merge(targetId, sourceIds, by, at) {
      if (sourceIds.length === 0) return;
      // The sources' tags move to the target; where the target has the viewpoint already, a person's tag wins.
      await sql`
        insert into viewpoint_theme (viewpoint_id, theme_id, how, tagged_by, tagged_at)
        select distinct on (viewpoint_id) viewpoint_id, ${targetId}::uuid, how, tagged_by, tagged_at
          from viewpoint_theme where theme_id = any(${[...sourceIds]}::uuid[])
         order by viewpoint_id, (how = 'person') desc, tagged_at
        on conflict (viewpoint_id, theme_id) do update set how = case when viewpoint_theme.how = 'person' or excluded.how = 'person' then 'person' else 'forslag' end`.execute(db);
      await db.deleteFrom("viewpoint_theme").where("theme_id", "in", [...sourceIds]).execute();
      await db.updateTable("process_theme").set({ merged_into: targetId, decided_by: by, decided_at: at, updated_at: at }).where("id", "in", [...sourceIds]).execute();
    },

    async activities(caseId) {
      const rows = await db
        .selectFrom("dialogue_activity")
        .select(["id", "title", "activity_type", "starts_at", "target_groups", "participants_total"])
        .where("case_id", "=", caseId)
        .orderBy("starts_at")
        .orderBy("id")
        .execute();
      const ids = rows.map((r) => r.id);
      const counts = ids.length ? await db.selectFrom("activity_participation").select(["activity_id", "dimension", "category", "participants"]).where("activity_id", "in", ids).execute() : [];
      const dimensions = ["kon", "alder", "funktionsnedsattning"] as const;
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        type: r.activity_type,
        startsAt: r.starts_at,
        targetGroups: r.target_groups,
        participantsTotal: r.participants_total,
        participation: dimensions
          .map((dimension) => ({ dimension, cells: counts.filter((c) => c.activity_id === r.id && c.dimension === dimension).map((c) => ({ category: c.category, count: c.participants })) }))
          .filter((d) => d.cells.length > 0),
      }));
    },
  };
}

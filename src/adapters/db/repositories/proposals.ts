import type { Kysely, Transaction } from "kysely";
import type { ProposalRecord, ProposalRepository } from "#src/application/collaboration/index.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export function proposalRepository(db: Executor): ProposalRepository {
  return {
    async proposal(caseId) {
      const p = await db.selectFrom("effort_proposal").selectAll().where("case_id", "=", caseId).executeTakeFirst();
      if (!p) return undefined;
      // Four queries whatever the number of efforts: the proposal, its efforts, their lines, their milestones.
      const efforts = await db.selectFrom("effort").selectAll().where("case_id", "=", caseId).orderBy("seq").execute();
      const ids = efforts.map((e) => e.id);
      const lines = ids.length ? await db.selectFrom("effort_budget_line").selectAll().where("effort_id", "in", ids).orderBy("seq").execute() : [];
      const milestones = ids.length ? await db.selectFrom("effort_milestone").selectAll().where("effort_id", "in", ids).orderBy("due_on").orderBy("id").execute() : [];
      const themes = ids.length
        ? await db.selectFrom("effort_theme as et").innerJoin("process_theme as t", "t.id", "et.theme_id").select(["et.effort_id", "t.id", "t.name"]).where("et.effort_id", "in", ids).orderBy("t.name").execute()
        : [];
      const record: ProposalRecord = {
        caseId,
        status: p.status,
        sentAt: p.sent_at,
        returnedReason: p.returned_reason,
        assessment: p.assessment,
        childImpact: p.child_impact,
        assessedAt: p.assessed_at,
        efforts: efforts.map((e) => ({
          id: e.id,
          title: e.title,
          description: e.description,
          responsible: e.responsible,
          startsOn: e.starts_on,
          endsOn: e.ends_on,
          recommended: e.recommended,
          recommendedCitySek: e.recommended_city_sek,
          approved: e.approved,
          approvedCitySek: e.approved_city_sek,
          budgetLines: lines.filter((l) => l.effort_id === e.id).map((l) => ({ id: l.id, funder: l.funder, form: l.form, contributor: l.contributor, description: l.description, amountSek: l.amount_sek })),
          milestones: milestones.filter((m) => m.effort_id === e.id).map((m) => ({ id: m.id, title: m.title, dueOn: m.due_on })),
          themes: themes.filter((t) => t.effort_id === e.id).map((t) => ({ id: t.id, name: t.name })),
        })),
      };
      return record;
    },

    async statusOf(caseId) {
      return (await db.selectFrom("effort_proposal").select("status").where("case_id", "=", caseId).executeTakeFirst())?.status;
    },

    async lockOrBegin(caseId, at) {
      await db.insertInto("effort_proposal").values({ case_id: caseId, updated_at: at }).onConflict((oc) => oc.column("case_id").doNothing()).execute();
      const row = await db.selectFrom("effort_proposal").select("status").where("case_id", "=", caseId).forUpdate().executeTakeFirstOrThrow();
      return row.status;
    },

    async effortOf(caseId, effortId) {
      const row = await db.selectFrom("effort").select(["id", "starts_on", "ends_on"]).where("id", "=", effortId).where("case_id", "=", caseId).executeTakeFirst();
      return row ? { id: row.id, startsOn: row.starts_on, endsOn: row.ends_on } : undefined;
    },

    async effortBySubmissionKey(key) {
      const row = await db.selectFrom("effort").select(["id", "case_id"]).where("submission_key", "=", key).executeTakeFirst();
      return row ? { id: row.id, caseId: row.case_id } : undefined;
    },

    async addEffort(caseId, e, by, at, submissionKey) {
      const row = await db
        .insertInto("effort")
        .values({ case_id: caseId, title: e.title, description: e.description, responsible: e.responsible, starts_on: e.startsOn, ends_on: e.endsOn, created_by: by, created_at: at, updated_at: at, submission_key: submissionKey })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.updateTable("effort_proposal").set({ updated_at: at }).where("case_id", "=", caseId).execute();
      return row.id;
    },

    async updateEffort(effortId, e, at) {
      await db.updateTable("effort").set({ title: e.title, description: e.description, responsible: e.responsible, starts_on: e.startsOn, ends_on: e.endsOn, updated_at: at }).where("id", "=", effortId).execute();
    },

    async removeEffort(effortId) {
      await db.deleteFrom("effort").where("id", "=", effortId).execute();
    },

    async addBudgetLine(effortId, l) {
      const row = await db.insertInto("effort_budget_line").values({ effort_id: effortId, funder: l.funder, form: l.form, contributor: l.contributor, description: l.description, amount_sek: l.amountSek }).returning("id").executeTakeFirstOrThrow();
      return row.id;
    },

    async removeBudgetLine(effortId, lineId) {
      const r = await db.deleteFrom("effort_budget_line").where("id", "=", lineId).where("effort_id", "=", effortId).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async addMilestone(effortId, m) {
      const row = await db.insertInto("effort_milestone").values({ effort_id: effortId, title: m.title, due_on: m.dueOn }).returning("id").executeTakeFirstOrThrow();
      return row.id;
    },

    async removeMilestone(effortId, milestoneId) {
      const r = await db.deleteFrom("effort_milestone").where("id", "=", milestoneId).where("effort_id", "=", effortId).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async setStatus(caseId, status, at, extra = {}) {
      await db
        .updateTable("effort_proposal")
        .set({
          status,
          updated_at: at,
          ...(status === "inskickat" ? { sent_at: at, sent_by: extra.sentBy ?? null, returned_reason: null } : {}),
          ...(extra.returnedReason !== undefined ? { returned_reason: extra.returnedReason } : {}),
        })
        .where("case_id", "=", caseId)
        .execute();
    },

    async saveAssessment(caseId, a, by, at) {
      await db.updateTable("effort_proposal").set({ assessment: a.assessment, child_impact: a.childImpact, assessed_by: by, assessed_at: at, updated_at: at }).where("case_id", "=", caseId).execute();
      for (const e of a.efforts) {
        await db.updateTable("effort").set({ recommended: e.recommended, recommended_city_sek: e.recommended ? e.citySek : null, updated_at: at }).where("id", "=", e.effortId).where("case_id", "=", caseId).execute();
      }
    },

    async setEffortThemes(effortId, themeIds) {
      await db.deleteFrom("effort_theme").where("effort_id", "=", effortId).execute();
      if (themeIds.length) await db.insertInto("effort_theme").values(themeIds.map((theme_id) => ({ effort_id: effortId, theme_id }))).execute();
    },

    async acceptedThemes(caseId) {
      return db.selectFrom("process_theme").select(["id", "name"]).where("case_id", "=", caseId).where("status", "=", "godkant").where("merged_into", "is", null).orderBy("name").execute();
    },

    async recordVerdicts(caseId, verdicts, at) {
      for (const v of verdicts) {
        await db.updateTable("effort").set({ approved: v.approved, approved_city_sek: v.approved ? v.citySek : null, updated_at: at }).where("id", "=", v.effortId).where("case_id", "=", caseId).execute();
      }
    },
  };
}

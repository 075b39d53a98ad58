/** The resultatfas's and the yearly follow-up's tables (migration 0027): the repository `results`. */
import type { Kysely, Transaction } from "kysely";
import type { ResultReportRecord, ResultsRepository, YearlyReportProcess } from "#src/application/results/index.ts";
import type { Database } from "../schema.ts";
import { caseParties } from "./case-parties.ts";

import { byKey } from "./group-rows.ts";

type Executor = Kysely<Database> | Transaction<Database>;

type ReportRow = { case_id: string; status: ResultReportRecord["status"]; answer_1: string; answer_2: string; answer_3: string; answer_4: string; answer_5: string; answer_6: string; answer_7: string; returned_reason: string | null; sent_at: Date | null; approved_at: Date | null; approved_by_name: string | null; updated_at: Date };

const reportOf = (r: ReportRow): ResultReportRecord => ({
  caseId: r.case_id,
  status: r.status,
  answers: { 1: r.answer_1, 2: r.answer_2, 3: r.answer_3, 4: r.answer_4, 5: r.answer_5, 6: r.answer_6, 7: r.answer_7 },
  returnedReason: r.returned_reason,
  sentAt: r.sent_at,
  approvedAt: r.approved_at,
  approvedByName: r.approved_by_name,
  updatedAt: r.updated_at,
});

export function resultsRepository(db: Executor): ResultsRepository {
  const selectReport = () =>
    db
      .selectFrom("result_report as r")
      .leftJoin("app_user as a", "a.id", "r.approved_by")
      .select(["r.case_id", "r.status", "r.answer_1", "r.answer_2", "r.answer_3", "r.answer_4", "r.answer_5", "r.answer_6", "r.answer_7", "r.returned_reason", "r.sent_at", "r.approved_at", "a.name as approved_by_name", "r.updated_at"]);

  return {
    async report(caseId) {
      const row = await selectReport().where("r.case_id", "=", caseId).executeTakeFirst();
      return row ? reportOf(row) : undefined;
    },

    async lockOrBegin(caseId, at) {
      await db.insertInto("result_report").values({ case_id: caseId, updated_at: at }).onConflict((oc) => oc.column("case_id").doNothing()).execute();
      await db.selectFrom("result_report").select("case_id").where("case_id", "=", caseId).forUpdate().execute();
      return reportOf(await selectReport().where("r.case_id", "=", caseId).executeTakeFirstOrThrow());
    },

    async saveAnswers(caseId, answers, by, at) {
      const set: Record<string, string> = {};
      for (const [q, text] of Object.entries(answers)) if (text !== undefined) set[`answer_${q}`] = text;
      await db
        .updateTable("result_report")
        .set({ ...set, updated_by: by, updated_at: at })
        .where("case_id", "=", caseId)
        .execute();
    },

    async setStatus(caseId, status, at, extra) {
      await db
        .updateTable("result_report")
        .set({
          status,
          updated_at: at,
          ...(status === "inskickad" ? { sent_at: at, sent_by: extra.by, returned_reason: null } : {}),
          ...(status === "godkand" ? { approved_at: at, approved_by: extra.by } : {}),
          ...(extra.returnedReason !== undefined ? { returned_reason: extra.returnedReason } : {}),
        })
        .where("case_id", "=", caseId)
        .execute();
    },

    async paidSek(caseId) {
      // The city's payments (utbetalningar) recorded against the efforts decision (the budget follow-up).
      const row = await db
        .selectFrom("execution_payment")
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("amount_sek"), eb.val(0)).as("paid"))
        .where("case_id", "=", caseId)
        .executeTakeFirst();
      return Number(row?.paid ?? 0);
    },

    async indicators(caseId) {
      const rows = await db.selectFrom("process_indicator").select(["indicator_key", "chosen_at"]).where("case_id", "=", caseId).orderBy("chosen_at").orderBy("indicator_key").execute();
      return rows.map((r) => ({ key: r.indicator_key, chosenAt: r.chosen_at }));
    },

    async chooseIndicator(caseId, key, by, at) {
      const r = await db.insertInto("process_indicator").values({ case_id: caseId, indicator_key: key, chosen_by: by, chosen_at: at }).onConflict((oc) => oc.columns(["case_id", "indicator_key"]).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async removeIndicator(caseId, key) {
      const r = await db.deleteFrom("process_indicator").where("case_id", "=", caseId).where("indicator_key", "=", key).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async areas(caseId) {
      return db.selectFrom("case_area as ca").innerJoin("area as a", "a.id", "ca.area_id").select(["a.code", "a.name"]).where("ca.case_id", "=", caseId).orderBy("a.code").execute();
    },

    async indicatorValues(areaCodes, keys) {
      if (!areaCodes.length || !keys.length) return [];
      const rows = await db
        .selectFrom("indicator_value")
        .select(["area_code", "indicator_key", "year", "value"])
        .where("area_code", "in", [...areaCodes])
        .where("indicator_key", "in", [...keys])
        .where("sex", "=", "")
        .where("age_band", "=", "")
        .where("disability", "=", "")
        .orderBy("year")
        .execute();
      return rows.map((r) => ({ area: r.area_code, indicator: r.indicator_key, year: r.year, value: r.value === null ? null : Number(r.value) }));
    },

    async associationReports(caseId) {
      const rows = await db
        .selectFrom("association_report as f")
        .leftJoin("app_user as u", "u.id", "f.uploaded_by")
        .select(["f.id", "f.year", "f.kind", "f.filename", "f.media_type", "f.size_bytes", "u.name as uploaded_by_name", "f.uploaded_at"])
        .where("f.case_id", "=", caseId)
        .orderBy("f.year", "desc")
        .orderBy("f.kind")
        .orderBy("f.uploaded_at", "desc")
        .execute();
      return rows.map((f) => ({ id: f.id, year: f.year, kind: f.kind, filename: f.filename, mediaType: f.media_type, sizeBytes: f.size_bytes, uploadedByName: f.uploaded_by_name, uploadedAt: f.uploaded_at }));
    },

    async addAssociationReport(f) {
      const earlier = await db.selectFrom("association_report").select(["id", "case_id"]).where("submission_key", "=", f.submissionKey).executeTakeFirst();
      if (earlier) return { id: earlier.id, created: false, caseId: earlier.case_id };
      await db.insertInto("stored_file").values({ sha256: f.sha256, bytes: Buffer.from(f.bytes), size_bytes: f.bytes.byteLength }).onConflict((oc) => oc.column("sha256").doNothing()).execute();
      const row = await db
        .insertInto("association_report")
        .values({ case_id: f.caseId, year: f.year, kind: f.kind, filename: f.filename, media_type: f.mediaType, size_bytes: f.bytes.byteLength, sha256: f.sha256, uploaded_by: f.by, uploaded_at: f.at, submission_key: f.submissionKey })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { id: row.id, created: true, caseId: f.caseId };
    },

    async associationReportContent(caseId, reportId) {
      const row = await db
        .selectFrom("association_report as f")
        .innerJoin("stored_file as s", "s.sha256", "f.sha256")
        .select(["f.filename", "f.media_type", "s.bytes"])
        .where("f.id", "=", reportId)
        .where("f.case_id", "=", caseId)
        .executeTakeFirst();
      return row ? { filename: row.filename, mediaType: row.media_type, bytes: new Uint8Array(row.bytes) } : undefined;
    },

    async goalPlan(caseId) {
      return (await db.selectFrom("goal_plan").select("multi_year").where("case_id", "=", caseId).executeTakeFirst())?.multi_year ?? null;
    },

    async setGoalPlan(caseId, multiYear, by, at) {
      await db
        .insertInto("goal_plan")
        .values({ case_id: caseId, multi_year: multiYear, set_by: by, set_at: at })
        .onConflict((oc) => oc.column("case_id").doUpdateSet({ multi_year: multiYear, set_by: by, set_at: at }))
        .execute();
    },

    async goals(caseId) {
      const rows = await db.selectFrom("process_goal").select(["id", "goal", "measure", "unit", "baseline", "target", "target_year"]).where("case_id", "=", caseId).orderBy("created_at").orderBy("id").execute();
      return rows.map((g) => ({ id: g.id, goal: g.goal, measure: g.measure, unit: g.unit, baseline: Number(g.baseline), target: Number(g.target), targetYear: g.target_year }));
    },

    async addGoal(caseId, g, by, at, submissionKey) {
      if (submissionKey) {
        const earlier = await db.selectFrom("process_goal").select(["id", "case_id"]).where("submission_key", "=", submissionKey).executeTakeFirst();
        if (earlier) return { id: earlier.id, created: false, caseId: earlier.case_id };
      }
      const row = await db
        .insertInto("process_goal")
        .values({ case_id: caseId, goal: g.goal, measure: g.measure, unit: g.unit, baseline: g.baseline, target: g.target, target_year: g.targetYear, created_by: by, created_at: at, submission_key: submissionKey })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { id: row.id, created: true, caseId };
    },

    async removeGoal(caseId, goalId) {
      const goal = await db.selectFrom("process_goal").select("id").where("id", "=", goalId).where("case_id", "=", caseId).executeTakeFirst();
      if (!goal) return "not_found";
      const used = await db.selectFrom("yearly_goal_value").select("goal_id").where("goal_id", "=", goalId).executeTakeFirst();
      if (used) return "in_use";
      await db.deleteFrom("process_goal").where("id", "=", goalId).execute();
      return "removed";
    },

    async followUps(caseId) {
      const rows = await db
        .selectFrom("yearly_follow_up as f")
        .leftJoin("app_user as u", "u.id", "f.submitted_by")
        .select(["f.id", "f.year", "f.summary", "f.learned", "u.name as submitted_by_name", "f.submitted_at"])
        .where("f.case_id", "=", caseId)
        .orderBy("f.year", "desc")
        .execute();
      const ids = rows.map((r) => r.id);
      const values = ids.length ? await db.selectFrom("yearly_goal_value").select(["follow_up_id", "goal_id", "value"]).where("follow_up_id", "in", ids).execute() : [];
      return rows.map((f) => ({
        id: f.id,
        year: f.year,
        summary: f.summary,
        learned: f.learned,
        submittedByName: f.submitted_by_name,
        submittedAt: f.submitted_at,
        values: Object.fromEntries(values.filter((v) => v.follow_up_id === f.id).map((v) => [v.goal_id, v.value === null ? null : Number(v.value)])),
      }));
    },

    async addFollowUp(caseId, f, by, at) {
      const row = await db
        .insertInto("yearly_follow_up")
        .values({ case_id: caseId, year: f.year, summary: f.summary, learned: f.learned, submitted_by: by, submitted_at: at })
        .onConflict((oc) => oc.columns(["case_id", "year"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!row) {
        const earlier = await db.selectFrom("yearly_follow_up").select("id").where("case_id", "=", caseId).where("year", "=", f.year).executeTakeFirstOrThrow();
        return { id: earlier.id, created: false };
      }
      const values = Object.entries(f.values).map(([goal_id, value]) => ({ follow_up_id: row.id, goal_id, value }));
      if (values.length) await db.insertInto("yearly_goal_value").values(values).execute();
      return { id: row.id, created: true };
    },

    async followUpCandidates() {
      // Four queries whatever the number of running processes; each table joined on the phase, not an id list.
      const running = ["utforande", "resultat"] as const;
      const cases = await db.selectFrom("collaboration_case").select(["id", "title", "case_number"]).where("phase", "in", running).execute();
      if (!cases.length) return [];
      const efforts = await db.selectFrom("effort as e").innerJoin("collaboration_case as c", "c.id", "e.case_id").select(["e.case_id", "e.starts_on", "e.ends_on"]).where("c.phase", "in", running).where("e.approved", "=", true).execute();
      const plans = await db.selectFrom("goal_plan as g").innerJoin("collaboration_case as c", "c.id", "g.case_id").select(["g.case_id", "g.multi_year"]).where("c.phase", "in", running).execute();
      const done = await db.selectFrom("yearly_follow_up as f").innerJoin("collaboration_case as c", "c.id", "f.case_id").select(["f.case_id", "f.year"]).where("c.phase", "in", running).execute();
      const effortsOf = byKey(efforts, (e) => e.case_id);
      const planOf = new Map(plans.map((p) => [p.case_id, p.multi_year]));
      const doneOf = byKey(done, (d) => d.case_id);
      return cases.map((c) => ({
        caseId: c.id,
        title: c.title,
        caseNumber: c.case_number,
        efforts: (effortsOf.get(c.id) ?? []).map((e) => ({ startsOn: e.starts_on, endsOn: e.ends_on })),
        multiYearSet: planOf.get(c.id) ?? null,
        done: (doneOf.get(c.id) ?? []).map((d) => d.year),
      }));
    },

    async groupRecipients(caseIds) {
      if (!caseIds.length) return [];
      return db
        .selectFrom(caseParties(db).as("cp"))
        .innerJoin("app_user as u", "u.organisation_id", "cp.organisation_id")
        .select(["cp.case_id as caseId", "u.email", "u.name"])
        .distinct()
        .where("cp.case_id", "in", [...caseIds])
        .where("u.role", "=", "aktor")
        .where("u.disabled_at", "is", null)
        .orderBy("u.email")
        .execute();
    },

    async reviewRecipients(caseId) {
      const own = await db
        .selectFrom("collaboration_case as c")
        .innerJoin("app_user as u", "u.id", "c.contact_person_id")
        .select(["u.email", "u.name"])
        .where("c.id", "=", caseId)
        .where("u.disabled_at", "is", null)
        .execute();
      if (own.length) return own;
      return db
        .selectFrom("collaboration_case as c")
        .innerJoin("staff_committee as sc", "sc.committee_id", "c.committee_id")
        .innerJoin("app_user as u", "u.id", "sc.user_id")
        .select(["u.email", "u.name"])
        .where("c.id", "=", caseId)
        .where("u.role", "=", "kontaktperson")
        .where("u.disabled_at", "is", null)
        .orderBy("u.email")
        .execute();
    },

    async committees() {
      return db.selectFrom("committee").select(["id", "code", "name_sv as name"]).orderBy("code").execute();
    },

    async yearlyReport(committeeIds, year) {
      if (committeeIds !== null && committeeIds.length === 0) return [];
      let q = db
        .selectFrom("effort as e")
        .innerJoin("collaboration_case as c", "c.id", "e.case_id")
        .innerJoin("committee as k", "k.id", "c.committee_id")
        .select(["c.id as case_id", "c.case_number", "c.title", "c.phase", "k.name_sv as committee_name", "e.title as effort_title", "e.starts_on", "e.ends_on", "e.approved_city_sek"])
        .where("e.approved", "=", true)
        .where("e.starts_on", "<=", `${year}-12-31`)
        .where("e.ends_on", ">=", `${year}-01-01`);
      if (committeeIds !== null) q = q.where("c.committee_id", "in", [...committeeIds]);
      const rows = await q.orderBy("k.name_sv").orderBy("c.case_number").orderBy("c.title").orderBy("e.starts_on").orderBy("e.seq").execute();
      const ids = [...new Set(rows.map((r) => r.case_id))];
      if (!ids.length) return [];
      const areas = await db.selectFrom("case_area as ca").innerJoin("area as a", "a.id", "ca.area_id").select(["ca.case_id", "a.name"]).where("ca.case_id", "in", ids).orderBy("a.name").execute();
      const reports = await db.selectFrom("result_report").select(["case_id", "status", "answer_1"]).where("case_id", "in", ids).execute();
      const goals = await db
        .selectFrom("process_goal as g")
        .leftJoin("yearly_follow_up as f", (j) => j.onRef("f.case_id", "=", "g.case_id").on("f.year", "=", year))
        .leftJoin("yearly_goal_value as v", (j) => j.onRef("v.follow_up_id", "=", "f.id").onRef("v.goal_id", "=", "g.id"))
        .select(["g.case_id", "g.goal", "g.unit", "g.baseline", "g.target", "g.target_year", "v.value"])
        .where("g.case_id", "in", ids)
        .orderBy("g.created_at")
        .execute();
      const out: YearlyReportProcess[] = [];
      for (const id of ids) {
        const mine = rows.filter((r) => r.case_id === id);
        const first = mine[0]!;
        const report = reports.find((r) => r.case_id === id);
        out.push({
          caseId: id,
          caseNumber: first.case_number,
          title: first.title,
          committeeName: first.committee_name,
          phase: first.phase,
          areas: areas.filter((a) => a.case_id === id).map((a) => a.name),
          efforts: mine.map((e) => ({ title: e.effort_title, startsOn: e.starts_on, endsOn: e.ends_on, approvedCitySek: e.approved_city_sek ?? 0 })),
          reportStatus: report?.status ?? null,
          outcome: report?.status === "godkand" ? report.answer_1 : "",
          goals: goals.filter((g) => g.case_id === id).map((g) => ({ goal: g.goal, unit: g.unit, baseline: Number(g.baseline), target: Number(g.target), targetYear: g.target_year, value: g.value === null ? null : Number(g.value) })),
        });
      }
      return out;
    },
  };
}


import { sql, type Kysely, type Transaction } from "kysely";
import type { ChangeRecord, ExecutionRepository } from "#src/application/execution/index.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** The utförandefas's tables (migration 0025); every list is a fixed number of queries, whatever its length. */
export function executionRepository(db: Executor): ExecutionRepository {
  const changeQuery = () =>
    db
      .selectFrom("execution_change as c")
      .innerJoin("effort as e", "e.id", "c.effort_id")
      .leftJoin("effort_milestone as m", "m.id", "c.milestone_id")
      .leftJoin("app_user as rq", "rq.id", "c.requested_by")
      .leftJoin("app_user as st", "st.id", "c.settled_by")
      .select([
        "c.id",
        "c.effort_id",
        "e.title as effort_title",
        "c.milestone_id",
        "m.title as milestone_title",
        "c.kind",
        "c.from_sek",
        "c.to_sek",
        "c.from_starts_on",
        "c.to_starts_on",
        "c.from_ends_on",
        "c.to_ends_on",
        "c.reason",
        "c.status",
        "rq.name as requested_by_name",
        "c.requested_at",
        "st.name as settled_by_name",
        "c.settled_at",
        "c.settled_note",
        "c.decision_reference",
        "c.decision_on",
      ]);
  type ChangeRow = Awaited<ReturnType<ReturnType<typeof changeQuery>["execute"]>>[number];
  const toChange = (c: ChangeRow): ChangeRecord => ({
    id: c.id,
    effortId: c.effort_id,
    effortTitle: c.effort_title,
    milestoneId: c.milestone_id,
    milestoneTitle: c.milestone_title,
    kind: c.kind,
    fromSek: c.from_sek === null ? null : Number(c.from_sek),
    toSek: c.to_sek === null ? null : Number(c.to_sek),
    fromStartsOn: c.from_starts_on,
    toStartsOn: c.to_starts_on,
    fromEndsOn: c.from_ends_on,
    toEndsOn: c.to_ends_on,
    reason: c.reason,
    status: c.status,
    requestedByName: c.requested_by_name,
    requestedAt: c.requested_at,
    settledByName: c.settled_by_name,
    settledAt: c.settled_at,
    settledNote: c.settled_note,
    decisionReference: c.decision_reference,
    decisionOn: c.decision_on,
  });

  return {
    async plan(caseId) {
      const efforts = await db
        .selectFrom("effort as e")
        .leftJoin("effort_execution as x", "x.effort_id", "e.id")
        .leftJoin("app_user as u", "u.id", "x.updated_by")
        .select(["e.id", "e.title", "e.responsible", "e.starts_on", "e.ends_on", "e.approved_city_sek", "x.status", "x.percent", "x.note", "x.city_sek_in_force", "x.updated_at", "u.name as updated_by_name"])
        .where("e.case_id", "=", caseId)
        .where("e.approved", "=", true)
        .orderBy("e.starts_on")
        .orderBy("e.seq")
        .execute();
      const ids = efforts.map((e) => e.id);
      const milestones = ids.length
        ? await db.selectFrom("effort_milestone as m").leftJoin("effort_milestone_done as d", "d.milestone_id", "m.id").select(["m.id", "m.effort_id", "m.title", "m.due_on", "d.done_on"]).where("m.effort_id", "in", ids).orderBy("m.due_on").orderBy("m.id").execute()
        : [];
      return efforts.map((e) => {
        const decided = Number(e.approved_city_sek ?? 0);
        return {
          id: e.id,
          title: e.title,
          responsible: e.responsible,
          startsOn: e.starts_on,
          endsOn: e.ends_on,
          decidedCitySek: decided,
          citySek: e.city_sek_in_force === null ? decided : Number(e.city_sek_in_force),
          status: e.status ?? "planerad",
          percent: e.percent ?? 0,
          note: e.note ?? "",
          updatedAt: e.updated_at,
          updatedByName: e.updated_by_name,
          milestones: milestones.filter((m) => m.effort_id === e.id).map((m) => ({ id: m.id, title: m.title, dueOn: m.due_on, doneOn: m.done_on })),
        };
      });
    },

    async effortsDecision(caseId) {
      const row = await db.selectFrom("decision").select(["id", "paragraph", "decided_on"]).where("case_id", "=", caseId).where("decision_point", "=", "insatser").orderBy("created_at", "desc").executeTakeFirst();
      return row && { id: row.id, paragraph: row.paragraph, decidedOn: row.decided_on };
    },

    async saveProgress(effortId, p, by, at) {
      await db
        .insertInto("effort_execution")
        .values({ effort_id: effortId, status: p.status, percent: p.percent, note: p.note, updated_by: by, updated_at: at, city_sek_in_force: null })
        .onConflict((oc) => oc.column("effort_id").doUpdateSet({ status: p.status, percent: p.percent, note: p.note, updated_by: by, updated_at: at }))
        .execute();
    },

    async markMilestone(milestoneId, doneOn, by, at) {
      if (doneOn === null) {
        await db.deleteFrom("effort_milestone_done").where("milestone_id", "=", milestoneId).execute();
        return;
      }
      await db
        .insertInto("effort_milestone_done")
        .values({ milestone_id: milestoneId, done_on: doneOn, marked_by: by, marked_at: at })
        .onConflict((oc) => oc.column("milestone_id").doUpdateSet({ done_on: doneOn, marked_by: by }))
        .execute();
    },

    async changes(caseId) {
      const rows = await changeQuery().where("c.case_id", "=", caseId).orderBy("c.requested_at", "desc").orderBy("c.id").execute();
      return rows.map(toChange);
    },

    async changeBySubmissionKey(key) {
      const row = await db.selectFrom("execution_change").select(["id", "case_id", "status"]).where("submission_key", "=", key).executeTakeFirst();
      return row && { id: row.id, caseId: row.case_id, status: row.status };
    },

    async addChange(c) {
      const row = await db
        .insertInto("execution_change")
        .values({
          case_id: c.caseId,
          effort_id: c.effortId,
          milestone_id: c.milestoneId,
          kind: c.kind,
          from_sek: c.fromSek,
          to_sek: c.toSek,
          from_starts_on: c.fromStartsOn,
          to_starts_on: c.toStartsOn,
          from_ends_on: c.fromEndsOn,
          to_ends_on: c.toEndsOn,
          reason: c.reason,
          status: c.status,
          requested_by: c.requestedBy,
          requested_at: c.at,
          submission_key: c.submissionKey,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async changeForUpdate(caseId, changeId) {
      const locked = await db.selectFrom("execution_change").select("id").where("id", "=", changeId).where("case_id", "=", caseId).forUpdate().executeTakeFirst();
      if (!locked) return undefined;
      const row = await changeQuery().where("c.id", "=", changeId).executeTakeFirst();
      return row && toChange(row);
    },

    async settleChange(changeId, s) {
      await db.updateTable("execution_change").set({ status: s.status, settled_by: s.by, settled_at: s.at, settled_note: s.note, decision_reference: s.decisionReference, decision_on: s.decisionOn }).where("id", "=", changeId).execute();
    },

    async setCityInForce(effortId, sek, by, at) {
      await db
        .insertInto("effort_execution")
        .values({ effort_id: effortId, city_sek_in_force: sek, updated_by: by, updated_at: at })
        .onConflict((oc) => oc.column("effort_id").doUpdateSet({ city_sek_in_force: sek }))
        .execute();
    },

    async setEffortDates(effortId, startsOn, endsOn, at) {
      await db.updateTable("effort").set({ starts_on: startsOn, ends_on: endsOn, updated_at: at }).where("id", "=", effortId).execute();
    },

    async setMilestoneDate(milestoneId, dueOn) {
      await db.updateTable("effort_milestone").set({ due_on: dueOn }).where("id", "=", milestoneId).execute();
    },

    async budgetLines(caseId) {
      const rows = await db
        .selectFrom("effort_budget_line as l")
        .innerJoin("effort as e", "e.id", "l.effort_id")
        .select(["l.id", "l.effort_id", "e.title", "e.starts_on", "e.ends_on", "l.funder", "l.form", "l.contributor", "l.description", "l.amount_sek"])
        .where("e.case_id", "=", caseId)
        .where("e.approved", "=", true)
        .orderBy("e.starts_on")
        .orderBy("e.seq")
        .orderBy("l.seq")
        .execute();
      return rows.map((l) => ({ id: l.id, effortId: l.effort_id, effortTitle: l.title, effortStartsOn: l.starts_on, effortEndsOn: l.ends_on, funder: l.funder, form: l.form, contributor: l.contributor, description: l.description, plannedSek: l.amount_sek === null ? null : Number(l.amount_sek) }));
    },

    async actuals(caseId) {
      const rows = await db
        .selectFrom("execution_actual as a")
        .leftJoin("app_user as u", "u.id", "a.recorded_by")
        .select(["a.id", "a.budget_line_id", "a.amount_sek", "a.spent_on", "a.description", "u.name"])
        .where("a.case_id", "=", caseId)
        .orderBy("a.spent_on")
        .orderBy("a.recorded_at")
        .execute();
      return rows.map((a) => ({ id: a.id, budgetLineId: a.budget_line_id, amountSek: Number(a.amount_sek), spentOn: a.spent_on, description: a.description, recordedByName: a.name }));
    },

    async payments(caseId) {
      const rows = await db
        .selectFrom("execution_payment as p")
        .innerJoin("decision as d", "d.id", "p.decision_id")
        .leftJoin("app_user as u", "u.id", "p.recorded_by")
        .select(["p.id", "p.effort_id", "p.decision_id", "d.paragraph", "d.decided_on", "p.amount_sek", "p.paid_on", "p.note", "u.name"])
        .where("p.case_id", "=", caseId)
        .orderBy("p.paid_on")
        .orderBy("p.recorded_at")
        .execute();
      return rows.map((p) => ({ id: p.id, effortId: p.effort_id, decisionId: p.decision_id, decisionParagraph: p.paragraph, decisionOn: p.decided_on, amountSek: Number(p.amount_sek), paidOn: p.paid_on, note: p.note, recordedByName: p.name }));
    },

    async receipts(caseId) {
      const rows = await db
        .selectFrom("execution_receipt as f")
        .leftJoin("app_user as u", "u.id", "f.uploaded_by")
        .select(["f.id", "f.budget_line_id", "f.description", "f.filename", "f.media_type", "f.size_bytes", "f.uploaded_at", "u.name"])
        .where("f.case_id", "=", caseId)
        .orderBy("f.uploaded_at")
        .execute();
      return rows.map((f) => ({ id: f.id, budgetLineId: f.budget_line_id, description: f.description, filename: f.filename, mediaType: f.media_type, sizeBytes: f.size_bytes, uploadedAt: f.uploaded_at, uploadedByName: f.name }));
    },

    async actualBySubmissionKey(key) {
      const row = await db.selectFrom("execution_actual").select(["id", "case_id"]).where("submission_key", "=", key).executeTakeFirst();
      return row && { id: row.id, caseId: row.case_id };
    },

    async addActual(a) {
      const row = await db
        .insertInto("execution_actual")
        .values({ case_id: a.caseId, budget_line_id: a.budgetLineId, amount_sek: a.amountSek, spent_on: a.spentOn, description: a.description, recorded_by: a.by, recorded_at: a.at, submission_key: a.submissionKey })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async paymentBySubmissionKey(key) {
      const row = await db.selectFrom("execution_payment").select(["id", "case_id"]).where("submission_key", "=", key).executeTakeFirst();
      return row && { id: row.id, caseId: row.case_id };
    },

    async paidTo(effortId) {
      const row = await db.selectFrom("execution_payment").select(sql<string>`coalesce(sum(amount_sek), 0)`.as("paid")).where("effort_id", "=", effortId).executeTakeFirst();
      return Number(row?.paid ?? 0);
    },

    async addPayment(p) {
      const row = await db
        .insertInto("execution_payment")
        .values({ case_id: p.caseId, effort_id: p.effortId, decision_id: p.decisionId, amount_sek: p.amountSek, paid_on: p.paidOn, note: p.note, recorded_by: p.by, recorded_at: p.at, submission_key: p.submissionKey })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async receiptBySubmissionKey(key) {
      const row = await db.selectFrom("execution_receipt").select(["id", "case_id"]).where("submission_key", "=", key).executeTakeFirst();
      return row && { id: row.id, caseId: row.case_id };
    },

    async addReceipt(f) {
      await db.insertInto("stored_file").values({ sha256: f.sha256, bytes: f.bytes, size_bytes: f.bytes.byteLength }).onConflict((oc) => oc.column("sha256").doNothing()).execute();
      const row = await db
        .insertInto("execution_receipt")
        .values({ case_id: f.caseId, budget_line_id: f.budgetLineId, description: f.description, filename: f.filename, media_type: f.mediaType, size_bytes: f.bytes.byteLength, sha256: f.sha256, uploaded_by: f.by, uploaded_at: f.at, submission_key: f.submissionKey })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async receiptCount(caseId) {
      const row = await db.selectFrom("execution_receipt").select(sql<string>`count(*)`.as("n")).where("case_id", "=", caseId).executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async receiptContent(caseId, receiptId) {
      const row = await db
        .selectFrom("execution_receipt as f")
        .innerJoin("stored_file as s", "s.sha256", "f.sha256")
        .select(["f.filename", "f.media_type", "s.bytes"])
        .where("f.id", "=", receiptId)
        .where("f.case_id", "=", caseId)
        .executeTakeFirst();
      return row && { filename: row.filename, mediaType: row.media_type, bytes: row.bytes };
    },

    async commitments(caseId) {
      const rows = await db.selectFrom("execution_commitment").selectAll().where("case_id", "=", caseId).orderBy("starts_on").orderBy("department").execute();
      return rows.map(toCommitment);
    },

    async commitmentBySubmissionKey(key) {
      const row = await db.selectFrom("execution_commitment").select(["id", "case_id"]).where("submission_key", "=", key).executeTakeFirst();
      return row && { id: row.id, caseId: row.case_id };
    },

    async addCommitment(caseId, c, by, at, submissionKey) {
      const row = await db
        .insertInto("execution_commitment")
        .values({ case_id: caseId, department: c.department, contribution: c.contribution, contact_name: c.contactName, contact_email: c.contactEmail, starts_on: c.startsOn, ends_on: c.endsOn, status: c.status, created_by: by, created_at: at, updated_at: at, submission_key: submissionKey })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateCommitment(caseId, commitmentId, c, at) {
      const r = await db
        .updateTable("execution_commitment")
        .set({ department: c.department, contribution: c.contribution, contact_name: c.contactName, contact_email: c.contactEmail, starts_on: c.startsOn, ends_on: c.endsOn, status: c.status, updated_at: at })
        .where("id", "=", commitmentId)
        .where("case_id", "=", caseId)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async commitmentsAcross(department, limit) {
      let q = db
        .selectFrom("execution_commitment as k")
        .innerJoin("collaboration_case as c", "c.id", "k.case_id")
        .selectAll("k")
        .select(["c.title as case_title", "c.case_number", "c.phase"]);
      if (department) q = q.where(sql<boolean>`lower(k.department) like ${`%${department.toLocaleLowerCase("sv").replace(/[\\%_]/g, (m) => `\\${m}`)}%`}`);
      const rows = await q.orderBy("k.starts_on", "desc").orderBy("k.department").limit(limit).execute();
      return rows.map((k) => ({ ...toCommitment(k), caseTitle: k.case_title, caseNumber: k.case_number, phase: k.phase }));
    },

    async departments() {
      const rows = await db.selectFrom("execution_commitment").select("department").distinct().orderBy("department").execute();
      return rows.map((r) => r.department);
    },
  };
}

function toCommitment(k: { id: string; case_id: string; department: string; contribution: string; contact_name: string; contact_email: string; starts_on: string; ends_on: string; status: "planerat" | "pagaende" | "fullgjort" | "installt"; updated_at: Date }) {
  return { id: k.id, caseId: k.case_id, department: k.department, contribution: k.contribution, contactName: k.contact_name, contactEmail: k.contact_email, startsOn: k.starts_on, endsOn: k.ends_on, status: k.status, updatedAt: k.updated_at };
}

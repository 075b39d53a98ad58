import { sql, type Kysely, type Transaction } from "kysely";
import type { AgendaItemRecord, CommitteeCase, CommitteeRepository, DecisionRecord, MeetingRecord, ReferralRecord } from "#src/application/committee/index.ts";
import type { CriterionRating, Recommendation } from "#src/domain/process-type/definition.ts";
import type { Database } from "../schema.ts";
import { partyUserEmails } from "./case-parties.ts";

type Executor = Kysely<Database> | Transaction<Database>;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const day = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

export function committeeRepository(db: Executor): CommitteeRepository {
  const referralQuery = () =>
    db
      .selectFrom("case_referral as r")
      .innerJoin("collaboration_case as c", "c.id", "r.case_id")
      .innerJoin("committee as f", "f.id", "r.from_committee_id")
      .innerJoin("committee as t", "t.id", "r.to_committee_id")
      .select([
        "r.id",
        "r.case_id",
        "c.case_number",
        "c.title",
        "c.status",
        "f.code as from_code",
        "r.to_committee_id",
        "t.code as to_code",
        "r.kind",
        "r.note",
        "r.referred_at",
        "r.answered_at",
        "r.answer",
      ]);
  type RefRow = Awaited<ReturnType<ReturnType<typeof referralQuery>["execute"]>>[number];
  const toReferral = (r: RefRow): ReferralRecord => ({
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    caseTitle: r.title,
    caseStatus: r.status,
    fromCommitteeCode: r.from_code,
    toCommitteeId: r.to_committee_id,
    toCommitteeCode: r.to_code,
    kind: r.kind,
    note: r.note,
    referredAt: r.referred_at,
    answeredAt: r.answered_at,
    answer: r.answer,
  });

  const meetingQuery = () =>
    db
      .selectFrom("committee_meeting as m")
      .innerJoin("committee as k", "k.id", "m.committee_id")
      .select(["m.id", "m.committee_id", "k.code", "k.name_sv", "m.body", "m.meets_on"])
      .select((eb) => eb.selectFrom("agenda_item as a").select(eb.fn.countAll<string>().as("n")).whereRef("a.meeting_id", "=", "m.id").as("item_count"));
  type MeetRow = Awaited<ReturnType<ReturnType<typeof meetingQuery>["execute"]>>[number];
  const toMeeting = (m: MeetRow): MeetingRecord => ({
    id: m.id,
    committeeId: m.committee_id,
    committeeCode: m.code,
    committeeName: m.name_sv,
    body: m.body,
    meetsOn: day(m.meets_on) ?? "",
    itemCount: Number(m.item_count ?? 0),
  });

  const toDecision = (d: {
    id: string;
    case_id: string;
    meeting_id: string | null;
    decision_point: string;
    paragraph: string;
    decided_on: string;
    outcome: DecisionRecord["outcome"];
    granted_amount_sek: number | null;
    conditions: string;
    recipients: string[];
    minutes_approved_on: string | null;
    posted_on: string | null;
    created_at: Date;
  }): DecisionRecord => ({
    id: d.id,
    caseId: d.case_id,
    meetingId: d.meeting_id,
    decisionPoint: d.decision_point,
    paragraph: d.paragraph,
    decidedOn: day(d.decided_on) ?? "",
    outcome: d.outcome,
    grantedAmountSek: num(d.granted_amount_sek),
    conditions: d.conditions,
    recipients: d.recipients,
    minutesApprovedOn: day(d.minutes_approved_on),
    postedOn: day(d.posted_on),
    createdAt: d.created_at,
  });

  return {
    async assessment(caseId) {
      const row = await db.selectFrom("criteria_assessment").selectAll().where("case_id", "=", caseId).executeTakeFirst();
      if (!row) return undefined;
      const ratings: Record<string, { rating: CriterionRating | null; justification: string; evidence: string }> = {};
      for (const [k, v] of Object.entries(row.ratings ?? {})) ratings[k] = { rating: (v.rating as CriterionRating | null) ?? null, justification: v.justification ?? "", evidence: v.evidence ?? "" };
      return {
        caseId: row.case_id,
        processTypeId: row.process_type_id,
        ratings,
        recommendation: row.recommendation as Recommendation | null,
        recommendationText: row.recommendation_text,
        proposedAmountSek: num(row.proposed_amount_sek),
        assessedBy: row.assessed_by,
        updatedAt: row.updated_at,
      };
    },
    async saveAssessment(a, at) {
      const values = {
        process_type_id: a.processTypeId,
        ratings: JSON.stringify(a.ratings),
        recommendation: a.recommendation,
        recommendation_text: a.recommendationText,
        proposed_amount_sek: a.proposedAmountSek,
        assessed_by: a.assessedBy,
        updated_at: at,
      };
      await db
        .insertInto("criteria_assessment")
        .values({ case_id: a.caseId, ...values })
        .onConflict((oc) => oc.column("case_id").doUpdateSet(values))
        .execute();
    },

    async committees() {
      const rows = await db.selectFrom("committee").select(["id", "code", "name_sv", "name_en"]).orderBy("code").execute();
      const themes = await db.selectFrom("committee_responsibility").select(["committee_id", "theme", "description"]).orderBy("theme").execute();
      return rows.map((c) => ({
        id: c.id,
        code: c.code,
        nameSv: c.name_sv,
        nameEn: c.name_en,
        themes: themes.filter((t) => t.committee_id === c.id).map((t) => ({ theme: t.theme, description: t.description })),
      }));
    },
    async committeesOffering(processTypeCode) {
      return db
        .selectFrom("committee as c")
        .innerJoin("committee_process_type as p", "p.committee_id", "c.id")
        .select(["c.id", "c.code", "c.name_sv as nameSv", "c.name_en as nameEn"])
        .where("p.process_type_code", "=", processTypeCode)
        .orderBy("c.code")
        .execute();
    },
    async committeeById(id) {
      const row = await db.selectFrom("committee").select(["id", "code", "name_sv"]).where("id", "=", id).executeTakeFirst();
      return row && { id: row.id, code: row.code, nameSv: row.name_sv };
    },
    async setCaseCommittee(caseId, committeeId, at) {
      await db.updateTable("collaboration_case").set({ committee_id: committeeId, updated_at: at }).where("id", "=", caseId).execute();
    },

    async addReferral(r) {
      const row = await db
        .insertInto("case_referral")
        .values({ case_id: r.caseId, from_committee_id: r.fromCommitteeId, to_committee_id: r.toCommitteeId, kind: r.kind, note: r.note, referred_by: r.referredBy, referred_at: r.at })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async openReferral(caseId, toCommitteeId, kind) {
      const row = await referralQuery().where("r.case_id", "=", caseId).where("r.to_committee_id", "=", toCommitteeId).where("r.kind", "=", kind).where("r.answered_at", "is", null).executeTakeFirst();
      return row && toReferral(row);
    },
    async referral(id) {
      const row = await referralQuery().where("r.id", "=", id).executeTakeFirst();
      return row && toReferral(row);
    },
    async referralsForCase(caseId) {
      return (await referralQuery().where("r.case_id", "=", caseId).orderBy("r.referred_at").orderBy("r.id").execute()).map(toReferral);
    },
    async referralsTo(committeeId) {
      return (await referralQuery().where("r.to_committee_id", "=", committeeId).orderBy("r.referred_at", "desc").limit(200).execute()).map(toReferral);
    },
    async answerReferral(id, answer, at) {
      await db.updateTable("case_referral").set({ answer, answered_at: at }).where("id", "=", id).execute();
    },
    async casesOfCommittee(committeeId) {
      const rows = await db
        .selectFrom("collaboration_case")
        .select(["id", "case_number", "title", "status"])
        .where("committee_id", "=", committeeId)
        .where("status", "not in", ["utkast", "avslutat"])
        .orderBy("updated_at", "desc")
        .limit(200)
        .execute();
      return rows.map((r): CommitteeCase => ({ id: r.id, caseNumber: r.case_number, title: r.title, status: r.status }));
    },

    async meetings(filter) {
      let q = meetingQuery();
      if (filter.committeeId) q = q.where("m.committee_id", "=", filter.committeeId);
      if (filter.from) q = q.where("m.meets_on", ">=", filter.from);
      return (await q.orderBy("m.meets_on").orderBy("k.code").limit(500).execute()).map(toMeeting);
    },
    async meeting(id) {
      const row = await meetingQuery().where("m.id", "=", id).executeTakeFirst();
      return row && toMeeting(row);
    },
    async findMeeting(committeeId, body, meetsOn) {
      const row = await db.selectFrom("committee_meeting").select("id").where("committee_id", "=", committeeId).where("body", "=", body).where("meets_on", "=", meetsOn).executeTakeFirst();
      return row?.id;
    },
    async createMeeting(m) {
      const row = await db.insertInto("committee_meeting").values({ committee_id: m.committeeId, body: m.body, meets_on: m.meetsOn }).returning("id").executeTakeFirstOrThrow();
      return row.id;
    },
    async agenda(meetingId) {
      const rows = await db
        .selectFrom("agenda_item as a")
        .innerJoin("collaboration_case as c", "c.id", "a.case_id")
        .select(["a.id", "a.meeting_id", "a.case_id", "a.decision_point", "c.case_number", "c.title", "a.position"])
        .where("a.meeting_id", "=", meetingId)
        .orderBy("a.position")
        .execute();
      return rows.map((r): AgendaItemRecord => ({ id: r.id, meetingId: r.meeting_id, caseId: r.case_id, decisionPoint: r.decision_point, caseNumber: r.case_number, caseTitle: r.title, position: r.position }));
    },
    async agendaItem(meetingId, caseId, decisionPoint) {
      const row = await db.selectFrom("agenda_item").select("id").where("meeting_id", "=", meetingId).where("case_id", "=", caseId).where("decision_point", "=", decisionPoint).executeTakeFirst();
      return row?.id;
    },
    async proposalsReadyOfCommittee(committeeId) {
      const rows = await db
        .selectFrom("effort_proposal as p")
        .innerJoin("collaboration_case as c", "c.id", "p.case_id")
        .select(["c.id", "c.case_number", "c.title", "c.status"])
        .where("c.committee_id", "=", committeeId)
        .where("p.status", "=", "klar_for_namnd")
        .orderBy("p.updated_at", "desc")
        .limit(200)
        .execute();
      return rows.map((r): CommitteeCase => ({ id: r.id, caseNumber: r.case_number, title: r.title, status: r.status }));
    },
    async addAgendaItem(i) {
      // Lock the meeting row so concurrent additions get distinct positions.
      await db.selectFrom("committee_meeting").select("id").where("id", "=", i.meetingId).forUpdate().execute();
      const row = await db
        .insertInto("agenda_item")
        .values((eb) => ({
          meeting_id: i.meetingId,
          case_id: i.caseId,
          decision_point: i.decisionPoint,
          added_by: i.addedBy,
          added_at: i.at,
          position: eb.selectFrom("agenda_item").select(sql<number>`coalesce(max(position), 0) + 1`.as("p")).where("meeting_id", "=", i.meetingId),
        }))
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async meetingsForCase(caseId, decisionPoint) {
      let items = db.selectFrom("agenda_item").select("meeting_id").where("case_id", "=", caseId);
      if (decisionPoint) items = items.where("decision_point", "=", decisionPoint);
      const rows = await meetingQuery()
        .where("m.id", "in", items)
        .orderBy("m.meets_on")
        .execute();
      return rows.map(toMeeting);
    },

    async decision(caseId, decisionPoint) {
      const row = await db.selectFrom("decision").selectAll().where("case_id", "=", caseId).where("decision_point", "=", decisionPoint).executeTakeFirst();
      return row && toDecision(row);
    },
    async addDecision(d) {
      const row = await db
        .insertInto("decision")
        .values({
          case_id: d.caseId,
          meeting_id: d.meetingId,
          decision_point: d.decisionPoint,
          paragraph: d.paragraph,
          decided_on: d.decidedOn,
          outcome: d.outcome,
          granted_amount_sek: d.grantedAmountSek,
          conditions: d.conditions,
          recipients: d.recipients,
          recorded_by: d.recordedBy,
          created_at: d.at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async setDecisionDates(id, dates) {
      await db.updateTable("decision").set({ minutes_approved_on: dates.minutesApprovedOn, posted_on: dates.postedOn }).where("id", "=", id).execute();
    },
    async setCaseOutcome(caseId, args) {
      await db
        .updateTable("collaboration_case")
        .set({ granted_amount_sek: args.grantedAmountSek, updated_at: args.at })
        .where("id", "=", caseId)
        .execute();
    },

    async applicationAnswers(caseId) {
      const row = await db.selectFrom("application").select("answers").where("case_id", "=", caseId).executeTakeFirst();
      return row?.answers ?? {};
    },
    async applicantEmails(caseId) {
      return partyUserEmails(db, caseId);
    },

    async caseStaff(committeeId) {
      const rows = await db
        .selectFrom("app_user as u")
        .innerJoin("staff_committee as sc", "sc.user_id", "u.id")
        .select(["u.id", "u.name", "u.email", "u.role"])
        .where("u.role", "in", ["kontaktperson", "handlaggare"])
        .where("u.disabled_at", "is", null)
        .where("sc.committee_id", "=", committeeId)
        .orderBy("u.name")
        .execute();
      return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, role: r.role as "kontaktperson" | "handlaggare" }));
    },
    async setContactPerson(caseId, userId, at) {
      await db.updateTable("collaboration_case").set({ contact_person_id: userId, updated_at: at }).where("id", "=", caseId).execute();
    },
  };
}

/**
 * The check-ins of running processes, their agenda points and agreed actions (migration 0026).
 * Each read is a constant number of queries however many check-ins, points or actions there are.
 */
import type { Kysely, Transaction } from "kysely";
import type { ActionRecord, AgendaPointRecord, CheckinRepository, CheckinWithDetails } from "#src/application/checkins/index.ts";
import { CHECKIN_PHASES } from "#src/domain/checkins/checkin.ts";
import type { Database } from "../schema.ts";
import { caseParties, partiesOfCase } from "./case-parties.ts";

import { byKey } from "./group-rows.ts";

type Executor = Kysely<Database> | Transaction<Database>;


export function checkinRepository(db: Executor): CheckinRepository {
  const checkinColumns = [
    "c.id",
    "c.case_id",
    "c.series_id",
    "c.title",
    "c.starts_at",
    "c.ends_at",
    "c.place",
    "c.meeting_link",
    "c.status",
    "c.sequence",
    "c.notes",
    "c.notes_at",
    "c.created_by",
    "c.updated_at",
  ] as const;

  const checkinsWhere = (where: { caseId: string; checkinId?: string; forUpdate?: boolean }) => {
    let q = db
      .selectFrom("checkin as c")
      .leftJoin("app_user as n", "n.id", "c.notes_by")
      .select([...checkinColumns, "n.name as notes_by_name"])
      .where("c.case_id", "=", where.caseId);
    if (where.checkinId) q = q.where("c.id", "=", where.checkinId);
    if (where.forUpdate) q = q.forUpdate("c");
    return q.orderBy("c.starts_at").orderBy("c.id");
  };

  async function details(rows: Awaited<ReturnType<ReturnType<typeof checkinsWhere>["execute"]>>): Promise<CheckinWithDetails[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const points = await db
      .selectFrom("checkin_agenda_item as p")
      .leftJoin("app_user as u", "u.id", "p.added_by")
      .select(["p.id", "p.checkin_id", "p.body", "p.created_at", "u.name", "u.role"])
      .where("p.checkin_id", "in", ids)
      .orderBy("p.seq")
      .execute();
    const actions = await db
      .selectFrom("checkin_action as a")
      .leftJoin("app_user as o", "o.id", "a.owner_user_id")
      .leftJoin("app_user as d", "d.id", "a.done_by")
      .select(["a.id", "a.checkin_id", "a.title", "a.owner_user_id", "a.owner_name", "a.due_on", "a.done_at", "o.name as owner_user_name", "o.role as owner_role", "d.name as done_by_name"])
      .where("a.checkin_id", "in", ids)
      .orderBy("a.due_on")
      .orderBy("a.seq")
      .execute();
    const pointsOf = byKey(points, (p) => p.checkin_id);
    const actionsOf = byKey(actions, (a) => a.checkin_id);
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      seriesId: r.series_id,
      title: r.title,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      place: r.place,
      meetingLink: r.meeting_link,
      status: r.status,
      sequence: r.sequence,
      notes: r.notes,
      notesAt: r.notes_at,
      notesByName: r.notes_by_name,
      createdBy: r.created_by,
      updatedAt: r.updated_at,
      agenda: (pointsOf.get(r.id) ?? []).map((p): AgendaPointRecord => ({ id: p.id, body: p.body, addedByName: p.name, addedByGroup: p.role === "aktor", createdAt: p.created_at })),
      actions: (actionsOf.get(r.id) ?? []).map(
        (a): ActionRecord => ({
          id: a.id,
          checkinId: a.checkin_id,
          title: a.title,
          ownerUserId: a.owner_user_id,
          ownerName: a.owner_user_name ?? a.owner_name ?? "",
          ownerSide: a.owner_user_id === null ? "namngiven" : a.owner_role === "aktor" ? "grupp" : "stad",
          dueOn: a.due_on,
          doneAt: a.done_at,
          doneByName: a.done_by_name,
        }),
      ),
    }));
  }

  /** The e-mail addresses of the group's active users, by case. */
  async function groupEmails(caseIds: string[]): Promise<Map<string, string[]>> {
    if (caseIds.length === 0) return new Map();
    const rows = await db
      .selectFrom(caseParties(db).as("cp"))
      .innerJoin("app_user as u", "u.organisation_id", "cp.organisation_id")
      .select(["cp.case_id", "u.email"])
      .distinct()
      .where("cp.case_id", "in", caseIds)
      .where("u.role", "=", "aktor")
      .where("u.disabled_at", "is", null)
      .orderBy("u.email")
      .execute();
    const map = new Map<string, string[]>();
    for (const [caseId, list] of byKey(rows, (r) => r.case_id)) map.set(caseId, list.map((r) => r.email));
    return map;
  }

  /** The e-mail addresses of active users by id. */
  async function emailsOf(userIds: Array<string | null>): Promise<Map<string, string>> {
    const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom("app_user").select(["id", "email"]).where("id", "in", ids).where("disabled_at", "is", null).execute();
    return new Map(rows.map((r) => [r.id, r.email]));
  }

  const recipients = (...lists: Array<Array<string | undefined>>) => [...new Set(lists.flat().filter((e): e is string => !!e))];

  return {
    async list(caseId) {
      return details(await checkinsWhere({ caseId }).execute());
    },

    async find(caseId, checkinId, opts = {}) {
      const [found] = await details(await checkinsWhere({ caseId, checkinId, forUpdate: opts.forUpdate }).execute());
      return found;
    },

    async bySubmissionKey(submissionKey) {
      const rows = await db.selectFrom("checkin").select(["id", "case_id"]).where("submission_key", "=", submissionKey).orderBy("occurrence").execute();
      return rows.map((r) => ({ id: r.id, caseId: r.case_id }));
    },

    async create(c) {
      const row = await db
        .insertInto("checkin")
        .values({
          case_id: c.caseId,
          series_id: c.seriesId,
          occurrence: c.occurrence,
          title: c.title,
          starts_at: c.startsAt,
          ends_at: c.endsAt,
          place: c.place,
          meeting_link: c.meetingLink,
          submission_key: c.submissionKey,
          created_by: c.createdBy,
          created_at: c.at,
          updated_at: c.at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async move(checkinId, time, at) {
      await db
        .updateTable("checkin")
        .set((eb) => ({ starts_at: time.startsAt, ends_at: time.endsAt, place: time.place, meeting_link: time.meetingLink, sequence: eb("sequence", "+", 1), updated_at: at }))
        .where("id", "=", checkinId)
        .execute();
    },

    async cancel(checkinId, at) {
      await db
        .updateTable("checkin")
        .set((eb) => ({ status: "installd", sequence: eb("sequence", "+", 1), updated_at: at }))
        .where("id", "=", checkinId)
        .execute();
    },

    async setNotes(checkinId, notes, by, at) {
      await db.updateTable("checkin").set({ notes, notes_by: by, notes_at: at, updated_at: at }).where("id", "=", checkinId).execute();
    },

    async addAgendaPoint(checkinId, body, by, submissionKey) {
      const row = await db
        .insertInto("checkin_agenda_item")
        .values({ checkin_id: checkinId, body, added_by: by, submission_key: submissionKey })
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      return row !== undefined;
    },

    async addAction(a) {
      if (a.submissionKey) {
        const earlier = await db.selectFrom("checkin_action").select("id").where("submission_key", "=", a.submissionKey).executeTakeFirst();
        if (earlier) return { id: earlier.id, created: false };
      }
      const row = await db
        .insertInto("checkin_action")
        .values({ checkin_id: a.checkinId, case_id: a.caseId, title: a.title, owner_user_id: a.ownerUserId, owner_name: a.ownerName, due_on: a.dueOn, submission_key: a.submissionKey, created_by: a.createdBy })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { id: row.id, created: true };
    },

    async setActionDone(actionId, at, by) {
      await db.updateTable("checkin_action").set({ done_at: at, done_by: by }).where("id", "=", actionId).execute();
    },

    async people(caseId, committeeId) {
      const group = await db
        .selectFrom("app_user as u")
        .select(["u.id", "u.name"])
        .where("u.role", "=", "aktor")
        .where("u.disabled_at", "is", null)
        .where("u.organisation_id", "in", partiesOfCase(db, caseId))
        .orderBy("u.name")
        .execute();
      const staff = await db
        .selectFrom("app_user as u")
        .innerJoin("staff_committee as sc", "sc.user_id", "u.id")
        .select(["u.id", "u.name"])
        .distinct()
        .where("u.role", "in", ["kontaktperson", "handlaggare"])
        .where("u.disabled_at", "is", null)
        .where("sc.committee_id", "=", committeeId)
        .orderBy("u.name")
        .execute();
      return [...group.map((u) => ({ id: u.id, name: u.name, side: "grupp" as const })), ...staff.map((u) => ({ id: u.id, name: u.name, side: "stad" as const }))];
    },

    async audience(caseId, checkinId) {
      const row = await db
        .selectFrom("checkin as c")
        .innerJoin("collaboration_case as k", "k.id", "c.case_id")
        .select(["c.created_by", "k.title", "k.case_number", "k.contact_person_id"])
        .where("c.id", "=", checkinId)
        .where("c.case_id", "=", caseId)
        .executeTakeFirst();
      if (!row) return undefined;
      const group = await groupEmails([caseId]);
      const staff = await emailsOf([row.contact_person_id, row.created_by]);
      return {
        processTitle: row.title,
        caseNumber: row.case_number,
        recipients: recipients(group.get(caseId) ?? [], [row.contact_person_id ? staff.get(row.contact_person_id) : undefined, row.created_by ? staff.get(row.created_by) : undefined]),
      };
    },

    async checkinsForReminders(from, to) {
      const rows = await db
        .selectFrom("checkin as c")
        .innerJoin("collaboration_case as k", "k.id", "c.case_id")
        .select(["c.id", "c.case_id", "c.title", "c.starts_at", "c.ends_at", "c.place", "c.meeting_link", "c.status", "c.created_by", "k.phase", "k.title as process_title", "k.case_number", "k.contact_person_id"])
        .where("c.status", "=", "planerad")
        .where("c.starts_at", ">=", from)
        .where("c.starts_at", "<=", to)
        .where("k.phase", "in", [...CHECKIN_PHASES])
        .orderBy("c.starts_at")
        .execute();
      if (rows.length === 0) return [];
      const points = await db.selectFrom("checkin_agenda_item").select(["checkin_id", "body"]).where("checkin_id", "in", rows.map((r) => r.id)).orderBy("seq").execute();
      const pointsOf = byKey(points, (p) => p.checkin_id);
      const group = await groupEmails([...new Set(rows.map((r) => r.case_id))]);
      const staff = await emailsOf(rows.flatMap((r) => [r.contact_person_id, r.created_by]));
      return rows.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        title: r.title,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        place: r.place,
        meetingLink: r.meeting_link,
        status: r.status,
        phase: r.phase,
        processTitle: r.process_title,
        caseNumber: r.case_number,
        agenda: (pointsOf.get(r.id) ?? []).map((p) => p.body),
        recipients: recipients(group.get(r.case_id) ?? [], [r.contact_person_id ? staff.get(r.contact_person_id) : undefined, r.created_by ? staff.get(r.created_by) : undefined]),
      }));
    },

    async actionsForReminders(dueBy) {
      const rows = await db
        .selectFrom("checkin_action as a")
        .innerJoin("checkin as c", "c.id", "a.checkin_id")
        .innerJoin("collaboration_case as k", "k.id", "a.case_id")
        .leftJoin("app_user as o", "o.id", "a.owner_user_id")
        .select(["a.id", "a.checkin_id", "a.case_id", "a.title", "a.owner_user_id", "a.owner_name", "a.due_on", "a.done_at", "o.name as owner_user_name", "c.created_by", "k.phase", "k.title as process_title", "k.case_number", "k.contact_person_id"])
        .where("a.done_at", "is", null)
        .where("a.due_on", "<=", dueBy)
        .where("k.phase", "in", [...CHECKIN_PHASES])
        .orderBy("a.due_on")
        .execute();
      if (rows.length === 0) return [];
      const group = await groupEmails([...new Set(rows.map((r) => r.case_id))]);
      const people = await emailsOf(rows.flatMap((r) => [r.contact_person_id, r.created_by, r.owner_user_id]));
      const email = (id: string | null) => (id ? people.get(id) : undefined);
      return rows.map((r) => ({
        id: r.id,
        checkinId: r.checkin_id,
        caseId: r.case_id,
        title: r.title,
        ownerName: r.owner_user_name ?? r.owner_name ?? "",
        dueOn: r.due_on,
        done: r.done_at !== null,
        phase: r.phase,
        processTitle: r.process_title,
        caseNumber: r.case_number,
        recipients: recipients(group.get(r.case_id) ?? [], [email(r.contact_person_id), email(r.created_by), email(r.owner_user_id)]),
      }));
    },
  };
}

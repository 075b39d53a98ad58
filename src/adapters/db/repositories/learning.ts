/**
 * Learning across processes (migrations 0023, 0028): the library of lessons with Swedish
 * full-text search, the comparison's figures, the network of actors and its meetings.
 *
 * Search: the user's words (letters and digits only, src/domain/learning/library.ts) are stemmed
 * by the database's `swedish` configuration; each stem becomes a prefix term (`:*`) of a query
 * in the `simple` configuration (so the stems are not stemmed again), all terms required. The
 * query text is made by the database from the lexemes with `quote_literal`; the user's words are
 * only ever a bound parameter. No `unaccent`: it would make å, ä and ö into a and o.
 */
import { sql, type Kysely, type Transaction } from "kysely";
import type { ComparableProcess, ComparisonFigures, ComparisonRepository, LessonHit, LessonRecord, LessonRepository, LessonSource, NetworkEntry, NetworkMeetingRecord, NetworkRepository } from "#src/application/learning/index.ts";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "#src/domain/learning/library.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** The excerpt's options: two fragments of about 12–30 words, the matches between the markers. */
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;
const EXCERPT_CHARS = 240;

export function lessonRepository(db: Executor): LessonRepository {
  const record = () =>
    db
      .selectFrom("lesson as l")
      .innerJoin("collaboration_case as c", "c.id", "l.case_id")
      .leftJoin("app_user as u", "u.id", "l.created_by")
      .select(["l.id", "l.case_id", "c.title as case_title", "c.case_number", "l.source", "l.title", "l.body", "l.phase", "l.created_at", "u.name as created_by_name"]);
  const toRecord = (r: { id: string; case_id: string; case_title: string; case_number: string | null; source: LessonSource; title: string; body: string; phase: string; created_at: Date; created_by_name: string | null }): LessonRecord => ({
    id: r.id,
    caseId: r.case_id,
    caseTitle: r.case_title,
    caseNumber: r.case_number,
    source: r.source,
    title: r.title,
    body: r.body,
    phase: r.phase,
    createdAt: r.created_at,
    createdByName: r.created_by_name,
  });
  return {
    async add(lesson) {
      const row = await db
        .insertInto("lesson")
        .values({ case_id: lesson.caseId, source: lesson.source, title: lesson.title, body: lesson.body, phase: lesson.phase, created_by: lesson.createdBy, submission_key: lesson.submissionKey ?? null })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async bySubmissionKey(key) {
      const row = await db.selectFrom("lesson").select(["id", "case_id"]).where("submission_key", "=", key).executeTakeFirst();
      return row && { id: row.id, caseId: row.case_id };
    },
    async search(q) {
      const words = q.words.join(" ");
      // The query as text, from the stems of the words: 'stem':* & 'stem':* … (empty when every word is a stop word).
      const tsq = q.words.length === 0 ? "" : ((await sql<{ q: string | null }>`select string_agg(quote_literal(lexeme) || ':*', ' & ' order by lexeme) as q from unnest(to_tsvector('swedish', ${words}))`.execute(db)).rows[0]?.q ?? "");
      if (q.words.length > 0 && tsq === "") return { total: 0, usable: false, hits: [] };
      const query = sql`to_tsquery('simple', ${tsq})`;
      let s = db
        .selectFrom("lesson as l")
        .innerJoin("collaboration_case as c", "c.id", "l.case_id")
        .select([
          "l.id",
          "l.case_id",
          "c.title as case_title",
          "c.case_number",
          "l.source",
          "l.title",
          "l.phase",
          "l.created_at",
          sql<number>`count(*) over ()`.as("total"),
          tsq === ""
            ? sql<string>`left(translate(l.body, ${HIGHLIGHT_START + HIGHLIGHT_STOP}, ''), ${EXCERPT_CHARS})`.as("excerpt")
            : sql<string>`ts_headline('swedish', translate(l.body, ${HIGHLIGHT_START + HIGHLIGHT_STOP}, ''), ${query}, ${HEADLINE_OPTIONS})`.as("excerpt"),
          tsq === "" ? sql<number | null>`null::real`.as("rank") : sql<number>`ts_rank(l.search, ${query})`.as("rank"),
        ]);
      if (tsq !== "") s = s.where(sql<boolean>`l.search @@ ${query}`);
      if (q.areaId) s = s.where((eb) => eb.exists(eb.selectFrom("case_area as ca").select("ca.case_id").whereRef("ca.case_id", "=", "l.case_id").where("ca.area_id", "=", q.areaId!)));
      if (q.theme) s = s.where(sql<boolean>`${q.theme} = any(c.themes)`);
      if (q.phase) s = s.where("c.phase", "=", q.phase as Database["collaboration_case"]["phase"]);
      if (q.source) s = s.where("l.source", "=", q.source);
      if (q.size) {
        const approved = sql<number>`coalesce((select sum(e.approved_city_sek) from effort e where e.case_id = c.id and e.approved), 0)`;
        s = s.where(approved, ">=", q.size.minSek);
        if (q.size.maxSek !== null) s = s.where(approved, "<=", q.size.maxSek);
      }
      s = tsq === "" ? s.orderBy("l.created_at", "desc").orderBy("l.id") : s.orderBy("rank", "desc").orderBy("l.created_at", "desc").orderBy("l.id");
      const rows = await s.limit(q.limit).offset(q.offset).execute();
      const hits: LessonHit[] = rows.map((r) => ({ id: r.id, caseId: r.case_id, caseTitle: r.case_title, caseNumber: r.case_number, source: r.source, title: r.title, phase: r.phase, createdAt: r.created_at, excerpt: r.excerpt, rank: r.rank === null ? null : Number(r.rank) }));
      return { total: rows.length > 0 ? Number(rows[0]!.total) : 0, usable: true, hits };
    },
    async byId(id) {
      const row = await record().where("l.id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
    async caseTitle(caseId) {
      return (await db.selectFrom("collaboration_case").select("title").where("id", "=", caseId).executeTakeFirst())?.title;
    },
    async ofCase(caseId) {
      return (await record().where("l.case_id", "=", caseId).orderBy("l.created_at", "desc").orderBy("l.id").execute()).map(toRecord);
    },
    async themesInUse() {
      const rows = await sql<{ theme: string }>`select distinct unnest(c.themes) as theme from collaboration_case c where exists (select 1 from lesson l where l.case_id = c.id) order by 1`.execute(db);
      return rows.rows.map((r) => r.theme);
    },
  };
}

const PROCESS_PHASES = ["samarbete", "utforande", "resultat", "avslutad"] as const;

export function comparisonRepository(db: Executor): ComparisonRepository {
  return {
    async processes() {
      const rows = await db
        .selectFrom("collaboration_case as c")
        .innerJoin("committee as k", "k.id", "c.committee_id")
        .select(["c.id", "c.title", "c.case_number", "c.phase", "c.committee_id", "k.code", sql<string[]>`coalesce((select array_agg(ca.area_id::text order by ca.area_id) from case_area ca where ca.case_id = c.id), '{}')`.as("area_ids")])
        .where("c.phase", "in", PROCESS_PHASES)
        .orderBy("c.title")
        .orderBy("c.id")
        .execute();
      return rows.map((r): ComparableProcess => ({ caseId: r.id, title: r.title, caseNumber: r.case_number, phase: r.phase, committeeId: r.committee_id, committeeCode: r.code, areaIds: r.area_ids }));
    },
    async figures(caseIds, today) {
      if (caseIds.length === 0) return [];
      const ids = [...caseIds];
      const [cases, efforts, actorsOwn, phases, activities, bySex, lessons] = await Promise.all([
        db.selectFrom("collaboration_case as c").innerJoin("committee as k", "k.id", "c.committee_id").select(["c.id", "c.title", "c.case_number", "c.phase", "k.code"]).where("c.id", "in", ids).execute(),
        db
          .selectFrom("effort")
          .select([
            "case_id",
            sql<string>`coalesce(sum(approved_city_sek) filter (where approved), 0)`.as("city"),
            sql<string>`count(*) filter (where approved)`.as("approved"),
            sql<string>`count(*) filter (where approved and ends_on < ${today})`.as("ended"),
            sql<string | null>`min(starts_on) filter (where approved)`.as("starts_on"),
            sql<string | null>`max(ends_on) filter (where approved)`.as("ends_on"),
          ])
          .where("case_id", "in", ids)
          .groupBy("case_id")
          .execute(),
        db
          .selectFrom("effort_budget_line as b")
          .innerJoin("effort as e", "e.id", "b.effort_id")
          .select(["e.case_id", sql<string>`coalesce(sum(b.amount_sek), 0)`.as("sum")])
          .where("e.case_id", "in", ids)
          .where("e.approved", "=", true)
          .where("b.funder", "=", "aktor")
          .groupBy("e.case_id")
          .execute(),
        db
          .selectFrom("process_phase_event")
          .select(["case_id", sql<Date | null>`min(occurred_at) filter (where event in ('samarbete_inleds', 'stadsinitierad_start'))`.as("started"), sql<Date | null>`max(occurred_at) filter (where event = 'avslutas')`.as("closed")])
          .where("case_id", "in", ids)
          .groupBy("case_id")
          .execute(),
        db
          .selectFrom("dialogue_activity")
          .select(["case_id", sql<string>`count(*)`.as("count"), sql<string>`coalesce(sum(participants_total), 0)`.as("participants")])
          .where("case_id", "in", ids)
          .groupBy("case_id")
          .execute(),
        db
          .selectFrom("activity_participation as p")
          .innerJoin("dialogue_activity as a", "a.id", "p.activity_id")
          .select(["a.case_id", "p.category", sql<string>`sum(p.participants)`.as("count")])
          .where("a.case_id", "in", ids)
          .where("p.dimension", "=", "kon")
          .groupBy(["a.case_id", "p.category"])
          .execute(),
        db.selectFrom("lesson").select(["case_id", sql<string>`count(*)`.as("count")]).where("case_id", "in", ids).groupBy("case_id").execute(),
      ]);
      const by = <R extends { case_id: string }>(rows: R[]) => new Map(rows.map((r) => [r.case_id, r]));
      const [e, o, p, a, l] = [by(efforts), by(actorsOwn), by(phases), by(activities), by(lessons)];
      const byId = new Map(cases.map((c) => [c.id, c]));
      return ids.flatMap((id): ComparisonFigures[] => {
        const c = byId.get(id);
        if (!c) return [];
        const ef = e.get(id);
        const ph = p.get(id);
        const ac = a.get(id);
        return [
          {
            caseId: id,
            title: c.title,
            caseNumber: c.case_number,
            phase: c.phase,
            committeeCode: c.code,
            approvedCitySek: Number(ef?.city ?? 0),
            actorsOwnSek: Number(o.get(id)?.sum ?? 0),
            effortsApproved: Number(ef?.approved ?? 0),
            effortsEnded: Number(ef?.ended ?? 0),
            startsOn: ef?.starts_on ? String(ef.starts_on).slice(0, 10) : null,
            endsOn: ef?.ends_on ? String(ef.ends_on).slice(0, 10) : null,
            startedAt: ph?.started ? new Date(ph.started) : null,
            closedAt: ph?.closed ? new Date(ph.closed) : null,
            activities: Number(ac?.count ?? 0),
            participantsTotal: Number(ac?.participants ?? 0),
            participantsBySex: bySex.filter((s) => s.case_id === id).map((s) => ({ category: s.category, count: Number(s.count) })),
            lessons: Number(l.get(id)?.count ?? 0),
          },
        ];
      });
    },
    async paidSoFarSek(caseIds) {
      // The city's payments recorded in the budget follow-up, per process (0 when none yet).
      if (caseIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("execution_payment")
        .select((eb) => ["case_id", eb.fn.sum<number>("amount_sek").as("paid")])
        .where("case_id", "in", caseIds)
        .groupBy("case_id")
        .execute();
      const paid = new Map(rows.map((r) => [r.case_id, Number(r.paid)]));
      return new Map(caseIds.map((id) => [id, paid.get(id) ?? 0]));
    },
  };
}

export function networkRepository(db: Executor): NetworkRepository {
  const entryQuery = () =>
    db
      .selectFrom("process_actor as a")
      .innerJoin("collaboration_case as c", "c.id", "a.case_id")
      .select(["a.id", "a.case_id", "a.name", "a.actor_type", "a.organisation_id", "a.org_number", "a.contact_name", "a.email", "a.phone", "c.title as case_title", "c.case_number", "c.phase"]);
  const toEntry = (r: Awaited<ReturnType<ReturnType<typeof entryQuery>["execute"]>>[number]): NetworkEntry => ({
    processActorId: r.id,
    caseId: r.case_id,
    name: r.name,
    type: r.actor_type,
    organisationId: r.organisation_id,
    orgNumber: r.org_number,
    contactName: r.contact_name,
    email: r.email,
    phone: r.phone,
    caseTitle: r.case_title,
    caseNumber: r.case_number,
    casePhase: r.phase,
  });
  const meetingQuery = () =>
    db
      .selectFrom("network_meeting as m")
      .leftJoin("app_user as u", "u.id", "m.created_by")
      .select(["m.id", "m.title", "m.starts_at", "m.ends_at", "m.place", "m.agenda", "m.notes", "m.notes_updated_at", "m.public_slug", "m.created_at", "u.name as created_by_name", sql<string>`(select count(*) from network_invitation i where i.meeting_id = m.id)`.as("invited")]);
  const toMeeting = (r: Awaited<ReturnType<ReturnType<typeof meetingQuery>["execute"]>>[number]): NetworkMeetingRecord => ({
    id: r.id,
    title: r.title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    place: r.place,
    agenda: r.agenda,
    notes: r.notes,
    notesUpdatedAt: r.notes_updated_at,
    publicSlug: r.public_slug,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    invited: Number(r.invited),
  });
  return {
    async entries() {
      return (await entryQuery().where("c.phase", "in", PROCESS_PHASES).orderBy("a.name").orderBy("a.id").execute()).map(toEntry);
    },
    async caseAreas() {
      const rows = await db
        .selectFrom("case_area")
        .select(["case_id", "area_id"])
        .where((eb) => eb.exists(eb.selectFrom("process_actor as a").select("a.id").whereRef("a.case_id", "=", "case_area.case_id")))
        .execute();
      return rows.map((r) => ({ caseId: r.case_id, areaId: r.area_id }));
    },
    async entriesById(ids) {
      if (ids.length === 0) return [];
      return (await entryQuery().where("a.id", "in", [...ids]).where("c.phase", "in", PROCESS_PHASES).execute()).map(toEntry);
    },
    async meetings() {
      return (await meetingQuery().orderBy("m.starts_at", "desc").orderBy("m.id").execute()).map(toMeeting);
    },
    async meeting(id) {
      const row = await meetingQuery().where("m.id", "=", id).executeTakeFirst();
      return row && toMeeting(row);
    },
    async meetingBySlug(slug) {
      const row = await meetingQuery().where("m.public_slug", "=", slug).executeTakeFirst();
      return row && toMeeting(row);
    },
    async meetingBySubmissionKey(key) {
      return (await db.selectFrom("network_meeting").select("id").where("submission_key", "=", key).executeTakeFirst())?.id;
    },
    async createMeeting(m) {
      const row = await db
        .insertInto("network_meeting")
        .values({ title: m.title, starts_at: m.startsAt, ends_at: m.endsAt, place: m.place, agenda: m.agenda, public_slug: m.publicSlug, submission_key: m.submissionKey, created_by: m.createdBy, updated_at: m.at })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async saveNotes(id, notes, at) {
      await db.updateTable("network_meeting").set({ notes, notes_updated_at: at, updated_at: at }).where("id", "=", id).execute();
    },
    async invitations(meetingId) {
      const rows = await db
        .selectFrom("network_invitation as i")
        .leftJoin("app_user as u", "u.id", "i.invited_by")
        .select(["i.email", "i.name", "i.process_actor_id", "i.invited_at", "u.name as by_name"])
        .where("i.meeting_id", "=", meetingId)
        .orderBy("i.invited_at")
        .orderBy("i.email")
        .execute();
      return rows.map((r) => ({ email: r.email, name: r.name, processActorId: r.process_actor_id, invitedAt: r.invited_at, invitedByName: r.by_name }));
    },
    async invite(meetingId, rows, by) {
      if (rows.length === 0) return [];
      const existing = new Set((await db.selectFrom("network_invitation").select("email").where("meeting_id", "=", meetingId).execute()).map((r) => r.email.toLowerCase()));
      const fresh = rows.filter((r) => !existing.has(r.email.toLowerCase()));
      if (fresh.length === 0) return [];
      const inserted = await db
        .insertInto("network_invitation")
        .values(fresh.map((r) => ({ meeting_id: meetingId, email: r.email, name: r.name, process_actor_id: r.processActorId, organisation_id: r.organisationId, invited_by: by })))
        .onConflict((oc) => oc.doNothing())
        .returning("email")
        .execute();
      return inserted.map((r) => r.email);
    },
    async meetingLessons(meetingId) {
      const rows = await db
        .selectFrom("network_meeting_lesson as ml")
        .innerJoin("collaboration_case as c", "c.id", "ml.case_id")
        .select(["ml.case_id", "ml.lesson_id", "c.title"])
        .where("ml.meeting_id", "=", meetingId)
        .orderBy("c.title")
        .execute();
      return rows.map((r) => ({ caseId: r.case_id, lessonId: r.lesson_id, caseTitle: r.title }));
    },
    async linkLesson(meetingId, caseId, lessonId) {
      const row = await db.insertInto("network_meeting_lesson").values({ meeting_id: meetingId, case_id: caseId, lesson_id: lessonId }).onConflict((oc) => oc.doNothing()).returning("lesson_id").executeTakeFirst();
      return row !== undefined;
    },
  };
}

/**
 * Dialogue activities of a running process (issue 11, seed 002): the group and the case staff of
 * its committee plan them (what, when, where, for whom, accessibility, languages), record who
 * took part, and hand out a public link, a poster with a QR code and a calendar file for each.
 *
 * Who may do what: reading follows the case (`case.read`); changing is `process.work`, and only
 * while the process runs (src/domain/dialogue/activity.ts). Anyone else is answered "not_found",
 * so that a guessed id tells nothing. Participation figures are shown whole to those who work in
 * the process; to every other reader small counts are suppressed (src/domain/dialogue/participation.ts).
 * Each change is validated, audited and made in one transaction.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { swedishDay } from "#src/domain/dates.ts";
import { isHeld, isPublicSlug, isRunningPhase, NEW_SLUG_LENGTH } from "#src/domain/dialogue/activity.ts";
import { isOpenForViewpoints } from "#src/domain/dialogue/open-for-viewpoints.ts";
import { suppressCells, unsuppressedCells, type ShownCell } from "#src/domain/dialogue/participation.ts";
import type { ParticipationDimension } from "#src/domain/dialogue/vocabulary.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { AuditMeta, Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { ActivityRecord, ActivityValues, CalendarWriter, PublicActivityRecord, QrCodeMaker, SlugSource } from "./activity-ports.ts";
import { activitySchema, activityValues, newActivitySchema, participationRecord, participationSchema, type ActivityInput, type NewActivityInput, type ParticipationInput } from "./activity-schemas.ts";

export type ActivityError = "not_found" | "invalid" | "not_running";

/** An activity as a page shows it. */
export interface ActivityView extends ActivityValues {
  id: string;
  publicSlug: string;
  /** The public page's address (PUBLIC_URL/synpunkt/<slug>), for the link and the QR code. */
  publicLink: string;
  openForViewpoints: boolean;
  held: boolean;
  participation: {
    total: number | null;
    /** The recorded counts of each dimension; hidden ones have a null count, unless the reader works in the process. */
    dimensions: Array<{ dimension: ParticipationDimension; cells: ShownCell[] }>;
  };
}

export interface ProcessActivities {
  caseId: string;
  title: string;
  phase: Phase;
  /** The reader works in the process and it runs: the forms are shown. */
  mayChange: boolean;
  /** The reader works in the process: every count is shown. */
  seesAllFigures: boolean;
  upcoming: ActivityView[];
  held: ActivityView[];
}

export interface OneActivity {
  caseId: string;
  title: string;
  phase: Phase;
  mayChange: boolean;
  seesAllFigures: boolean;
  activity: ActivityView;
}

/** The poster: the activity, the process, and the QR code of its public link. */
export interface ActivityPoster extends OneActivity {
  qrModules: boolean[][];
}

/** What the public page of an activity (/synpunkt/<slug>) needs. */
export interface PublicActivity extends PublicActivityRecord {
  publicLink: string;
  /** The page takes viewpoints now: the process is in its samarbetsfas and the consultation has not ended (Swedish date). */
  openForViewpoints: boolean;
}

export interface CalendarFile {
  filename: string;
  body: string;
}

const base = (url: string) => (url.endsWith("/") ? url : `${url}/`);

export class ActivityService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #slugs: SlugSource;
  readonly #calendar: CalendarWriter;
  readonly #qr: QrCodeMaker;
  readonly #publicUrl: string;

  constructor(deps: { uow: UnitOfWork; clock: Clock; slugs: SlugSource; calendar: CalendarWriter; qr: QrCodeMaker; publicUrl: string }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#slugs = deps.slugs;
    this.#calendar = deps.calendar;
    this.#qr = deps.qr;
    this.#publicUrl = deps.publicUrl;
  }

  publicLink(slug: string): string {
    return new URL(`synpunkt/${slug}`, base(this.#publicUrl)).toString();
  }

  #view(a: ActivityRecord, phase: Phase, seesAll: boolean, now: Date): ActivityView {
    const { caseId: _caseId, participation, ...values } = a;
    return {
      ...values,
      publicLink: this.publicLink(a.publicSlug),
      openForViewpoints: isOpenForViewpoints({ phase, consultationEndsOn: a.consultationEndsOn }, swedishDay(now)),
      held: isHeld(a, now),
      participation: {
        total: participation.total,
        dimensions: participation.dimensions.map((d) => ({ dimension: d.dimension, cells: seesAll ? unsuppressedCells(d.cells) : suppressCells(d.cells) })),
      },
    };
  }

  /** The process's activities, upcoming first by start, then those held, latest first; undefined for those who may not read the case. */
  async list(actor: Actor, caseId: string): Promise<ProcessActivities | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      if (!found) return undefined;
      const works = can(actor, { action: "process.work", record: state });
      const now = this.#clock.now();
      const views = (await r.activities.list(caseId)).map((a) => this.#view(a, state.phase, works, now));
      return {
        caseId,
        title: found.title,
        phase: state.phase,
        mayChange: works && isRunningPhase(state.phase),
        seesAllFigures: works,
        upcoming: views.filter((v) => !v.held),
        held: views.filter((v) => v.held).reverse(),
      };
    });
  }

  /** One activity of the process, for those who may read the case. */
  async activity(actor: Actor, caseId: string, activityId: string): Promise<OneActivity | undefined> {
    if (!isUuid(caseId) || !isUuid(activityId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      const found = await r.cases.find(caseId);
      const record = await r.activities.find(caseId, activityId);
      if (!found || !record) return undefined;
      const works = can(actor, { action: "process.work", record: state });
      return { caseId, title: found.title, phase: state.phase, mayChange: works && isRunningPhase(state.phase), seesAllFigures: works, activity: this.#view(record, state.phase, works, this.#clock.now()) };
    });
  }

  /** The poster of an activity: its facts, its public link and that link's QR code. */
  async poster(actor: Actor, caseId: string, activityId: string): Promise<ActivityPoster | undefined> {
    const one = await this.activity(actor, caseId, activityId);
    return one && { ...one, qrModules: this.#qr.modules(one.activity.publicLink) };
  }

  /** The activity's calendar file, for those who may read the case. */
  async calendar(actor: Actor, caseId: string, activityId: string): Promise<CalendarFile | undefined> {
    const one = await this.activity(actor, caseId, activityId);
    return one && this.#calendarFile(one.activity);
  }

  /** The calendar file of the activity with this public address: anyone may have it (public facts only). */
  async publicCalendar(slug: string): Promise<CalendarFile | undefined> {
    const a = await this.activityBySlug(slug);
    return a && this.#calendarFile({ ...a, id: a.activityId });
  }

  #calendarFile(a: { id: string; title: string; description: string; startsAt: Date; endsAt: Date; placeAddress: string | null; point: ActivityValues["point"]; publicSlug: string; publicLink: string }): CalendarFile {
    const host = new URL(base(this.#publicUrl)).hostname;
    const location = a.placeAddress ?? (a.point ? `${a.point.lat}, ${a.point.lon}` : null);
    const description = [a.description, a.publicLink].filter((s) => s.trim() !== "").join("\n\n");
    const body = this.#calendar.event({ uid: `${a.id}@${host}`, title: a.title, description, startsAt: a.startsAt, endsAt: a.endsAt, location, point: a.point, url: a.publicLink });
    return { filename: `${a.publicSlug}.ics`, body };
  }

  /**
   * The activity with this public address, with its process's title and phase and whether its
   * page takes viewpoints today; undefined for an address that is no activity's. Anyone may read it.
   */
  async activityBySlug(slug: string): Promise<PublicActivity | undefined> {
    if (!isPublicSlug(slug)) return undefined;
    const found = await this.#uow.read((r) => r.activities.bySlug(slug));
    if (!found) return undefined;
    return { ...found, publicLink: this.publicLink(found.publicSlug), openForViewpoints: isOpenForViewpoints(found, swedishDay(this.#clock.now())) };
  }

  /** Loads the case for a change and checks that the actor works in it and it runs. */
  async #forChange(r: Repositories, actor: Actor, caseId: string) {
    const state = await r.cases.state(caseId, { forUpdate: true });
    if (!state || !can(actor, { action: "process.work", record: state })) return fail("not_found" as const);
    if (!isRunningPhase(state.phase)) return fail("not_running" as const);
    return ok(state);
  }

  async #newSlug(r: Repositories): Promise<string> {
    for (let i = 0; i < 5; i++) {
      const slug = this.#slugs.newSlug();
      if (slug.length < NEW_SLUG_LENGTH || !isPublicSlug(slug)) throw new Error("the slug source made an address that is not a new public slug");
      if (!(await r.activities.slugTaken(slug))) return slug;
    }
    throw new Error("no free public address for the activity after five tries");
  }

  /** Adds an activity to the process; the same form sent twice adds it once. */
  async create(actor: Actor, caseId: string, input: NewActivityInput, meta: AuditMeta = {}): Promise<Result<{ id: string }, ActivityError>> {
    if (!isUuid(caseId)) return fail("not_found");
    const parsed = newActivitySchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const values = activityValues(parsed.data);
    return this.#uow.transaction(async (r) => {
      const checked = await this.#forChange(r, actor, caseId);
      if (!checked.ok) return checked;
      const at = this.#clock.now();
      const publicSlug = await this.#newSlug(r);
      const made = await r.activities.create(caseId, values, { publicSlug, submissionKey: parsed.data.submissionKey, createdBy: actor.userId, at });
      if (made.created)
        await r.audit.append({ actor, action: "activity.create", entityType: "dialogue_activity", entityId: made.id, organisationId: checked.value.applicantOrganisationId, after: { caseId, ...values }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ id: made.id });
    });
  }

  /** Changes an activity's facts (its public address stays). */
  async update(actor: Actor, caseId: string, activityId: string, input: ActivityInput, meta: AuditMeta = {}): Promise<Result<{ id: string }, ActivityError>> {
    if (!isUuid(caseId) || !isUuid(activityId)) return fail("not_found");
    const parsed = activitySchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const values = activityValues(parsed.data);
    return this.#uow.transaction(async (r) => {
      const checked = await this.#forChange(r, actor, caseId);
      if (!checked.ok) return checked;
      const before = await r.activities.find(caseId, activityId);
      if (!before) return fail("not_found");
      await r.activities.update(activityId, values, this.#clock.now());
      const { participation: _p, caseId: _c, ...old } = before;
      await r.audit.append({ actor, action: "activity.update", entityType: "dialogue_activity", entityId: activityId, organisationId: checked.value.applicantOrganisationId, before: old, after: values, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ id: activityId });
    });
  }

  /** Removes an activity; viewpoints given on it stay with the process, without the activity. */
  async remove(actor: Actor, caseId: string, activityId: string, meta: AuditMeta = {}): Promise<Result<{ id: string }, ActivityError>> {
    if (!isUuid(caseId) || !isUuid(activityId)) return fail("not_found");
    return this.#uow.transaction(async (r) => {
      const checked = await this.#forChange(r, actor, caseId);
      if (!checked.ok) return checked;
      const before = await r.activities.find(caseId, activityId);
      if (!before) return fail("not_found");
      await r.activities.remove(activityId);
      await r.audit.append({ actor, action: "activity.delete", entityType: "dialogue_activity", entityId: activityId, organisationId: checked.value.applicantOrganisationId, before: { caseId, title: before.title, startsAt: before.startsAt, publicSlug: before.publicSlug }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ id: activityId });
    });
  }

  /** Records who took part: the total and the counts by sex, age band and disability (replacing what was there). */
  async recordParticipation(actor: Actor, caseId: string, activityId: string, input: ParticipationInput, meta: AuditMeta = {}): Promise<Result<{ id: string }, ActivityError>> {
    if (!isUuid(caseId) || !isUuid(activityId)) return fail("not_found");
    const parsed = participationSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const record = participationRecord(parsed.data);
    return this.#uow.transaction(async (r) => {
      const checked = await this.#forChange(r, actor, caseId);
      if (!checked.ok) return checked;
      const before = await r.activities.find(caseId, activityId);
      if (!before) return fail("not_found");
      await r.activities.recordParticipation(activityId, record, this.#clock.now());
      await r.audit.append({ actor, action: "activity.participation", entityType: "dialogue_activity", entityId: activityId, organisationId: checked.value.applicantOrganisationId, before: before.participation, after: record, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ id: activityId });
    });
  }
}

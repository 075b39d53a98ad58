/**
 * A resident's viewpoint on a dialogue activity's public page (/synpunkt/<slug>, issue 11): no
 * account, anonymous. The page shows the activity and, while it takes viewpoints (the rule:
 * src/domain/dialogue/open-for-viewpoints.ts), the form. A viewpoint is stored with its optional
 * answers only: nothing about the person (no name, no address, not the IP address: the audit
 * entry of a public viewpoint has none either). The same form sent twice stores one viewpoint.
 * The trap field, the minimum time and the limits per address and activity are the web's
 * (they need the request); the checks of the text are here, beside the rows they compare with.
 */
import { swedishDay } from "#src/domain/dates.ts";
import { viewpointWindow, type ViewpointWindow } from "#src/domain/dialogue/open-for-viewpoints.ts";
import { REPEAT_WINDOW_HOURS, viewpointTextProblem, type ViewpointTextProblem } from "#src/domain/dialogue/viewpoint-text.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { SWEDISH } from "#src/domain/dialogue/vocabulary.ts";
import type { AuditMeta, Clock, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { ViewpointActivity } from "./viewpoint-ports.ts";
import { publicViewpointSchema, type PublicViewpointInput } from "./viewpoint-schemas.ts";

/** The form of an activity's public address (migration 0017's check): anything else is never looked up. */
const PUBLIC_SLUG = /^[a-z0-9]{6,32}$/;

/** How many recent texts on the activity a new one is compared with. */
const RECENT_TEXTS = 500;

/** How an anonymous viewpoint appears in the audit log: no person, no address. */
const ANONYMOUS = "anonym";

export interface PublicViewpointPage {
  activity: Omit<ViewpointActivity, "id" | "caseId" | "phase">;
  window: ViewpointWindow;
}

export type PublicViewpointError = "not_found" | "closed" | "invalid" | ViewpointTextProblem;

export class PublicViewpoints {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;

  readonly #languages: ReadonlySet<string>;

  /** `languages`: the codes of the languages Samverka offers (src/text/languages/; Swedish and English by default). */
  constructor(deps: { uow: UnitOfWork; clock: Clock; languages?: readonly string[] }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#languages = new Set(deps.languages ?? [SWEDISH, "en"]);
  }

  /** The activity's public page; undefined for an address that names no activity. */
  async page(slug: string): Promise<PublicViewpointPage | undefined> {
    if (!PUBLIC_SLUG.test(slug)) return undefined;
    const found = await this.#uow.read((r) => r.viewpoints.publicActivity(slug));
    if (!found) return undefined;
    const { id: _id, caseId: _caseId, phase, ...activity } = found;
    return { activity, window: viewpointWindow({ phase, consultationEndsOn: found.consultationEndsOn }, swedishDay(this.#clock.now())) };
  }

  /**
   * Stores the viewpoint if the activity takes viewpoints today and the text passes its checks.
   * `created` false: this form was sent before, and its viewpoint is already stored.
   */
  async submit(slug: string, input: PublicViewpointInput, meta: AuditMeta = {}): Promise<Result<{ id: string; created: boolean }, PublicViewpointError>> {
    if (!PUBLIC_SLUG.test(slug)) return fail("not_found");
    const parsed = publicViewpointSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const v = parsed.data;
    if (!this.#languages.has(v.language)) return fail("invalid", { language: "vp.error.language" });
    const now = this.#clock.now();
    return this.#uow.transaction(async (r): Promise<Result<{ id: string; created: boolean }, PublicViewpointError>> => {
      const activity = await r.viewpoints.publicActivity(slug);
      if (!activity) return fail("not_found");
      // Sent twice (a double click, a reload): the first is stored, and the second is answered as it was.
      const earlier = await r.viewpoints.bySubmissionKey(v.submissionKey);
      if (earlier) return ok({ id: earlier, created: false });
      if (!viewpointWindow({ phase: activity.phase, consultationEndsOn: activity.consultationEndsOn }, swedishDay(now)).open) return fail("closed");
      const recent = await r.viewpoints.recentBodies(activity.id, new Date(now.getTime() - REPEAT_WINDOW_HOURS * 3_600_000), RECENT_TEXTS);
      const problem = viewpointTextProblem(v.body, recent);
      if (problem) return fail(problem);
      const saved = await r.viewpoints.insert({ caseId: activity.caseId, activityId: activity.id, body: v.body, source: "formular", ageBand: v.ageBand, sex: v.sex, relations: v.relations, submissionKey: v.submissionKey, enteredBy: null, at: now, language: v.language });
      if (saved.created) {
        await r.audit.append({
          actor: null,
          actorLabel: ANONYMOUS,
          action: "viewpoint.submit",
          entityType: "viewpoint",
          entityId: saved.id,
          after: { caseId: activity.caseId, activityId: activity.id, source: "formular" },
          // Never the visitor's address: a viewpoint is anonymous.
          ip: null,
          requestId: meta.requestId ?? null,
        });
      }
      return ok(saved);
    });
  }
}

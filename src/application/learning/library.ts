/**
 * The library of lessons (issue 12): search across every process in Swedish, read a lesson, read
 * and write a process's lessons. Who reads: the city's staff read every lesson (`lessons.read`);
 * a process's group reads its own process's lessons (`case.read`). Who writes by hand: the
 * contact persons and case officers of the process's committee (`lesson.add`), while the process
 * runs or is in its resultatfas. Lessons from result reports, yearly follow-ups and network
 * meetings come through `r.lessons.add` in those features' own use cases.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { THEMES } from "#src/domain/coordination/process.ts";
import { isUuid } from "#src/domain/ids.ts";
import { excerptParts, lessonsOpen, searchWords, sizeBandRange, type ExcerptPart, type SizeBand } from "#src/domain/learning/library.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import { swedishDay } from "#src/domain/dates.ts";
import type { AreaName, AuditMeta, Clock, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { LessonRecord, LessonSource } from "./ports.ts";
import { lessonSchema, lessonSearchSchema, type LessonInput, type LessonSearchInput } from "./schemas.ts";

/** Lessons on one page of the library. */
export const LESSONS_PER_PAGE = 20;

export interface LibraryFilters {
  q: string;
  areaId: string | null;
  theme: string | null;
  phase: string | null;
  size: SizeBand | null;
  source: LessonSource | null;
  page: number;
}

export interface LibraryHit {
  id: string;
  caseId: string;
  caseTitle: string;
  caseNumber: string | null;
  source: LessonSource;
  title: string;
  phase: string;
  createdAt: Date;
  excerpt: ExcerptPart[];
}

export interface LibraryPage {
  filters: LibraryFilters;
  /** The words searched for, as used (letters and digits only). */
  words: string[];
  /** False when the words were all too common to search for (stop words). */
  usable: boolean;
  total: number;
  pages: number;
  hits: LibraryHit[];
  areas: AreaName[];
  themes: string[];
}

export interface ProcessLessons {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: string;
  lessons: LessonRecord[];
  mayAdd: boolean;
}

export type LessonError = "not_found" | "invalid" | "closed";

export class LessonLibrary {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;

  constructor(deps: { uow: UnitOfWork; clock: Clock }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
  }

  /** The library's page for the search in the address; undefined for whoever may not read it. */
  async search(actor: Actor, input: LessonSearchInput): Promise<LibraryPage | undefined> {
    if (!can(actor, { action: "lessons.read" })) return undefined;
    const f = lessonSearchSchema.parse(input);
    const page = Number(f.sida ?? "1");
    const words = searchWords(f.q ?? "");
    const filters: LibraryFilters = { q: f.q ?? "", areaId: f.omrade, theme: f.tema, phase: f.fas, size: f.storlek, source: f.kalla, page };
    return this.#uow.read(async (r) => {
      const [found, areas, themes] = await Promise.all([
        r.lessons.search({
          words,
          areaId: f.omrade,
          theme: f.tema,
          phase: f.fas,
          size: f.storlek ? sizeBandRange(f.storlek) : null,
          source: f.kalla,
          limit: LESSONS_PER_PAGE,
          offset: (page - 1) * LESSONS_PER_PAGE,
        }),
        r.areas.currentNames(swedishDay(this.#clock.now())),
        r.lessons.themesInUse(),
      ]);
      return {
        filters,
        words,
        usable: found.usable,
        total: found.total,
        pages: Math.max(1, Math.ceil(found.total / LESSONS_PER_PAGE)),
        hits: found.hits.map((h) => ({ id: h.id, caseId: h.caseId, caseTitle: h.caseTitle, caseNumber: h.caseNumber, source: h.source, title: h.title, phase: h.phase, createdAt: h.createdAt, excerpt: excerptParts(h.excerpt) })),
        areas,
        themes: themes.filter((t) => (THEMES as readonly string[]).includes(t)),
      };
    });
  }

  /** One lesson: for the staff, or for the group of its process; undefined otherwise. */
  async lesson(actor: Actor, lessonId: string): Promise<(LessonRecord & { mayReadLibrary: boolean }) | undefined> {
    if (!isUuid(lessonId)) return undefined;
    return this.#uow.read(async (r) => {
      const lesson = await r.lessons.byId(lessonId);
      if (!lesson) return undefined;
      const state = await r.cases.state(lesson.caseId);
      if (!state || !can(actor, { action: "case.read", record: state })) return undefined;
      return { ...lesson, mayReadLibrary: can(actor, { action: "lessons.read" }) };
    });
  }

  /** A process's lessons, for the staff and the process's group; whether this person may add one. */
  async ofProcess(actor: Actor, caseId: string): Promise<ProcessLessons | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.read", record: state }) || !isProcess(state.phase)) return undefined;
      const [detail, lessons] = await Promise.all([r.lessons.caseTitle(caseId), r.lessons.ofCase(caseId)]);
      return { caseId, title: detail ?? "", caseNumber: state.caseNumber, phase: state.phase, lessons, mayAdd: can(actor, { action: "lesson.add", record: state }) && lessonsOpen(state.phase) };
    });
  }

  /** Writes a lesson on a process by hand; a double submit (the same form key) adds one. */
  async add(actor: Actor, caseId: string, input: LessonInput, meta: AuditMeta = {}): Promise<Result<{ lessonId: string }, LessonError>> {
    const parsed = lessonSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    if (!isUuid(caseId)) return fail("not_found");
    const { title, body, submissionKey } = parsed.data;
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "lesson.add", record: state }) || !isProcess(state.phase)) return fail("not_found");
      if (submissionKey) {
        const earlier = await r.lessons.bySubmissionKey(submissionKey);
        if (earlier) return earlier.caseId === caseId ? ok({ lessonId: earlier.id }) : fail("invalid", { form: "appl.error.form" });
      }
      if (!lessonsOpen(state.phase)) return fail("closed");
      const lessonId = await r.lessons.add({ caseId, source: "manuell", title, body, phase: state.phase, createdBy: actor.userId, submissionKey });
      await r.audit.append({ actor, action: "lesson.add", entityType: "case", entityId: caseId, organisationId: state.applicantOrganisationId, after: { lessonId, title }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ lessonId });
    });
  }
}

/** The phases in which a case is a process (after the first decision). */
export function isProcess(phase: string): boolean {
  return phase === "samarbete" || phase === "utforande" || phase === "resultat" || phase === "avslutad";
}

/**
 * The library of lessons across processes (lärdomar; issue 12). The table is `lesson`
 * (migration 0023); a lesson belongs to one process and says where it came from.
 */
export type LessonSource = "resultatrapport" | "arsuppfoljning" | "natverk" | "manuell";

export interface NewLesson {
  caseId: string;
  source: LessonSource;
  title: string;
  body: string;
  /** The process's phase when the lesson was recorded. */
  phase: string;
  createdBy: string | null;
}

export interface LessonRepository {
  /** Adds a lesson; returns its id. */
  add(lesson: NewLesson): Promise<string>;
}

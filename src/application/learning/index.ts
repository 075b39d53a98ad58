/** Learning across processes: the library of lessons (issue 12). */
export type { LessonRepository, LessonSource, NewLesson } from "./ports.ts";

/** The reminder log and the library of lessons (migration 0023). */
import type { Kysely, Transaction } from "kysely";
import type { ReminderLog } from "#src/application/shared/ports.ts";
import type { LessonRepository } from "#src/application/learning/index.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export function reminderLog(db: Executor): ReminderLog {
  return {
    async claim(kind, subjectId, occasion) {
      const row = await db
        .insertInto("reminder_sent")
        .values({ kind, subject_id: subjectId, occasion })
        .onConflict((oc) => oc.doNothing())
        .returning("kind")
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

export function lessonRepository(db: Executor): LessonRepository {
  return {
    async add(lesson) {
      const row = await db
        .insertInto("lesson")
        .values({ case_id: lesson.caseId, source: lesson.source, title: lesson.title, body: lesson.body, phase: lesson.phase, created_by: lesson.createdBy })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

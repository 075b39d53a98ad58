/** The reminder log (migration 0023); the library of lessons is in ./learning.ts. */
import type { Kysely, Transaction } from "kysely";
import type { ReminderLog } from "#src/application/shared/ports.ts";
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
    async sent(kinds, subjectIds) {
      if (kinds.length === 0 || subjectIds.length === 0) return new Set();
      const rows = await db.selectFrom("reminder_sent").select(["kind", "subject_id", "occasion"]).where("kind", "in", [...kinds]).where("subject_id", "in", [...subjectIds]).execute();
      return new Set(rows.map((r) => `${r.kind}|${r.subject_id}|${r.occasion}`));
    },
  };
}

/** The library of lessons moved to ./learning.ts with the rest of learning across processes. */
export { lessonRepository } from "./learning.ts";

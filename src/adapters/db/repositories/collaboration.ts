import type { Kysely, Transaction } from "kysely";
import type { CollaborationRepository } from "#src/application/collaboration/index.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { swedishDay } from "#src/domain/dates.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export function collaborationRepository(db: Executor): CollaborationRepository {
  return {
    async recordPhaseChange(caseId, change, recordedBy, at) {
      // A closed process ends today (the register's end date).
      await db
        .updateTable("collaboration_case")
        .set({ phase: change.to, updated_at: at, ...(change.to === "avslutad" ? { ended_on: swedishDay(at) } : {}) })
        .where("id", "=", caseId)
        .execute();
      await db
        .insertInto("process_phase_event")
        .values({ case_id: caseId, event: change.event, from_phase: change.from, to_phase: change.to, reason: change.reason, recorded_by: recordedBy, occurred_at: at })
        .execute();
    },

    async phaseHistory(caseId) {
      const rows = await db
        .selectFrom("process_phase_event as e")
        .leftJoin("app_user as u", "u.id", "e.recorded_by")
        .select(["e.event", "e.from_phase", "e.to_phase", "e.reason", "u.name as recorded_by_name", "e.occurred_at"])
        .where("e.case_id", "=", caseId)
        .orderBy("e.occurred_at")
        .orderBy("e.id")
        .execute();
      return rows.map((r) => ({ event: r.event, from: r.from_phase as Phase, to: r.to_phase, reason: r.reason, recordedByName: r.recorded_by_name, at: r.occurred_at }));
    },
  };
}

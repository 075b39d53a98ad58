import type { Kysely } from "kysely";
import { SAMVERKANSSTOD_V1 } from "#src/domain/process-type/samverkansstod.ts";
import { repositoriesFor } from "./repositories.ts";
import type { Database } from "./schema.ts";

/**
 * The process type versions the code ships. A version is stored once and never changed, so a
 * case assessed against it keeps its criteria; a new guideline is a new version.
 */
export const SHIPPED_PROCESS_TYPES = [{ definition: SAMVERKANSSTOD_V1, validFrom: "2020-08-25" }];

export async function ensureProcessTypes(db: Kysely<Database>): Promise<void> {
  const repos = repositoriesFor(db);
  for (const p of SHIPPED_PROCESS_TYPES) await repos.processTypes.ensure(p.definition, p.validFrom);
}

import { type Kysely, sql } from "kysely";

/**
 * A dialogue activity is created once per form (issue 11): the form's submission key is kept,
 * so a double submit finds the activity the first one created instead of making a second.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table dialogue_activity add column submission_key uuid unique`.execute(db);
}

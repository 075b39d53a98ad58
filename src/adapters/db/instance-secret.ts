import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** Reads a named secret, creating a random one on first use (the same value for every later start). */
export async function instanceSecret(db: Kysely<Database>, name: string): Promise<string> {
  await db
    .insertInto("instance_secret")
    .values({ name, value: randomBytes(48).toString("base64url") })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("instance_secret").select("value").where("name", "=", name).executeTakeFirstOrThrow();
  return row.value;
}

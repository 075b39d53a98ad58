/** Builds the migrated template database once for the whole test run. */
import { writeFile, rm } from "node:fs/promises";
import { sql } from "kysely";
import { openDatabase } from "#src/adapters/db/connect.ts";
import { migrateToLatest } from "#src/adapters/db/migrate.ts";
import { ensureProcessTypes } from "#src/adapters/db/process-types.ts";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withDatabase } from "./test-db.ts";

export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const TEMPLATE_DB = `samverka_test_template_${randomBytes(4).toString("hex")}`;
    process.env.SAMVERKA_TEST_TEMPLATE_DB = TEMPLATE_DB;
    const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
    await sql.raw(`drop database if exists ${TEMPLATE_DB} with (force)`).execute(admin.db);
    await sql.raw(`create database ${TEMPLATE_DB}`).execute(admin.db);
    await admin.close();
    const template = await openDatabase({ databaseUrl: withDatabase(url, TEMPLATE_DB), poolSize: 1 });
    await migrateToLatest(template.db);
    await ensureProcessTypes(template.db);
    await template.close();
    return async () => {
      const cleanup = await openDatabase({ databaseUrl: url, poolSize: 1 });
      await sql.raw(`drop database if exists ${TEMPLATE_DB} with (force)`).execute(cleanup.db);
      await cleanup.close();
    };
  }
  const handle = await openDatabase({});
  await migrateToLatest(handle.db);
  await ensureProcessTypes(handle.db);
  const dump = await handle.dump!();
  // A path of this run's own, so two test runs on one machine do not share a template.
  const TEMPLATE_DUMP = join(tmpdir(), `samverka-test-template-${randomBytes(6).toString("hex")}.tar.gz`);
  process.env.SAMVERKA_TEST_TEMPLATE = TEMPLATE_DUMP;
  await writeFile(TEMPLATE_DUMP, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  return async () => {
    await rm(TEMPLATE_DUMP, { force: true });
  };
}

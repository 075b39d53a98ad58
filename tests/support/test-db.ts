/**
 * Databases for integration tests. On PGlite, a migrated database is built once per run
 * (tests/support/global-setup.ts) and each test file starts from a copy of it, because
 * creating PostGIS from scratch takes seconds. With DATABASE_URL set, each test file gets
 * its own database on that server, created from a migrated template database.
 */
import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { openDatabase, type DatabaseHandle } from "#src/adapters/db/connect.ts";
import { migrateToLatest } from "#src/adapters/db/migrate.ts";
import { ensureProcessTypes } from "#src/adapters/db/process-types.ts";

/**
 * The migrated template database on the server. Its name is chosen once per run by the global
 * setup (SAMVERKA_TEST_TEMPLATE_DB), so two test runs against one server never share a template.
 */
export function templateDatabase(): string {
  return process.env.SAMVERKA_TEST_TEMPLATE_DB ?? "samverka_test_template";
}

export function testDatabaseKind(): "pglite" | "postgres" {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh, migrated, empty database for one test file. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `samverka_test_${randomBytes(6).toString("hex")}`;
    const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
    await sql.raw(`create database ${name} template ${templateDatabase()}`).execute(admin.db);
    await admin.close();
    // The database is dropped WITH (FORCE) at the end, which terminates idle connections: expected here.
    const handle = await openDatabase({ databaseUrl: withDatabase(url, name), poolSize: 10, onConnectionError: () => {} });
    return {
      ...handle,
      async close() {
        await handle.close();
        const cleanup = await openDatabase({ databaseUrl: url, poolSize: 1 });
        await sql.raw(`drop database if exists ${name} with (force)`).execute(cleanup.db);
        await cleanup.close();
      },
    };
  }
  const templatePath = process.env.SAMVERKA_TEST_TEMPLATE;
  const dump = templatePath ? await readFile(templatePath).catch(() => null) : null;
  if (dump) return openDatabase({ loadDataDir: new Blob([dump]) });
  // Outside the global setup (one file run on its own): migrate from scratch.
  const handle = await openDatabase({});
  await migrateToLatest(handle.db);
  await ensureProcessTypes(handle.db);
  return handle;
}

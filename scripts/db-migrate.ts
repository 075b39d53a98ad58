/**
 * `npm run db:migrate`: runs the pending database migrations and says which ran. The server
 * does the same at every start; this is for deployments that migrate as a separate step.
 * Uses the same configuration and database as the server: DATABASE_URL, or PGlite under
 * DATA_DIR. Exit code 0 on success, 1 on a configuration or migration error.
 *
 * Runs directly on Node 24 (type stripping): erasable syntax only, imports with .ts.
 */
import { join } from "node:path";
import { openDatabase, type DatabaseHandle } from "#src/adapters/db/connect.ts";
import { migrateToLatest } from "#src/adapters/db/migrate.ts";
import { ConfigError, loadConfig, type AppConfig } from "#src/adapters/config/config.ts";

/** Where the database is, without the password a DATABASE_URL may carry. */
function describeDatabase(config: AppConfig, pgliteDir: string): string {
  if (!config.databaseUrl) return `PGlite i ${pgliteDir}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL-server ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  } catch {
    return "PostgreSQL-server";
  }
}

async function run(): Promise<number> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  const pgliteDir = join(config.dataDir, "pglite");
  const where = describeDatabase(config, pgliteDir);
  let database: DatabaseHandle | undefined;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: pgliteDir, poolSize: 1 });
    const { applied } = await migrateToLatest(database.db);
    if (applied.length === 0) {
      console.log(`Databasen är redan uppdaterad. (${where})`);
    } else {
      console.log(`Körde ${applied.length} migrering${applied.length === 1 ? "" : "ar"} (${where}):`);
      for (const name of applied) console.log(`  ${name}`);
    }
    return 0;
  } catch (error) {
    console.error(`Migreringen misslyckades (${where}): ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await database?.close().catch(() => {});
  }
}

process.exitCode = await run().catch((error: unknown) => {
  console.error("db:migrate kunde inte köras:", error);
  return 1;
});

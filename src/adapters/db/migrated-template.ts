/**
 * A first start on an empty PGlite folder, made quick: creating a PostgreSQL cluster and PostGIS
 * in WebAssembly and running every migration takes over ten seconds, and gives the same empty,
 * migrated database every time. The first time, that database is kept (./local-cache.ts) as a
 * tarball; a later first start in another folder (a new DATA_DIR, a wiped ./data) begins from
 * it and runs only what the tarball lacks.
 *
 * The tarball's name holds a hash of what it was made from: the PGlite and PostGIS packages'
 * versions and every migration's name and code. Change a migration, or upgrade PGlite, and the
 * next first start makes a new one.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { migrations } from "./migrations/index.ts";
import { keepCached, packageVersion, readCached } from "./local-cache.ts";

/** The template's file name for today's migrations and packages. */
export function templateName(): string {
  const hash = createHash("sha256");
  hash.update(`pglite ${packageVersion("@electric-sql/pglite")}\npostgis ${packageVersion("@electric-sql/pglite-postgis")}\n`);
  for (const [name, migration] of Object.entries(migrations)) hash.update(`${name}\n${migration.up.toString()}\n${migration.down?.toString() ?? ""}\n`);
  return `migrated-${hash.digest("hex").slice(0, 16)}.tar.gz`;
}

/** Whether the PGlite folder holds no database yet. */
export function isEmptyDataDir(dataDir: string): boolean {
  return !existsSync(join(dataDir, "PG_VERSION"));
}

/** The kept migrated database for today's migrations, or null. */
export function migratedTemplate(): Blob | null {
  const bytes = readCached(templateName());
  return bytes ? new Blob([new Uint8Array(bytes)]) : null;
}

/** Keeps a freshly migrated, still empty database as the template. */
export async function keepMigratedTemplate(dump: () => Promise<Blob>): Promise<void> {
  const blob = await dump();
  keepCached(templateName(), new Uint8Array(await blob.arrayBuffer()));
}

/**
 * A first start on an empty PGlite folder begins from the kept migrated database
 * (src/adapters/db/migrated-template.ts): the folder it makes is a whole database, migrated to
 * the latest migration, with PostGIS, and nothing of the template's own data but what the
 * migrations insert.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "#src/adapters/db/connect.ts";
import { migrateToLatest } from "#src/adapters/db/migrate.ts";
import { isEmptyDataDir, keepMigratedTemplate, migratedTemplate, templateName } from "#src/adapters/db/migrated-template.ts";
import { migrations } from "#src/adapters/db/migrations/index.ts";

// PGlite only, whatever DATABASE_URL says: the template is for PGlite's data folders.
describe("the migrated database a first start begins from", () => {
  const folder = mkdtempSync(join(tmpdir(), "samverka-template-test-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("is named after what it was made from, the same each time", () => {
    expect(templateName()).toMatch(/^migrated-[0-9a-f]{16}\.tar\.gz$/);
    expect(templateName()).toBe(templateName());
  });

  it("makes an empty folder a migrated database with PostGIS, with no migration left to run", async () => {
    if (!migratedTemplate()) {
      const fresh = await openDatabase({});
      await migrateToLatest(fresh.db);
      await keepMigratedTemplate(fresh.dump!);
      await fresh.close();
    }
    const template = migratedTemplate();
    expect(template).not.toBeNull();

    const dataDir = join(folder, "pglite");
    expect(isEmptyDataDir(dataDir)).toBe(true);
    const handle = await openDatabase({ dataDir, loadDataDir: template! });
    try {
      expect((await migrateToLatest(handle.db)).applied).toEqual([]);
      const done = await sql<{ name: string }>`select name from schema_migration order by name`.execute(handle.db);
      expect(done.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
      const users = await sql<{ n: number }>`select count(*)::int as n from app_user`.execute(handle.db);
      expect(users.rows[0]!.n).toBe(0);
      const point = await sql<{ x: number }>`select st_x(st_transform(st_setsrid(st_makepoint(374000, 6164000), 3006), 4326)) as x`.execute(handle.db);
      expect(point.rows[0]!.x).toBeCloseTo(12.9, 0);
    } finally {
      await handle.close();
    }
    expect(isEmptyDataDir(dataDir)).toBe(false);

    // The folder is a database of its own now: it opens again without the template.
    const again = await openDatabase({ dataDir });
    try {
      expect((await migrateToLatest(again.db)).applied).toEqual([]);
    } finally {
      await again.close();
    }
  });
});

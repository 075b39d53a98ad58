/**
 * The glossary (docs/glossary.md) points each Swedish term to its code: every module or folder
 * (`src/…`), page (`/path`), table (table `x`), column (column `x.y`), role, phase and case
 * status it names must exist, so a pointer that goes stale after a move fails here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASE_STATUSES } from "#src/domain/case/lifecycle.ts";
import { PHASES } from "#src/domain/case/phase.ts";
import { ROLES } from "#src/domain/roles.ts";

const ROOT = join(import.meta.dirname, "..", "..");
/** The glossary's table rows (the introduction speaks of `src/…` and `/path` in general). */
const glossary = readFileSync(join(ROOT, "docs", "glossary.md"), "utf8")
  .split("\n")
  .filter((l) => l.startsWith("| "))
  .join("\n");
const schema = readFileSync(join(ROOT, "src", "adapters", "db", "schema.ts"), "utf8");
const routes = readFileSync(join(ROOT, "src", "web", "app", "routes.ts"), "utf8");

const all = (re: RegExp) => [...glossary.matchAll(re)].map((m) => m[1]!);

/** Table name → its columns, read from the Kysely schema (the Database interface and each table's interface). */
function tables(): Map<string, Set<string>> {
  const database = /export interface Database \{([\s\S]*?)\n\}/.exec(schema)![1]!;
  const result = new Map<string, Set<string>>();
  for (const [, table, type] of database.matchAll(/^\s+(\w+): (\w+);/gm)) {
    const body = new RegExp(`export interface ${type} \\{([\\s\\S]*?)\\n\\}`).exec(schema)![1]!;
    result.set(table!, new Set([...body.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]!)));
  }
  return result;
}

/** The page paths of src/web/app/routes.ts, with a leading slash ("/" for the index). */
function pages(): Set<string> {
  const paths = [...routes.matchAll(/route\("([^"]+)"/g)].map((m) => `/${m[1]}`);
  return new Set(["/", ...paths]);
}

describe("the glossary", () => {
  it("names only paths in src/ that exist", () => {
    const paths = all(/`(src\/[^`<>*]+)`/g);
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it("names only pages that routes.ts has", () => {
    const named = all(/`(\/[^`\s]*)`/g);
    expect(named.length).toBeGreaterThan(40);
    const known = pages();
    expect(named.filter((p) => !known.has(p))).toEqual([]);
  });

  it("names only tables and columns the schema has", () => {
    const known = tables();
    expect(known.size).toBeGreaterThan(30);
    const named = all(/table `(\w+)`/g);
    expect(named.length).toBeGreaterThan(25);
    expect(named.filter((t) => !known.has(t))).toEqual([]);
    const columns = all(/column `(\w+\.\w+)`/g);
    expect(columns.length).toBeGreaterThan(25);
    expect(columns.filter((c) => !known.get(c.split(".")[0]!)?.has(c.split(".")[1]!))).toEqual([]);
    for (const view of all(/view `(\w+)`/g)) expect(readFileSync(join(ROOT, "src", "adapters", "db", "migrations", "0010_lists.ts"), "utf8")).toContain(`view ${view}`);
  });

  it("names only roles, phases and case statuses the domain has", () => {
    expect(all(/role `(\w+)`/g).filter((r) => !(ROLES as readonly string[]).includes(r))).toEqual([]);
    expect(all(/phase `(\w+)`/g).filter((p) => !(PHASES as readonly string[]).includes(p))).toEqual([]);
    expect(all(/status `(\w+)`/g).filter((s) => !(CASE_STATUSES as readonly string[]).includes(s))).toEqual([]);
    expect(all(/role `(\w+)`/g)).toEqual(expect.arrayContaining([...ROLES]));
  });
});

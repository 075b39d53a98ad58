/**
 * The query flags are Swedish and listed (docs/decisions/0014-query-flags.md): every query
 * parameter a page or the edge sets or reads in src/web is in the record's table, and every
 * parameter in the table is still used. A new English flag (`?saved=1`) fails here.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const RECORD = join(ROOT, "docs", "decisions", "0014-query-flags.md");

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: path.slice(ROOT.length + 1), text: readFileSync(path, "utf8") };
    });
}

/** The parameters a source file sets or reads: in URLs it writes, and through URLSearchParams. */
function parametersIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[?&]([a-z][a-zA-Z_]*)=/g)) found.add(m[1]!);
  for (const m of text.matchAll(/\b(?:params|searchParams|query)\.(?:get|getAll|has|set)\("([a-zA-Z_]+)"/g)) found.add(m[1]!);
  for (const m of text.matchAll(/new URLSearchParams\(\{([^}]*)\}/g)) for (const k of m[1]!.matchAll(/(\w+):/g)) found.add(k[1]!);
  return [...found];
}

/** The flags named in the first column of the record's table (one or more per row). */
function listedFlags(): Set<string> {
  const rows = readFileSync(RECORD, "utf8").split("\n").filter((l) => l.startsWith("| `"));
  return new Set(rows.flatMap((row) => [...row.split("|")[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)));
}

const web = sources(join(ROOT, "src", "web"));

describe("query flags", () => {
  it("every parameter a page or the edge sets or reads is in the record's table", () => {
    const listed = listedFlags();
    const unlisted = web.flatMap(({ path, text }) => parametersIn(text).filter((p) => !listed.has(p)).map((p) => `${path}: ?${p}=`));
    expect(unlisted).toEqual([]);
  });

  it("finds the parameters it looks for (the scan is not blind)", () => {
    expect(parametersIn('redirect(`/x/${id}?sparad=1`); params.get("skickat"); new URLSearchParams({ rader: "1", okanda: "" }); query.set("tillbaka", "granska")').sort()).toEqual(["okanda", "rader", "skickat", "sparad", "tillbaka"]);
    expect(web.length).toBeGreaterThan(50);
  });

  it("every flag in the table is still used somewhere in src/web", () => {
    const all = web.map((s) => s.text).join("\n");
    const unused = [...listedFlags()].filter((f) => !all.includes(`"${f}"`) && !all.includes(`${f}=`));
    expect(unused).toEqual([]);
  });
});

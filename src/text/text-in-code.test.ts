/**
 * Text a person reads lives in the catalogues (src/text), not in code
 * (docs/decisions/0015-where-text-lives.md). This check reads every source file outside src/text
 * with swc and lists the string literals, template parts and JSX text that hold Swedish letters
 * (å, ä, ö): each must be in a file named below, with the reason it may stay. Swedish without
 * those letters slips through; the check is a net, not a proof.
 */
import { parseSync } from "@swc/core";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

/** Files (or folders, ending in /) where Swedish may be written in code, and why. */
const ALLOWED: Record<string, string> = {
  "src/domain/admin/city-goals.ts": "the Agenda 2030 goals' names: reference data in both languages, stored with the city's goals",
  "src/domain/area-index/default-config.ts": "the city's draft index configuration: data whose names carry both languages",
  "src/domain/process-type/samverkansstod.ts": "the versioned process type (criteria, application fields) in both languages: stored per version, so an old case keeps its criteria",
  "src/domain/coordination/area-import.ts": "the column names the area import accepts: what a file may say, not what a page says",
  "src/domain/case/decision.ts": "the name of the court that hears an appeal (Förvaltningsrätten i Malmö): a proper name, the same in every language, that the decision stores and the texts fill in",
  "src/domain/mail/secrets.ts": "the placeholder stored in a mail's copy in place of a secret link: part of the stored mail (migration 0008 writes the same)",
  "src/application/admin/first-run.ts": "an audit actor label (stored in the audit log as written)",
  "src/application/admin/schemas.ts": "the default department stored with the first administrator (data: the city's name)",
  "src/application/auth/auth-service.ts": "audit actor labels (stored in the audit log as written)",
  "src/application/outreach/contact-request-service.ts": "an audit actor label (stored in the audit log as written)",
  "src/adapters/config/": "what the operator reads when a setting is wrong at start-up (stderr, like the log lines)",
  "src/adapters/db/demo-data.ts": "the invented demo data set",
  "src/adapters/db/demo-index.ts": "the invented demo data set",
  "src/adapters/db/demo-actors.ts": "the invented demo data set",
  "src/adapters/db/migrations/": "SQL and the data migrations seed; migrations are history and never change",
  "src/cli/samverka.ts": "the README's section name in the English usage text",
  "src/web/server/main.ts": "start-up log lines",
  "src/web/app/root.tsx": "the city's name in the header's brand, the same in every language",
  "src/web/app/ui/audit-table.tsx": "\"före:\"/\"efter:\" in the raw audit log for administrators: noticed in issue 9 and left, since moving it changes the English page",
};

const SWEDISH = /[åäöÅÄÖ]/;

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) && !entry.endsWith(".d.ts")) yield path;
  }
}

type Node = { type?: string; value?: unknown; raw?: unknown; [key: string]: unknown };

function swedish(node: unknown, found: string[]): void {
  if (Array.isArray(node)) for (const n of node) swedish(n, found);
  else if (node && typeof node === "object") {
    const n = node as Node;
    if ((n.type === "StringLiteral" || n.type === "JSXText") && typeof n.value === "string" && SWEDISH.test(n.value)) found.push(n.value.trim());
    if (n.type === "TemplateElement" && typeof n.raw === "string" && SWEDISH.test(n.raw)) found.push(n.raw.trim());
    for (const [key, value] of Object.entries(n)) if (key !== "span") swedish(value, found);
  }
}

describe("text a person reads is not written in code", () => {
  it("outside src/text, Swedish is written only where the list above allows it", () => {
    const unexpected: string[] = [];
    for (const file of sources(join(ROOT, "src"))) {
      const path = relative(ROOT, file).split("\\").join("/");
      if (path.startsWith("src/text/") || Object.keys(ALLOWED).some((a) => (a.endsWith("/") ? path.startsWith(a) : path === a))) continue;
      const found: string[] = [];
      swedish(parseSync(readFileSync(file, "utf8"), { syntax: "typescript", tsx: path.endsWith(".tsx") }), found);
      for (const text of found) unexpected.push(`${path}: ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)}`);
    }
    expect(unexpected, "move these into a catalogue in src/text (or, for data, logs and audit labels, name the file in ALLOWED with the reason)").toEqual([]);
  });

  it("every file it allows still exists and still holds Swedish (the list does not outlive its reasons)", () => {
    for (const allowed of Object.keys(ALLOWED)) {
      const files = allowed.endsWith("/") ? [...sources(join(ROOT, allowed))] : [join(ROOT, allowed)];
      const found: string[] = [];
      for (const file of files) swedish(parseSync(readFileSync(file, "utf8"), { syntax: "typescript", tsx: file.endsWith(".tsx") }), found);
      expect(found.length, allowed).toBeGreaterThan(0);
    }
  });
});

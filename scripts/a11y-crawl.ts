/**
 * A crawl, not a test (decision 0034): signs in as each demo role of a running demo server, follows
 * the links of its pages (at most PER pages per address pattern, MAX per role) and the public pages,
 * and prints every axe violation with the end-to-end tests' tags, or (TARGETS=1) every target
 * smaller than 24 × 24 px that is no exception (WCAG 2.5.8). JS=0 blocks the pages' scripts, so a
 * page is seen as without JavaScript while axe still runs in it.
 *
 *   BASE=http://127.0.0.1:3000 node scripts/a11y-crawl.ts
 *   ROLES=public,aktor MAX=30 PER=1 JS=0 TARGETS=1 node scripts/a11y-crawl.ts
 */
import { AxeBuilder } from "@axe-core/playwright";
import { chromium } from "playwright-core";
import { AXE_TAGS, chromiumPath, DEMO_PASSWORD } from "../tests/e2e/support/browser.ts";
import { smallTargets } from "../tests/e2e/support/targets.ts";

const BASE = process.env.BASE ?? "http://127.0.0.1:3000";
const JS = process.env.JS !== "0";
const MAX = Number(process.env.MAX ?? 60);
const PER = Number(process.env.PER ?? 1);
const TARGETS = process.env.TARGETS === "1";
const ROLES = (process.env.ROLES ?? "public,kontaktperson,handlaggare,aktor,forening,analytiker,admin").split(",");
const PUBLIC = ["/", "/samverkansstod", "/samverkansstod/kontakt", "/logga-in", "/glomt-losenord", "/registrera", "/tillganglighet"];
const SKIP = /\.(csv|docx|pdf|ics|geojson)(\?|$)|logga-ut|\/bilagor\/|\/rapporter\/[^/]+$|\/underlag\/[^/]+$/;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const found = new Map<string, string[]>();
for (const role of ROLES) {
  const context = await browser.newContext({ locale: "sv-SE" });
  if (!JS) await context.route(/\.m?js(\?.*)?$/, (r) => r.abort());
  const page = await context.newPage();
  let queue = PUBLIC;
  if (role !== "public") {
    await page.goto(`${BASE}/logga-in`);
    await page.getByLabel("E-postadress").fill(`${role}@demo.samverka.invalid`);
    await page.getByLabel("Lösenord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${BASE}/start`);
    queue = ["/start"];
  }
  queue = [...queue];
  const seen = new Set<string>();
  const patterns = new Map<string, number>();
  let visited = 0;
  while (queue.length > 0 && visited < MAX) {
    const path = queue.shift()!;
    if (seen.has(path) || SKIP.test(path)) continue;
    seen.add(path);
    const response = await page.goto(`${BASE}${path}`).catch(() => null);
    if (!response || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    visited++;
    const problems = TARGETS
      ? (await smallTargets(page)).map((t) => `target ${t.target} ${t.width}×${t.height}`)
      : (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" ; ")}`);
    for (const p of problems) found.set(p, [...(found.get(p) ?? []), `${role} ${path}`]);
    for (const href of await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href") ?? ""))) {
      if (!href.startsWith("/") || href.startsWith("//")) continue;
      const next = href.split("#")[0]!;
      const pattern = next.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id").replace(/GESO-\d+/g, ":code").replace(/\?.*/, "?");
      if (seen.has(next) || queue.includes(next) || (patterns.get(pattern) ?? 0) >= PER) continue;
      patterns.set(pattern, (patterns.get(pattern) ?? 0) + 1);
      queue.push(next);
    }
  }
  console.log(`${role}: ${visited} pages`);
  await context.close();
}
await browser.close();
for (const [problem, where] of found) console.log(`\n${problem}\n  ${where.slice(0, 8).join("\n  ")}`);
console.log(found.size === 0 ? "\nNothing found." : `\n${found.size} problems.`);
process.exitCode = found.size === 0 ? 0 : 1;

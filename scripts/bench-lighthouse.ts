/**
 * npm run bench:lighthouse: Lighthouse's mobile performance audit (its default: a mid-range
 * phone on a slow 4G connection, simulated) of the public pages residents open on their
 * phones: the start page, the samverkansstöd page and the contact form. The app runs as
 * `npm start` runs it, with demo data, in a data folder of its own; Chromium is Debian's
 * (/usr/bin/chromium, or CHROME_PATH). Figures are printed, never asserted.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startAppProcess } from "./support/app-process.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PAGES = [
  { name: "start page", path: "/" },
  { name: "samverkansstöd", path: "/samverkansstod" },
  { name: "contact form", path: "/samverkansstod/kontakt" },
];

const built = spawnSync(process.execPath, [join(ROOT, "scripts", "start.ts"), "build"], { cwd: ROOT, stdio: "inherit" });
if (built.status !== 0) throw new Error("the build failed");

const dataDir = mkdtempSync(join(tmpdir(), "samverka-lighthouse-"));
const app = await startAppProcess({ DATA_DIR: dataDir, DATABASE_URL: "", DEMO_DATA: "true" });
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
try {
  console.log(`Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile (simulated slow 4G, 4× CPU slowdown)`);
  console.log(`${"page".padEnd(16)} ${"score".padStart(5)} ${"FCP".padStart(7)} ${"LCP".padStart(7)} ${"TBT".padStart(6)} ${"CLS".padStart(5)} ${"weight".padStart(8)} ${"JS".padStart(6)} ${"CSS".padStart(6)}`);
  for (const page of PAGES) {
    const result = await lighthouse(`${app.url}${page.path}`, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", output: "json" });
    if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
    const { lhr } = result;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const bytesOf = (type: string) => {
      const items = (lhr.audits["resource-summary"]?.details as { items?: Array<{ resourceType: string; transferSize: number }> } | undefined)?.items ?? [];
      return items.find((i) => i.resourceType === type)?.transferSize ?? 0;
    };
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `${page.name.padEnd(16)} ${String(Math.round((lhr.categories.performance?.score ?? 0) * 100)).padStart(5)} ${`${(audit("first-contentful-paint") / 1000).toFixed(2)} s`.padStart(7)} ${`${(audit("largest-contentful-paint") / 1000).toFixed(2)} s`.padStart(7)} ${`${Math.round(audit("total-blocking-time"))} ms`.padStart(6)} ${audit("cumulative-layout-shift").toFixed(2).padStart(5)} ${kb(audit("total-byte-weight")).padStart(8)} ${kb(bytesOf("script")).padStart(6)} ${kb(bytesOf("stylesheet")).padStart(6)}`,
    );
  }
} finally {
  chrome.kill();
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

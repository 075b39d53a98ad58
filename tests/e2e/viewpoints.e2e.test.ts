/**
 * Residents' viewpoints in Chromium (issue 11). Two residents give viewpoints on a dialogue
 * activity's public page, one with JavaScript off; the page ships no script and weighs at most
 * 30 KB over the wire; a closed activity's page says so. Then the group (the contact person)
 * finds the viewpoints under the process, enters one by hand, imports a file, hides one and
 * redacts personal data from another. axe on every page (for the resident without JavaScript,
 * in a context of the same browser state that has it).
 *
 * The app runs on a data folder of this file's own: the demo set, migrated and loaded here,
 * with two dialogue activities on the demo process in its samarbetsfas (one open, one whose last
 * day has passed), since the activities' own pages are another part of the issue.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { openDatabase } from "#src/adapters/db/connect.ts";
import { loadDemoData } from "#src/adapters/db/demo-data.ts";
import { migrateToLatest } from "#src/adapters/db/migrate.ts";
import { ensureProcessTypes } from "#src/adapters/db/process-types.ts";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { startApp, type RunningApp } from "./support/server.ts";

const PROCESS = "Dialog om parkstråket i Rosengård (demo)";
const OPEN = "e2esynpunkt2026";
const CLOSED = "e2estangd2026";
const MAX_BYTES = 30 * 1024;

/** A data folder with the demo set and the two activities, made before the server starts. */
async function prepareDataDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "samverka-e2e-viewpoints-"));
  const database = await openDatabase({ dataDir: join(dir, "pglite") });
  try {
    await migrateToLatest(database.db);
    await ensureProcessTypes(database.db);
    await loadDemoData(database.db, argon2idHasher);
    const process = await database.db.selectFrom("collaboration_case").select("id").where("title", "=", PROCESS).executeTakeFirstOrThrow();
    const activity = { case_id: process.id, activity_type: "popup" as const, place_address: "Lekplatsen vid Rosengårdsstråket", starts_at: new Date("2026-11-20T14:00:00Z"), ends_at: new Date("2026-11-20T17:00:00Z") };
    await database.db
      .insertInto("dialogue_activity")
      .values([
        { ...activity, title: "Pop-up vid lekplatsen (demo)", description: "Hur vill du att lekplatsen och stråket ska bli?", public_slug: OPEN },
        { ...activity, title: "Enkät om belysningen (demo)", activity_type: "enkat", public_slug: CLOSED, consultation_ends_on: "2020-01-31" },
      ])
      .execute();
  } finally {
    await database.close();
  }
  return dir;
}

/** Every byte the page load took over the wire: the document and what it loaded (headers included). */
async function pageWeight(page: Page): Promise<{ bytes: number; loaded: string[] }> {
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    return { bytes: navigation.transferSize + resources.reduce((n, r) => n + r.transferSize, 0), loaded: [navigation.name, ...resources.map((r) => r.name)] };
  });
}

describe("residents' viewpoints in Chromium", () => {
  let app: RunningApp;
  let browser: Browser;
  let dataDir = "";

  beforeAll(async () => {
    dataDir = await prepareDataDir();
    [app, browser] = await Promise.all([startApp(inject("buildDir"), { DATA_DIR: dataDir }), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("takes a resident's viewpoint on a light page without scripts, and says what to fix first", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => void (r.resourceType() === "script" && scripts.push(r.url())));
    const response = await page.goto(`${app.baseUrl}/synpunkt/${OPEN}`);
    await page.waitForLoadState("load");
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Pop-up vid lekplatsen (demo)");
    expect(await page.getByText(`En dialog i ${PROCESS}.`).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Så hanterar vi det du skriver" }).count()).toBe(1);
    expect(await page.locator("script").count()).toBe(0);
    expect(scripts).toEqual([]);
    const weight = await pageWeight(page);
    expect(weight.bytes, `bytes over the wire for ${weight.loaded.join(", ")}`).toBeLessThanOrEqual(MAX_BYTES);
    await expectAccessible(page);

    // Sent empty: told what to fix, with the answers given kept.
    await page.getByLabel("30–49 år").check();
    await page.getByRole("button", { name: "Skicka synpunkten" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByLabel("Din synpunkt").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("30–49 år").isChecked()).toBe(true);
    await expectAccessible(page);

    await page.getByLabel("Din synpunkt").fill("Gångvägen genom parken är för mörk på kvällarna. Fler lampor, tack!");
    await page.getByLabel("Kvinna").check();
    await page.getByLabel("Jag bor här").check();
    await page.getByRole("button", { name: "Skicka synpunkten" }).click();
    await page.waitForURL(`${app.baseUrl}/synpunkt/${OPEN}?tack=1`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tack för din synpunkt!");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Lämna en synpunkt till" }).click();
    await page.waitForURL(`${app.baseUrl}/synpunkt/${OPEN}`);
    expect(await page.getByLabel("Din synpunkt").inputValue()).toBe("");
    await context.close();
  });

  it("takes another resident's viewpoint with JavaScript off", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/synpunkt/${OPEN}`);
    // axe runs as a script in the page, which a context without JavaScript cannot do: the same
    // page, with the same browser state, in a context that has it.
    const checker = await browser.newContext({ locale: "sv-SE", storageState: await context.storageState() });
    const same = await checker.newPage();
    await same.goto(page.url());
    await expectAccessible(same);

    await page.getByLabel("Din synpunkt").fill("Grannen Kalle Svensson på Rosengårdsvägen 3 eldar sopor på gården varje helg. Fler soptunnor behövs.");
    await page.getByLabel("13–19 år").check();
    await page.getByLabel("Jag besöker området").check();
    await page.getByRole("button", { name: "Skicka synpunkten" }).click();
    await page.waitForURL(`${app.baseUrl}/synpunkt/${OPEN}?tack=1`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tack för din synpunkt!");
    await same.goto(page.url());
    await expectAccessible(same);
    await checker.close();
    await context.close();
  });

  it("tells a resident that an activity's consultation has closed, and an unknown address is not found", async () => {
    // The open activity's page, asked for several times by now, proved the same for every visitor (it is kept at the edge).
    expect(app.output()).not.toContain("rendered for each request");
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/synpunkt/${CLOSED}`);
    expect(await page.getByText("Det går inte längre att lämna synpunkter här. Sista dagen var 31 januari 2020.").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Skicka synpunkten" }).count()).toBe(0);
    await expectAccessible(page);
    const missing = await page.goto(`${app.baseUrl}/synpunkt/finnsinte2026`);
    expect(missing?.status()).toBe(404);
    await expectAccessible(page);
    await context.close();
  });

  it("lets the group see the viewpoints, add and import more, hide one and redact another", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, app.baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${app.baseUrl}/arenden`);
    await page.getByRole("link", { name: PROCESS }).first().click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    await page.getByRole("link", { name: "Processens faser och historik" }).click();
    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Synpunkter" }).click();
    await page.waitForURL(/\/process\/synpunkter$/);
    // Reached from the hydrated case page, the navigation may be the browser's own: wait for the page.
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Synpunkter");
    const list = page.url();
    // From here on as a document of its own: these pages ship no client code, so each link and form loads a page.
    await page.goto(list);
    const table = page.getByRole("table", { name: "Synpunkter" });
    // The two residents' viewpoints are there beside the demo's own (25, on the demo's activity).
    await expect.poll(() => table.getByRole("row").filter({ hasText: "Gångvägen genom parken är för mörk" }).count()).toBe(1);
    await expect.poll(() => table.getByRole("row").filter({ hasText: "Fler soptunnor behövs" }).count()).toBe(1);
    await expect.poll(() => table.getByRole("row").filter({ hasText: "Gångvägen genom parken är för mörk" }).getByText("30–49 år, kvinna, bor").count()).toBe(1);
    const rowsBefore = await table.getByRole("row").count();
    await expectAccessible(page);

    // By hand, from a walk.
    await page.getByRole("link", { name: "Lägg till en synpunkt" }).click();
    await page.waitForURL(/\/synpunkter\/ny$/);
    await expectAccessible(page);
    await page.getByLabel("Synpunkten", { exact: true }).fill("Från vandringen: buskarna vid tunneln skymmer sikten.");
    await page.getByLabel("Dialogaktivitet (frivilligt)").selectOption({ label: "Pop-up vid lekplatsen (demo)" });
    await page.getByLabel("65 år eller äldre").check();
    await page.getByRole("button", { name: "Spara synpunkten" }).click();
    await page.waitForURL(`${list}?sparad=1`);
    await expect.poll(() => page.getByText("Synpunkten är sparad.").count()).toBe(1);

    // From a file, with a mistake first: nothing is imported, and the report says where.
    await page.getByRole("link", { name: "Importera synpunkter från CSV" }).click();
    await page.waitForURL(/\/synpunkter\/import$/);
    await expectAccessible(page);
    const file = (text: string) => ({ name: "synpunkter.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
    await page.getByLabel("CSV-fil").setInputFiles(file("Synpunkt;Ålder\nFler bänkar vid dammen;30–49 år\nMer grönska;hundra år\n"));
    await page.getByRole("button", { name: "Importera" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    const report = page.getByRole("alert").filter({ hasText: "Filen importerades inte: 1 fel" });
    await expect.poll(() => report.getByRole("cell", { name: "Okänd ålder: hundra år" }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByLabel("CSV-fil").setInputFiles(file("Synpunkt;Ålder\nFler bänkar vid dammen;30–49 år\nMer grönska;65 år eller äldre\n"));
    await page.getByRole("button", { name: "Importera" }).click();
    await page.waitForURL(/\/synpunkter\?importerade=2$/);
    await expect.poll(() => page.getByText("2 synpunkter importerades.").count()).toBe(1);
    // One by hand and two imported.
    await expect.poll(() => table.getByRole("row").count()).toBe(rowsBefore + 3);

    // Hide the first resident's viewpoint, with a reason.
    await page.getByRole("row").filter({ hasText: "Gångvägen genom parken är för mörk" }).getByRole("link", { name: /^Granska/ }).click();
    await page.waitForURL(/\/synpunkter\/[0-9a-f-]{36}$/);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Dölj synpunkten" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByLabel("Skäl till att synpunkten döljs").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page);
    await page.getByLabel("Skäl till att synpunkten döljs").fill("Samma synpunkt lämnades två gånger.");
    await page.getByRole("button", { name: "Dölj synpunkten" }).click();
    await page.waitForURL(/\?sparad=1$/);
    await expect.poll(() => page.getByText(/^Dold .* av Karin Kontaktperson \(demo\)\. Skäl: Samma synpunkt lämnades två gånger\.$/).count()).toBe(1);
    await expect.poll(() => page.getByRole("button", { name: "Visa synpunkten igen" }).count()).toBe(1);
    await expectAccessible(page);

    // Redact the neighbour's name and address from the second resident's.
    await page.goto(list);
    await page.getByRole("row").filter({ hasText: "Kalle Svensson" }).getByRole("link", { name: /^Granska/ }).click();
    await page.waitForURL(/\/synpunkter\/[0-9a-f-]{36}$/);
    await page.getByLabel("Texten utan personuppgifter").fill("En granne eldar sopor på gården varje helg. Fler soptunnor behövs.");
    await page.getByLabel("Skäl", { exact: true }).fill("En grannes namn och adress togs bort.");
    await page.getByRole("button", { name: "Spara den nya texten" }).click();
    await page.waitForURL(/\?sparad=1$/);
    await expect.poll(() => page.getByText("Kalle Svensson").count()).toBe(0);
    await expectAccessible(page);

    await page.goto(list);
    await expect.poll(() => table.getByRole("cell", { name: "Dold: Samma synpunkt lämnades två gånger." }).count()).toBe(1);
    await expect.poll(() => table.getByRole("row").filter({ hasText: "En granne eldar sopor" }).getByText("Personuppgifter borttagna").count()).toBe(1);
    await expect.poll(() => page.getByText("Kalle Svensson").count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });
});

/**
 * Resident languages in Chromium (issue 13). A resident on a phone-sized screen (390×844) with
 * JavaScript off opens an activity's viewpoint page, follows the "العربية" link, gets the page in
 * Arabic right to left, sends it empty (the error summary in Arabic), then a viewpoint, and
 * reads the receipt in Arabic; the staff then see the viewpoint marked Arabic. A resident sends
 * the contact form in Somali, from the samverkansstöd page on, errors first, and gets the receipt
 * page and mail in Somali. axe on every page (the JavaScript-off pages through a context of the
 * same browser that has JavaScript: axe is a script). Administrators see each language's status.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { openDatabase } from "#src/adapters/db/connect.ts";
import { loadDemoData } from "#src/adapters/db/demo-data.ts";
import { migrateToLatest } from "#src/adapters/db/migrate.ts";
import { ensureProcessTypes } from "#src/adapters/db/process-types.ts";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { startApp, type RunningApp } from "./support/server.ts";

const PROCESS = "Dialog om parkstråket i Rosengård (demo)";
const SLUG = "e2esprak2026";
const PHONE = { width: 390, height: 844 };
const ARABIC_VIEWPOINT = "الممر في الحديقة مظلم في المساء. نحتاج إلى مصابيح أكثر.";

/** A data folder with the demo set and an open activity on the demo process, made before the server starts. */
async function prepareDataDir(): Promise<{ dir: string; caseId: string }> {
  const dir = mkdtempSync(join(tmpdir(), "samverka-e2e-languages-"));
  const database = await openDatabase({ dataDir: join(dir, "pglite") });
  try {
    await migrateToLatest(database.db);
    await ensureProcessTypes(database.db);
    await loadDemoData(database.db, argon2idHasher);
    const process = await database.db.selectFrom("collaboration_case").select("id").where("title", "=", PROCESS).executeTakeFirstOrThrow();
    await database.db
      .insertInto("dialogue_activity")
      .values({ case_id: process.id, activity_type: "popup", title: "Pop-up vid lekplatsen (demo)", place_address: "Lekplatsen vid Rosengårdsstråket", starts_at: new Date("2026-11-20T14:00:00Z"), ends_at: new Date("2026-11-20T17:00:00Z"), public_slug: SLUG })
      .execute();
    return { dir, caseId: process.id };
  } finally {
    await database.close();
  }
}

const phone = (browser: Browser, javaScriptEnabled: boolean): Promise<BrowserContext> => browser.newContext({ locale: "sv-SE", viewport: PHONE, javaScriptEnabled });
const htmlAttributes = async (page: Page) => ({ lang: await page.locator("html").getAttribute("lang"), dir: await page.locator("html").getAttribute("dir") });

describe("resident languages in Chromium", () => {
  let app: RunningApp;
  let browser: Browser;
  let dataDir = "";
  let caseId = "";

  beforeAll(async () => {
    const prepared = await prepareDataDir();
    dataDir = prepared.dir;
    caseId = prepared.caseId;
    [app, browser] = await Promise.all([startApp(inject("buildDir"), { DATA_DIR: dataDir }), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("takes a viewpoint in Arabic on a phone with JavaScript off, right to left, errors first; the staff see it marked Arabic", async () => {
    const context = await phone(browser, false);
    const page = await context.newPage();
    // axe is a script: each page is checked again in a context that runs scripts, with the same size and state.
    const checker = await phone(browser, true);
    const same = await checker.newPage();

    await page.goto(`${app.baseUrl}/synpunkt/${SLUG}`);
    expect(await htmlAttributes(page)).toEqual({ lang: "sv", dir: "ltr" });
    const arabic = page.getByRole("navigation", { name: "Språk" }).getByRole("link", { name: "العربية" });
    expect(await arabic.getAttribute("lang")).toBe("ar");
    expect(await arabic.getAttribute("hreflang")).toBe("ar");
    await arabic.click();
    await page.waitForURL(`${app.baseUrl}/synpunkt/${SLUG}?sprak=ar`);
    expect(await htmlAttributes(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(await page.getByRole("heading", { name: "ما رأيك؟" }).count()).toBe(1);
    expect(await page.locator("script").count()).toBe(0);
    // Laid out right to left: the form's heading and the submit button start at the right edge.
    const heading = (await page.getByRole("heading", { name: "ما رأيك؟" }).boundingBox())!;
    expect(heading.x + heading.width).toBeGreaterThan(PHONE.width - 40);
    await same.goto(page.url());
    // Nothing sticks out sideways on the phone.
    expect(await same.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(same);

    // Sent empty: the error summary in Arabic, the page still in Arabic.
    await page.getByRole("button", { name: "أرسل رأيك" }).click();
    await expect.poll(() => page.title()).toMatch(/^خطأ: /);
    expect(await htmlAttributes(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(await page.getByRole("heading", { name: "في النموذج أخطاء" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "اكتب رأيك" }).count()).toBe(1);
    expect(await page.getByLabel("رأيك", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await same.getByRole("button", { name: "أرسل رأيك" }).click();
    await expect.poll(() => same.title()).toMatch(/^خطأ: /);
    await expectAccessible(same);

    await page.getByLabel("رأيك", { exact: true }).fill(ARABIC_VIEWPOINT);
    await page.getByLabel("30–49 سنة").check();
    await page.getByLabel("أسكن هنا").check();
    await page.getByRole("button", { name: "أرسل رأيك" }).click();
    await page.waitForURL(`${app.baseUrl}/synpunkt/${SLUG}?tack=1&sprak=ar`);
    expect(await htmlAttributes(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("شكرًا على رأيك!");
    expect(await page.getByRole("link", { name: "أرسل رأيًا آخر" }).getAttribute("href")).toBe(`/synpunkt/${SLUG}?sprak=ar`);
    // Another language from the receipt stays on the receipt.
    expect(await page.getByRole("link", { name: "Svenska", exact: true }).getAttribute("href")).toBe(`/synpunkt/${SLUG}?tack=1&sprak=sv`);
    await same.goto(page.url());
    await expectAccessible(same);
    await checker.close();
    await context.close();

    const staff = await newContext(browser);
    const staffPage = await staff.newPage();
    await signIn(staffPage, app.baseUrl, "kontaktperson@demo.samverka.invalid");
    await staffPage.goto(`${app.baseUrl}/arenden/${caseId}/process/synpunkter`);
    const row = staffPage.getByRole("table", { name: "Synpunkter" }).getByRole("row").filter({ hasText: ARABIC_VIEWPOINT });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByText("Språk: Arabiska").count()).toBe(1);
    const text = row.getByText(ARABIC_VIEWPOINT);
    expect(await text.getAttribute("lang")).toBe("ar");
    expect(await text.getAttribute("dir")).toBe("rtl");
    await expectAccessible(staffPage);
    await staff.close();
  });

  it("takes a contact request in Somali from the samverkansstöd page on, and sends the receipt in Somali", async () => {
    const context = await phone(browser, false);
    const page = await context.newPage();
    const checker = await phone(browser, true);
    const same = await checker.newPage();

    await page.goto(`${app.baseUrl}/samverkansstod`);
    await page.getByRole("navigation", { name: "Språk" }).getByRole("link", { name: "Soomaali" }).click();
    await page.waitForURL(`${app.baseUrl}/samverkansstod?sprak=so`);
    expect(await htmlAttributes(page)).toEqual({ lang: "so", dir: "ltr" });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Taageerada iskaashiga");
    await same.goto(page.url());
    await expectAccessible(same);

    // The language goes with the resident to the contact form.
    await page.getByRole("link", { name: "Soo dir codsi xiriir" }).first().click();
    await page.waitForURL(`${app.baseUrl}/samverkansstod/kontakt?sprak=so`);
    expect(await htmlAttributes(page)).toEqual({ lang: "so", dir: "ltr" });
    await page.getByRole("button", { name: "Dir codsiga xiriirka" }).click();
    await expect.poll(() => page.title()).toMatch(/^Khalad: /);
    expect(await page.getByRole("link", { name: "Qor magacaaga" }).count()).toBe(1);
    await same.goto(`${app.baseUrl}/samverkansstod/kontakt?sprak=so`);
    await same.getByRole("button", { name: "Dir codsiga xiriirka" }).click();
    await expect.poll(() => same.title()).toMatch(/^Khalad: /);
    await expectAccessible(same);

    await page.getByLabel("Magacaaga").fill("Hodan Cali");
    await page.getByLabel("Cinwaanka iimaylka").fill("hodan.somali@example.se");
    await page.getByLabel("Waa aaggee?").fill("Rosengård");
    await page.getByLabel("Maxaad rabtaan inaad samaysaan?").fill("Waxaan rabnaa garoon ciyaareed oo cusub.");
    await page.getByRole("button", { name: "Dir codsiga xiriirka" }).click();
    await page.waitForURL(`${app.baseUrl}/samverkansstod/kontakt?skickat=1&sprak=so`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Mahadsanid, waxaan helnay codsigaaga xiriirka");
    await same.goto(page.url());
    await expectAccessible(same);
    await checker.close();
    await context.close();

    // The receipt mail went out in Somali (kept in the outbox: no mail server in the test).
    const admin = await newContext(browser);
    const adminPage = await admin.newPage();
    await signIn(adminPage, app.baseUrl, "admin@demo.samverka.invalid");
    await adminPage.goto(`${app.baseUrl}/utkorg`);
    await expect.poll(() => adminPage.getByText("Waxaan helnay codsigaaga xiriirka ee ku saabsan taageerada iskaashiga").count()).toBeGreaterThan(0);
    await admin.close();
  });

  it("shows administrators each language's direction, review status and missing text", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, app.baseUrl, "admin@demo.samverka.invalid");
    await page.goto(`${app.baseUrl}/admin/sprak`);
    const table = page.getByRole("table", { name: "Språken och deras kataloger" });
    const arabic = table.getByRole("row").filter({ hasText: "Arabiska" });
    expect(await arabic.getByText("Höger till vänster").count()).toBe(1);
    expect(await arabic.getByText("Inte granskad av en översättare").count()).toBe(1);
    expect(await table.getByRole("row").filter({ hasText: "Somaliska" }).getByText("Vänster till höger").count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Text som saknas på Persiska" }).count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });
});

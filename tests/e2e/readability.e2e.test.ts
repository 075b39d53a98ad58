/**
 * Plain Swedish, measured (issue 13, decision 0033). Every public page's main content is read as
 * Chromium renders it and its LIX computed (src/domain/readability/lix.ts): at most 40, and at
 * most 30 for the Lättläst pages. The test prints a table of page → LIX. Then a resident gives
 * a viewpoint through the Lättläst page with JavaScript off, and the group finds it.
 *
 * The app runs on a server of this file's own (the demo set: an open activity, and one whose
 * last day has passed), so the viewpoint sent here is not counted by other files' tests.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { lixTable, pageLix, type PageLix } from "./support/readability.ts";
import { startApp, type RunningApp } from "./support/server.ts";

const OPEN = "demolekplats2026";
const CLOSED = "demovandring2026";
const PROCESS = "Dialog om parkstråket i Rosengård (demo)";
const PLAIN = 40;
const EASY = 30;

/** The public pages, each in the state a visitor finds it (form, receipt, closed), and its limit. */
const PAGES: ReadonlyArray<readonly [path: string, limit: number]> = [
  ["/", PLAIN],
  ["/samverkansstod", PLAIN],
  ["/samverkansstod/kontakt", PLAIN],
  ["/samverkansstod/kontakt?skickat=1", PLAIN],
  ["/registrera", PLAIN],
  ["/logga-in", PLAIN],
  ["/glomt-losenord", PLAIN],
  ["/tillganglighet", PLAIN],
  [`/synpunkt/${OPEN}`, PLAIN],
  [`/synpunkt/${OPEN}?tack=1`, PLAIN],
  [`/synpunkt/${CLOSED}`, PLAIN],
  ["/samverkansstod/lattlast", EASY],
  [`/synpunkt/${OPEN}/lattlast`, EASY],
  [`/synpunkt/${OPEN}/lattlast?tack=1`, EASY],
  [`/synpunkt/${CLOSED}/lattlast`, EASY],
];

describe("plain Swedish on the public pages", () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(inject("buildDir")), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("keeps every public page's main text at LIX 40 or less, and the Lättläst pages at 30 or less", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const rows: Array<PageLix & { limit: number }> = [];
    for (const [path, limit] of PAGES) {
      const response = await page.goto(`${app.baseUrl}${path}`);
      expect(response?.status(), path).toBe(200);
      rows.push({ ...(await pageLix(page, path)), limit });
    }
    console.log(`LIX of the public pages' main content (decision 0033):\n${lixTable(rows)}`);
    for (const row of rows) {
      expect(row.words, `words on ${row.path}`).toBeGreaterThan(20);
      expect(row.lix, `LIX of ${row.path}`).toBeLessThanOrEqual(row.limit);
    }
    await context.close();
  });

  it("links each page and its Lättläst version both ways, near the top, ship no script and pass axe", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => void (r.resourceType() === "script" && scripts.push(r.url())));
    for (const [standard, easy] of [
      ["/samverkansstod", "/samverkansstod/lattlast"],
      [`/synpunkt/${OPEN}`, `/synpunkt/${OPEN}/lattlast`],
      [`/synpunkt/${CLOSED}`, `/synpunkt/${CLOSED}/lattlast`],
    ] as const) {
      await page.goto(`${app.baseUrl}${standard}`);
      // The link follows the page's heading, before the text.
      const link = page.locator("main h1 + p a");
      expect(await link.textContent()).toBe("Lättläst");
      await link.click();
      await page.waitForURL(`${app.baseUrl}${easy}`);
      expect(await page.locator("script").count(), `scripts on ${easy}`).toBe(0);
      await expectAccessible(page);
      const back = page.locator("main h1 + p a");
      expect(await back.textContent()).toBe("Vanlig text");
      await back.click();
      await page.waitForURL(`${app.baseUrl}${standard}`);
    }
    expect(await page.goto(`${app.baseUrl}/synpunkt/finnsinte2026/lattlast`).then((r) => r?.status())).toBe(404);
    expect(scripts).toEqual([]);
    // The Lättläst pages, asked for more than once, proved the same for every visitor (kept at the edge).
    expect(app.output()).not.toContain("rendered for each request");
    await context.close();
  });

  it("tells what to fix on the Lättläst viewpoint page, and takes a viewpoint through it with JavaScript off", async () => {
    // Sent empty: the error summary, the field marked, "Fel:" in the title, the answers given kept.
    const helped = await newContext(browser);
    const first = await helped.newPage();
    await first.goto(`${app.baseUrl}/synpunkt/${OPEN}/lattlast`);
    await first.getByLabel("50–64 år").check();
    await first.getByRole("button", { name: "Skicka", exact: true }).click();
    await expect.poll(() => first.title()).toMatch(/^Fel: /);
    expect(await first.getByLabel("Skriv vad du tycker").getAttribute("aria-invalid")).toBe("true");
    expect(await first.getByLabel("50–64 år").isChecked()).toBe(true);
    await expectAccessible(first);
    await helped.close();

    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/synpunkt/${OPEN}/lattlast`);
    // axe runs as a script in the page: the same page, with the same browser state, in a context that has JavaScript.
    const checker = await browser.newContext({ locale: "sv-SE", storageState: await context.storageState() });
    const same = await checker.newPage();
    await same.goto(page.url());
    await expectAccessible(same);

    await page.getByLabel("Skriv vad du tycker").fill("Vi vill ha fler bänkar i skuggan vid lekplatsen.");
    await page.getByLabel("65 år eller äldre").check();
    await page.getByLabel("Jag bor här").check();
    await page.getByRole("button", { name: "Skicka", exact: true }).click();
    await page.waitForURL(`${app.baseUrl}/synpunkt/${OPEN}/lattlast?tack=1`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tack för att du tyckte till!");
    expect(await page.getByText("Vi har fått det du skrev.").count()).toBe(1);
    await same.goto(page.url());
    await expectAccessible(same);
    await page.getByRole("link", { name: "Skriv något mer" }).click();
    await page.waitForURL(`${app.baseUrl}/synpunkt/${OPEN}/lattlast`);
    await checker.close();
    await context.close();

    // Stored like one from the page in standard language: the group finds it with its answers.
    const group = await newContext(browser);
    const staff = await group.newPage();
    await signIn(staff, app.baseUrl, "kontaktperson@demo.samverka.invalid");
    await staff.goto(`${app.baseUrl}/arenden`);
    await staff.getByRole("link", { name: PROCESS }).first().click();
    await staff.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    await staff.goto(`${staff.url()}/process/synpunkter`);
    const row = staff.getByRole("table", { name: "Synpunkter" }).getByRole("row").filter({ hasText: "fler bänkar i skuggan" });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByText("65 år eller äldre, bor").count()).toBe(1);
    await group.close();
  });
});

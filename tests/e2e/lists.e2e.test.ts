/**
 * Long lists, the register's status, the equity view's year, the application's rows and the
 * staff menu, in Chromium with axe on every page visited:
 * - the register paged with JavaScript off, the filter kept from page to page, and a process
 *   whose end date has passed read as finished;
 * - /fordelning opening on the latest year that has index values;
 * - the application's "Lägg till rad" and "Ta bort" with JavaScript off and on, what was typed
 *   kept on an error, and the part counter agreeing with the side menu;
 * - the grouped staff menu: one row at 1280 px for every role, groups opened with the
 *   keyboard, Escape closing them.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launch, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const LONG = 240_000;
const run = `${Date.now() % 1_000_000}`;

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const main = (page: Page) => page.locator("main");

describe("lists, register, equity, application rows and menu in Chromium", () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  async function pageFor(opts: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
    const context = await browser.newContext({ locale: "sv-SE", javaScriptEnabled: opts.javaScriptEnabled ?? true, viewport: { width: opts.width ?? 1280, height: 900 } });
    contexts.push(context);
    return context.newPage();
  }

  /** axe runs as a script in the page: check a page seen without JavaScript in a context that has it, with the same session. */
  async function checkerFor(page: Page): Promise<() => Promise<void>> {
    const checker = await browser.newContext({ locale: "sv-SE", storageState: await page.context().storageState() });
    contexts.push(checker);
    const same = await checker.newPage();
    return async () => {
      await same.goto(page.url());
      await expectAccessible(same);
    };
  }

  it("pages the register with JavaScript off, keeping the filter, and reads an ended process as finished", async () => {
    const page = await pageFor({ javaScriptEnabled: false });
    await signIn(page, baseUrl, "analytiker@demo.samverka.invalid");
    const accessible = await checkerFor(page);

    // 61 processes of business owners on health, all ended in 2011 though marked pågående.
    const rows = Array.from({ length: 61 }, (_, i) => `Hälsoprojekt ${run}-${String(i + 1).padStart(2, "0")};Företagarna;näringsliv;Hälsa;2010-01-01;2011-06-30;pågående;GESO-01`);
    await page.goto(`${baseUrl}/processer/import`);
    await page.locator("#field-file").setInputFiles({ name: "halsa.csv", mimeType: "text/csv", buffer: Buffer.from(["namn;ägare;ägartyp;teman;start;slut;status;områden", ...rows].join("\n")) });
    await page.getByRole("button", { name: "Importera" }).click();
    await page.waitForURL(/importerade=61/);

    await page.goto(`${baseUrl}/processer`);
    await page.getByLabel("Typ av ägare").selectOption("naringsliv");
    await page.getByLabel("Teman").selectOption("halsa");
    await page.getByRole("button", { name: "Filtrera" }).click();
    await page.waitForURL(/agartyp=naringsliv/);
    expect(await main(page).textContent()).toContain("Visar 1–50 av 61");
    const table = page.getByRole("table", { name: "Lokala processer (61)" });
    const names = () => table.locator("tbody tr td:first-child a").allTextContents();
    const first = await names();
    expect(first).toHaveLength(50);
    // Ended in 2011: finished, with its end date, never "tills vidare".
    const row = table.locator("tbody tr").first();
    expect(await row.textContent()).toContain("1 januari 2010 – 30 juni 2011");
    expect(await row.textContent()).toContain("Avslutad");
    expect(await table.textContent()).not.toContain("tills vidare");
    await accessible();

    const pager = page.getByRole("navigation", { name: "Sidor i registret" });
    expect(await pager.getByRole("link", { name: "Sida 1" }).getAttribute("aria-current")).toBe("page");
    await pager.getByRole("link", { name: "Sida 2" }).click();
    await page.waitForURL(/sida=2/);
    const url = new URL(page.url());
    expect([url.searchParams.get("agartyp"), url.searchParams.get("tema"), url.searchParams.get("sida")]).toEqual(["naringsliv", "halsa", "2"]);
    expect(await main(page).textContent()).toContain("Visar 51–61 av 61");
    expect(await page.getByRole("navigation", { name: "Sidor i registret" }).getByRole("link", { name: "Sida 2" }).getAttribute("aria-current")).toBe("page");
    expect(await page.getByLabel("Typ av ägare").inputValue()).toBe("naringsliv");
    const second = await names();
    expect(second).toHaveLength(11);
    expect(new Set([...first, ...second]).size).toBe(61);
    await accessible();

    // A page beyond the end shows the last page; a bad one the first.
    await page.goto(`${baseUrl}/processer?agartyp=naringsliv&tema=halsa&sida=99`);
    expect(await main(page).textContent()).toContain("Visar 51–61 av 61");
    await page.goto(`${baseUrl}/processer?agartyp=naringsliv&tema=halsa&sida=x`);
    expect(await main(page).textContent()).toContain("Visar 1–50 av 61");
  }, LONG);

  it("opens Fördelning on the latest year that has index values", async () => {
    const page = await pageFor();
    await signIn(page, baseUrl, "analytiker@demo.samverka.invalid");
    await page.goto(`${baseUrl}/fordelning`);
    await expect.poll(() => h1(page).textContent()).toBe("Följer stödet behoven?");
    expect(await page.locator("#equity-year").inputValue()).toBe("2024");
    const table = page.getByRole("table", { name: "Fördelning 2024 per område" });
    const ranks = await table.locator("tbody tr td:nth-of-type(1)").allTextContents();
    expect(ranks.length).toBe(14);
    expect(ranks.filter((r) => /^\d+$/.test(r.trim()))).toHaveLength(14);
    expect(await main(page).textContent()).not.toContain("Inget områdesindex är beräknat för året");
    await expectAccessible(page);
  });

  /** Starts a new application and goes to the actors' part. */
  async function actorsPart(page: Page, title: string): Promise<string> {
    await page.goto(`${baseUrl}/ansokan/ny`);
    await page.getByLabel("Vad vill ni kalla samverkansprocessen?").fill(title);
    await page.getByRole("button", { name: "Starta ansökan" }).click();
    await page.waitForURL(/\/steg\/omrade$/);
    await page.getByRole("navigation", { name: "Ansökans delar" }).getByRole("link", { name: "Aktörerna" }).click();
    await page.waitForURL(/\/steg\/aktorer$/);
    await expect.poll(() => h1(page).textContent()).toBe("Aktörerna");
    return /\/ansokan\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  }

  const actor = (page: Page, i: number) => page.locator(`#field-contributions_${i}_actor`);
  const money = (page: Page, i: number) => page.locator(`#field-contributions_${i}_money`);
  const rowCount = (page: Page) => page.locator("fieldset.sv-contrib").count();

  it("adds and removes the actors' rows with JavaScript off, keeping what was typed, and counts the parts as the side menu lists them", async () => {
    const page = await pageFor({ javaScriptEnabled: false });
    await signIn(page, baseUrl, "aktor@demo.samverka.invalid");
    const accessible = await checkerFor(page);
    const id = await actorsPart(page, `Rader utan JavaScript ${run}`);

    const parts = page.getByRole("navigation", { name: "Ansökans delar" }).getByRole("link");
    expect(await parts.count()).toBe(7);
    expect(await main(page).textContent()).toContain("Del 2 av 7");
    expect(await main(page).textContent()).not.toContain("Spara utkastet");
    expect(await rowCount(page)).toBe(1);
    await accessible();

    await actor(page, 0).fill("Handlarna på torget");
    await money(page, 0).fill("10000");
    await page.getByRole("button", { name: "Lägg till rad" }).click();
    await page.waitForURL(/rader=2#field-contributions_1_actor$/);
    expect(await rowCount(page)).toBe(2);
    expect(await actor(page, 0).inputValue()).toBe("Handlarna på torget");
    await actor(page, 1).fill("Föreningen Torget");
    await page.getByRole("button", { name: "Lägg till rad" }).click();
    await page.waitForURL(/rader=3#field-contributions_2_actor$/);
    expect(await rowCount(page)).toBe(3);

    // An error: nothing is saved, what was typed stays, and the new row is there too.
    await actor(page, 2).fill("Bostadsbolaget");
    await money(page, 2).fill("femtio");
    await page.getByRole("button", { name: "Lägg till rad" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await rowCount(page)).toBe(4);
    expect(await money(page, 2).inputValue()).toBe("femtio");
    expect(await actor(page, 1).inputValue()).toBe("Föreningen Torget");
    await money(page, 2).fill("50000");

    // "Ta bort" on actor 2: the rows below it move up. Enter in a field still means "save and continue".
    await page.getByRole("button", { name: "Ta bort aktör 2" }).click();
    await page.waitForURL(/rader=3#field-contributions$/);
    expect([await actor(page, 0).inputValue(), await actor(page, 1).inputValue(), await money(page, 1).inputValue()]).toEqual(["Handlarna på torget", "Bostadsbolaget", "50000"]);
    await accessible();
    await page.getByLabel("Vilka aktörer finns i området?").fill("Handlare och boende");
    await actor(page, 1).press("Enter");
    await page.waitForURL(new RegExp(`/ansokan/${id}/steg/forslaget$`));
    expect(await main(page).textContent()).toContain("Del 3 av 7");

    await page.goto(`${baseUrl}/ansokan/${id}/bilagor`);
    expect(await main(page).textContent()).toContain("Del 5 av 7");
    await page.goto(`${baseUrl}/ansokan/${id}/granska`);
    expect(await main(page).textContent()).toContain("Del 7 av 7");
    const review = (await main(page).textContent()) ?? "";
    expect(review).toContain("Handlarna på torget");
    expect(review).toContain("Bostadsbolaget");
    expect(review).not.toContain("Föreningen Torget");
  }, LONG);

  it("adds a row with JavaScript and puts focus in it", async () => {
    const page = await pageFor();
    await signIn(page, baseUrl, "aktor@demo.samverka.invalid");
    await actorsPart(page, `Rader med JavaScript ${run}`);
    await actor(page, 0).fill("Handlarna på torget");
    await page.getByRole("button", { name: "Lägg till rad" }).click();
    await expect.poll(() => rowCount(page)).toBe(2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("field-contributions_1_actor");
    expect(await actor(page, 0).inputValue()).toBe("Handlarna på torget");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ta bort aktör 1" }).click();
    await expect.poll(() => rowCount(page)).toBe(1);
    await expect.poll(() => actor(page, 0).inputValue()).toBe("");
  });

  const STAFF = ["kontaktperson", "handlaggare", "analytiker", "admin"].map((r) => `${r}@demo.samverka.invalid`);

  it("keeps every role's menu on one row at 1280 px; groups open with the keyboard and close on Escape", async () => {
    for (const email of ["aktor@demo.samverka.invalid", ...STAFF]) {
      const page = await pageFor();
      await signIn(page, baseUrl, email);
      // React Router changes the address before the new page has rendered: wait for its heading.
      await expect.poll(() => h1(page).textContent()).toMatch(/^Hej /);
      const nav = page.getByRole("navigation", { name: "Huvudmeny" });
      const tops = await nav.locator(".sv-nav__list > li").evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
      expect(new Set(tops).size, `${email}: ${tops.join(", ")}`).toBe(1);
      await page.context().close();
    }

    const page = await pageFor();
    await signIn(page, baseUrl, "admin@demo.samverka.invalid");
    await expect.poll(() => h1(page).textContent()).toMatch(/^Hej /);
    const nav = page.getByRole("navigation", { name: "Huvudmeny" });
    const admin = nav.locator("summary", { hasText: "Administration" });
    await admin.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => nav.getByRole("link", { name: "Nämnder" }).isVisible()).toBe(true);
    await expectAccessible(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Nämnder");
    await page.keyboard.press("Escape");
    await expect.poll(() => nav.getByRole("link", { name: "Nämnder" }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Administration");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseUrl}/admin/namnder`);
    await expect.poll(() => nav.locator("details[open]").count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Nämnder", includeHidden: true }).getAttribute("aria-current")).toBe("page");
    expect(await admin.getAttribute("data-current")).toBe("true");
  });

  it("opens a menu group without JavaScript", async () => {
    const page = await pageFor({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/logga-in`);
    await page.getByLabel("E-postadress").fill("handlaggare@demo.samverka.invalid");
    await page.getByLabel("Lösenord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${baseUrl}/start`);
    const nav = page.getByRole("navigation", { name: "Huvudmeny" });
    await nav.locator("summary", { hasText: "Ärenden" }).click();
    await nav.getByRole("link", { name: "Sammanträden" }).click();
    await page.waitForURL(`${baseUrl}/sammantraden`);
    expect(await nav.getByRole("link", { name: "Sammanträden", includeHidden: true }).getAttribute("aria-current")).toBe("page");
  });
});

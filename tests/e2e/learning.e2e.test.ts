/**
 * Learning across processes in Chromium (issue 12): the contact person searches the library of
 * lessons with a word in another form than the lesson's ("lekplats" finds "Lekplatserna …"),
 * opens a lesson and its process's lessons; the analyst compares two processes side by side;
 * the contact person plans a network meeting (told what to fix first) and invites an actor.
 * axe on every page visited.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");

async function arrive(page: Page, url: RegExp) {
  await page.waitForURL(url);
  await expectAccessible(page);
}

describe("learning across processes in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("searches the library of lessons in Swedish and opens a lesson and its process's lessons", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${baseUrl}/start`);
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByText("Analys").click();
    await page.getByRole("link", { name: "Lärdomar" }).click();
    await arrive(page, /\/lardomar$/);
    await page.getByLabel("Sökord").fill("lekplats");
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    await arrive(page, /\/lardomar\?q=lekplats/);
    // Other journeys on this server add lessons of their own: the count is at least the demo's one.
    expect(await page.getByRole("heading", { name: /Träffar för ”lekplats”: [1-9]/ }).count()).toBe(1);
    expect((await page.locator("mark").first().textContent())?.toLowerCase()).toBe("lekplatserna");
    // (Filtered by source, not phase: another journey closes this demo process.)
    await page.getByLabel("Källa").selectOption("resultatrapport");
    await page.getByLabel("Sökord").fill("belysning");
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    await arrive(page, /kalla=resultatrapport/);
    await page.getByRole("link", { name: "Belysningen gjorde gångvägarna tryggare (demo)" }).click();
    await arrive(page, /\/lardomar\/[0-9a-f-]{36}$/);
    expect(await page.getByText("Resultatrapport").count()).toBeGreaterThan(0);
    await page.getByRole("link", { name: /Belysning och trygghet i Hyllie \(demo\)/ }).click();
    await arrive(page, /\/process\/lardomar$/);
    expect(await page.getByRole("heading", { name: /Processens lärdomar/ }).count()).toBe(1);
    await context.close();
  });

  it("compares two processes side by side", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "analytiker@demo.samverka.invalid");
    await page.goto(`${baseUrl}/jamforelse`);
    await arrive(page, /\/jamforelse$/);
    await page.getByLabel(/^Belysning och trygghet i Hyllie \(demo\)/).check();
    await page.getByLabel(/^Citysamverkan Centrum 2022–2024 \(demo\)/).check();
    await page.getByRole("button", { name: "Jämför de valda processerna" }).click();
    await arrive(page, /\/jamforelse\?p=/);
    const table = page.getByRole("table", { name: /Processerna sida vid sida/ });
    expect(await table.getByRole("columnheader").count()).toBe(3);
    expect(await table.getByRole("row", { name: /Stadens beviljade bidrag/ }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Ladda ner jämförelsen som CSV" }).getAttribute("href")).toMatch(/^\/jamforelse\.csv\?p=/);
    await context.close();
  });

  it("plans a network meeting and invites an actor", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${baseUrl}/natverk`);
    await arrive(page, /\/natverk$/);
    expect(await page.getByRole("table", { name: /Aktörerna i processerna/ }).getByRole("row", { name: /Fastighetsägare i Sofielund/ }).count()).toBe(1);
    await page.getByRole("link", { name: "Planera en nätverksträff" }).click();
    await arrive(page, /\/natverk\/traffar\/ny$/);
    await page.getByLabel("Rubrik").fill("Nätverksträff om lekplatser");
    await page.getByLabel("Datum").fill("2027-03-10");
    await page.getByLabel("Börjar klockan").fill("18.00");
    await page.getByLabel("Slutar klockan").fill("17.00");
    await page.getByLabel("Plats", { exact: true }).fill("Rosengårds bibliotek");
    await page.getByRole("button", { name: "Spara träffen" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByText("Träffen måste sluta efter att den börjar.").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Plats", { exact: true }).inputValue()).toBe("Rosengårds bibliotek");
    await expectAccessible(page);
    await page.getByLabel("Slutar klockan").fill("20.00");
    await page.getByRole("button", { name: "Spara träffen" }).click();
    await arrive(page, /\/natverk\/traffar\/[0-9a-f-]{36}\?planerad=1$/);
    await page.getByLabel(/^Boendenätverket Rosengård \(demo\): Omar Osman/).check();
    await page.getByRole("button", { name: "Skicka inbjudan" }).click();
    await arrive(page, /\?inbjudna=1/);
    expect(await page.getByText("Nya inbjudna adresser: 1.").count()).toBe(1);
    expect(await page.getByRole("row", { name: /omar@demo\.samverka\.invalid/ }).count()).toBe(1);
    await context.close();
  });
});

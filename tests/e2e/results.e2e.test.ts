/**
 * The resultatfas in Chromium (issue 12): the group of the demo process in its resultatfas
 * finishes the result and effect report (the first answers are written already; sending with an
 * answer missing says which and keeps the text), uploads its association's annual report, and
 * sends the report; the contact person approves it, and the process closes, read-only (an
 * anonymous visitor is sent to sign in). Then the committee's yearly report, as a page and CSV;
 * and the group of the process in its utförandefas chooses an indicator and gives the year's
 * follow-up. axe on every page.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const HYLLIE = "Belysning och trygghet i Hyllie (demo)";
const SOMMARGATA = "Sommargata i Södra innerstaden (demo)";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", "latin1");

async function arrive(page: Page, url: RegExp) {
  await page.waitForURL(url);
  await expectAccessible(page);
}

describe("the resultatfas in Chromium", () => {
  let browser: Browser;
  let caseUrl = "";
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("lets the group write all seven answers, upload the annual report and send the report", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "forening@demo.samverka.invalid");
    await page.goto(`${baseUrl}/arenden`);
    await page.getByRole("link", { name: HYLLIE }).first().click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    await page.goto(`${caseUrl}/process`);
    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Resultat", exact: true }).click();
    await arrive(page, /\/process\/resultat$/);
    expect(await page.getByLabel(/^1\. /).inputValue()).toContain("Gångstråket är upplyst");

    // Sent with answers missing: told which, the text kept.
    await page.getByLabel(/^4\. /).fill("Två trygghetsvandringar och tre lekplatsdagar.");
    await page.getByRole("button", { name: "Spara och skicka till kontaktpersonen" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByText("Skriv ett svar på frågan innan rapporten skickas.").count()).toBeGreaterThan(0);
    expect(await page.getByLabel(/^4\. /).inputValue()).toBe("Två trygghetsvandringar och tre lekplatsdagar.");
    await expectAccessible(page);

    await page.getByLabel(/^5\. /).fill("Föreningen drev arbetet med fastighetsägarna.");
    await page.getByLabel(/^6\. /).fill("Fler rör sig i området på kvällen.");
    await page.getByLabel(/^7\. /).fill("Bestäm tidigt vem som sköter det som byggs.");
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await arrive(page, /\/process\/resultat\?sparad=1$/);

    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Föreningens rapporter" }).click();
    await arrive(page, /\/process\/rapporter$/);
    await page.getByLabel("År", { exact: true }).fill("2025");
    await page.getByLabel("Rapport", { exact: true }).selectOption("verksamhetsberattelse");
    await page.getByLabel("Fil", { exact: true }).setInputFiles({ name: "Verksamhetsberättelse 2025.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Ladda upp rapporten" }).click();
    await arrive(page, /\/process\/rapporter\?uppladdad=1$/);
    expect(await page.getByRole("table", { name: "Uppladdade rapporter" }).getByRole("link", { name: /Verksamhetsberättelse 2025/ }).count()).toBe(1);

    await page.goto(`${caseUrl}/process/resultat`);
    await page.getByRole("button", { name: "Spara och skicka till kontaktpersonen" }).click();
    await arrive(page, /\/process\/resultat\?skickad=1$/);
    expect(await page.getByText("Rapporten är skickad till kontaktpersonen.").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Spara", exact: true }).count()).toBe(0);
    await context.close();
  });

  it("lets the contact person approve the report, which closes the process read-only", async () => {
    expect(caseUrl).not.toBe("");
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${caseUrl}/process/resultat`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Godkänn rapporten och avsluta processen" }).click();
    await arrive(page, /\/process\/resultat\?godkand=1$/);
    expect(await page.getByText("Rapporten är godkänd och processen är avslutad.").count()).toBe(1);
    expect(await page.getByRole("heading", { name: /^7\. / }).count()).toBe(1);
    expect(await page.getByText("Bestäm tidigt vem som sköter det som byggs.").count()).toBe(1);
    await page.goto(`${caseUrl}/process/mal`);
    await expectAccessible(page);
    expect(await page.getByRole("button", { name: "Lägg till målet" }).count()).toBe(0);
    await page.goto(`${caseUrl}/process/rapporter`);
    await expectAccessible(page);
    expect(await page.getByRole("button", { name: "Ladda upp rapporten" }).count()).toBe(0);
    await page.goto(`${caseUrl}/process/indikatorer`);
    await expectAccessible(page);

    // An anonymous visitor is sent to sign in, from the pages and the downloads alike.
    const visitor = await newContext(browser);
    for (const path of ["/process/resultat", "/process/rapporter", "/process/resultat.pdf"]) {
      const res = await visitor.request.get(`${caseUrl}${path}`, { maxRedirects: 0 });
      expect(res.status(), path).toBeGreaterThanOrEqual(300);
      expect(res.status(), path).toBeLessThan(400);
      expect(res.headers()["location"], path).toMatch(/\/logga-in/);
    }
    expect((await visitor.request.get(`${baseUrl}/namnd/arsrapport.csv?ar=2025`, { maxRedirects: 0 })).headers()["location"]).toMatch(/\/logga-in/);
    await visitor.close();
    const csv = await page.request.get(`${baseUrl}/namnd/arsrapport.csv?ar=2025`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain(HYLLIE);

    await page.goto(`${baseUrl}/namnd/arsrapport?ar=2025`);
    await expectAccessible(page);
    expect(await page.getByRole("table", { name: /Processer med beviljade insatser 2025/ }).getByRole("link", { name: HYLLIE }).count()).toBe(1);
    await context.close();
  });

  it("lets the group of a process in its utförandefas choose an indicator and give the year's follow-up", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "aktor@demo.samverka.invalid");
    await page.goto(`${baseUrl}/arenden`);
    await page.getByRole("link", { name: SOMMARGATA }).first().click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    const url = page.url();
    await page.goto(`${url}/process/indikatorer`);
    await expectAccessible(page);
    await page.getByLabel("Indikator", { exact: true }).selectOption("valdeltagande");
    await page.getByRole("button", { name: "Välj indikatorn" }).click();
    await arrive(page, /\/process\/indikatorer\?vald=1$/);
    expect(await page.getByRole("table", { name: "Valda indikatorer och hur de har förändrats" }).count()).toBe(1);

    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Mål och årsuppföljning" }).click();
    await arrive(page, /\/process\/mal$/);
    const safety = page.getByLabel(/^Uppnått värde: Fler känner sig trygga/);
    await safety.fill("sextio");
    await page.getByLabel(/^Uppnått värde: Fler barn och unga/).fill("80");
    await page.getByLabel("Vad har hänt under året?").fill("Sommargatan öppnade igen med fler sittplatser.");
    await page.getByRole("button", { name: /^Lämna årsuppföljningen för/ }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByLabel("Vad har hänt under året?").inputValue()).toBe("Sommargatan öppnade igen med fler sittplatser.");
    await expectAccessible(page);
    await page.getByLabel(/^Uppnått värde: Fler känner sig trygga/).fill("61,5");
    await page.getByRole("button", { name: /^Lämna årsuppföljningen för/ }).click();
    await arrive(page, /\/process\/mal\?uppfoljd=1$/);
    expect(await page.getByRole("table", { name: /Processens mål/ }).getByText("61,5").count()).toBe(1);
    await context.close();
  });
});

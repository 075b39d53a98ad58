/**
 * The register of local processes and coordination in Chromium, with axe on every page: the
 * register and its filters, a process with its overlaps, registering a process (errors first),
 * the CSV import with its report, the per-area report, coordination on a case, and the
 * analyst's import of areas.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");

async function upload(page: Page, name: string, mimeType: string, text: string) {
  await page.locator("#field-file").setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}

describe("coordination in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("lets the contact person use the register, register a process and import a CSV file", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    const menu = page.getByRole("navigation", { name: "Huvudmeny" });
    await menu.locator("summary", { hasText: "Samordning" }).click();
    await menu.getByRole("link", { name: "Processregister" }).click();
    await page.waitForURL(`${baseUrl}/processer`);
    await expect.poll(() => page.getByRole("link", { name: "Communities That Care, Rosengård (demo)" }).count()).toBe(1);
    await expect.poll(() => page.getByRole("link", { name: "Limhamns torg som mötesplats (demo)" }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByLabel("Teman").selectOption("barn_och_unga");
    await page.getByRole("button", { name: "Filtrera" }).click();
    await page.waitForURL(/tema=barn_och_unga/);
    await expect.poll(() => page.getByRole("link", { name: "Handelsplats Centrum (demo)" }).count()).toBe(0);
    await page.getByRole("link", { name: "Communities That Care, Rosengård (demo)" }).click();
    await page.waitForURL(/\/processer\/[0-9a-f-]{36}$/);
    const overlaps = page.getByRole("table", { name: /Överlappande processer/ });
    await expect.poll(() => overlaps.getByRole("link", { name: "Dialog om parkstråket i Rosengård (demo)" }).count()).toBe(1);
    await expectAccessible(page);

    await page.goto(`${baseUrl}/processer/ny`);
    await page.getByRole("button", { name: "Registrera processen" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Processens namn");
    await expectAccessible(page);
    await page.getByLabel("Processens namn").fill("Lekplatsdialog Rosengård");
    await page.getByLabel("Förvaltning").check();
    await page.getByLabel("Vem driver processen?").fill("Fastighets- och gatukontoret");
    await page.getByLabel("Barn och unga").check();
    await page.getByLabel("Rosengård").check();
    await page.getByLabel("Startdatum").fill("2026-10-01");
    await page.getByLabel("Planerad").check();
    await page.getByRole("button", { name: "Registrera processen" }).click();
    await page.waitForURL(/sparad=1/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Lekplatsdialog Rosengård");
    await expect.poll(() => page.getByRole("table", { name: /Överlappande processer/ }).getByRole("link", { name: "Communities That Care, Rosengård (demo)" }).count()).toBe(1);
    await expectAccessible(page);

    await page.goto(`${baseUrl}/processer/import`);
    await upload(page, "fel.csv", "text/csv", "namn;ägare;ägartyp;start;status;områden\n;Stadskontoret;förvaltning;2026-01-01;pågående;GESO-01\n");
    await page.getByRole("button", { name: "Importera" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Ingenting importerades");
    await expectAccessible(page);
    await upload(page, "processer.csv", "text/csv", "namn;ägare;ägartyp;teman;start;status;områden\nKulturkvällar Husie;Kulturförvaltningen;förvaltning;Kultur och fritid;2026-05-01;pågående;GESO-06\n");
    await page.getByRole("button", { name: "Importera" }).click();
    await page.waitForURL(/importerade=1/);
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("1 processer importerades");
    await expectAccessible(page);

    await page.goto(`${baseUrl}/samordning`);
    await expect.poll(() => page.getByRole("heading", { name: /^Rosengård/ }).count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it("shows a case's overlaps during assessment and records coordination", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${baseUrl}/arenden`);
    await page.getByRole("link", { name: "Dialog om parkstråket i Rosengård (demo)" }).click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    await page.getByRole("link", { name: "Samordning med andra processer" }).click();
    await page.waitForURL(/\/samordning$/);
    await expect.poll(() => page.getByRole("table", { name: /Överlappande processer/ }).getByRole("link", { name: "Communities That Care, Rosengård (demo)" }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Anteckna samordning" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    await page.getByLabel("Process", { exact: true }).selectOption({ label: "Communities That Care, Rosengård (demo) (Stadskontoret (demo))" });
    await page.getByLabel("Hur har ni samordnat?").fill("Gemensamt möte; dialogaktiviteterna hålls tillsammans med CTC:s arbetsgrupp.");
    await page.getByRole("button", { name: "Anteckna samordning" }).click();
    await page.waitForURL(/sparad=1/);
    await expect.poll(() => page.getByText("dialogaktiviteterna hålls tillsammans").count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it("orders the case list by need, shows a case's area need, and the equity view with its map", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "handlaggare@demo.samverka.invalid");
    await page.goto(`${baseUrl}/arenden`);
    await page.getByLabel("Ordning").selectOption("behov");
    await page.getByRole("button", { name: "Visa" }).click();
    await page.waitForURL(/ordning=behov/);
    const table = page.getByRole("table", { name: "Ärenden om samverkansstöd" });
    await expect.poll(() => table.getByRole("columnheader", { name: "Områdets behov" }).count()).toBe(1);
    // The rows run from the greatest need (lowest rank) down. The filter form navigates in the
    // page, so wait until the new order has been rendered.
    const ranks = async () =>
      (await table.locator("tbody tr td:last-child").allTextContents()).map((x) => Number(/^(\d+) av/.exec(x)?.[1] ?? NaN)).filter((n) => !Number.isNaN(n));
    await expect.poll(async () => {
      const r = await ranks();
      return r.length > 1 && r.every((x, i) => i === 0 || r[i - 1]! <= x);
    }).toBe(true);
    await expectAccessible(page);

    await table.getByRole("link").first().click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText(/Områdets behov enligt områdesindex: .* har rang \d+ av \d+/).count()).toBe(1);

    await page.goto(`${baseUrl}/fordelning?ar=2024`);
    await expect.poll(() => page.getByRole("table", { name: "Fördelning 2024 per område" }).count()).toBe(1);
    await expect.poll(() => page.getByRole("table", { name: "Fördelning 2024 per område" }).getByRole("rowheader").count()).toBe(14);
    await page.waitForSelector(".leaflet-container");
    await expect.poll(() => page.getByText(/Rangkorrelation|För få områden/).count()).toBe(1);
    await expectAccessible(page);
    // The map's process outlines are a resource of their own: for those who may read the register.
    const outlines = await page.request.get(`${baseUrl}/fordelning/processer.geojson?ar=2024`);
    expect(outlines.status()).toBe(200);
    expect(outlines.headers()["content-type"]).toMatch(/^application\/geo\+json/);
    expect(((await outlines.json()) as { type: string }).type).toBe("FeatureCollection");
    await context.close();

    const applicant = await newContext(browser);
    const applicantPage = await applicant.newPage();
    await signIn(applicantPage, baseUrl, "aktor@demo.samverka.invalid");
    expect((await applicantPage.request.get(`${baseUrl}/fordelning/processer.geojson?ar=2024`)).status()).toBe(403);
    await applicant.close();
    const visitor = await newContext(browser);
    const anonymous = await visitor.request.get(`${baseUrl}/fordelning/processer.geojson?ar=2024`, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(302);
    expect(anonymous.headers()["location"]).toMatch(/^\/logga-in/);
    await visitor.close();
  });

  it("lets the analyst import areas, refusing an invalid ring with the reason", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "analytiker@demo.samverka.invalid");
    await page.goto(`${baseUrl}/omraden`);
    await page.getByRole("link", { name: "Importera områden" }).click();
    await page.waitForURL(`${baseUrl}/omraden/import`);
    await expectAccessible(page);
    const bowtie = { type: "FeatureCollection", features: [{ type: "Feature", properties: { kod: "DEL-01", namn: "Rosett" }, geometry: { type: "Polygon", coordinates: [[[13.0, 55.58], [13.01, 55.59], [13.01, 55.58], [13.0, 55.59], [13.0, 55.58]]] } }] };
    await upload(page, "omraden.geojson", "application/geo+json", JSON.stringify(bowtie));
    await page.getByLabel("Gäller från").fill("2026-12-01");
    await page.getByLabel("Källa").fill("Test");
    await page.getByRole("button", { name: "Importera områden" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    await expect.poll(() => page.getByRole("alert").first().textContent()).toMatch(/Geometrin är ogiltig: .*self-intersection/i);
    await expectAccessible(page);
    const good = { type: "FeatureCollection", features: [{ type: "Feature", properties: { kod: "DEL-01", namn: "Delområde Möllan (demo)", parent_code: "GESO-04" }, geometry: { type: "Polygon", coordinates: [[[13.0, 55.58], [13.01, 55.58], [13.01, 55.59], [13.0, 55.59], [13.0, 55.58]]] } }] };
    await upload(page, "omraden.geojson", "application/geo+json", JSON.stringify(good));
    await page.getByRole("button", { name: "Importera områden" }).click();
    await page.waitForURL(/importerade=1/);
    await expectAccessible(page);
    await page.goto(`${baseUrl}/omraden`);
    await expect.poll(() => page.getByRole("cell", { name: "Delområde Möllan (demo)" }).count()).toBe(1);
    await context.close();
  });
});

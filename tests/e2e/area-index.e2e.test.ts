/**
 * The area index in Chromium, with axe on every page: the analyst opens the ranking from the
 * main navigation, reads the spread and extremes per indicator, opens an area's explanation, runs the sensitivity analysis, is told what is
 * wrong with a broken configuration, imports a CSV file with errors (nothing stored, a report by
 * line) and then a good one. A contact person reads the index without the import form; an
 * applicant is refused.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

const BROKEN = "area_code,indicator,year,value\nGESO-01,valdeltagande,2025,71\nGESO-02,valdeltagande,2025,sjuttio\nGESO-03,valdeltagande,20x5,60\n";
const GOOD = "# invented test figures\narea_code;indicator;year;value\nGESO-01;valdeltagande;2025;71,5\nGESO-02;valdeltagande;2025;64\n";

describe("the area index in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("lets the analyst read the ranking and an explanation, check a configuration and import values", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "analytiker@demo.samverka.invalid");

    const menu = page.getByRole("navigation", { name: "Huvudmeny" });
    await menu.locator("summary", { hasText: "Analys" }).click();
    await menu.getByRole("link", { name: "Områdesindex" }).click();
    await page.waitForURL(`${baseUrl}/index`);
    await expect.poll(() => h1(page).textContent()).toBe("Index för områdeslyft");
    const results = page.getByRole("table", { name: /Områden efter behov/ });
    await expect.poll(() => results.locator("tbody tr").count()).toBe(14);
    await expect.poll(() => results.locator("tbody tr").first().locator("td").first().textContent()).toBe("1");
    await expectAccessible(page);

    // Spread and extremes per indicator (seed 004, GVN): a table with a caption, each extreme with its area.
    const spread = page.getByRole("table", { name: /Spridning per indikator/ });
    await expect.poll(() => spread.locator("tbody tr").count()).toBe(12);
    const headers = await spread.locator("thead th").allTextContents();
    expect(headers).toEqual(["Indikator", "Dataår", "Antal områden", "Lägst (område)", "Median", "Högst (område)", "Mittersta hälften av områdena", "Standardavvikelse"]);
    const voterTurnout = spread.locator("tbody tr", { has: page.getByRole("rowheader", { name: /Valdeltagande/ }) });
    await expect.poll(() => voterTurnout.locator("td").nth(1).textContent()).toBe("14");
    await expect.poll(() => voterTurnout.locator("td").nth(2).getByRole("link").count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator("main").textContent()).toContain("Mittersta hälften: hälften av områdena har ett värde mellan");

    // The same ranking as CSV, with the session's cookie.
    const csv = await context.request.get(`${baseUrl}/index/resultat.csv?ar=2023`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe("area_code,area_name,rank,score,delaktighet,utbildning,ekonomi,boende");
    expect(lines).toHaveLength(15);
    expect(lines[1]).toMatch(/^GESO-\d{2},[^,]+,1,/);

    // The spread as CSV too.
    const spreadCsv = await context.request.get(`${baseUrl}/index/spridning.csv?ar=2024`);
    expect(spreadCsv.status()).toBe(200);
    const spreadLines = (await spreadCsv.text()).trim().split("\r\n");
    expect(spreadLines[0]).toBe("indicator,indicator_name,unit,year,areas,suppressed,lowest,lowest_areas,q1,median,q3,highest,highest_areas,sd");
    expect(spreadLines).toHaveLength(13);
    // The invented small area's child poverty in 2024 rests on 3 children: it neither counts nor shows.
    expect(spreadLines.find((l) => l.startsWith("barnfattigdom,"))).toMatch(/^barnfattigdom,[^,]+,%,2024,13,1,/);

    // A year chosen with the GET form, then the area of greatest need.
    await page.getByLabel("Dataår", { exact: true }).selectOption("2023");
    await page.getByRole("button", { name: "Visa", exact: true }).click();
    await page.waitForURL(`${baseUrl}/index?ar=2023`);
    const first = page.getByRole("table", { name: /2023/ }).locator("tbody tr").first().getByRole("link");
    const areaName = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/index\/omrade\/GESO-\d{2}\?ar=2023$/);
    await expect.poll(() => h1(page).textContent()).toContain(areaName);
    await expect.poll(() => page.locator("main").textContent()).toContain("rang 1 av 14");
    await expect.poll(() => page.getByRole("table", { name: /Delaktighet: poäng/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole("table", { name: /Delaktighet: poäng/ }).locator("thead th").nth(3).textContent()).toBe("Alla områden: median (lägst–högst)");
    await expect.poll(() => page.getByRole("table", { name: "Områdets poäng och rang per år" }).locator("tbody tr").count()).toBe(3);
    await expectAccessible(page);

    // The invented small area's child poverty in 2024 rests on 3 children: never shown, nor counted in the spread.
    await page.goto(`${baseUrl}/index/omrade/GESO-12?ar=2024`);
    await expect.poll(() => page.locator("main").textContent()).toContain("Visas inte (färre än 5)");
    await expectAccessible(page);
    await page.goto(`${baseUrl}/index?ar=2024`);
    const poverty = page.getByRole("table", { name: /Spridning per indikator.*2024/ }).locator("tbody tr", { has: page.getByRole("rowheader", { name: /Barnfattigdom/ }) });
    // One year chosen: the caption names it, so there is no year column and the count comes first.
    await expect.poll(() => poverty.locator("td").first().textContent()).toBe("13 (1 visas inte)");
    await expectAccessible(page);

    await page.goto(`${baseUrl}/index/kanslighet?dragningar=200`);
    await expect.poll(() => page.getByRole("table", { name: /Rangintervall per område: 200 dragningar/ }).locator("tbody tr").count()).toBe(14);
    await expectAccessible(page);

    // A configuration with an error is refused, the text kept and the problem named by its path.
    await page.goto(`${baseUrl}/index/konfiguration`);
    await expect.poll(() => h1(page).textContent()).toBe("Indexkonfiguration");
    await expectAccessible(page);
    const definition = page.getByLabel("Konfiguration (JSON)");
    const text = (await definition.inputValue()).replace('"minmax"', '"maxmin"');
    await definition.fill(text);
    await page.getByRole("button", { name: "Spara ny version" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    await expect.poll(() => page.locator(".ds-error-summary").textContent()).toContain("Konfigurationen har 1 fel");
    await expect.poll(() => page.locator("#field-definition-error").textContent()).toContain("normalisation.method");
    await expect.poll(() => definition.inputValue()).toContain('"maxmin"');
    await expectAccessible(page);

    // A broken CSV: nothing stored, every problem by line.
    await page.goto(`${baseUrl}/index/import`);
    await expect.poll(() => h1(page).textContent()).toBe("Importera indikatorvärden");
    await expectAccessible(page);
    await page.setInputFiles("#field-file", { name: "valdeltagande.csv", mimeType: "text/csv", buffer: Buffer.from(BROKEN) });
    await page.getByLabel("Källa (valfritt)").fill("Valmyndigheten (test)");
    await page.getByRole("button", { name: "Importera" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    const report = page.getByRole("table", { name: /Felrapport per rad/ });
    await expect.poll(() => report.locator("tbody tr").count()).toBe(2);
    await expect.poll(() => report.locator("tbody tr").nth(0).locator("th").textContent()).toBe("Rad 3");
    await expect.poll(() => report.locator("tbody tr").nth(1).locator("th").textContent()).toBe("Rad 4");
    await expect.poll(() => page.locator(".ds-error-summary").textContent()).toContain("Inget har sparats");
    await expect.poll(() => page.getByLabel("Källa (valfritt)").inputValue()).toBe("Valmyndigheten (test)");
    await expectAccessible(page);

    // A good one.
    await page.setInputFiles("#field-file", { name: "valdeltagande.csv", mimeType: "text/csv", buffer: Buffer.from(GOOD) });
    await page.getByRole("button", { name: "Importera" }).click();
    await page.waitForURL(/\/index\/import\?rader=2/);
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Importen är klar: 2 värden sparade");
    await expect.poll(() => page.getByRole("table", { name: /De senaste importerna/ }).locator("tbody tr").first().textContent()).toContain("valdeltagande.csv");
    await expectAccessible(page);
    await context.close();
  });

  it("shows a contact person the index without the import form, and refuses an applicant", async () => {
    const staff = await newContext(browser);
    const page = await staff.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${baseUrl}/index/import`);
    await expect.poll(() => h1(page).textContent()).toBe("Importer av indikatorvärden");
    await expect.poll(() => page.getByRole("button", { name: "Importera" }).count()).toBe(0);
    await expectAccessible(page);
    await staff.close();

    const applicant = await newContext(browser);
    const other = await applicant.newPage();
    await signIn(other, baseUrl, "aktor@demo.samverka.invalid");
    await expect.poll(() => other.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Områdesindex", includeHidden: true }).count()).toBe(0);
    const response = await other.goto(`${baseUrl}/index`);
    expect(response?.status()).toBe(403);
    await applicant.close();
  });
});

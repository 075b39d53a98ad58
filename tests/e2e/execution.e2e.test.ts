/**
 * The utförandefas in Chromium (issue 12), on the demo process in its utförandefas: the group
 * updates an effort's progress (told what to fix first), asks for a date change and uploads a
 * receipt; the contact person approves the change, records a payment (refused above what the
 * decision leaves, then within it), and finds the commitments across processes. axe on every page.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const PROCESS = "Sommargata i Södra innerstaden (demo)";
const EFFORT = "Bättre belysning längs gångstråket (demo)";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function arrive(page: Page, url: RegExp) {
  await page.waitForURL(url);
  await expectAccessible(page);
}

describe("the utförandefas in Chromium", () => {
  let browser: Browser;
  let processUrl = "";
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("lets the group update progress, ask for a date change and upload a receipt", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "aktor@demo.samverka.invalid");
    await page.goto(`${baseUrl}/arenden`);
    await page.getByRole("link", { name: PROCESS }).first().click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    processUrl = `${page.url()}/process`;
    await page.goto(processUrl);
    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Genomförandeplan" }).click();
    await arrive(page, /\/process\/plan$/);
    expect(await page.getByRole("img", { name: "Tidslinje för insatser och milstolpar" }).count()).toBe(1);
    expect(await page.getByRole("table", { name: "Insatserna i planen" }).getByRole("row", { name: new RegExp(EFFORT.replace(/[()]/g, ".")) }).textContent()).toContain("Pågående");

    await page.getByRole("link", { name: EFFORT }).click();
    await arrive(page, /\/process\/plan\/[0-9a-f-]{36}$/);
    // A percent above 100: told what to fix, what was typed kept.
    await page.getByLabel("Hur mycket är klart (procent)").fill("140");
    await page.getByLabel("Kort lägesbeskrivning").fill("Sista armaturerna monteras i december.");
    await page.getByRole("button", { name: "Spara status" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByText("Skriv ett heltal från 0 till 100.").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Kort lägesbeskrivning").inputValue()).toBe("Sista armaturerna monteras i december.");
    await expectAccessible(page);
    await page.getByLabel("Hur mycket är klart (procent)").fill("80");
    await page.getByRole("button", { name: "Spara status" }).click();
    await arrive(page, /\?sparad=1$/);
    expect(await page.getByText("Pågående, 80 %").count()).toBe(1);

    await page.getByLabel("Vad vill ni ändra?").selectOption({ label: "Insatsens start och slut" });
    await page.getByLabel("Nytt startdatum").fill("2025-10-12");
    await page.getByLabel("Nytt slutdatum").fill("2026-06-30");
    await page.getByLabel("Varför behövs ändringen?").fill("Leveransen av stolpar blev sex veckor försenad.");
    await page.getByRole("button", { name: "Skicka begäran" }).click();
    await arrive(page, /\?andring=1#andring$/);
    expect(await page.getByRole("table", { name: "Begärda ändringar, den senaste först" }).getByText("Väntar på kontaktpersonen").count()).toBe(1);

    await page.goto(`${processUrl}/budget`);
    await arrive(page, /\/process\/budget$/);
    await page.getByRole("link", { name: "Ladda upp kvitto eller underlag" }).click();
    await arrive(page, /\/budget\/underlag$/);
    await page.locator("#field-file").setInputFiles({ name: "faktura-stolpar.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByLabel("Beskrivning (frivillig)").fill("Faktura för stolparna");
    await page.getByRole("button", { name: "Ladda upp" }).click();
    await arrive(page, /\/process\/budget\?underlag=1$/);
    expect(await page.getByRole("link", { name: "faktura-stolpar.pdf" }).count()).toBe(1);
    await context.close();
  });

  it("lets the contact person approve the change, record a payment within the decision, and find the commitments", async () => {
    expect(processUrl).not.toBe("");
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${processUrl}/plan`);
    await arrive(page, /\/process\/plan$/);
    await page.getByRole("link", { name: new RegExp(`^Pröva – ${EFFORT.replace(/[()]/g, ".")}`) }).click();
    await arrive(page, /\/plan\/andringar\/[0-9a-f-]{36}$/);
    await page.getByRole("button", { name: "Godkänn ändringen" }).click();
    await arrive(page, /\?sparad=1$/);
    expect(await page.getByText("Godkänd", { exact: true }).count()).toBe(1);

    await page.goto(`${processUrl}/budget`);
    await page.getByRole("link", { name: "Registrera utbetalning" }).click();
    await arrive(page, /\/budget\/utbetalning$/);
    await page.getByLabel("Insats", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Belopp (kr)").fill("70 000");
    await page.getByLabel("Utbetalningsdag").fill("2026-11-30");
    await page.getByRole("button", { name: "Registrera utbetalningen" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByText("Beloppet är mer än det som är kvar att betala till insatsen enligt beslutet.").count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await page.getByLabel("Belopp (kr)").fill("20 000");
    await page.getByRole("button", { name: "Registrera utbetalningen" }).click();
    await arrive(page, /\/process\/budget\?utbetalning=1$/);
    expect(await page.getByRole("table", { name: "Utbetalningar mot beslutet om insatser" }).getByText(/20\s000/).count()).toBeGreaterThan(0);

    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Förvaltningarnas åtaganden" }).click();
    await arrive(page, /\/process\/ataganden$/);
    await page.getByRole("link", { name: "Alla förvaltningars åtaganden i alla processer" }).click();
    await arrive(page, /\/ataganden$/);
    await page.getByRole("combobox", { name: "Förvaltning eller bolag" }).fill("gatukontoret");
    await page.getByRole("button", { name: "Visa" }).click();
    await arrive(page, /\/ataganden\?forvaltning=gatukontoret$/);
    expect(await page.getByRole("table", { name: "Åtaganden som nämner gatukontoret" }).getByRole("row").count()).toBeGreaterThan(2);
    await context.close();
  });
});

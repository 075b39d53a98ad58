/**
 * The themes and the compilation in Chromium (issue 11): the contact person, working with the
 * group of the demo process in its samarbetsfas, has themes suggested, accepts one and renames
 * it, tags a viewpoint by hand, opens the compilation and downloads it as DOCX and PDF; the
 * themes page also works with JavaScript off (a tag removed by hand). An applicant of another
 * organisation gets 404. axe on every page.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { docxText, flat, pdfText } from "../support/document-text.ts";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const PROCESS = "Dialog om parkstråket i Rosengård (demo)";
const RENAMED = "Trygghet i parkstråket";
/** The machine is shared: give the page time to be drawn again after a form is sent. */
const SLOW = { timeout: 15_000, interval: 200 };

describe("the themes and the compilation in Chromium", () => {
  let browser: Browser;
  /** The demo process's themes page, found by the contact person in the first test. */
  let themesUrl = "";
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  async function checkWithoutJs(page: Page) {
    // axe runs as a script in the page, which a context without JavaScript cannot do: the same page, with the same session, in a context that has it.
    const checker = await browser.newContext({ locale: "sv-SE", storageState: await page.context().storageState() });
    const same = await checker.newPage();
    await same.goto(page.url());
    await expectAccessible(same);
    await checker.close();
  }

  it("lets the group have themes suggested, accept and rename one, tag a viewpoint, and download the compilation", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${baseUrl}/arenden`);
    await page.getByRole("link", { name: PROCESS }).first().click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    await page.getByRole("link", { name: "Processens faser och historik" }).click();
    await page.waitForURL(/\/process$/);
    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Teman" }).click();
    await page.waitForURL(/\/process\/teman$/);
    themesUrl = page.url();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), SLOW).toBe("Teman");
    await expectAccessible(page);

    // Suggest: the demo's accepted themes stay, the suggestions are made again.
    await page.getByRole("button", { name: "Föreslå teman" }).click();
    await page.waitForURL(/\?foreslagna=\d+$/);
    // With JavaScript the address changes before the page is drawn again: wait for what it shows.
    await expect.poll(() => page.getByRole("status").first().textContent(), SLOW).toMatch(/^Förslagen är uppdaterade: \d+ nya temaförslag\.$/);
    await expectAccessible(page);

    // Accept the first suggestion.
    const accept = page.getByRole("button", { name: /^Godkänn temat / }).first();
    const name = ((await accept.textContent()) ?? "").replace(/^Godkänn\s*temat\s*/, "").trim();
    expect(name).not.toBe("");
    await accept.click();
    await page.waitForURL(/\?sparad=1$/);
    await expect.poll(() => page.getByRole("status").first().textContent(), SLOW).toBe("Ändringen är sparad.");
    await expect.poll(() => page.getByRole("button", { name: `Godkänn temat ${name}` }).count(), SLOW).toBe(0);

    // Rename it (from the page's own address, so the next address is a change to wait for).
    await page.goto(themesUrl);
    await page.getByLabel("Tema", { exact: true }).selectOption({ label: name });
    await page.getByLabel("Nytt namn").fill(RENAMED);
    await page.getByRole("button", { name: "Byt namn" }).click();
    await page.waitForURL(/\?sparad=1$/);
    const counts = page.getByRole("table", { name: "Antal synpunkter per tema och målgrupp" });
    await expect.poll(() => counts.getByRole("rowheader", { name: RENAMED }).count(), SLOW).toBe(1);
    expect(await counts.getByRole("rowheader", { name: "Alla synpunkter" }).count()).toBe(1);
    await expectAccessible(page);

    // Renaming to an empty name: told what to fix, what was chosen kept.
    await page.getByLabel("Tema", { exact: true }).selectOption({ label: RENAMED });
    await page.getByRole("button", { name: "Byt namn" }).click();
    await expect.poll(() => page.title(), SLOW).toMatch(/^Fel: /);
    await expect.poll(() => page.getByLabel("Nytt namn").getAttribute("aria-invalid"), SLOW).toBe("true");
    expect(await page.getByText("Skriv temats namn.").count()).toBeGreaterThan(0);
    await expectAccessible(page);

    // Tag a viewpoint that does not have the theme yet.
    await page.goto(themesUrl);
    const select = page.locator('select[id^="tag-"]').filter({ has: page.locator("option", { hasText: RENAMED }) }).first();
    const viewpointId = ((await select.getAttribute("id")) ?? "").replace(/^tag-/, "");
    await select.selectOption({ label: RENAMED });
    await page.locator(`#synpunkt-${viewpointId}`).getByRole("button", { name: "Tagga" }).click();
    await page.waitForURL(/\?sparad=1/);
    await expect.poll(() => page.locator(`#synpunkt-${viewpointId}`).getByText(`${RENAMED} (taggad för hand)`).count(), SLOW).toBe(1);
    await expectAccessible(page);

    // The compilation: the renamed theme with its count, and the downloads.
    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Sammanställning" }).click();
    await page.waitForURL(/\/process\/sammanstallning$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), SLOW).toBe("Sammanställning av dialogen");
    const overview = page.getByRole("table", { name: "Antal synpunkter per godkänt tema och målgrupp" });
    await expect.poll(() => overview.getByRole("rowheader", { name: RENAMED }).count(), SLOW).toBe(1);
    expect(await page.getByRole("heading", { level: 3, name: RENAMED }).count()).toBe(1);
    await expectAccessible(page);

    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ner som Word (DOCX)" }).click()]);
    expect(docx.suggestedFilename()).toMatch(/^Sammanstallning-TN-2026-00002\.docx$/);
    const wordText = flat(docxText(readFileSync(await docx.path())));
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ner som PDF" }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^Sammanstallning-TN-2026-00002\.pdf$/);
    const pdfFlat = flat(pdfText(readFileSync(await pdf.path())));
    for (const text of [wordText, pdfFlat]) {
      expect(text).toContain("Sammanställning av dialogen");
      expect(text).toContain(PROCESS);
      expect(text).toContain("Ärendenummer: TN-2026-00002");
      expect(text).toContain(RENAMED);
    }
    await context.close();
  });

  it("works without JavaScript: a tag removed by hand; another organisation's applicant is told nothing is there", async () => {
    expect(themesUrl).not.toBe("");
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, baseUrl, "handlaggare@demo.samverka.invalid");
    await page.goto(themesUrl);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), SLOW).toBe("Teman");
    const removeButton = { name: `Ta bort temat ${RENAMED}` };
    const row = page.locator("tr").filter({ has: page.getByRole("button", removeButton) }).first();
    const viewpointId = ((await row.getAttribute("id")) ?? "").replace(/^synpunkt-/, "");
    await page.locator(`#synpunkt-${viewpointId}`).getByRole("button", removeButton).click();
    await page.waitForURL(/\?sparad=1/);
    expect(await page.locator(`#synpunkt-${viewpointId}`).getByRole("button", removeButton).count()).toBe(0);
    expect(await page.getByRole("status").first().textContent()).toBe("Ändringen är sparad.");
    await checkWithoutJs(page);
    await context.close();

    const outsider = await newContext(browser);
    const other = await outsider.newPage();
    await signIn(other, baseUrl, "aktor@demo.samverka.invalid");
    for (const path of ["", ".docx", ".pdf"]) expect((await other.request.get(`${themesUrl.replace(/teman$/, "sammanstallning")}${path}`)).status()).toBe(404);
    expect((await other.request.get(themesUrl)).status()).toBe(404);
    await outsider.close();
  });
});

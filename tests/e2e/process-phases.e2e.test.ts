/**
 * The running process's phases in Chromium (issue 11): from the case page the contact person
 * opens the process's phases, sees its history and the next steps, and is told what to fix when
 * closing early without a reason; the applicant of the process reads the same page without any
 * step to take. axe on every page, JavaScript off for the applicant.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const SUMMER_STREET = "Sommargata i Södra innerstaden (demo)";

describe("a running process's phases in Chromium", () => {
  let browser: Browser;
  /** The demo process's case page, found by the contact person in the first test. */
  let caseUrl = "";
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("lets the contact person see the phase, its history and the next steps, and asks for a reason to close early", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${baseUrl}/arenden`);
    await page.getByRole("link", { name: SUMMER_STREET }).first().click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    await page.getByRole("link", { name: "Processens faser och historik" }).click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}\/process$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Processens faser");
    expect(await page.getByText("Processen är i Utförandefas.").count()).toBe(1);
    const history = page.getByRole("table", { name: "Historik" });
    expect(await history.getByRole("cell", { name: "Samarbetsfasen inleddes" }).count()).toBe(1);
    expect(await history.getByRole("cell", { name: "Utförandefasen inleddes" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Inled resultatfasen" }).count()).toBe(1);
    await expectAccessible(page);

    // Closing in the utförandefas without a reason: told what to fix, nothing changed.
    await page.getByRole("button", { name: "Avsluta processen" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    const reason = page.getByLabel("Skäl till att processen avslutas");
    expect(await reason.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("Skriv varför processen avslutas innan resultatfasen.").count()).toBeGreaterThan(0);
    expect(await page.getByText("Processen är i Utförandefas.").count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it("shows the applicant the same phase and history, without steps to take, with JavaScript off", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, baseUrl, "aktor@demo.samverka.invalid");
    expect(caseUrl).not.toBe("");
    await page.goto(caseUrl);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(SUMMER_STREET);
    await page.getByRole("link", { name: "Processens faser och historik" }).click();
    await page.waitForURL(`${caseUrl}/process`);
    expect(await page.getByText("Processen är i Utförandefas.").count()).toBe(1);
    expect(await page.getByRole("table", { name: "Historik" }).getByRole("row").count()).toBe(3);
    expect(await page.getByRole("button").filter({ hasText: /Inled|Avsluta/ }).count()).toBe(0);
    // axe runs as a script in the page, which a context without JavaScript cannot do: the same
    // page, with the same session, in a context that has it.
    const checker = await browser.newContext({ locale: "sv-SE", storageState: await context.storageState() });
    const same = await checker.newPage();
    await same.goto(page.url());
    await expectAccessible(same);
    await checker.close();
    // Posting a step anyway changes nothing: the page answers as if the case did not exist.
    const csrf = await page.locator('input[name="_csrf"]').first().getAttribute("value");
    const res = await context.request.post(`${caseUrl}/process`, { form: { _csrf: csrf ?? "", event: "resultat_inleds" }, maxRedirects: 0 });
    expect(res.status()).toBe(404);
    await page.reload();
    expect(await page.getByText("Processen är i Utförandefas.").count()).toBe(1);
    await context.close();
  });
});

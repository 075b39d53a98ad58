/**
 * Signs in as each demo role, checks the role's start page and follows every page of the main
 * navigation (opening its groups),
 * with axe on every page; a failed sign-in; a sign-in with JavaScript off; per-object access;
 * the language switch; a password reset mail in the outbox with its link hidden, and no outbox
 * for a handläggare.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");

/** Each role's menu, in order: the groups' pages (Ärenden, Samordning, Analys, Administration) come right after their group. */
const COORDINATION = ["/processer", "/samordning", "/ataganden"];
const ANALYSIS = ["/index", "/fordelning", "/omraden", "/lardomar", "/jamforelse", "/namnd/arsrapport"];
/** The network of actors, in Samordning, is the contact persons' and case officers'. */
const COORDINATION_CASE_STAFF = ["/processer", "/samordning", "/natverk", "/ataganden"];
const ROLES = [
  { email: "aktor@demo.samverka.invalid", name: "Anna Aktörsson (demo)", lead: "Här följer du din organisations ärenden", menu: ["/start", "/arenden", "/organisation", "/konto"] },
  { email: "kontaktperson@demo.samverka.invalid", name: "Karin Kontaktperson (demo)", lead: "som kontaktperson", menu: ["/start", "/arenden", "/handlaggning", "/kontaktforfragningar", "/arenden/ny-process", ...COORDINATION_CASE_STAFF, ...ANALYSIS, "/konto"] },
  { email: "handlaggare@demo.samverka.invalid", name: "Hassan Handläggare (demo)", lead: "förbereder du nämndärenden", menu: ["/start", "/arenden", "/handlaggning", "/kontaktforfragningar", "/sammantraden", "/arenden/ny-process", ...COORDINATION_CASE_STAFF, ...ANALYSIS, "/konto"] },
  { email: "analytiker@demo.samverka.invalid", name: "Alva Analytiker (demo)", lead: "förvaltar du områden", menu: ["/start", "/arenden", ...COORDINATION, ...ANALYSIS, "/konto"] },
  { email: "admin@demo.samverka.invalid", name: "Adam Administratör (demo)", lead: "sköter du nämnderna, personalens konton och stadens mål", menu: ["/start", "/arenden", "/sammantraden", ...COORDINATION, ...ANALYSIS, "/admin/anvandare", "/admin/namnder", "/admin/mal", "/admin/granskningslogg", "/utkorg", "/admin/jobb", "/admin/sprak", "/konto"] },
];

describe("foundation in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  for (const role of ROLES) {
    it(`signs in as ${role.email} and follows the main navigation`, async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(baseUrl);
      await expectAccessible(page);
      await signIn(page, baseUrl, role.email);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(`Hej ${role.name}!`);
      expect(await page.getByText(role.lead).count()).toBeGreaterThan(0);
      await expectAccessible(page);
      const nav = page.getByRole("navigation", { name: "Huvudmeny" });
      // Every page in the menu, also those in its groups (closed <details>, so hidden until opened).
      const entries = await nav.locator("a").evaluateAll((links) =>
        links.map((a) => ({ href: a.getAttribute("href")!, group: a.closest("details")?.querySelector("summary")?.textContent ?? null })),
      );
      expect(entries.map((e) => e.href)).toEqual(role.menu);
      for (const { href, group } of entries) {
        if (group) {
          await nav.locator("summary", { hasText: group }).click();
          await expectAccessible(page);
        }
        await nav.locator(`a[href="${href}"]`).click();
        await page.waitForURL(`${baseUrl}${href}`);
        await expect.poll(() => page.getByRole("heading", { level: 1 }).count()).toBe(1);
        await expect.poll(() => nav.locator("details[open]").count()).toBe(0);
        await expectAccessible(page);
      }
      await context.close();
      // Every page of a staff role's menu, with axe on each: up to 16 pages.
    }, 180_000);
  }

  it("keeps the e-mail and shows an error summary when the password is wrong", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/logga-in`);
    await page.getByLabel("E-postadress").fill("forening@demo.samverka.invalid");
    await page.getByLabel("Lösenord", { exact: true }).fill("fel lösenord");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("stämmer inte");
    expect(await page.title()).toMatch(/^Fel: /);
    expect(await page.getByLabel("E-postadress").inputValue()).toBe("forening@demo.samverka.invalid");
    await expectAccessible(page);
    await context.close();
  });

  it("signs in with JavaScript turned off", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/logga-in`);
    await page.getByLabel("E-postadress").fill("analytiker@demo.samverka.invalid");
    await page.getByLabel("Lösenord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${baseUrl}/start`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Hej Alva Analytiker (demo)!");
    // axe runs as a script in the page, which a context without JavaScript cannot do: check the
    // same page, with the same session, in a context that has it.
    const checker = await browser.newContext({ storageState: await context.storageState() });
    const same = await checker.newPage();
    await same.goto(page.url());
    await expectAccessible(same);
    await checker.close();
    await context.close();
  });

  it("answers 404 when an applicant opens another organisation's case", async () => {
    const staff = await newContext(browser);
    const staffPage = await staff.newPage();
    await signIn(staffPage, baseUrl, "kontaktperson@demo.samverka.invalid");
    await staffPage.goto(`${baseUrl}/arenden`);
    const row = staffPage.getByRole("row").filter({ hasNotText: "Fastighetsägare i Sofielund" }).filter({ has: staffPage.getByRole("link") }).first();
    const href = await row.getByRole("link").first().getAttribute("href");
    expect(href).toMatch(/^\/arenden\/[0-9a-f-]{36}$/);
    await staff.close();

    const applicant = await newContext(browser);
    const page = await applicant.newPage();
    await signIn(page, baseUrl, "aktor@demo.samverka.invalid");
    const response = await page.goto(`${baseUrl}${href}`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sidan hittades inte");
    await expectAccessible(page);
    await applicant.close();
  });

  it("switches the interface to English", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/logga-in`);
    await page.getByRole("button", { name: "In English" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Sign in");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expectAccessible(page);
    await context.close();
  });

  it("puts a password reset mail in the outbox with its link hidden, for administrators only", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/glomt-losenord`);
    await page.getByLabel("E-postadress").fill("admin@demo.samverka.invalid");
    await page.getByRole("button", { name: "Skicka länk" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Om det finns ett konto");
    await expectAccessible(page);

    // A handläggare has no outbox: neither in the menu nor by its address.
    await signIn(page, baseUrl, "handlaggare@demo.samverka.invalid");
    expect(await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utkorg" }).count()).toBe(0);
    expect((await page.goto(`${baseUrl}/utkorg`))?.status()).toBe(403);
    await context.clearCookies();

    // The administrator sees the mail, its link hidden.
    await signIn(page, baseUrl, "admin@demo.samverka.invalid");
    await page.goto(`${baseUrl}/utkorg`);
    const mail = page.getByRole("row").filter({ hasText: "admin@demo.samverka.invalid" }).filter({ hasText: "Återställ ditt lösenord i Samverka" });
    expect(await mail.count()).toBe(1);
    await mail.getByText("Återställ ditt lösenord i Samverka").click();
    const body = mail.locator("pre");
    await expect.poll(() => body.isVisible()).toBe(true);
    // The shared server has no mail server: the link is hidden and said not to be sent.
    expect(await body.textContent()).toContain("[länk dold – skickas inte utan e-postserver]");
    expect(await page.content()).not.toMatch(/token=/);
    expect(await page.getByText("Länkar som bara mottagaren får läsa").count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });
});

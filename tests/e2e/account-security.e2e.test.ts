/**
 * Account and session security in Chromium, with axe on every page visited, on a server of
 * this file's own: mail goes to a local SMTP catcher (read as its recipient reads it) and a
 * session expires after one idle minute.
 *
 * - Finding how to sign up: the public page says when to register, the sign-in page how.
 * - Registering through the link in the e-mail; a known address answered exactly alike.
 * - Sign-in answers known and unknown addresses alike, "locked" included.
 * - A form sent after the session expired is kept: sign in again and it comes back, with
 *   JavaScript and without.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext } from "./support/browser.ts";
import { startApp, type RunningApp } from "./support/server.ts";
import { startSmtpCatcher, type SmtpCatcher } from "./support/smtp-catcher.ts";

const DEMO_APPLICANT = "aktor@demo.samverka.invalid";
const DEMO_PASSWORD = "Samverka-demo-2026";
const run = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

describe("account and session security in Chromium", () => {
  let app: RunningApp;
  let catcher: SmtpCatcher;
  let browser: Browser;
  let baseUrl = "";
  const contexts: BrowserContext[] = [];
  async function pageFor(opts: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await newContext(browser, opts);
    // A step that cannot happen fails with what it waited for, instead of waiting for ever.
    context.setDefaultTimeout(30_000);
    contexts.push(context);
    return context.newPage();
  }

  /**
   * axe runs as a script in the page, which a context without JavaScript cannot do: check the
   * same address, with the same cookies, in a context that has it.
   */
  async function expectAccessibleWithoutJs(page: Page) {
    const checker = await browser.newContext({ locale: "sv-SE", storageState: await page.context().storageState() });
    try {
      const same = await checker.newPage();
      await same.goto(page.url());
      await expectAccessible(same);
    } finally {
      await checker.close();
    }
  }

  beforeAll(async () => {
    catcher = await startSmtpCatcher();
    [app, browser] = await Promise.all([startApp(inject("buildDir"), { SMTP_URL: catcher.url, SESSION_IDLE_MINUTES: "1" }), launch()]);
    baseUrl = app.baseUrl;
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.stop();
    await catcher?.close();
  });

  async function signIn(page: Page, email: string, password: string) {
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Logga in" }).click();
  }

  it("says on the public page when to register, and the sign-in page leads to it", async () => {
    const page = await pageFor();
    await page.goto(`${baseUrl}/samverkansstod`);
    const when = page.getByRole("heading", { name: "När ska vi skapa ett konto?" });
    await expect.poll(() => when.count()).toBe(1);
    await expect.poll(() => page.locator("main").textContent()).toContain("Skapa ett konto för er organisation när ni är redo att skriva ansökan. Oftast gör ni det efter det första mötet");
    await expectAccessible(page);

    await page.goto(`${baseUrl}/logga-in`);
    await expect.poll(() => page.getByRole("heading", { name: "Inget konto?" }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Skapa ett konto för er organisation" }).click();
    await page.waitForURL(`${baseUrl}/registrera`);
    await expect.poll(() => h1(page).textContent()).toBe("Registrera en organisation");
    await expectAccessible(page);
  });

  // The account registered below: an address that has an account and is not on any page.
  let registered = "";

  it("registers through the link in the e-mail, and answers an address that has an account exactly alike", async () => {
    const person = { name: `Rut Registrerar ${run}`, email: `rut.${run}@example.invalid`, organisation: `Gårdsföreningen ${run}`, password: "Ett långt lösenord för test" };
    const register = async (page: Page, email: string) => {
      await page.goto(`${baseUrl}/registrera`);
      await page.getByLabel("Organisationens eller gruppens namn").fill(person.organisation);
      await page.getByLabel("Förening", { exact: true }).check();
      await page.getByLabel("Ditt namn").fill(person.name);
      await page.getByLabel("Din e-postadress").fill(email);
      await page.getByLabel("Lösenord", { exact: true }).fill(person.password);
      await page.getByRole("button", { name: "Skapa konto" }).click();
      await page.waitForURL(`${baseUrl}/registrera?skickat=1`);
      await expect.poll(() => h1(page).textContent()).toBe("Kolla din e-post");
      return page.locator("main").textContent();
    };
    const page = await pageFor();
    const answerNew = await register(page, person.email);
    await expectAccessible(page);
    // A staff address: the same page, word for word; its owner is told instead.
    const answerKnown = await register(await pageFor(), "handlaggare@demo.samverka.invalid");
    expect(answerKnown).toBe(answerNew);
    const note = await catcher.waitFor("handlaggare@demo.samverka.invalid", (m) => m.subject.includes("försökte registrera"));
    expect(note.text).toContain(`${baseUrl}/glomt-losenord`);
    expect(note.text).not.toContain(person.organisation);

    const mail = await catcher.waitFor(person.email);
    expect(mail.subject).toBe("Bekräfta din registrering i Samverka");
    expect(mail.text).not.toContain(person.organisation);
    const link = /http:\/\/\S+\/registrera\/bekrafta\?token=\S+/.exec(mail.text)![0];
    await page.goto(link);
    await expect.poll(() => h1(page).textContent()).toBe("Bekräfta registreringen");
    await expect.poll(() => page.locator("main").textContent()).toContain(person.organisation);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Skapa kontot" }).click();
    await page.waitForURL(`${baseUrl}/start`);
    await expect.poll(() => h1(page).textContent()).toBe(`Hej ${person.name}!`);
    await expect.poll(() => page.locator("main").textContent()).toContain(person.organisation);
    await expectAccessible(page);
    registered = person.email;

    // The link works once.
    const again = await pageFor();
    await again.goto(link);
    await expect.poll(() => again.locator("main").textContent()).toContain("Länken har redan använts");
    await expectAccessible(again);
  });

  it("answers a known and an unknown address alike through the sign-in page, 'locked' included", async () => {
    /** A browser without JavaScript, by hand: the sign-in page's answer to a wrong password. */
    const attempt = async (email: string, cookie: string, csrf: string) => {
      const res = await fetch(`${baseUrl}/logga-in`, { method: "POST", redirect: "manual", headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ _csrf: csrf, next: "", email, password: "fel lösenord" }) });
      // The page shows the typed address back, and every response has its own CSP nonce and its own masking of the CSRF token.
      const html = (await res.text()).replaceAll(email, "ADDRESS").replace(/nonce="[^"]*"/g, 'nonce=""').replace(/name="_csrf" value="[^"]*"/g, 'name="_csrf" value=""');
      return { status: res.status, html };
    };
    const page = await fetch(`${baseUrl}/logga-in`);
    const cookie = page.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    // (Not a demo account: those are listed on the sign-in page itself.)
    expect(registered, "the registration test must have run").not.toBe("");
    const known = registered;
    const unknown = `finns-inte-${run}@example.invalid`;
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const a = await attempt(known, cookie, csrf);
      const b = await attempt(unknown, cookie, csrf);
      expect(b.status, `attempt ${i + 1}`).toBe(a.status);
      expect(b.html, `attempt ${i + 1}`).toBe(a.html);
      answers.push(/Kontot är tillfälligt låst/.test(a.html) ? "locked" : /stämmer inte/.test(a.html) ? "invalid" : "other");
    }
    expect(answers).toEqual(["invalid", "invalid", "invalid", "invalid", "locked", "locked"]);

    // A return address with a newline is not followed (and does not break the redirect).
    const other = await fetch(`${baseUrl}/logga-in`);
    const otherCookie = other.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const otherCsrf = /name="_csrf" value="([^"]+)"/.exec(await other.text())![1]!;
    const signedIn = await fetch(`${baseUrl}/logga-in`, { method: "POST", redirect: "manual", headers: { cookie: otherCookie, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ _csrf: otherCsrf, next: "/\t/evil.example/\n", email: DEMO_APPLICANT, password: DEMO_PASSWORD }) });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("location")).toBe("/start");
  });

  it("keeps what was typed when the session has expired, and brings it back after signing in, with JavaScript and without", async () => {
    // With JavaScript: a new application's name, typed as the session runs out.
    const withJs = await pageFor();
    await withJs.goto(`${baseUrl}/logga-in`);
    await signIn(withJs, DEMO_APPLICANT, DEMO_PASSWORD);
    await withJs.waitForURL(`${baseUrl}/start`);
    const signedInAt = Date.now();
    await withJs.goto(`${baseUrl}/ansokan/ny`);
    const title = `Sommargatan ${run}`;
    await withJs.getByLabel("Vad vill ni kalla samverkansprocessen?").fill(title);

    // Without JavaScript: a part of a draft with a mistake in it.
    const noJs = await pageFor({ javaScriptEnabled: false });
    await noJs.goto(`${baseUrl}/logga-in`);
    await signIn(noJs, DEMO_APPLICANT, DEMO_PASSWORD);
    await noJs.waitForURL(`${baseUrl}/start`);
    await noJs.goto(`${baseUrl}/ansokan/ny`);
    await noJs.getByLabel("Vad vill ni kalla samverkansprocessen?").fill(`Vintergatan ${run}`);
    await noJs.getByRole("button", { name: "Starta ansökan" }).click();
    await noJs.waitForURL(/\/ansokan\/[0-9a-f-]{36}\/steg\/omrade$/);
    const stepUrl = noJs.url().replace(/omrade$/, "aktorer");
    await noJs.goto(stepUrl);
    await noJs.getByLabel("Vilka aktörer finns i området?").fill("Handlare och boende längs gatan.");
    await noJs.locator("#field-contributions_0_actor").fill("Gatuföreningen");
    await noJs.locator("#field-contributions_0_money").fill("femtio");

    // The sessions expire after one idle minute.
    await new Promise((r) => setTimeout(r, Math.max(0, signedInAt + 75_000 - Date.now())));

    await withJs.getByRole("button", { name: "Starta ansökan" }).click();
    await withJs.waitForURL(/\/logga-in\?next=.*sparat=1/);
    await expect.poll(() => withJs.getByRole("status").first().textContent()).toContain("Det du skrev i formuläret är sparat");
    await expectAccessible(withJs);
    await signIn(withJs, DEMO_APPLICANT, DEMO_PASSWORD);
    // The kept form was sent to its action: the application exists with the typed name.
    await withJs.waitForURL(/\/ansokan\/[0-9a-f-]{36}\/steg\/omrade$/);
    await expect.poll(() => h1(withJs).textContent()).toMatch(/Området/);
    await expect.poll(() => withJs.title()).toContain(title);
    await expectAccessible(withJs);

    await noJs.getByRole("button", { name: "Spara och fortsätt" }).click();
    await noJs.waitForURL(/\/logga-in\?next=.*sparat=1/);
    await expect.poll(() => noJs.getByRole("status").first().textContent()).toContain("Det du skrev i formuläret är sparat");
    await expectAccessibleWithoutJs(noJs);
    await signIn(noJs, DEMO_APPLICANT, DEMO_PASSWORD);
    // Back on the form, with what was typed and the mistake pointed out.
    await noJs.waitForURL(/\/steg\/aktorer\?aterstall=/);
    await expect.poll(() => noJs.title()).toMatch(/^Fel: /);
    expect(await noJs.locator("#field-contributions_0_money").inputValue()).toBe("femtio");
    expect(await noJs.locator("#field-contributions_0_actor").inputValue()).toBe("Gatuföreningen");
    expect(await noJs.getByLabel("Vilka aktörer finns i området?").inputValue()).toBe("Handlare och boende längs gatan.");
    // (The kept form is used once: the checker sees the part as it is saved.)
    await expectAccessibleWithoutJs(noJs);
    // Corrected, it is saved as usual.
    await noJs.locator("#field-contributions_0_money").fill("50000");
    await noJs.getByRole("button", { name: "Spara och fortsätt" }).click();
    await noJs.waitForURL(/\/steg\/forslaget$/);
    await expectAccessibleWithoutJs(noJs);
  }, 420_000);
});

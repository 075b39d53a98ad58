/**
 * A password reset on a server that sends mail (SMTP_URL, a real SMTP server on 127.0.0.1):
 * the administrator reads the outbox with the link hidden, only the recipient's mail holds the
 * link, and the link works once. The server's log holds no token. axe on every page visited.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startSmtpServer, linkIn, type TestSmtpServer } from "../support/mail.ts";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { startApp, type RunningApp } from "./support/server.ts";

describe("a reset link over SMTP", () => {
  let browser: Browser;
  let smtp: TestSmtpServer;
  let app: RunningApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    [browser, app] = await Promise.all([launch(), startApp(inject("buildDir"), { SMTP_URL: smtp.url, LOG_LEVEL: "info" })]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await smtp?.close();
  });

  it("reaches only the recipient: hidden in the outbox, working from the mail, never logged", async () => {
    const base = app.baseUrl;
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/glomt-losenord`);
    await page.getByLabel("E-postadress").fill("admin@demo.samverka.invalid");
    await page.getByRole("button", { name: "Skicka länk" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Om det finns ett konto");

    await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBe(1);
    const mail = smtp.received[0]!;
    expect(mail.envelopeTo).toEqual(["admin@demo.samverka.invalid"]);
    const { link, token } = linkIn(mail.text);
    expect(link.startsWith(`${base}/aterstall-losenord?token=`)).toBe(true);

    // The administrator sees the mail as sent, its link hidden.
    await signIn(page, base, "admin@demo.samverka.invalid");
    await page.goto(`${base}/utkorg`);
    const row = page.getByRole("row").filter({ hasText: "admin@demo.samverka.invalid" }).filter({ hasText: "Återställ ditt lösenord i Samverka" });
    await expect.poll(() => row.getByText("Skickat").count()).toBe(1);
    await row.getByText("Återställ ditt lösenord i Samverka").click();
    expect(await row.locator("pre").textContent()).toContain("[länk dold – skickas bara till mottagaren]");
    expect(await page.content()).not.toContain(token);
    await expectAccessible(page);
    await context.clearCookies();

    // The recipient's link works, once.
    await page.goto(link);
    await page.getByLabel("Nytt lösenord", { exact: true }).fill("Ett nytt lösenord 2026!");
    await page.getByLabel("Upprepa det nya lösenordet").fill("Ett nytt lösenord 2026!");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Spara nytt lösenord" }).click();
    await page.waitForURL(/\/logga-in/);
    await signIn(page, base, "admin@demo.samverka.invalid", "Ett nytt lösenord 2026!");
    await page.goto(link);
    expect(await page.getByText("Länken är ogiltig, har redan använts eller har gått ut.").count()).toBe(1);
    expect(await page.getByLabel("Nytt lösenord", { exact: true }).count()).toBe(0);

    expect(app.output()).toContain("mail job done");
    expect(app.output()).not.toContain(token);
    await context.close();
  });
});

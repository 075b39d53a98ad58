/**
 * The job queue's page for administrators (/admin/jobb), on a server that sends mail (SMTP_URL,
 * a real SMTP server on 127.0.0.1) and tries a mail once (MAIL_ATTEMPTS=1): a contact form's
 * receipt that the mail server refuses shows as a failed job, without the recipient's address;
 * "Försök igen" (a form with CSRF, audited) sends it once the server takes it. Only
 * administrators reach the page. axe on every page visited.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startSmtpServer, type TestSmtpServer } from "../support/mail.ts";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { startApp, type RunningApp } from "./support/server.ts";

const RECIPIENT = "rut.jobb@exempel.se";

describe("the job queue's page", () => {
  let browser: Browser;
  let smtp: TestSmtpServer;
  let app: RunningApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    [browser, app] = await Promise.all([launch(), startApp(inject("buildDir"), { SMTP_URL: smtp.url, MAIL_ATTEMPTS: "1", LOG_LEVEL: "info" })]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await smtp?.close();
  });

  it("shows a mail that failed, without its recipient, and sends it when an administrator tries it again", async () => {
    const base = app.baseUrl;
    const context = await newContext(browser);
    const page = await context.newPage();

    // Not signed in: the sign-in page. A handläggare: no such page for them.
    await page.goto(`${base}/admin/jobb`);
    await page.waitForURL(/\/logga-in/);
    await signIn(page, base, "handlaggare@demo.samverka.invalid");
    expect((await page.goto(`${base}/admin/jobb`))?.status()).toBe(403);
    await context.clearCookies();

    // A resident's contact request; the mail server refuses the receipt.
    smtp.refuse.add(RECIPIENT);
    await page.goto(`${base}/samverkansstod/kontakt`);
    await page.getByLabel("Ditt namn").fill("Rut Resident");
    await page.getByLabel("E-postadress").fill(RECIPIENT);
    await page.getByLabel("Vilket område gäller det?").fill("Sofielund, kring Seved");
    await page.getByLabel("Vad vill ni göra?").fill("Vi vill ordna läxhjälp på gården.");
    await page.getByRole("button", { name: "Skicka kontaktförfrågan" }).click();
    await page.waitForURL(/\/samverkansstod\/kontakt\?skickat=1$/);

    // The administrator finds it in the menu's page of background jobs, failed after its one try.
    await signIn(page, base, "admin@demo.samverka.invalid");
    await page.goto(`${base}/admin/jobb`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Bakgrundsjobb");
    const failedTable = page.getByRole("table", { name: /Jobb som misslyckades/ });
    await expect
      .poll(
        async () => {
          await page.reload();
          return failedTable.getByRole("button", { name: /^Försök igen: E-post / }).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    const queues = page.getByRole("table", { name: "Köerna just nu" });
    expect(await queues.getByRole("rowheader", { name: "E-post", exact: true }).count()).toBe(1);
    expect(await queues.getByRole("rowheader", { name: /^Underhåll av e-post/ }).count()).toBe(1);
    const row = failedTable.getByRole("row").filter({ has: page.getByRole("cell", { name: "E-post", exact: true }) });
    expect(await row.getByRole("cell").nth(3).textContent()).toBe("1");
    expect(await page.content()).not.toContain(RECIPIENT);
    await expectAccessible(page);

    // The form needs the page's CSRF token: a post from elsewhere is refused and changes nothing.
    const jobId = await row.locator('input[name="jobId"]').getAttribute("value");
    const forged = await page.request.post(`${base}/admin/jobb`, { form: { queue: "mail", jobId: jobId! } });
    expect(forged.status()).toBe(403);

    // The mail server takes it now: "Försök igen", and the receipt goes out.
    smtp.refuse.clear();
    await row.getByRole("button", { name: /^Försök igen/ }).click();
    await page.waitForURL(/\/admin\/jobb\?forsokt=1$/);
    expect(await page.getByRole("status").filter({ hasText: "Jobbet ligger i kön igen" }).count()).toBe(1);
    await expectAccessible(page);
    await expect.poll(() => smtp.received.filter((m) => m.envelopeTo.includes(RECIPIENT)).length, { timeout: 20_000 }).toBe(1);
    await page.goto(`${base}/admin/jobb`);
    expect(await page.getByText("Inga jobb har misslyckats.").count()).toBe(1);

    // The retry is in the audit log.
    await page.goto(`${base}/admin/granskningslogg`);
    expect(await page.getByRole("row").filter({ hasText: "job.retry" }).filter({ hasText: `job ${jobId!.slice(0, 8)}` }).count()).toBe(1);
    await context.close();
  });
});

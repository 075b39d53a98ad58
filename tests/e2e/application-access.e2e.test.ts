/**
 * Who reaches an application's pages over HTTP: the applicant's organisation does; another
 * organisation's applicant gets 404 on every page, the attachment and a forged submit; removing
 * another case's attachment through a form answers 404; a visitor who is not signed in is sent
 * to the sign-in page and changes nothing. An attachment's name loses its bidi controls and
 * gets the extension of its content.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

describe("access to an application", () => {
  let browser: Browser;
  let caseId: string;
  let attachmentHref: string;
  let pngHref: string;
  beforeAll(async () => {
    browser = await launch();
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "aktor@demo.samverka.invalid");
    await page.goto(`${baseUrl}/ansokan/ny`);
    await page.getByLabel("Vad vill ni kalla samverkansprocessen?").fill("Åtkomstprov");
    await page.getByRole("button", { name: "Starta ansökan" }).click();
    await page.waitForURL(/\/ansokan\/[0-9a-f-]{36}\/steg\/omrade$/);
    caseId = /ansokan\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.goto(`${baseUrl}/ansokan/${caseId}/bilagor`);
    await page.locator("#field-file").setInputFiles({ name: "underlag.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
    await page.getByRole("button", { name: "Ladda upp" }).click();
    await page.waitForURL(/klart=uppladdad/);
    attachmentHref = (await page.getByRole("link", { name: "underlag.pdf" }).getAttribute("href"))!;
    expect(attachmentHref).toMatch(new RegExp(`^/arenden/${caseId}/bilagor/[0-9a-f-]{36}$`));
    const download = await page.request.get(`${baseUrl}${attachmentHref}`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toContain("attachment;");

    // A name with a right-to-left override (shown as "fakturaexe.png") on PNG content: listed
    // and offered without it, with the extension of its content.
    await page.locator("#field-file").setInputFiles({ name: "faktura\u202Egnp.exe", mimeType: "application/octet-stream", buffer: PNG });
    await page.getByRole("button", { name: "Ladda upp" }).click();
    // The address is the same as after the first upload: wait for the new row instead.
    const named = page.getByRole("link", { name: "fakturagnp.png", exact: true });
    await named.waitFor({ timeout: 20_000 });
    expect(await named.count()).toBe(1);
    expect(await page.getByRole("table").textContent()).not.toContain("\u202E");
    pngHref = (await named.getAttribute("href"))!;
    const png = await page.request.get(`${baseUrl}${pngHref}`);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect(png.headers()["content-disposition"]).toBe(`attachment; filename="fakturagnp.png"; filename*=UTF-8''fakturagnp.png`);
    await context.close();
  });
  afterAll(async () => browser?.close());

  const pages = () => [`/ansokan/${caseId}/steg/omrade`, `/ansokan/${caseId}/bilagor`, `/ansokan/${caseId}/granska`, `/ansokan/${caseId}/medsokande`, `/arenden/${caseId}`, attachmentHref, pngHref];

  it("answers 404 to another organisation's applicant, also for a forged submit", async () => {
    const context = await newContext(browser);
    const page: Page = await context.newPage();
    await signIn(page, baseUrl, "forening@demo.samverka.invalid");
    for (const path of pages()) {
      const response = await page.request.get(`${baseUrl}${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
    // A valid CSRF token of the stranger's own session, on a form posted to the other case.
    await page.goto(`${baseUrl}/ansokan/ny`);
    const token = await page.locator('input[name="_csrf"]').first().inputValue();
    const forged = await page.request.post(`${baseUrl}/ansokan/${caseId}/granska`, { form: { _csrf: token, confirm: "1" }, headers: { origin: baseUrl }, maxRedirects: 0 });
    expect(forged.status()).toBe(404);
    const title = await page.request.post(`${baseUrl}/ansokan/${caseId}/steg/omrade`, { multipart: { _csrf: token, title: "Kapad", intent: "draft" }, headers: { origin: baseUrl }, maxRedirects: 0 });
    expect(title.status()).toBe(404);
    await context.close();
  });

  it("answers 404 when a form removes an attachment of another case, and removes nothing", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "aktor@demo.samverka.invalid");
    // A second draft of the same organisation: the applicant may edit it, not through it the first one.
    await page.goto(`${baseUrl}/ansokan/ny`);
    await page.getByLabel("Vad vill ni kalla samverkansprocessen?").fill("Annat utkast");
    await page.getByRole("button", { name: "Starta ansökan" }).click();
    await page.waitForURL(/\/ansokan\/[0-9a-f-]{36}\/steg\/omrade$/);
    const otherCase = /ansokan\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.goto(`${baseUrl}/ansokan/${otherCase}/bilagor`);
    const token = await page.locator('input[name="_csrf"]').first().inputValue();
    const attachmentId = attachmentHref.split("/").pop()!;
    const forged = await page.request.post(`${baseUrl}/ansokan/${otherCase}/bilagor`, { form: { _csrf: token, intent: "remove", attachment_id: attachmentId }, headers: { origin: baseUrl }, maxRedirects: 0 });
    expect(forged.status()).toBe(404);
    expect((await page.request.get(`${baseUrl}${attachmentHref}`)).status()).toBe(200);
    await context.close();
  });

  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    for (const path of pages()) {
      const response = await page.request.get(`${baseUrl}${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(302);
      expect(response.headers().location, path).toMatch(/^\/logga-in\?next=/);
    }
    await context.close();
  });

  it("kept the application unchanged", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "aktor@demo.samverka.invalid");
    await page.goto(`${baseUrl}/ansokan/${caseId}/granska`);
    expect(await page.getByText("Åtkomstprov").count()).toBeGreaterThan(0);
    expect(await page.getByText("Kapad").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Skicka in ansökan" }).count()).toBe(1);
    await context.close();
  });
});

/**
 * The public pages as a resident opens them on a phone (issue 10): no JavaScript at all, every
 * response compressed, at most 50 KB of CSS over the wire, and they still work: the contact
 * form is sent and answered, with axe on every page.
 */
import type { Browser, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const PUBLIC_PAGES = ["/", "/samverkansstod", "/samverkansstod/lattlast", "/samverkansstod/kontakt", "/logga-in", "/glomt-losenord", "/registrera", "/tillganglighet"];

describe("the public pages in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("ship no JavaScript, and everything they load comes compressed, the CSS under 50 KB", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    for (const path of PUBLIC_PAGES) {
      const responses: Response[] = [];
      page.on("response", (r) => responses.push(r));
      await page.goto(`${baseUrl}${path}`);
      await page.waitForLoadState("load");
      page.removeAllListeners("response");
      expect(await page.locator("script").count(), `scripts on ${path}`).toBe(0);
      expect(responses.filter((r) => r.request().resourceType() === "script").map((r) => r.url()), `scripts loaded by ${path}`).toEqual([]);
      for (const r of responses.filter((r) => ["document", "stylesheet"].includes(r.request().resourceType()) && r.status() === 200)) {
        expect((await r.allHeaders())["content-encoding"], `encoding of ${r.url()}`).toMatch(/^(br|gzip)$/);
      }
      const cssBytes = await page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .filter((e) => (e as PerformanceResourceTiming).initiatorType === "link")
          .reduce((n, e) => n + (e as PerformanceResourceTiming).encodedBodySize, 0),
      );
      expect(cssBytes, `CSS bytes over the wire on ${path}`).toBeLessThanOrEqual(50 * 1024);
      await expectAccessible(page);
    }
    await context.close();
  });

  it("still take a contact request without JavaScript being there to help", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/samverkansstod/kontakt`);
    await page.getByLabel("Ditt namn").fill("Rut Resident");
    await page.getByLabel("E-postadress").fill("rut@exempel.se");
    await page.getByLabel("Vilket område gäller det?").fill("Sofielund, kring Seved");
    await page.getByLabel("Vad vill ni göra?").fill("Vi vill ordna läxhjälp på gården.");
    await page.getByRole("button", { name: "Skicka kontaktförfrågan" }).click();
    await page.waitForURL(/\/samverkansstod\/kontakt\?skickat=1$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Tack, vi har tagit emot din kontaktförfrågan");
    expect(await page.locator("script").count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });
});

/**
 * Check-ins in Chromium (issue 12): the contact person of the demo process in its utförandefas
 * opens its check-ins (the demo's held ones with notes and an overdue action said in words), is
 * told what to fix in the booking form, books a check-in tomorrow with an agenda; the group adds
 * a point to it and downloads its calendar file; an anonymous visitor is sent to sign in. axe on
 * every page.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { swedishDay } from "#src/domain/dates.ts";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const SUMMER = "Sommargata i Södra innerstaden (demo)";
const AGENDA = "Läget i belysningen; leveransen\nLekplatsdagen, hur gick det?";

describe("check-ins in Chromium", () => {
  let browser: Browser;
  let checkinUrl = "";
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("lets the contact person book a check-in for tomorrow with an agenda", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${baseUrl}/arenden`);
    await page.getByRole("link", { name: SUMMER }).first().click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    const caseUrl = page.url();
    await page.goto(`${caseUrl}/process`);
    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Avstämningar" }).click();
    await page.waitForURL(/\/process\/avstamningar$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Avstämningar");
    // The demo's check-ins: held ones, a monthly series to come, and an overdue action said in words.
    expect(await page.getByRole("table", { name: "Tidigare avstämningar" }).getByRole("row").count()).toBe(3);
    expect(await page.getByRole("table", { name: "Åtgärder som inte är klara" }).getByText("Försenad").count()).toBe(1);
    await expectAccessible(page);

    // Sent with the end before the start and nowhere to meet: told what to fix, what was typed kept.
    const tomorrow = swedishDay(new Date(Date.now() + 86_400_000));
    const form = page.getByRole("form", { name: "Boka en avstämning" });
    await form.getByLabel("Datum", { exact: true }).fill(tomorrow);
    await form.getByLabel("Börjar", { exact: true }).fill("10:00");
    await form.getByLabel("Slutar", { exact: true }).fill("09:00");
    await form.getByLabel("Dagordning", { exact: true }).fill(AGENDA);
    await form.getByRole("button", { name: "Boka avstämningen" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByText("Sluttiden måste vara efter starttiden.").count()).toBeGreaterThan(0);
    expect(await page.getByText("Skriv var avstämningen hålls: en plats, en möteslänk eller båda.").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Dagordning", { exact: true }).inputValue()).toBe(AGENDA);
    await expectAccessible(page);

    await page.getByLabel("Slutar", { exact: true }).fill("11:00");
    await page.getByLabel("Plats", { exact: true }).fill("Föreningslokalen, Bergsgatan 20");
    await page.getByRole("button", { name: "Boka avstämningen" }).click();
    await page.waitForURL(/\/avstamningar\/[0-9a-f-]{36}\?bokad=1$/);
    await expect.poll(() => page.getByText("Avstämningen är bokad.", { exact: false }).count()).toBe(1);
    checkinUrl = page.url().replace(/\?.*$/, "");
    const agenda = page.getByRole("list").filter({ hasText: "Läget i belysningen; leveransen" });
    expect(await agenda.getByRole("listitem").count()).toBe(2);
    await expectAccessible(page);
    await context.close();
  });

  it("lets the group add a point to the agenda and download the calendar file", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "aktor@demo.samverka.invalid");
    await page.goto(checkinUrl);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Avstämning");
    // The group reads the check-in; booking, moving and the notes are the contact person's.
    expect(await page.getByRole("form", { name: "Flytta avstämningen" }).count()).toBe(0);
    expect(await page.getByLabel("Anteckningar från avstämningen").count()).toBe(0);
    await expectAccessible(page);
    await page.getByLabel("Punkt", { exact: true }).fill("Skyltning <b>vid</b> torget");
    await page.getByRole("button", { name: "Lägg till en punkt" }).click();
    await page.waitForURL(/\?punkt=1/);
    await expect.poll(() => page.getByText("Punkten är tillagd på dagordningen.").count()).toBe(1);
    expect(await page.getByText("Skyltning <b>vid</b> torget").count()).toBe(1);
    await expectAccessible(page);

    const ics = await context.request.get(`${checkinUrl}/kalender.ics`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(ics.headers()["content-disposition"]).toMatch(/attachment; filename="?avstamning-\d{4}-\d{2}-\d{2}\.ics/);
    const body = (await ics.text()).replace(/\r\n[ \t]/g, "");
    expect(body).toMatch(/UID:avstamning-[0-9a-f-]{36}@/);
    expect(body).toContain("SEQUENCE:0");
    expect(body).toContain("Skyltning <b>vid</b> torget");
    expect(body).toContain("LOCATION:Föreningslokalen\\, Bergsgatan 20");
    await context.close();
  });

  it("sends an anonymous visitor to sign in, and gives no calendar file", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(checkinUrl);
    await page.waitForURL(/\/logga-in\?next=/);
    await expectAccessible(page);
    const ics = await context.request.get(`${checkinUrl}/kalender.ics`, { maxRedirects: 0 });
    expect(ics.status()).toBe(302);
    await context.close();
  });
});

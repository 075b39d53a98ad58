/**
 * Dialogue activities in Chromium (issue 11): the contact person of the demo process in its
 * samarbetsfas opens its activities, is told what to fix in a new activity's form, creates it
 * (a title with a comma, a semicolon and a line of its own stays text), records who took part,
 * opens the poster with its QR code and downloads the calendar file; the public calendar file
 * needs no sign-in. Staff of another committee read the list with small counts hidden and
 * cannot change anything; the contact person removes the activity with JavaScript off. axe on
 * every page.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const PARK = "Dialog om parkstråket i Rosengård (demo)";
const TITLE = "Workshop, kväll; med barn";

describe("dialogue activities in Chromium", () => {
  let browser: Browser;
  let listUrl = "";
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("lets the contact person create an activity, record participation, open the poster and download the calendar file", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${baseUrl}/arenden`);
    await page.getByRole("link", { name: PARK }).first().click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    await page.getByRole("link", { name: "Processens faser och historik" }).click();
    await page.waitForURL(/\/process$/);
    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Dialogaktiviteter" }).click();
    await page.waitForURL(/\/process\/aktiviteter$/);
    listUrl = page.url();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Dialogaktiviteter");
    await expect.poll(() => page.getByRole("heading", { name: "Trygghetsvandring längs parkstråket (demo)" }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Pop-up vid lekplatsen: hur vill ni använda parken? (demo)" }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Lägg till en dialogaktivitet" }).click();
    await page.waitForURL(/\/aktiviteter\/ny$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Ny dialogaktivitet");
    await expectAccessible(page);
    // Sent without a title, with the end before the start: told what to fix, what was typed kept.
    await page.getByRole("radio", { name: "Workshop", exact: true }).check();
    await page.getByLabel("Startdatum").fill("2027-01-20");
    await page.getByLabel("Starttid").fill("18:00");
    await page.getByLabel("Slutdatum").fill("2027-01-20");
    await page.getByLabel("Sluttid").fill("17:00");
    await page.getByLabel("Adress eller platsbeskrivning").fill("Rosengårds bibliotek, Malmö");
    await page.getByRole("button", { name: "Spara aktiviteten" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByText("Skriv vad aktiviteten heter.").count()).toBeGreaterThan(0);
    expect(await page.getByText("Aktiviteten måste sluta efter att den börjar.").count()).toBeGreaterThan(0);
    expect(await page.getByText("Välj minst en grupp som aktiviteten är till för.").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Adress eller platsbeskrivning").inputValue()).toBe("Rosengårds bibliotek, Malmö");
    expect(await page.getByLabel("Namn på aktiviteten").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page);

    await page.getByLabel("Namn på aktiviteten").fill(TITLE);
    await page.getByLabel("Sluttid").fill("20:00");
    await page.getByLabel("Barn (0–12 år)").check();
    await page.getByLabel("Unga (13–19 år)").check();
    await page.getByLabel("Språk", { exact: true }).fill("svenska, arabiska");
    await page.getByLabel("Sista dag för synpunkter").fill("2027-02-15");
    await page.getByRole("button", { name: "Spara aktiviteten" }).click();
    await page.waitForURL(/\/aktiviteter\/[0-9a-f-]{36}\?sparad=1$/);
    // The signed-in pages before were hydrated, so React Router renders the next page after the address changes.
    await expect.poll(() => page.getByText("Aktiviteten är sparad.").count()).toBe(1);
    const activityUrl = page.url().replace(/\?.*$/, "");
    await expectAccessible(page);

    // Participation that does not add up, then that does.
    await page.getByLabel("Antal deltagare", { exact: true }).fill("12");
    await page.getByLabel("Kvinnor").fill("7");
    await page.getByLabel("Män", { exact: true }).fill("4");
    await page.getByLabel("Annat svar").fill("0");
    await page.getByRole("button", { name: "Spara deltagandet" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByText("Alla grupper är ifyllda men blir tillsammans inte antalet deltagare.").count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await page.getByLabel("Män", { exact: true }).fill("5");
    await page.getByLabel("13–19 år", { exact: true }).fill("3");
    await page.getByRole("button", { name: "Spara deltagandet" }).click();
    await page.waitForURL(/\?deltagande=1/);
    await expect.poll(() => page.getByText("Deltagandet är sparat.").count()).toBe(1);
    expect(await page.getByLabel("Kvinnor").inputValue()).toBe("7");

    await page.getByRole("link", { name: "Affisch med QR-kod" }).click();
    await page.waitForURL(/\/affisch$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    expect(await page.getByRole("img", { name: "QR-kod till sidan för synpunkter" }).count()).toBe(1);
    const link = await page.getByRole("link", { name: /\/synpunkt\/[a-z0-9]{12}$/ }).textContent();
    expect(link).toMatch(/\/synpunkt\/[a-z0-9]{12}$/);
    await expectAccessible(page);

    const ics = await context.request.get(`${activityUrl}/kalender.ics`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(ics.headers()["content-disposition"]).toMatch(/attachment; filename="?[a-z0-9]{12}\.ics/);
    const body = (await ics.text()).replace(/\r\n[ \t]/g, "");
    expect(body).toContain("SUMMARY:Workshop\\, kväll\\; med barn");
    expect(body).toContain("DTSTART:20270120T170000Z");
    expect(body).toMatch(/UID:[0-9a-f-]{36}@/);

    // Back on the list, the new activity is upcoming with its figures, whole for the group.
    await page.goto(listUrl);
    const card = page.getByRole("article", { name: TITLE });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByRole("table", { name: "Deltagare efter kön" }).getByRole("cell", { name: "5" }).count()).toBe(1);
    await context.close();
  });

  it("gives anyone the public calendar file of an activity, and nothing for an address that is none", async () => {
    const context = await newContext(browser);
    const res = await context.request.get(`${baseUrl}/synpunkt/demolekplats2026/kalender.ics`);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain("SUMMARY:Pop-up vid lekplatsen: hur vill ni använda parken? (demo)");
    expect((await context.request.get(`${baseUrl}/synpunkt/finnsinte0000/kalender.ics`)).status()).toBe(404);
    // The process's own pages need a sign-in.
    expect(listUrl).not.toBe("");
    const page = await context.newPage();
    await page.goto(listUrl);
    await page.waitForURL(/\/logga-in/);
    await context.close();
  });

  it("shows staff of another committee the list with small counts hidden, and lets them change nothing", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "handlaggare.asn@demo.samverka.invalid");
    await page.goto(listUrl);
    const walk = page.getByRole("article", { name: "Trygghetsvandring längs parkstråket (demo)" });
    const bySex = walk.getByRole("table", { name: "Deltagare efter kön" });
    await expect.poll(() => bySex.count()).toBe(1);
    expect(await bySex.getByRole("cell", { name: "13" }).count()).toBe(1);
    expect(await bySex.getByRole("cell", { name: "dold" }).count()).toBe(2);
    expect(await page.getByRole("link", { name: "Lägg till en dialogaktivitet" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: /Ändra eller registrera deltagande/ }).count()).toBe(0);
    await expectAccessible(page);
    expect((await page.goto(`${listUrl}/ny`))?.status()).toBe(404);
    await context.close();
  });

  it("lets the contact person remove the activity with JavaScript off", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(listUrl);
    await page.getByRole("article", { name: TITLE }).getByRole("link", { name: /^Ändra eller registrera deltagande/ }).click();
    await page.waitForURL(/\/aktiviteter\/[0-9a-f-]{36}$/);
    expect(await page.getByLabel("Namn på aktiviteten").inputValue()).toBe(TITLE);
    expect(await page.getByLabel("Kvinnor").inputValue()).toBe("7");
    // axe runs as a script in the page: the same page in a context that has JavaScript.
    const checker = await browser.newContext({ locale: "sv-SE", storageState: await context.storageState() });
    const same = await checker.newPage();
    await same.goto(page.url());
    await expectAccessible(same);
    await checker.close();
    await page.getByRole("button", { name: "Ta bort aktiviteten" }).click();
    await page.waitForURL(/\/aktiviteter\?borttagen=1$/);
    expect(await page.getByText("Aktiviteten är borttagen.").count()).toBe(1);
    expect(await page.getByRole("article", { name: TITLE }).count()).toBe(0);
    await context.close();
  });
});

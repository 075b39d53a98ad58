/**
 * The samarbetsfas from end to end in Chromium (issue 11's journey), on a server of its own:
 * from the demo's approved application, the contact person maps an actor and holds a dialogue
 * activity; two residents give viewpoints on its public page, one with JavaScript off; themes are
 * suggested and accepted; the compilation is downloaded; the proposal is sent with an effort that
 * answers a theme; the case officer assesses it and records the second decision; "Vi frågade, ni
 * sa, vi gör" shows what was heard and what is done. axe on every page.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { startApp, type RunningApp } from "./support/server.ts";

const PROCESS = "Dialog om parkstråket i Rosengård (demo)";
const ACTIVITY = "Kvällsvandring i parkstråket";
const EFFORT = "Belysning längs parkstråket";
const UUID = "[0-9a-f-]{36}";

async function arrive(page: Page, url: RegExp) {
  await page.waitForURL(url);
  await expectAccessible(page);
}

describe("the samarbetsfas from the approved application to the second decision", () => {
  let app: RunningApp;
  let browser: Browser;
  let staff: BrowserContext;
  let page: Page;
  let caseUrl = "";
  let publicLink = "";

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(inject("buildDir")), launch()]);
    staff = await newContext(browser);
    page = await staff.newPage();
    await signIn(page, app.baseUrl, "kontaktperson@demo.samverka.invalid");
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("maps an actor and holds a dialogue activity with a public page", async () => {
    await page.goto(`${app.baseUrl}/arenden`);
    await page.getByRole("link", { name: PROCESS }).first().click();
    await page.waitForURL(new RegExp(`/arenden/${UUID}$`));
    caseUrl = page.url();
    await page.getByRole("link", { name: "Processens faser och historik" }).click();
    await arrive(page, /\/process$/);
    const parts = page.getByRole("navigation", { name: "Processens delar" });

    await parts.getByRole("link", { name: "Aktörer" }).click();
    await arrive(page, /\/process\/aktorer$/);
    await page.getByLabel("Namn", { exact: true }).fill("Rosengårds skola");
    await page.getByLabel("Skola", { exact: true }).check();
    await page.getByLabel("Att nå", { exact: true }).check();
    await page.getByRole("button", { name: "Lägg till aktören" }).click();
    await arrive(page, /\/process\/aktorer\?/);
    expect(await page.getByText("Rosengårds skola").count()).toBeGreaterThan(0);

    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Dialogaktiviteter" }).click();
    await arrive(page, /\/process\/aktiviteter$/);
    await page.getByRole("link", { name: "Lägg till en dialogaktivitet" }).click();
    await arrive(page, /\/aktiviteter\/ny$/);
    await page.getByLabel("Namn på aktiviteten").fill(ACTIVITY);
    await page.getByRole("radio", { name: "Vandring", exact: true }).check();
    await page.getByLabel("Startdatum").fill("2027-01-20");
    await page.getByLabel("Starttid").fill("18:00");
    await page.getByLabel("Slutdatum").fill("2027-01-20");
    await page.getByLabel("Sluttid").fill("20:00");
    await page.getByLabel("Adress eller platsbeskrivning").fill("Entrén till parkstråket vid Amiralsgatan");
    // The point: a click on the map writes the coordinate fields (the fields are the way in without it).
    const map = page.getByRole("region", { name: "Karta för att välja aktivitetens plats" });
    await expect.poll(() => map.locator(".leaflet-interactive, .leaflet-pane").count()).toBeGreaterThan(0);
    await map.click({ position: { x: 200, y: 150 } });
    await expect.poll(() => page.getByLabel("Latitud").inputValue()).toMatch(/^5[4-7]\.\d{5}$/);
    expect(await page.getByLabel("Longitud").inputValue()).toMatch(/^1[1-5]\.\d{5}$/);
    await page.getByLabel("Boende", { exact: true }).check();
    await page.getByLabel("Barn (0–12 år)").check();
    await page.getByLabel("Sista dag för synpunkter").fill("2027-06-30");
    await page.getByRole("button", { name: "Spara aktiviteten" }).click();
    await arrive(page, new RegExp(`/aktiviteter/${UUID}\\?`));
    await page.getByRole("link", { name: "Affisch med QR-kod" }).click();
    await arrive(page, /\/affisch$/);
    publicLink = ((await page.getByRole("link", { name: /\/synpunkt\/[a-z0-9]{12}$/ }).textContent()) ?? "").trim();
    expect(publicLink).toMatch(/\/synpunkt\/[a-z0-9]{12}$/);
  });

  it("takes two residents' viewpoints on the public page, one with JavaScript off", async () => {
    const path = new URL(publicLink).pathname;
    const residents: Array<[boolean, string]> = [
      [true, "Parkstråket är alldeles för mörkt på kvällen, det behövs mer belysning vid gångvägen."],
      [false, "Mörkt och otryggt vid tunneln på kvällen. Sätt upp fler lampor!"],
    ];
    for (const [javaScriptEnabled, text] of residents) {
      const context = await newContext(browser, { javaScriptEnabled });
      const resident = await context.newPage();
      await resident.goto(`${app.baseUrl}${path}`);
      expect(await resident.getByRole("heading", { level: 1 }).textContent()).toBe(ACTIVITY);
      expect(await resident.locator("script").count()).toBe(0);
      await resident.getByLabel("Din synpunkt").fill(text);
      await resident.getByLabel("Jag bor här").check();
      await resident.getByRole("button", { name: "Skicka synpunkten" }).click();
      await resident.waitForURL(/\?tack=1$/);
      if (javaScriptEnabled) await expectAccessible(resident);
      await context.close();
    }
    // axe needs scripts: the page the resident without JavaScript saw, checked in a context with them.
    const checker = await newContext(browser);
    const check = await checker.newPage();
    await check.goto(`${app.baseUrl}${path}?tack=1`);
    await expectAccessible(check);
    await checker.close();

    await page.goto(`${caseUrl}/process/synpunkter`);
    await expectAccessible(page);
    expect(await page.getByText("Mörkt och otryggt vid tunneln på kvällen.", { exact: false }).count()).toBeGreaterThan(0);
  });

  it("suggests themes, accepts one and downloads the compilation", async () => {
    await page.goto(`${caseUrl}/process/teman`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Föreslå teman" }).click();
    await page.waitForURL(/\?foreslagna=\d+$/);
    await expectAccessible(page);
    const accept = page.getByRole("button", { name: /^Godkänn temat / }).first();
    await accept.click();
    await page.waitForURL(/\?sparad=1$/);
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Sammanställning" }).click();
    await arrive(page, /\/process\/sammanstallning$/);
    expect(await page.getByText(ACTIVITY).count()).toBeGreaterThan(0);
    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ner som Word (DOCX)" }).click()]);
    expect(docx.suggestedFilename()).toBe("Sammanstallning-TN-2026-00002.docx");
  });

  it("sends a proposal whose effort answers a theme, and the committee decides on it", async () => {
    await page.goto(`${caseUrl}/process/forslag`);
    await expectAccessible(page);
    await page.getByLabel("Insats", { exact: true }).fill(EFFORT);
    await page.getByLabel("Ansvarig", { exact: true }).fill("Boendenätverket Rosengård");
    await page.getByLabel("Startdatum").fill("2027-03-01");
    await page.getByLabel("Slutdatum").fill("2027-10-31");
    await page.getByRole("button", { name: "Lägg till en insats" }).click();
    await arrive(page, /\/process\/forslag\/[0-9a-f-]{36}\?ny=1$/);
    const effortUrl = page.url().replace(/\?.*$/, "");
    const theme = page.getByRole("group", { name: "Teman insatsen svarar på" }).getByRole("checkbox").first();
    await theme.check();
    await page.getByRole("button", { name: "Spara temana" }).click();
    await arrive(page, /\?teman=1/);
    await page.getByLabel("Vem bidrar").fill("Tekniska nämnden");
    await page.getByLabel("Belopp i kronor").fill("80000");
    await page.getByRole("button", { name: "Lägg till en budgetrad" }).click();
    await arrive(page, /\?rad=1/);
    await page.goto(`${caseUrl}/process/forslag`);
    await page.getByRole("button", { name: "Skicka förslaget till nämnden" }).click();
    await arrive(page, /\?skickat=1$/);

    const officerContext = await newContext(browser);
    const officer = await officerContext.newPage();
    await signIn(officer, app.baseUrl, "handlaggare@demo.samverka.invalid");
    await officer.goto(caseUrl);
    await officer.getByRole("link", { name: "Bedöm insatserna" }).click();
    await arrive(officer, /\/insatser$/);
    const efforts = officer.locator("fieldset", { has: officer.getByLabel("Förslag till beslut") });
    for (let i = 0; i < (await efforts.count()); i++) {
      const fieldset = efforts.nth(i);
      const ours = ((await fieldset.locator("legend").textContent()) ?? "").includes(EFFORT);
      await fieldset.getByLabel("Förslag till beslut").selectOption(ours ? "ja" : "nej");
      if (ours) await fieldset.getByLabel("Föreslaget bidrag från staden, kronor").fill("80000");
    }
    await officer.getByLabel("Bedömning", { exact: true }).fill("Belysningen svarar på det flest boende tog upp.");
    await officer.getByLabel("Barnkonsekvensanalys i korthet").fill("Barn som går hem från fritids får en tryggare väg.");
    await officer.getByRole("button", { name: "Spara bedömningen" }).click();
    await arrive(officer, /\?bedomd=1$/);
    await officer.getByRole("button", { name: "Markera som klart för nämnden" }).click();
    await arrive(officer, /\?klar=1$/);
    await officer.getByRole("link", { name: "Beslut om insatser" }).click();
    await arrive(officer, /\/insatser\/beslut$/);
    await officer.getByLabel("Paragraf").fill("§ 31");
    await officer.getByLabel("Beslutsdatum").fill("2027-01-28");
    const verdicts = officer.locator("fieldset", { has: officer.getByRole("radio", { name: "Beviljas" }) });
    for (let i = 0; i < (await verdicts.count()); i++) {
      const fieldset = verdicts.nth(i);
      const ours = ((await fieldset.locator("legend").textContent()) ?? "").includes(EFFORT);
      await fieldset.getByRole("radio", { name: ours ? "Beviljas" : "Avslås" }).check();
      await fieldset.getByLabel("Stadens bidrag, kronor").fill(ours ? "80000" : "");
    }
    await officer.getByRole("button", { name: "Registrera beslutet" }).click();
    await arrive(officer, /\?registrerat=1$/);
    await officerContext.close();

    // We asked, you said, we do: the accepted theme with what residents said, and the approved effort.
    await page.goto(`${caseUrl}/process/vi-fragade`);
    await expectAccessible(page);
    const weDo = page.getByRole("listitem").filter({ hasText: EFFORT });
    expect(await weDo.first().textContent()).toContain("beviljad av nämnden");
    expect(effortUrl).toMatch(/\/forslag\//);
  });
});

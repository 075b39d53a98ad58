/**
 * The proposal of efforts and the second decision in Chromium (issue 11): the contact person
 * works in the demo process in its samarbetsfas — adds an effort (told what to fix first), a
 * budget line and a milestone, and sends the proposal; the case officer follows the case page's
 * next step to the assessment, writes it with the child-impact analysis, marks the proposal
 * ready, downloads the officer's report, puts it on a meeting's agenda and records the decision
 * per effort with its dates; the contact person then sees the execution plan, with JavaScript
 * off. axe on every page.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const ROSENGARD = "Dialog om parkstråket i Rosengård (demo)";
const EFFORT = "Trygghetsvandringar med boende";

async function arrive(page: Page, url: RegExp) {
  await page.waitForURL(url);
  await expectAccessible(page);
}

describe("the proposal of efforts and the second decision in Chromium", () => {
  let browser: Browser;
  let caseUrl = "";
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("lets the contact person build the proposal with the group and send it", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${baseUrl}/arenden`);
    await page.getByRole("link", { name: ROSENGARD }).first().click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    await page.getByRole("link", { name: "Processens faser och historik" }).click();
    await arrive(page, /\/process$/);
    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Förslag till insatser" }).click();
    await arrive(page, /\/process\/forslag$/);

    // An effort without a name and with its dates the wrong way round: told what to fix, what was typed kept.
    await page.getByLabel("Insats", { exact: true }).fill(" ");
    await page.getByLabel("Ansvarig", { exact: true }).fill("Boendenätverket Rosengård");
    await page.getByLabel("Startdatum").fill("2027-05-01");
    await page.getByLabel("Slutdatum").fill("2027-04-01");
    await page.getByRole("button", { name: "Lägg till en insats" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByText("Skriv vad insatsen heter.").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Ansvarig", { exact: true }).inputValue()).toBe("Boendenätverket Rosengård");
    await expectAccessible(page);

    await page.getByLabel("Insats", { exact: true }).fill(EFFORT);
    await page.getByLabel("Slutdatum").fill("2027-09-30");
    await page.getByRole("button", { name: "Lägg till en insats" }).click();
    await arrive(page, /\/process\/forslag\/[0-9a-f-]{36}\?ny=1$/);

    await page.getByRole("radio", { name: "Staden" }).check();
    await page.getByRole("radio", { name: "Pengar" }).check();
    await page.getByLabel("Vem bidrar").fill("Tekniska nämnden");
    await page.getByLabel("Belopp i kronor").fill("60 000");
    await page.getByRole("button", { name: "Lägg till en budgetrad" }).click();
    await arrive(page, /\?rad=1/);
    await page.getByLabel("Milstolpe", { exact: true }).fill("Första vandringen");
    await page.getByLabel("Datum", { exact: true }).fill("2027-05-15");
    await page.getByRole("button", { name: "Lägg till en milstolpe" }).click();
    await arrive(page, /\?milstolpe=1/);
    expect(await page.getByRole("table", { name: "Insatsens budget" }).getByRole("row", { name: /Stadens bidrag i pengar/ }).textContent()).toContain("60");

    await page.getByRole("link", { name: /^Tillbaka till förslaget/ }).click();
    await arrive(page, /\/process\/forslag$/);
    await page.getByRole("button", { name: "Skicka förslaget till nämnden" }).click();
    await arrive(page, /\/process\/forslag\?skickat=1$/);
    expect(await page.getByText("Förslaget är skickat till nämnden.").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Lägg till en insats" }).count()).toBe(0);
    await context.close();
  });

  it("lets the case officer assess it, put it on an agenda and record the decision per effort", async () => {
    expect(caseUrl).not.toBe("");
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "handlaggare@demo.samverka.invalid");
    await page.goto(caseUrl);
    await page.getByRole("link", { name: "Bedöm insatserna" }).click();
    await arrive(page, /\/handlaggning\/[0-9a-f-]{36}\/insatser$/);

    // Every effort of the proposal gets a recommendation: the demo's draft effort is refused, ours approved.
    const efforts = page.locator("fieldset", { has: page.getByLabel("Förslag till beslut") });
    const count = await efforts.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) {
      const fieldset = efforts.nth(i);
      const ours = ((await fieldset.locator("legend").textContent()) ?? "").includes(EFFORT);
      await fieldset.getByLabel("Förslag till beslut").selectOption(ours ? "ja" : "nej");
      if (ours) await fieldset.getByLabel("Föreslaget bidrag från staden, kronor").fill("60000");
    }
    await page.getByLabel("Bedömning", { exact: true }).fill("Vandringarna svarar på det boende sa om otrygghet.");
    await page.getByLabel("Barnkonsekvensanalys i korthet").fill("Barn och unga bjuds in till egna vandringar efter skolan.");
    await page.getByRole("button", { name: "Spara bedömningen" }).click();
    await arrive(page, /\?bedomd=1$/);
    await page.getByRole("button", { name: "Markera som klart för nämnden" }).click();
    await arrive(page, /\?klar=1$/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tjänsteskrivelse om insatserna (Word)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Tjansteskrivelse-insatser-TN-2026-00002\.docx$/);

    await page.goto(`${baseUrl}/sammantraden`);
    await page.getByRole("combobox", { name: "Nämnd" }).selectOption({ label: "Tekniska nämnden (TN)" });
    await page.getByRole("radio", { name: "Nämnd", exact: true }).check();
    await page.getByLabel("Datum").fill("2027-01-21");
    await page.getByRole("button", { name: "Lägg till sammanträde" }).click();
    await arrive(page, /\/sammantraden\/[0-9a-f-]{36}\?inlagt=1$/);
    await page.getByRole("form", { name: `Sätt upp på dagordningen: ${ROSENGARD} (insatser)` }).getByRole("button", { name: "Sätt upp på dagordningen" }).click();
    await arrive(page, /\?uppsatt=1$/);

    await page.goto(caseUrl);
    await page.getByRole("link", { name: "Registrera beslutet om insatser" }).click();
    await arrive(page, /\/insatser\/beslut$/);
    await page.getByLabel("Paragraf").fill("§ 19");
    const verdicts = page.locator("fieldset", { has: page.getByRole("radio", { name: "Beviljas" }) });
    for (let i = 0; i < (await verdicts.count()); i++) {
      const fieldset = verdicts.nth(i);
      const ours = ((await fieldset.locator("legend").textContent()) ?? "").includes(EFFORT);
      await fieldset.getByRole("radio", { name: ours ? "Beviljas" : "Avslås" }).check();
      await fieldset.getByLabel("Stadens bidrag, kronor").fill(ours ? "55000" : "");
    }
    await page.getByRole("button", { name: "Registrera beslutet" }).click();
    await arrive(page, /\/insatser\/beslut\?registrerat=1$/);
    expect(await page.getByText(`${EFFORT}: Beviljad, stadens bidrag 55`).count()).toBe(1);
    await page.getByLabel("Protokollet justerat").fill("2027-01-25");
    await page.getByLabel("Anslaget på anslagstavlan").fill("2027-01-26");
    await page.getByRole("button", { name: "Spara datumen" }).click();
    await arrive(page, /\/insatser\/beslut\?datum=1$/);
    expect(await page.getByText(/Sista dag att överklaga/).count()).toBeGreaterThan(0);
    await context.close();
  });

  it("shows the execution plan to the contact person, with JavaScript off", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    await page.goto(`${caseUrl}/process/forslag`);
    const plan = page.getByRole("table", { name: "Genomförandeplan" });
    expect(await plan.getByRole("row", { name: new RegExp(EFFORT) }).textContent()).toContain("Beviljad");
    await context.close();
    // axe needs scripts: check the same page in a context with JavaScript on.
    const checker = await newContext(browser);
    const checkPage = await checker.newPage();
    await signIn(checkPage, baseUrl, "kontaktperson@demo.samverka.invalid");
    await checkPage.goto(`${caseUrl}/process/forslag`);
    await expectAccessible(checkPage);
    await checker.close();
  });
});

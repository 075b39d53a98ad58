/**
 * A process on the city's initiative and its actor mapping, in Chromium (issue 11), on a server
 * of this file's own that sends mail to a local SMTP catcher: the contact person starts a process
 * from the menu (an error first: told what to fix), invites an organisation registered in
 * Samverka and one by e-mail, maps one actor by hand and one from a CSV file, and downloads the
 * mapping. The invited applicant cannot open the mapping until it accepts the invitation from
 * its mail (JavaScript off); then it works in it. axe on every page.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { startApp, type RunningApp } from "./support/server.ts";
import { startSmtpCatcher } from "./support/smtp-catcher.ts";

const TITLE = "Trygg kvällsgata på Möllan (e2e)";
const APPLICANT = "aktor@demo.samverka.invalid";

describe("a process on the city's initiative and its actors in Chromium", () => {
  let app: RunningApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let browser: Browser;
  let baseUrl = "";
  let processUrl = "";
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    app = await startApp(inject("buildDir"), { SMTP_URL: smtp.url });
    baseUrl = app.baseUrl;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await smtp?.stop();
  });

  it("lets the contact person start a process, invite organisations and map two actors, one by hand and one from CSV", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, "kontaktperson@demo.samverka.invalid");
    expect(await page.locator('a[href="/arenden/ny-process"]').count()).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/arenden/ny-process`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Starta en process på stadens initiativ");
    await expectAccessible(page);

    // Sent empty: told what to fix, next to each field.
    await page.getByRole("button", { name: "Starta processen" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByLabel("Processens namn").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("Välj minst ett område.").count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await page.getByLabel("Processens namn").fill(TITLE);
    await page.getByLabel("Beskrivning").fill("Staden bjuder in handlare, fastighetsägare och boende att göra gatan tryggare på kvällarna.");
    await page.getByLabel("Centrum").check();
    await page.getByLabel("Startdatum").fill("2026-12-15");
    await page.getByRole("button", { name: "Starta processen" }).click();
    await page.waitForURL(/\/arenden\/[0-9a-f-]{36}\/process\/parter\?startad=1$/);
    processUrl = page.url().replace(/\/parter\?startad=1$/, "");
    expect(await page.getByText("Processen är startad och är i samarbetsfasen.", { exact: false }).count()).toBe(1);
    await expectAccessible(page);

    // Invite a registered organisation, and one by e-mail. The link is only in their mail.
    await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "Boendenätverket Rosengård (demo)" });
    await page.getByRole("button", { name: "Bjud in organisationen" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByText("Organisationen har ingen aktiv användare", { exact: false }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "Fastighetsägare i Sofielund ek. för. (demo) (769600-0012)" });
    await page.getByRole("button", { name: "Bjud in organisationen" }).click();
    await page.waitForURL(/\/parter\?inbjudna=1$/);
    await page.getByLabel("Organisationens namn").fill("Handlarna på Möllan (e2e)");
    await page.getByLabel("E-postadress").fill("handlarna@exempel.se");
    await page.getByRole("button", { name: "Skicka inbjudan" }).click();
    await page.waitForURL(/\/parter\?inbjudna=1$/);
    const invitations = page.getByRole("table", { name: "Skickade inbjudningar" });
    expect(await invitations.getByRole("cell", { name: "handlarna@exempel.se" }).count()).toBe(1);
    expect(await invitations.getByRole("cell", { name: "aktor@demo.samverka.invalid" }).count()).toBe(1);
    expect(await page.content()).not.toContain("token=");
    await expectAccessible(page);

    // The first actor, by hand.
    await page.getByRole("navigation", { name: "Processens delar" }).getByRole("link", { name: "Aktörer" }).click();
    await page.waitForURL(`${processUrl}/aktorer`);
    await expectAccessible(page);
    await page.getByLabel("Namn", { exact: true }).fill("Möllans boulesällskap");
    await page.getByLabel("Förening", { exact: true }).check();
    await page.getByLabel("Involverad", { exact: true }).check();
    await page.getByLabel("E-post").fill("inte en adress");
    await page.getByRole("button", { name: "Lägg till aktören" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByLabel("E-post").inputValue()).toBe("inte en adress");
    await expectAccessible(page);
    await page.getByLabel("E-post").fill("boule@exempel.se");
    await page.getByLabel("När aktören nåddes").fill("2026-11-20");
    await page.getByRole("button", { name: "Lägg till aktören" }).click();
    await page.waitForURL(`${processUrl}/aktorer?sparad=1`);
    const involved = page.getByRole("table", { name: "Involverade" });
    expect(await involved.getByRole("rowheader", { name: /Möllans boulesällskap/ }).count()).toBe(1);

    // The second, from a CSV file.
    await page.getByRole("link", { name: "Importera aktörer från en CSV-fil" }).click();
    await page.waitForURL(`${processUrl}/aktorer/import`);
    await expectAccessible(page);
    const csv = "Namn;Typ;Roll;Organisationsnummer;E-post\nMöllevångens skola;Skola;Att nå;;rektor@exempel.se\n";
    await page.getByLabel("CSV-fil").setInputFiles({ name: "aktorer.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Importera" }).click();
    await page.waitForURL(`${processUrl}/aktorer?importerade=1`);
    expect(await page.getByRole("table", { name: "Att nå" }).getByRole("rowheader", { name: /Möllevångens skola/ }).count()).toBe(1);
    expect(await page.getByText("Aktörer i kartläggningen: 2.").count()).toBe(1);
    await expectAccessible(page);

    // The process is in the case list, and its case page and phases show how it began.
    await page.goto(`${baseUrl}/arenden`);
    await page.getByRole("link", { name: TITLE }).first().click();
    await page.waitForURL(processUrl.replace(/\/process$/, ""));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    await expectAccessible(page);
    await page.goto(processUrl);
    expect(await page.getByRole("table", { name: "Historik" }).getByRole("cell", { name: "Staden startade processen, som inleddes i samarbetsfasen" }).count()).toBe(1);
    await expectAccessible(page);

    const download = await context.request.get(`${processUrl}/aktorer.csv`);
    expect(download.headers()["content-type"]).toContain("text/csv");
    const text = (await download.text()).replace(/^\uFEFF/, "");
    expect(text.split("\r\n")[0]).toBe("Namn,Typ,Roll,Organisationsnummer,Kontaktperson,E-post,Telefon,Hur nådd,Nådd datum,Anteckningar");
    expect(text).toContain("Möllevångens skola");

    // Change the school's role; remove the club, asked first.
    await page.goto(`${processUrl}/aktorer`);
    await page.getByRole("link", { name: "Ändra Möllevångens skola" }).click();
    await page.waitForURL(/\?andra=[0-9a-f-]{36}$/);
    expect(await page.getByLabel("Namn", { exact: true }).inputValue()).toBe("Möllevångens skola");
    expect(await page.getByLabel("Att nå", { exact: true }).isChecked()).toBe(true);
    await expectAccessible(page);
    await page.getByLabel("Intresserad", { exact: true }).check();
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await page.waitForURL(`${processUrl}/aktorer?sparad=1`);
    expect(await page.getByRole("table", { name: "Intresserade" }).getByRole("rowheader", { name: /Möllevångens skola/ }).count()).toBe(1);
    await page.getByRole("link", { name: "Ta bort Möllans boulesällskap" }).click();
    await page.waitForURL(/\?ta-bort=[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole("heading", { name: "Ta bort Möllans boulesällskap?" }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, ta bort aktören" }).click();
    await page.waitForURL(`${processUrl}/aktorer?borttagen=1`);
    expect(await page.getByText("Aktörer i kartläggningen: 1.").count()).toBe(1);
    await context.close();
  });

  it("lets the invited applicant in only once it accepts the invitation from its mail", async () => {
    expect(processUrl).not.toBe("");
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, baseUrl, APPLICANT);
    // Not a party yet: the mapping, its file and the parties answer as if the process did not exist.
    expect((await page.goto(`${processUrl}/aktorer`))?.status()).toBe(404);
    expect((await context.request.get(`${processUrl}/aktorer.csv`)).status()).toBe(404);
    expect((await page.goto(`${processUrl}/parter`))?.status()).toBe(404);

    await expect.poll(() => smtp.messages.filter((m) => m.to.includes(APPLICANT)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const mail = smtp.messages.filter((m) => m.to.includes(APPLICANT)).at(-1)!;
    expect(mail.text).toContain(TITLE);
    const link = /(http:\/\/\S+\/inbjudan\?token=\S+)/.exec(mail.text)?.[1];
    expect(link, mail.text).toBeDefined();
    await page.goto(link!);
    expect(await page.getByText(`att vara part i samverkansprocessen ”${TITLE}”`, { exact: false }).count()).toBe(1);
    const checker = await browser.newContext({ locale: "sv-SE", storageState: await context.storageState() });
    const same = await checker.newPage();
    await same.goto(page.url());
    await expectAccessible(same);
    await page.getByRole("button", { name: /^Acceptera för / }).click();
    await page.waitForURL(processUrl.replace(/\/process$/, ""));

    await page.goto(`${processUrl}/aktorer`);
    expect(await page.getByRole("table", { name: "Intresserade" }).getByRole("rowheader", { name: /Möllevångens skola/ }).count()).toBe(1);
    await same.goto(page.url());
    await expectAccessible(same);
    await page.goto(`${processUrl}/parter`);
    expect(await page.getByRole("listitem").filter({ hasText: "Fastighetsägare i Sofielund ek. för. (demo)" }).count()).toBe(1);
    // The applicant sees the parties, not the city's invitations.
    expect(await page.getByRole("table", { name: "Skickade inbjudningar" }).count()).toBe(0);
    await checker.close();
    await context.close();
  });
});

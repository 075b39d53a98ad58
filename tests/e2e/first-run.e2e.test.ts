/**
 * A real city's first run, in Chromium with axe on every page visited: a server of this file's
 * own on an empty database (DEMO_DATA=false, not one demo row) that sends mail to a local SMTP
 * catcher. The start-up log's one-time setup link creates the administrator, who adds a
 * committee that takes applications for samverkansstöd and invites a contact person and a case
 * officer; they accept from their mail. An actor registers (confirming the address from the mail), writes and submits an application,
 * and the contact person sees it.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext } from "./support/browser.ts";
import { startApp, type RunningApp } from "./support/server.ts";
import { startSmtpCatcher, type CaughtMailTo as CaughtMail } from "./support/smtp-catcher.ts";

const UUID = "[0-9a-f-]{36}";
const PASSWORD = "Ett långt lösenord för staden";
const LONG = 300_000;
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
async function arrive(page: Page, url: RegExp, heading?: string | RegExp): Promise<void> {
  await page.waitForURL(url);
  if (heading !== undefined) await expect.poll(() => h1(page).textContent()).toMatch(heading);
}

/** A boundary inside Malmö as a GeoJSON file (WGS 84). */
const AREA = JSON.stringify({
  type: "Polygon",
  coordinates: [
    [
      [13.0, 55.59],
      [13.01, 55.59],
      [13.01, 55.6],
      [13.0, 55.6],
      [13.0, 55.59],
    ],
  ],
});

describe("a city's first run from an empty database", () => {
  let app: RunningApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  async function pageFor(): Promise<Page> {
    const context = await newContext(browser);
    contexts.push(context);
    return context.newPage();
  }
  async function mailTo(to: string, subject: RegExp): Promise<CaughtMail> {
    await expect.poll(() => smtp.messages.filter((m) => m.to === to && subject.test(m.subject)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    return smtp.messages.filter((m) => m.to === to && subject.test(m.subject)).at(-1)!;
  }
  const linkIn = (text: string, path: string) => new RegExp(`https?://\\S+/${path}\\?token=[A-Za-z0-9_%-]+`).exec(text)?.[0];

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    app = await startApp(inject("buildDir"), { DEMO_DATA: "false", SMTP_URL: smtp.url });
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.stop();
    await smtp?.stop();
  });

  let admin: Page;

  it("starts with no committee, no account and no demo row, and prints a one-time setup link", async () => {
    expect(app.output()).not.toContain("Demoinloggningar");
    const link = linkIn(app.output(), "forsta-start");
    expect(link, app.output()).toBeDefined();
    // Nobody can apply yet, and the public pages carry no demo banner.
    const visitor = await pageFor();
    await visitor.goto(`${app.baseUrl}/samverkansstod`);
    expect(await visitor.locator(".sv-demo-banner").count()).toBe(0);
    await expectAccessible(visitor);

    admin = await pageFor();
    await admin.goto(`${app.baseUrl}/forsta-start?token=fel`);
    await expect.poll(() => h1(admin).textContent()).toBe("Länken fungerar inte");
    await expectAccessible(admin);

    await admin.goto(link!);
    await expect.poll(() => h1(admin).textContent()).toBe("Inrätta Samverka");
    await expectAccessible(admin);
    await admin.getByLabel("Ditt namn").fill("Ada Administratör");
    await admin.getByLabel("Din e-postadress i tjänsten").fill("ada@malmo.test");
    await admin.getByLabel("Förvaltning").fill("Stadskontoret");
    await admin.getByLabel("Välj ett lösenord").fill("kort");
    await admin.getByRole("button", { name: "Skapa administratörskontot" }).click();
    await expect.poll(() => admin.locator(".ds-error-summary").textContent()).toContain("minst 12");
    await expect.poll(() => admin.getByLabel("Din e-postadress i tjänsten").inputValue()).toBe("ada@malmo.test");
    await expectAccessible(admin);
    await admin.getByLabel("Välj ett lösenord").fill(PASSWORD);
    await admin.getByRole("button", { name: "Skapa administratörskontot" }).click();
    await arrive(admin, /\/start$/, "Hej Ada Administratör!");
    // What is left to do before the city can take applications.
    const checklist = admin.getByRole("region", { name: "Kom igång" });
    await expect.poll(() => checklist.textContent()).toContain("Lägg in nämnderna (0 nu)");
    await expectAccessible(admin);

    // The link worked once.
    const again = await pageFor();
    await again.goto(link!);
    await expect.poll(() => h1(again).textContent()).toBe("Länken fungerar inte");
  }, LONG);

  it("lets the administrator add a committee that takes applications for samverkansstöd", async () => {
    await admin.getByRole("link", { name: "Lägg in nämnderna (0 nu)" }).click();
    await arrive(admin, /\/admin\/namnder$/, "Nämnder");
    await expectAccessible(admin);
    await admin.getByLabel("Kod i ärendenummer").fill("T1");
    await admin.getByLabel("Namn", { exact: true }).fill("Tekniska nämnden");
    await admin.getByRole("button", { name: "Lägg till nämnden" }).click();
    await expect.poll(() => admin.locator(".ds-error-summary").textContent()).toContain("2–6 versaler");
    await expectAccessible(admin);
    await admin.getByLabel("Kod i ärendenummer").fill("tn");
    await admin.getByLabel("Samverkansstöd").check();
    await admin.getByLabel("Ansvarsområde 1", { exact: true }).fill("gator och torg");
    await admin.getByRole("button", { name: "Lägg till nämnden" }).click();
    await arrive(admin, new RegExp(`/admin/namnder/${UUID}\\?sparad=1$`), "Tekniska nämnden (TN)");
    await expect.poll(() => admin.getByRole("status").first().textContent()).toContain("Nämnden är sparad");
    expect(await admin.getByLabel("Samverkansstöd").isChecked()).toBe(true);
    await expectAccessible(admin);
  }, LONG);

  async function invite(email: string, name: string, role: string) {
    await admin.goto(`${app.baseUrl}/admin/anvandare`);
    await expect.poll(() => h1(admin).textContent()).toBe("Användare och personal");
    await admin.getByLabel("E-postadress").fill(email);
    await admin.getByLabel("Namn", { exact: true }).fill(name);
    await admin.getByLabel(role, { exact: true }).check();
    await admin.getByLabel("Förvaltning").fill("Fastighets- och gatukontoret");
    await admin.getByLabel("Tekniska nämnden (TN)").check();
    await admin.getByRole("button", { name: "Skicka inbjudan" }).click();
    await arrive(admin, /\/admin\/anvandare\?inbjuden=/);
    await expect.poll(() => admin.getByRole("status").first().textContent()).toContain(`Inbjudan är skickad till ${email}`);
    await expectAccessible(admin);
  }

  async function accept(email: string, name: string): Promise<Page> {
    const mail = await mailTo(email, /inbjuden till Samverka/);
    const link = linkIn(mail.text, "personal/inbjudan");
    expect(link, mail.text).toBeDefined();
    const page = await pageFor();
    await page.goto(link!);
    await expect.poll(() => h1(page).textContent()).toBe("Välkommen till Samverka");
    await expect.poll(() => page.locator("main").textContent()).toContain("Tekniska nämnden (TN)");
    await expectAccessible(page);
    await page.getByLabel("Välj ett lösenord").fill(PASSWORD);
    await page.getByRole("button", { name: "Skapa mitt konto" }).click();
    await arrive(page, /\/start$/, `Hej ${name}!`);
    await expectAccessible(page);
    return page;
  }

  let contactPerson: Page;

  it("invites a contact person and a case officer by e-mail; each sets a password from the link", async () => {
    // A contact person without a committee is refused, and nothing is sent.
    await admin.goto(`${app.baseUrl}/admin/anvandare`);
    await admin.getByLabel("E-postadress").fill("ingen@malmo.test");
    await admin.getByLabel("Namn", { exact: true }).fill("Ingen Nämnd");
    await admin.getByLabel("kontaktperson", { exact: true }).check();
    await admin.getByLabel("Förvaltning").fill("Fastighets- och gatukontoret");
    await admin.getByRole("button", { name: "Skicka inbjudan" }).click();
    await expect.poll(() => admin.locator(".ds-error-summary").textContent()).toContain("Välj minst en nämnd");
    await expectAccessible(admin);

    await invite("karin@malmo.test", "Karin Kontaktperson", "kontaktperson");
    await invite("hassan@malmo.test", "Hassan Handläggare", "handläggare/nämndsekreterare");
    const staffTable = admin.getByRole("table", { name: "Inbjudningar som inte är besvarade" });
    await expect.poll(() => staffTable.getByRole("row").count()).toBe(3);

    contactPerson = await accept("karin@malmo.test", "Karin Kontaktperson");
    await accept("hassan@malmo.test", "Hassan Handläggare");
    await admin.goto(`${app.baseUrl}/admin/anvandare`);
    const staff = admin.getByRole("table", { name: "Stadens personal" });
    await expect.poll(() => staff.getByRole("row").filter({ hasText: "karin@malmo.test" }).textContent()).toContain("TN");
    await expectAccessible(admin);
  }, LONG);

  let caseTitle = "";

  it("lets an actor register, write and submit an application, which the contact person sees", async () => {
    const page = await pageFor();
    await page.goto(`${app.baseUrl}/registrera`);
    await expect.poll(() => h1(page).textContent()).toBe("Registrera en organisation");
    await page.getByLabel("Organisationens eller gruppens namn").fill("Torgföreningen");
    await page.getByLabel("Förening", { exact: true }).check();
    await page.getByLabel("Ditt namn").fill("Frida Första");
    await page.getByLabel("Din e-postadress").fill("frida@example.test");
    await page.getByLabel("Lösenord", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Skapa konto" }).click();
    await arrive(page, /\/registrera\?skickat=1$/, "Kolla din e-post");
    const confirmation = await mailTo("frida@example.test", /./);
    await page.goto(/http:\/\/\S+\/registrera\/bekrafta\?token=\S+/.exec(confirmation.text)![0]);
    await arrive(page, /\/registrera\/bekrafta\?token=/, "Bekräfta registreringen");
    await page.getByRole("button", { name: "Skapa kontot" }).click();
    await arrive(page, /\/start$/, "Hej Frida Första!");

    await page.getByRole("link", { name: "Starta en ny ansökan" }).click();
    await arrive(page, /\/ansokan\/ny$/, "Ny ansökan om samverkansstöd");
    await expectAccessible(page);
    caseTitle = "Levande torg i första körningen";
    await page.getByLabel("Vad vill ni kalla samverkansprocessen?").fill(caseTitle);
    await page.getByRole("button", { name: "Starta ansökan" }).click();
    await arrive(page, new RegExp(`/ansokan/${UUID}/steg/omrade$`), "Området");
    const caseId = /\/ansokan\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    await page.getByLabel("Eller ladda upp en GeoJSON-fil").setInputFiles({ name: "torget.geojson", mimeType: "application/geo+json", buffer: Buffer.from(AREA) });
    await page.getByLabel("Beskrivning av området").fill("Torget och gatorna runt omkring.");
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/aktorer$/, "Aktörerna");
    await page.getByLabel("Vilka aktörer finns i området?").fill("Handlare och boende.");
    await page.getByLabel("Vilka aktörer är redan intresserade av att samverka?").fill("Handlarföreningen.");
    await page.locator("#field-contributions_0_actor").fill("Handlarföreningen");
    await page.locator("#field-contributions_0_money").fill("20000");
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/forslaget$/, "Förslaget");
    await page.getByLabel("Vilka utmaningar och möjligheter har området i dag, utifrån aktörernas perspektiv?").fill("Otrygghet på kvällarna.");
    await page.getByLabel("Vilket mervärde kan idén bidra till?").fill("Ett tryggare torg.");
    await page.getByLabel("Syfte", { exact: true }).fill("Göra torget tryggare.");
    // The city's goals are data: the ones the migration starts with are offered.
    await page.getByLabel("En trygg och tillgänglig stad").check();
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/underlag$/, "Underlag och barn");
    await page.getByLabel("Vad bygger förslaget på?").fill("Samtal med handlare och boende.");
    await page.getByLabel("Hur påverkas barn och unga?").fill("En tryggare skolväg.");
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, new RegExp(`/ansokan/${caseId}/bilagor$`), "Bilagor");
    await page.getByRole("link", { name: "Spara och fortsätt" }).click();
    await arrive(page, new RegExp(`/ansokan/${caseId}/granska$`), "Granska och skicka in");
    await expectAccessible(page);
    await page.getByLabel("Vi intygar").check();
    await page.getByRole("button", { name: "Skicka in ansökan" }).click();
    await arrive(page, /\/granska\?inskickad=1$/, "Ansökan är inskickad");
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/Ert ärendenummer är TN-\d{4}-00001/);
    await expectAccessible(page);

    // The contact person of the committee is told by mail and finds the case in the queue.
    await mailTo("karin@malmo.test", /TN-\d{4}-00001/);
    await contactPerson.goto(`${app.baseUrl}/start`);
    await expect.poll(() => contactPerson.locator("main").textContent()).toContain(caseTitle);
    await contactPerson.getByRole("link", { name: caseTitle }).first().click();
    await arrive(contactPerson, new RegExp(`/arenden/${caseId}$`), caseTitle);
    await expectAccessible(contactPerson);
  }, LONG);
});

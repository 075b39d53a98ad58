/**
 * The utförandefas and the resultatfas from end to end in Chromium (issue 12's journey), on a
 * server of its own: from a process with an approved second decision, the contact person books a
 * check-in for tomorrow; the server is killed before the reminder can be delivered (its mail
 * server is not there yet) and started again with one; the reminder reaches the group. Then a
 * payment, a progress update, the result report with all seven answers and an uploaded annual
 * report, the approval that closes the process, and a lesson from that process found in the
 * library by a Swedish word in another grammatical form. axe on every page.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { freePort, startApp, type RunningApp } from "./support/server.ts";
import { startSmtpCatcher, type SmtpCatcher } from "./support/smtp-catcher.ts";

const PROCESS = "Sommargata i Södra innerstaden (demo)";
const EFFORT = "Bättre belysning längs gångstråket (demo)";
const PLACE = "Föreningslokalen på Sommargatan 4";
const GROUP_USER = "aktor@demo.samverka.invalid";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const UUID = "[0-9a-f-]{36}";

/** A date in Stockholm, `days` from now, as YYYY-MM-DD. */
const stockholmDate = (days: number) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date(Date.now() + days * 86_400_000));

async function arrive(page: Page, url: RegExp) {
  await page.waitForURL(url);
  await expectAccessible(page);
}

const parts = (page: Page) => page.getByRole("navigation", { name: "Processens delar" });

describe("the utförandefas and the resultatfas, from the approved efforts to a lesson in the library", () => {
  let app: RunningApp;
  let smtp: SmtpCatcher;
  let browser: Browser;
  let staff: BrowserContext;
  let group: BrowserContext;
  let staffPage: Page;
  let groupPage: Page;
  let caseUrl = "";

  beforeAll(async () => {
    // No mail server at first: whatever the server writes to its outbox cannot be delivered before the restart.
    const nowhere = await freePort();
    [app, smtp, browser] = await Promise.all([startApp(inject("buildDir"), { SMTP_URL: `smtp://127.0.0.1:${nowhere}` }), startSmtpCatcher(), launch()]);
    staff = await newContext(browser);
    staffPage = await staff.newPage();
    await signIn(staffPage, app.baseUrl, "kontaktperson@demo.samverka.invalid");
    group = await newContext(browser);
    groupPage = await group.newPage();
    await signIn(groupPage, app.baseUrl, GROUP_USER);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await smtp?.close();
  });

  it("books a check-in for tomorrow, and its reminder reaches the group although the server is restarted before delivery", async () => {
    const page = staffPage;
    await page.goto(`${app.baseUrl}/arenden`);
    await page.getByRole("link", { name: PROCESS }).first().click();
    await page.waitForURL(new RegExp(`/arenden/${UUID}$`));
    caseUrl = page.url();
    await page.goto(`${caseUrl}/process`);
    await arrive(page, /\/process$/);
    await parts(page).getByRole("link", { name: "Avstämningar" }).click();
    await arrive(page, /\/process\/avstamningar$/);

    await page.getByLabel("Rubrik", { exact: true }).fill("Avstämning om belysningen");
    await page.getByLabel("Datum", { exact: true }).fill(stockholmDate(1));
    await page.getByLabel("Börjar", { exact: true }).fill("10:00");
    await page.getByLabel("Slutar", { exact: true }).fill("11:00");
    await page.getByLabel("Plats", { exact: true }).fill(PLACE);
    await page.getByLabel("Dagordning", { exact: true }).fill("Läget för belysningen\nNästa utbetalning");
    await page.getByRole("button", { name: "Boka avstämningen" }).click();
    await arrive(page, new RegExp(`/process/avstamningar/${UUID}\\?bokad=1$`));
    expect(await page.getByText("Läget för belysningen").count()).toBeGreaterThan(0);
    const calendar = await page.request.get(`${page.url().replace(/\?.*$/, "")}/kalender.ics`);
    expect(calendar.status()).toBe(200);
    expect(await calendar.text()).toContain("BEGIN:VEVENT");

    // A crash, then a start with a mail server: the reminder is written from the data and goes out.
    await app.restart("SIGKILL", { SMTP_URL: smtp.url });
    const reminder = await smtp.waitFor(GROUP_USER, (m) => m.subject.startsWith("Påminnelse om avstämning") && m.text.includes(PLACE), 150_000);
    expect(reminder.subject).toContain(PROCESS);
    expect(reminder.text).toContain("Läget för belysningen");
    // Both sides are reminded: the contact person too, once.
    await smtp.waitFor("kontaktperson@demo.samverka.invalid", (m) => m.subject.startsWith("Påminnelse om avstämning") && m.text.includes(PLACE), 30_000);
    expect(smtp.messages.filter((m) => m.to === GROUP_USER && m.text.includes(PLACE)).length).toBe(1);
  }, 240_000);

  it("records a payment against the decision and the group's progress on an effort", async () => {
    const page = staffPage;
    // The session outlived the restart.
    await page.goto(`${caseUrl}/process/budget`);
    await arrive(page, /\/process\/budget$/);
    await page.getByRole("link", { name: "Registrera utbetalning" }).click();
    await arrive(page, /\/budget\/utbetalning$/);
    // Each effort is offered with what is left to pay on it.
    const effortOption = page.getByLabel("Insats", { exact: true }).locator("option", { hasText: EFFORT });
    expect(await effortOption.textContent()).toMatch(/kvar att betala 60\s000\skr/);
    await page.getByLabel("Insats", { exact: true }).selectOption((await effortOption.getAttribute("value")) ?? "");
    await page.getByLabel("Belopp (kr)").fill("15 000");
    await page.getByLabel("Utbetalningsdag").fill(stockholmDate(0));
    await page.getByRole("button", { name: "Registrera utbetalningen" }).click();
    await arrive(page, /\/process\/budget\?utbetalning=1$/);
    expect(await page.getByRole("table", { name: "Utbetalningar mot beslutet om insatser" }).getByText(/15\s000/).count()).toBeGreaterThan(0);

    const g = groupPage;
    await g.goto(`${caseUrl}/process/plan`);
    await arrive(g, /\/process\/plan$/);
    expect(await g.getByRole("img", { name: "Tidslinje för insatser och milstolpar" }).count()).toBe(1);
    await g.getByRole("link", { name: EFFORT }).click();
    await arrive(g, new RegExp(`/process/plan/${UUID}$`));
    await g.getByLabel("Status", { exact: true }).selectOption({ label: "Klar" });
    await g.getByLabel("Kort lägesbeskrivning").fill("Alla armaturer lyser sedan november.");
    await g.getByRole("button", { name: "Spara status" }).click();
    await arrive(g, /\?sparad=1$/);
    expect(await g.getByText("Klar, 100 %").count()).toBe(1);
  });

  it("takes the process into the resultatfas, and the group writes the report with all seven answers and uploads its annual report", async () => {
    const page = staffPage;
    await page.goto(`${caseUrl}/process`);
    await arrive(page, /\/process$/);
    await page.getByRole("button", { name: "Inled resultatfasen" }).click();
    await arrive(page, /\/process\?/);

    const g = groupPage;
    await g.goto(`${caseUrl}/process`);
    await parts(g).getByRole("link", { name: "Resultat", exact: true }).click();
    await arrive(g, /\/process\/resultat$/);
    // Prefilled from what the system knows: the payment just recorded is among the facts.
    // (The demo had paid 80 000 kr before.)
    expect(await g.getByText(/Utbetalt av staden: 95\s000\skr/).count()).toBeGreaterThan(0);
    const answers = [
      "Gångstråket är upplyst och sommargatan öppnade igen.",
      "Stadens bidrag gick till belysning, föreningen bidrog med eget arbete.",
      "Att fastighetsägarna och föreningen delade på ansvaret.",
      "Två trygghetsvandringar med boende, barn och fastighetsägare.",
      "Föreningen drev arbetet, fastighetsägarna stod för skötseln.",
      "Fler rör sig i området på kvällen och gatan används året runt.",
      "Lekplatserna behöver belysning redan från början, och skötseln måste vara bestämd innan något byggs.",
    ];
    for (const [i, text] of answers.entries()) await g.getByLabel(new RegExp(`^${i + 1}\\. `)).fill(text);
    await g.getByRole("button", { name: "Spara", exact: true }).click();
    await arrive(g, /\/process\/resultat\?sparad=1$/);

    await parts(g).getByRole("link", { name: "Föreningens rapporter" }).click();
    await arrive(g, /\/process\/rapporter$/);
    await g.getByLabel("År", { exact: true }).fill("2026");
    await g.getByLabel("Rapport", { exact: true }).selectOption("verksamhetsberattelse");
    await g.getByLabel("Fil", { exact: true }).setInputFiles({ name: "Verksamhetsberättelse 2026.pdf", mimeType: "application/pdf", buffer: PDF });
    await g.getByRole("button", { name: "Ladda upp rapporten" }).click();
    await arrive(g, /\/process\/rapporter\?uppladdad=1$/);
    expect(await g.getByRole("table", { name: "Uppladdade rapporter" }).getByRole("link", { name: /Verksamhetsberättelse 2026/ }).count()).toBe(1);

    await g.goto(`${caseUrl}/process/resultat`);
    await g.getByRole("button", { name: "Spara och skicka till kontaktpersonen" }).click();
    await arrive(g, /\/process\/resultat\?skickad=1$/);
  });

  it("approves the report, which closes the process read-only", async () => {
    const page = staffPage;
    await page.goto(`${caseUrl}/process/resultat`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Godkänn rapporten och avsluta processen" }).click();
    await arrive(page, /\/process\/resultat\?godkand=1$/);
    expect(await page.getByText("Rapporten är godkänd och processen är avslutad.").count()).toBe(1);

    // Read-only everywhere, with its history.
    await page.goto(`${caseUrl}/process/avstamningar`);
    await expectAccessible(page);
    expect(await page.getByRole("button", { name: "Boka avstämningen" }).count()).toBe(0);
    await page.goto(`${caseUrl}/process/budget`);
    await expectAccessible(page);
    expect(await page.getByRole("link", { name: "Registrera utbetalning" }).count()).toBe(0);
    expect(await page.getByRole("table", { name: "Utbetalningar mot beslutet om insatser" }).getByText(/15\s000/).count()).toBeGreaterThan(0);
  });

  it("finds the closed process's lesson in the library by another form of a word", async () => {
    const page = staffPage;
    await page.goto(`${app.baseUrl}/lardomar`);
    await expectAccessible(page);
    await page.getByLabel("Sökord").fill("lekplats");
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    await arrive(page, /\/lardomar\?.*q=lekplats/);
    // The hit from the just-closed process's report: "lekplats" found "Lekplatserna".
    const hit = page.getByRole("listitem").filter({ hasText: /Lekplatserna behöver belysning/ });
    expect(await hit.count()).toBe(1);
    expect(await hit.locator("mark").first().textContent()).toMatch(/^lekplatserna$/i);
    await hit.getByRole("link", { name: PROCESS }).click();
    await arrive(page, new RegExp(`/lardomar/${UUID}$`));
    expect(await page.getByText(/Lekplatserna behöver belysning/).count()).toBeGreaterThan(0);
    expect(await page.getByText(PROCESS).count()).toBeGreaterThan(0);
  });
});

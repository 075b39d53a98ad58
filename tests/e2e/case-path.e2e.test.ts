/**
 * The path around a case, in Chromium with axe on every page visited, on a server of this
 * file's own that sends mail to a local SMTP catcher: a contact request and its fixed receipt;
 * the contact person's note (the textarea is emptied after saving) and the invitation to apply;
 * the requester opening the link from the delivered mail, creating the organisation and landing
 * in a prefilled draft; both sides seeing the contact person; the staff case page with the
 * next step and the actions at the top; the decision's dates mailing the last day to appeal;
 * and the applicant downloading the decision as a PDF extract of the minutes.
 */
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { flat, pdfText } from "../support/document-text.ts";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { startApp, type RunningApp } from "./support/server.ts";
import { startSmtpCatcher, type CaughtMailTo as CaughtMail } from "./support/smtp-catcher.ts";

const CONTACT_PERSON = "kontaktperson@demo.samverka.invalid";
const REGISTRAR = "handlaggare@demo.samverka.invalid";
const DEMO_APPLICANT = "aktor@demo.samverka.invalid";
const UUID = "[0-9a-f-]{36}";
const LONG = 300_000;
const run = `${Date.now()}`.slice(-6);
const SHOTS = process.env.SAMVERKA_SCREENSHOTS;

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
async function arrive(page: Page, url: RegExp, heading?: string | RegExp): Promise<void> {
  await page.waitForURL(url);
  if (heading !== undefined) await expect.poll(() => h1(page).textContent()).toMatch(heading);
}
async function mainText(page: Page): Promise<string> {
  return (await page.locator("main").textContent()) ?? "";
}
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe("the path around a case in Chromium", () => {
  let app: RunningApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  async function pageFor(): Promise<Page> {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    return page;
  }
  async function mailTo(to: string, subject: RegExp): Promise<CaughtMail> {
    await expect.poll(() => smtp.messages.filter((m) => m.to === to && subject.test(m.subject)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    return smtp.messages.filter((m) => m.to === to && subject.test(m.subject)).at(-1)!;
  }

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    app = await startApp(inject("buildDir"), { SMTP_URL: smtp.url });
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.stop();
    await smtp?.stop();
  });

  const requester = { name: `Sara Sökande ${run}`, email: `sara.${run}@example.invalid`, organisation: `Föreningen Möllan ${run}`, password: "Ett långt lösenord för Sara" };
  let requestUrl = "";
  let caseId = "";
  let applicantPage: Page;

  it("takes a contact request whose receipt says what happens next and echoes nothing the visitor wrote", async () => {
    const page = await pageFor();
    await page.goto(`${app.baseUrl}/samverkansstod/kontakt`);
    await expect.poll(() => h1(page).textContent()).toBe("Kontaktförfrågan");
    await page.getByLabel("Ditt namn").fill(requester.name);
    await page.getByLabel("E-postadress").fill(requester.email);
    await page.getByLabel("Organisation eller grupp (frivilligt)").fill(requester.organisation);
    await page.getByLabel("Förening", { exact: true }).check();
    await page.getByLabel("Vilket område gäller det?").fill("Möllevångstorget");
    await page.getByLabel("Vad vill ni göra?").fill("Vi vill göra torget tryggare tillsammans med staden.");
    await page.getByRole("button", { name: "Skicka kontaktförfrågan" }).click();
    await arrive(page, /\/samverkansstod\/kontakt\?skickat=1$/, "Tack, vi har tagit emot din kontaktförfrågan");
    const receipt = await mainText(page);
    expect(receipt).toContain("Vad händer nu?");
    expect(receipt).toContain("får du en inbjudan med e-post att ansöka");
    await expectAccessible(page);
    const mail = await mailTo(requester.email, /kontaktförfrågan/);
    expect(mail.text).toContain("Så här går det till");
    expect(mail.text).toContain("första möte");
    expect(mail.text).not.toContain(requester.name);
    expect(mail.text).not.toContain("Möllevångstorget");
  });

  it("lets the contact person save a note (the textarea is emptied) and invite the requester to apply", async () => {
    const page = await pageFor();
    await signIn(page, app.baseUrl, CONTACT_PERSON);
    await page.goto(`${app.baseUrl}/kontaktforfragningar`);
    await page.getByRole("link", { name: requester.name }).click();
    await arrive(page, new RegExp(`/kontaktforfragningar/${UUID}$`), `Kontaktförfrågan från ${requester.name}`);
    requestUrl = page.url();
    await expectAccessible(page);

    const note = page.getByLabel("Anteckning", { exact: true });
    await note.fill("Första mötet hölls på torget. De vill ansöka.");
    await page.getByRole("button", { name: "Spara anteckningen" }).click();
    await arrive(page, /\?sparat=1$/);
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Ändringen är sparad.");
    await expect.poll(() => mainText(page)).toContain("Första mötet hölls på torget. De vill ansöka.");
    await expect.poll(() => note.inputValue()).toBe("");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Skicka inbjudan att ansöka" }).click();
    await arrive(page, /\?inbjuden=1$/);
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Inbjudan att ansöka är skickad.");
    await expect.poll(() => mainText(page)).toContain("inte mottagen ännu");
    // The log reads as sentences, never codes or JSON.
    const log = (await page.getByRole("table", { name: "Händelser" }).textContent()) ?? "";
    expect(log).toContain(`bjöd in ${requester.email} att ansöka om samverkansstöd`);
    expect(log).toContain("skrev en mötesanteckning");
    expect(log).not.toMatch(/contact_request\.|\{"/);
    await expectAccessible(page);
    await shot(page, "contact-request-staff");
  });

  it("lets the requester open the link from the delivered mail, create the organisation and land in a prefilled draft", async () => {
    const mail = await mailTo(requester.email, /Välkommen att ansöka/);
    const link = /(http:\/\/\S+\/inbjudan\?token=\S+)/.exec(mail.text)?.[1];
    expect(link, mail.text).toBeDefined();
    expect(link!.startsWith(app.baseUrl)).toBe(true);
    const page = await pageFor();
    applicantPage = page;
    await page.goto(link!);
    await expect.poll(() => h1(page).textContent()).toBe("Inbjudan till Samverka");
    await expect.poll(() => page.getByLabel("Organisationens eller gruppens namn").inputValue()).toBe(requester.organisation);
    expect(await page.getByLabel("Förening", { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel("Ditt namn").inputValue()).toBe(requester.name);
    await expectAccessible(page);
    await page.getByLabel("Lösenord", { exact: true }).fill(requester.password);
    await page.getByRole("button", { name: "Skapa konto och starta ansökan" }).click();
    await arrive(page, new RegExp(`/ansokan/${UUID}/steg/omrade$`), "Området");
    caseId = new RegExp(`/ansokan/(${UUID})/`).exec(page.url())![1]!;
    expect(await page.getByLabel("Beskrivning av området").inputValue()).toBe("Möllevångstorget");
    await expectAccessible(page);

    // The link is used up: opened again, it says so and makes nothing.
    const other = await pageFor();
    await other.goto(link!);
    await expect.poll(() => mainText(other)).toContain("Inbjudan har redan använts.");
    await expectAccessible(other);
  });

  it("lets the applicant finish and submit the draft, and shows the contact person on the case", async () => {
    expect(caseId).not.toBe("");
    const page = applicantPage;
    await page.getByLabel("Rosengård", { exact: true }).check();
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/aktorer$/, "Aktörerna");
    await page.getByLabel("Vilka aktörer finns i området?").fill("Handlare och boende.");
    await page.getByLabel("Vilka aktörer är redan intresserade av att samverka?").fill("Handlarföreningen.");
    await page.locator("#field-contributions_0_actor").fill("Handlarföreningen");
    await page.locator("#field-contributions_0_money").fill("50000");
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/forslaget$/, "Förslaget");
    expect(await page.getByLabel("Syfte", { exact: true }).inputValue()).toBe("Vi vill göra torget tryggare tillsammans med staden.");
    await page.getByLabel("Vilka utmaningar och möjligheter har området i dag, utifrån aktörernas perspektiv?").fill("Otrygghet på kvällarna.");
    await page.getByLabel("Vilket mervärde kan idén bidra till?").fill("Ett tryggare torg.");
    await page.getByLabel("En trygg och tillgänglig stad").check();
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/underlag$/, "Underlag och barn");
    await page.getByLabel("Vad bygger förslaget på?").fill("Enkät till boende.");
    await page.getByLabel("Hur påverkas barn och unga?").fill("Tryggare skolväg.");
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, new RegExp(`/ansokan/${caseId}/bilagor$`), "Bilagor");
    await page.getByRole("link", { name: "Spara och fortsätt" }).click();
    await arrive(page, new RegExp(`/ansokan/${caseId}/granska$`), "Granska och skicka in");
    await page.getByLabel("Vi intygar").check();
    await page.getByRole("button", { name: "Skicka in ansökan" }).click();
    await arrive(page, /\/granska\?inskickad=1$/, "Ansökan är inskickad");

    await page.goto(`${app.baseUrl}/arenden/${caseId}`);
    await expect.poll(() => page.getByRole("heading", { name: "Status: Inskickat" }).count()).toBe(1);
    const facts = (await page.getByRole("definition").allTextContents()).join(" | ");
    expect(facts).toContain(`Karin Kontaktperson (demo), ${CONTACT_PERSON}`);
    expect(await page.getByRole("link", { name: CONTACT_PERSON }).getAttribute("href")).toBe(`mailto:${CONTACT_PERSON}`);
    await expectAccessible(page);
    await shot(page, "case-applicant-submitted");
  }, LONG);

  it("shows the contact person their next step and actions at the top, the application folded, and the request linked", async () => {
    const page = await pageFor();
    await signIn(page, app.baseUrl, CONTACT_PERSON);
    await page.goto(`${app.baseUrl}/arenden/${caseId}`);
    await expect.poll(() => page.getByRole("heading", { name: "Ditt nästa steg" }).count()).toBe(1);
    const next = page.locator(".sv-next-step");
    expect(await next.textContent()).toContain("Påbörja bedömningen av ansökan.");
    // Waiting for the registrar: the diarium number, which the contact person may not enter.
    expect(await next.textContent()).toContain("Registrera ärendet i diariet");
    const nextBox = (await next.boundingBox())!;
    const actions = (await page.getByRole("heading", { name: "Handläggning", exact: true }).boundingBox())!;
    const messages = (await page.getByRole("heading", { name: "Meddelanden" }).boundingBox())!;
    expect(nextBox.y).toBeLessThan(900);
    expect(actions.y).toBeLessThan(messages.y);
    expect(await page.locator("details.sv-details").getAttribute("open")).toBeNull();
    expect(await page.getByRole("link", { name: "Visa kontaktförfrågan som ärendet kommer från" }).getAttribute("href")).toBe(new URL(requestUrl).pathname);
    // The staff page does not show the applicant's "what happens next".
    expect(await mainText(page)).not.toContain("Vad händer nu?");
    await expectAccessible(page);
    await shot(page, "case-contact-person");

    await page.getByRole("link", { name: "Till bedömningen" }).first().click();
    await arrive(page, /\/bedomning$/);
    await page.getByRole("button", { name: "Påbörja bedömning" }).click();
    await arrive(page, /\/bedomning\?status=under_bedomning$/);
    const criteria = page.getByRole("group", { name: /^\d\. / });
    await expect.poll(() => criteria.count()).toBe(6);
    for (let i = 0; i < 6; i++) {
      await criteria.nth(i).getByLabel("Uppfyllt", { exact: true }).check();
      await criteria.nth(i).getByLabel("Motivering").fill(`Kriterium ${i + 1} är uppfyllt.`);
    }
    await page.getByLabel("Bifall", { exact: true }).check();
    await page.getByLabel("Föreslaget belopp för dialoginsatser (kronor)").fill("150000");
    await page.getByRole("button", { name: "Spara bedömningen" }).click();
    await arrive(page, /\/bedomning\?sparad=1$/);
    await page.getByRole("button", { name: "Klar för nämnd" }).click();
    await arrive(page, /\/bedomning\?status=klar_for_namnd$/);
  }, LONG);

  it("lets the registrar follow the next steps to the decision, whose posting date mails the last day to appeal", async () => {
    const page = await pageFor();
    await signIn(page, app.baseUrl, REGISTRAR);
    await page.goto(`${app.baseUrl}/arenden/${caseId}`);
    const next = page.locator(".sv-next-step");
    await expect.poll(() => next.textContent()).toContain("Registrera ärendet i diariet (diarienummer).");
    expect(await next.textContent()).toContain("Sätt upp ärendet på dagordningen för ett sammanträde.");
    await expectAccessible(page);
    await shot(page, "case-handlaggare");

    await page.getByRole("link", { name: "Registrera i diariet" }).click();
    await arrive(page, /\/registrering$/);
    await page.getByLabel("Diarienummer i Platina").fill(`TN-2026-0${run.slice(-4)}`);
    await page.getByRole("button", { name: "Spara diarienummer" }).click();
    await arrive(page, /\/registrering\?sparat=1$/);

    await page.goto(`${app.baseUrl}/sammantraden`);
    await page.getByRole("combobox", { name: "Nämnd" }).selectOption({ label: "Tekniska nämnden (TN)" });
    await page.getByRole("radio", { name: "Nämnd", exact: true }).check();
    await page.getByLabel("Datum").fill("2026-02-26");
    await page.getByRole("button", { name: "Lägg till sammanträde" }).click();
    await arrive(page, new RegExp(`/sammantraden/${UUID}\\?inlagt=1$`));
    await page.getByRole("form", { name: /^Sätt upp på dagordningen: Möllevångstorget/ }).getByRole("button", { name: "Sätt upp på dagordningen" }).click();
    await arrive(page, /\?uppsatt=1$/);

    await page.goto(`${app.baseUrl}/arenden/${caseId}`);
    await expect.poll(() => next.textContent()).toContain("Registrera nämndens beslut.");
    await page.getByRole("link", { name: "Registrera beslutet" }).click();
    await arrive(page, /\/beslut$/);
    await page.getByLabel("Paragraf").fill("§ 7");
    await page.getByLabel("Beslutsdatum").fill("2026-02-26");
    await page.getByLabel("Bifall", { exact: true }).check();
    await page.getByLabel("Beviljat belopp för dialoginsatser (kronor)").fill("150000");
    await page.getByRole("button", { name: "Registrera beslutet" }).click();
    await arrive(page, /\/beslut\?registrerat=1$/);
    await page.getByLabel("Protokollet justerat").fill("2026-02-27");
    await page.getByLabel("Anslaget på anslagstavlan").fill("2026-03-02");
    await page.getByRole("button", { name: "Spara datumen" }).click();
    await arrive(page, /\/beslut\?datum=1$/);
    await expectAccessible(page);

    const appeal = await mailTo(requester.email, /Sista dag att överklaga/);
    expect(appeal.text).toContain("Sista dag att överklaga beslutet är 23 mars 2026");
    expect(appeal.text).toContain("2 mars 2026");

    // The case's log reads as sentences.
    await page.goto(`${app.baseUrl}/arenden/${caseId}`);
    const log = (await page.getByRole("table", { name: "Händelser i granskningsloggen" }).textContent()) ?? "";
    expect(log).toContain("satte justeringsdatum till 2026-02-27 (var: inte satt) och anslagsdatum till 2026-03-02 (var: inte satt)");
    expect(log).not.toMatch(/case\.decision|\{"|före:/);
    await expectAccessible(page);
  }, LONG);

  it("lets the applicant download the decision as a PDF extract of the minutes; another organisation's applicant gets 404", async () => {
    const page = applicantPage;
    await page.goto(`${app.baseUrl}/arenden/${caseId}`);
    await expect.poll(() => page.getByRole("heading", { name: "Status: Beslutat" }).count()).toBe(1);
    await expectAccessible(page);
    await shot(page, "case-applicant-decided");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ner protokollsutdraget (PDF)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Protokollsutdrag-TN-\d{4}-\d{5}\.pdf$/);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const text = flat(pdfText(readFileSync(path)));
    for (const expected of ["Protokollsutdrag", "Tekniska nämnden", "Sammanträde: 2026-02-26", "Paragraf: § 7", "Beviljat belopp: 150 000 kr", "Protokollet justerat: 2026-02-27", "Anslaget på anslagstavlan: 2026-03-02", "Sista dag att överklaga: 2026-03-23"])
      expect(text).toContain(expected);

    const other = await pageFor();
    await signIn(other, app.baseUrl, DEMO_APPLICANT);
    const response = await other.request.get(`${app.baseUrl}/arenden/${caseId}/protokollsutdrag.pdf`);
    expect(response.status()).toBe(404);
  }, LONG);
});

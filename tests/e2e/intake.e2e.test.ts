/**
 * The whole intake in Chromium, with axe on every page visited: a contact request from the
 * public reaching the contact person; a new organisation registering; its first user writing
 * an application (area drawn on the map, contributions, goals, attachments, check your
 * answers) and getting a case number; the contact person assessing it; the registrar entering
 * the diarium number, putting it on a committee meeting and recording the decision with its
 * dates; the applicant reading the decision and the last day to appeal. Then the same
 * application with JavaScript turned off, choosing areas from the list instead of the map.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newContext, signIn } from "./support/browser.ts";
import { startApp, type RunningApp } from "./support/server.ts";
import { startSmtpCatcher, type SmtpCatcher } from "./support/smtp-catcher.ts";

// A server of this file's own, whose mail goes to a local SMTP catcher: the new organisation
// signs up through the link in its confirmation e-mail, read as its recipient reads it.
let baseUrl = "";
let app: RunningApp | undefined;
let catcher: SmtpCatcher;
beforeAll(async () => {
  catcher = await startSmtpCatcher();
  app = await startApp(inject("buildDir"), { SMTP_URL: catcher.url });
  baseUrl = app.baseUrl;
});
afterAll(async () => {
  await app?.stop();
  await catcher?.close();
});

const CONTACT_PERSON = "kontaktperson@demo.samverka.invalid";
const REGISTRAR = "handlaggare@demo.samverka.invalid";
const DEMO_APPLICANT = "aktor@demo.samverka.invalid";

const run = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const CASE_NUMBER = /TN-\d{4}-\d{5}/;
const UUID = "[0-9a-f-]{36}";
/** The long walks visit a few dozen pages with axe on each: more than the default 90 s on a busy machine. */
const LONG = 240_000;

/** A minimal file whose content a PDF sniffer accepts. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

/**
 * Waits for a client-side or full navigation to a URL, then for the page's heading. React
 * Router changes the address before React has rendered the new page, so what is read right
 * after a navigation is read with expect.poll.
 */
async function arrive(page: Page, url: RegExp, heading?: string | RegExp): Promise<void> {
  await page.waitForURL(url);
  if (heading !== undefined) await expect.poll(() => h1(page).textContent()).toMatch(heading);
}

/** Waits until the page's main content contains `text`. */
async function expectMainToContain(page: Page, text: string | RegExp): Promise<void> {
  const main = page.locator("main");
  if (typeof text === "string") await expect.poll(() => main.textContent()).toContain(text);
  else await expect.poll(() => main.textContent()).toMatch(text);
}

/** After a submit that the server refuses the address stays the same: wait for the error title. */
async function expectErrorPage(page: Page): Promise<void> {
  await expect.poll(() => page.title()).toMatch(/^Fel: /);
  await expect.poll(() => page.locator(".ds-error-summary").count()).toBe(1);
}

/** The answers of one application, in the order the steps ask for them. */
interface Answers {
  title: string;
  areaDescription: string;
  actorsInArea: string;
  interestedActors: string;
  contributor: string;
  challenges: string;
  addedValue: string;
  purpose: string;
  evidence: string;
  children: string;
}

function answersFor(label: string): Answers {
  return {
    title: `Levande torg ${label} ${run}`,
    areaDescription: `Torget och gatorna runt omkring (${label}).`,
    actorsInArea: "Handlare, fastighetsägare, föreningar och boende.",
    interestedActors: "Tre fastighetsägare och handlarföreningen.",
    contributor: `Handlarföreningen ${label}`,
    challenges: "Otrygghet på kvällarna; många besökare dagtid.",
    addedValue: "Ett tryggare torg som ingen av oss klarar ensam.",
    purpose: "Göra torget tryggare och mer levande.",
    evidence: "Enkät till 120 boende och handlare.",
    children: "Barn får en tryggare väg till skolan; elevrådet har tillfrågats.",
  };
}

describe("the intake in Chromium", () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  async function pageFor(opts: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await newContext(browser, opts);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
  });

  it("takes a contact request without an account and shows it to the contact person", async () => {
    const page = await pageFor();
    await page.goto(`${baseUrl}/samverkansstod`);
    await expect.poll(() => h1(page).textContent()).toBe("Samverkansstöd");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Skicka en kontaktförfrågan" }).first().click();
    await arrive(page, /\/samverkansstod\/kontakt$/, "Kontaktförfrågan");
    await expectAccessible(page);
    const name = `Kim Kontakt ${run}`;
    await page.getByLabel("Ditt namn").fill(name);
    await page.getByLabel("E-postadress").fill(`kim.${run}@example.invalid`);
    await page.getByLabel("Vilket område gäller det?").fill("Möllevångstorget");
    await page.getByLabel("Vad vill ni göra?").fill("Vi vill göra torget tryggare tillsammans med staden.");
    await page.getByRole("button", { name: "Skicka kontaktförfrågan" }).click();
    await arrive(page, /\/samverkansstod\/kontakt\?skickat=1$/, "Tack, vi har tagit emot din kontaktförfrågan");
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Vi har skickat en bekräftelse");
    await expectAccessible(page);

    const staff = await pageFor();
    await signIn(staff, baseUrl, CONTACT_PERSON);
    await staff.goto(`${baseUrl}/kontaktforfragningar`);
    const row = staff.getByRole("row").filter({ hasText: name });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.textContent()).toContain("Möllevångstorget");
    await expect.poll(() => row.textContent()).toContain("Ny");
    await expectAccessible(staff);
    await row.getByRole("link", { name }).click();
    await arrive(staff, new RegExp(`/kontaktforfragningar/${UUID}$`), `Kontaktförfrågan från ${name}`);
    await expect.poll(() => staff.locator("main").textContent()).toContain("Vi vill göra torget tryggare tillsammans med staden.");
    await expectAccessible(staff);
  });

  // The application, from sign-up to decision: the steps share the new account and the case.
  const applicant = { email: `forsta.${run}@example.invalid`, password: "Ett långt lösenord för test", name: `Frida Första ${run}`, organisation: `Torgföreningen ${run}` };
  const answers = answersFor("med karta");
  let caseId = "";
  let caseNumber = "";
  let applicantPage: Page;

  it("registers a new organisation through the link in its e-mail; the first user lands signed in", async () => {
    const page = await pageFor();
    applicantPage = page;
    await page.goto(`${baseUrl}/samverkansstod`);
    await page.getByRole("link", { name: "Registrera en organisation" }).click();
    await arrive(page, /\/registrera$/, "Registrera en organisation");
    await expectAccessible(page);
    await page.getByLabel("Organisationens eller gruppens namn").fill(applicant.organisation);
    await page.getByLabel("Förening", { exact: true }).check();
    await page.getByLabel("Ditt namn").fill(applicant.name);
    await page.getByLabel("Din e-postadress").fill(applicant.email);
    await page.getByLabel("Lösenord", { exact: true }).fill(applicant.password);
    await page.getByRole("button", { name: "Skapa konto" }).click();
    await arrive(page, /\/registrera\?skickat=1$/, "Kolla din e-post");
    await expectAccessible(page);
    const mail = await catcher.waitFor(applicant.email);
    await page.goto(/http:\/\/\S+\/registrera\/bekrafta\?token=\S+/.exec(mail.text)![0]);
    await arrive(page, /\/registrera\/bekrafta\?token=/, "Bekräfta registreringen");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Skapa kontot" }).click();
    await arrive(page, /\/start$/, `Hej ${applicant.name}!`);
    await expect.poll(() => page.locator("main").textContent()).toContain(applicant.organisation);
    await expectAccessible(page);
  });

  it("writes the application with an area drawn on the map, checks it and gets a case number", async () => {
    expect(applicantPage, "the registration test must have run").toBeDefined();
    const page = applicantPage;
    await page.getByRole("link", { name: "Starta en ny ansökan" }).click();
    await arrive(page, /\/ansokan\/ny$/, "Ny ansökan om samverkansstöd");
    await expectAccessible(page);
    await page.getByLabel("Vad vill ni kalla samverkansprocessen?").fill(answers.title);
    await page.getByRole("button", { name: "Starta ansökan" }).click();
    await arrive(page, new RegExp(`/ansokan/${UUID}/steg/omrade$`), "Området");
    caseId = /\/ansokan\/([0-9a-f-]{36})\//.exec(page.url())![1]!;

    // Draw a rectangle in the lower right of the map: the toolbar (with "Avbryt") is upper left.
    const map = page.locator(".leaflet-container");
    await map.waitFor();
    await map.scrollIntoViewIfNeeded();
    await page.getByRole("button", { name: "Rita polygon" }).click();
    const box = (await map.boundingBox())!;
    for (const [x, y] of [[0.6, 0.6], [0.8, 0.6], [0.8, 0.85], [0.6, 0.85], [0.6, 0.6]] as const) {
      await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
    }
    await expect.poll(() => page.locator('input[name="area_drawn_changed"]').inputValue()).toBe("1");
    const drawn = JSON.parse(await page.locator('input[name="area_drawn"]').inputValue()) as { type: string; coordinates: number[][][][] };
    expect(drawn.type).toBe("MultiPolygon");
    expect(drawn.coordinates[0]![0]!.length).toBe(5);
    await expectAccessible(page);
    await page.getByLabel("Beskrivning av området").fill(answers.areaDescription);
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/aktorer$/, "Aktörerna");
    await expectAccessible(page);

    // A refused save keeps what was typed and links the error to its field.
    await page.getByLabel("Vilka aktörer finns i området?").fill(answers.actorsInArea);
    await page.getByLabel("Vilka aktörer är redan intresserade av att samverka?").fill(answers.interestedActors);
    await page.locator("#field-contributions_0_actor").fill(answers.contributor);
    await page.locator("#field-contributions_0_money").fill("femtio");
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await expectErrorPage(page);
    const summaryLink = page.locator(".ds-error-summary").getByRole("link", { name: "Skriv beloppet i hela kronor med siffror, till exempel 25000." });
    expect(await summaryLink.getAttribute("href")).toBe("#field-contributions_0_money");
    expect(page.url()).toMatch(/\/steg\/aktorer$/);
    await expect.poll(() => page.locator("#field-contributions_0_actor").inputValue()).toBe(answers.contributor);
    await expect.poll(() => page.locator("#field-contributions_0_money").inputValue()).toBe("femtio");
    expect(await page.locator("#field-contributions_0_money").getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.getByLabel("Vilka aktörer finns i området?").inputValue()).toBe(answers.actorsInArea);
    await expectAccessible(page);
    await page.locator("#field-contributions_0_money").fill("50000");
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/forslaget$/, "Förslaget");
    await expectAccessible(page);

    await page.getByLabel("Vilka utmaningar och möjligheter har området i dag, utifrån aktörernas perspektiv?").fill(answers.challenges);
    await page.getByLabel("Vilket mervärde kan idén bidra till?").fill(answers.addedValue);
    await page.getByLabel("Syfte", { exact: true }).fill(answers.purpose);
    await page.getByLabel("En trygg och tillgänglig stad").check();
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/underlag$/, "Underlag och barn");
    await expectAccessible(page);

    await page.getByLabel("Vad bygger förslaget på?").fill(answers.evidence);
    await page.getByLabel("Hur påverkas barn och unga?").fill(answers.children);
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, new RegExp(`/ansokan/${caseId}/bilagor$`), "Bilagor");
    await expectAccessible(page);

    // A text file named .pdf is refused by its content, and nothing is added.
    await page.locator("#field-file").setInputFiles({ name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from("Det här är bara text, ingen PDF.\n") });
    await page.getByRole("button", { name: "Ladda upp" }).click();
    await expectErrorPage(page);
    await expect.poll(() => page.locator(".ds-error-summary").textContent()).toContain("Filtypen är inte tillåten");
    await expect.poll(() => page.getByText("Inga bilagor ännu.").count()).toBe(1);
    await expect.poll(() => page.getByRole("table").count()).toBe(0);
    await expectAccessible(page);

    await page.locator("#field-file").setInputFiles({ name: "budget.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Ladda upp" }).click();
    await arrive(page, /\/bilagor\?klart=uppladdad$/, "Bilagor");
    const attachments = page.getByRole("table", { name: "Bilagor till ansökan" });
    await expect.poll(() => attachments.getByRole("link", { name: "budget.pdf" }).count()).toBe(1);
    await expect.poll(() => attachments.getByRole("link", { name: "x.pdf" }).count()).toBe(0);
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Bilagan är uppladdad.");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Spara och fortsätt" }).click();
    await arrive(page, new RegExp(`/ansokan/${caseId}/granska$`), "Granska och skicka in");
    const main = page.locator("main");
    await expect.poll(() => page.getByText("Det här saknas innan ansökan kan skickas in").count()).toBe(0);
    const reviewed = (await main.textContent()) ?? "";
    for (const text of [answers.title, answers.areaDescription, "Ritad på kartan", answers.actorsInArea, answers.interestedActors, answers.contributor, answers.challenges, answers.addedValue, answers.purpose, "En trygg och tillgänglig stad", answers.evidence, answers.children, "budget.pdf", applicant.organisation]) {
      expect(reviewed).toContain(text);
    }
    await expectAccessible(page);
    await page.getByLabel("Vi intygar").check();
    await page.getByRole("button", { name: "Skicka in ansökan" }).click();
    await arrive(page, /\/granska\?inskickad=1$/, "Ansökan är inskickad");
    const receipt = (await page.getByRole("status").first().textContent()) ?? "";
    expect(receipt).toMatch(new RegExp(`Ert ärendenummer är ${CASE_NUMBER.source}`));
    caseNumber = CASE_NUMBER.exec(receipt)![0];
    await expectAccessible(page);

    await page.getByRole("link", { name: "Till ärendet" }).click();
    await arrive(page, new RegExp(`/arenden/${caseId}$`), answers.title);
    await expect.poll(() => page.getByRole("heading", { name: "Status: Inskickat" }).count()).toBe(1);
    await expect.poll(() => main.textContent()).toContain(caseNumber);
    await expectAccessible(page);
  }, LONG);

  it("lets the contact person read the application and assess it against every criterion", async () => {
    expect(caseNumber, "the application test must have run").toMatch(CASE_NUMBER);
    const page = await pageFor();
    await signIn(page, baseUrl, CONTACT_PERSON);
    await page.goto(`${baseUrl}/arenden/${caseId}`);
    await expect.poll(() => h1(page).textContent()).toBe(answers.title);
    const caseText = (await page.locator("main").textContent()) ?? "";
    for (const text of [caseNumber, applicant.organisation, answers.areaDescription, answers.actorsInArea, answers.contributor, answers.purpose, "En trygg och tillgänglig stad", answers.children, "budget.pdf"]) {
      expect(caseText).toContain(text);
    }
    await expectAccessible(page);

    await page.goto(`${baseUrl}/handlaggning/${caseId}/bedomning`);
    await expect.poll(() => h1(page).textContent()).toBe(`Kriteriebedömning: ${answers.title}`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Påbörja bedömning" }).click();
    await arrive(page, /\/bedomning\?status=under_bedomning$/);
    await expect.poll(() => page.getByRole("button", { name: "Klar för nämnd" }).count()).toBe(1);
    await expectAccessible(page);

    const criteria = page.getByRole("group", { name: /^\d\. / });
    await expect.poll(() => criteria.count()).toBe(6);
    for (let i = 0; i < 6; i++) {
      const criterion = criteria.nth(i);
      await criterion.getByLabel("Uppfyllt", { exact: true }).check();
      await criterion.getByLabel("Motivering").fill(`Kriterium ${i + 1} är uppfyllt enligt ansökan och mötet.`);
    }
    await page.getByLabel("Bifall", { exact: true }).check();
    await page.getByLabel("Motivering till förslaget").fill("Ansökan uppfyller alla kriterier.");
    await page.getByLabel("Föreslaget belopp för dialoginsatser (kronor)").fill("150000");
    await page.getByRole("button", { name: "Spara bedömningen" }).click();
    await arrive(page, /\/bedomning\?sparad=1$/);
    await expectMainToContain(page, "Bedömningen är sparad.");
    await expectMainToContain(page, "Bedömningen är komplett.");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Klar för nämnd" }).click();
    await arrive(page, /\/bedomning\?status=klar_for_namnd$/);
    await expect.poll(() => page.getByRole("button", { name: "Tillbaka till bedömning" }).count()).toBe(1);
    await expectAccessible(page);
  }, LONG);

  it("lets the registrar register the case, put it on a meeting and record the decision", async () => {
    expect(caseNumber, "the application test must have run").toMatch(CASE_NUMBER);
    const page = await pageFor();
    await signIn(page, baseUrl, REGISTRAR);

    const diarium = `TN-2026-00${String(1000 + Math.floor(Math.random() * 9000))}`;
    await page.goto(`${baseUrl}/handlaggning/${caseId}/registrering`);
    await expect.poll(() => h1(page).textContent()).toBe(`Registrering i diariet: ${answers.title}`);
    await expectAccessible(page);
    await page.getByLabel("Diarienummer i Platina").fill(diarium);
    await page.getByRole("button", { name: "Spara diarienummer" }).click();
    await arrive(page, /\/registrering\?sparat=1$/);
    await expectMainToContain(page, "Diarienumret är sparat.");
    await expect.poll(() => page.locator("dl").textContent()).toContain(diarium);
    await expectAccessible(page);

    // A committee meeting with the case on its agenda.
    await page.goto(`${baseUrl}/sammantraden`);
    await expect.poll(() => h1(page).textContent()).toBe("Sammanträden");
    await expectAccessible(page);
    await page.getByRole("combobox", { name: "Nämnd" }).selectOption({ label: "Tekniska nämnden (TN)" });
    await page.getByRole("radio", { name: "Nämnd", exact: true }).check();
    await page.getByLabel("Datum").fill("2026-02-26");
    await page.getByRole("button", { name: "Lägg till sammanträde" }).click();
    await arrive(page, new RegExp(`/sammantraden/${UUID}\\?inlagt=1$`), /^Tekniska nämnden – Nämnd 26 februari 2026$/);
    const meetingId = new RegExp(`/sammantraden/(${UUID})`).exec(page.url())![1]!;
    await expectAccessible(page);
    await page.getByRole("form", { name: `Sätt upp på dagordningen: ${answers.title}` }).getByRole("button", { name: "Sätt upp på dagordningen" }).click();
    await arrive(page, /\?uppsatt=1$/);
    await expectMainToContain(page, "Ärendet är uppsatt på dagordningen.");
    await expect.poll(() => page.getByRole("list").filter({ hasText: answers.title }).getByRole("link", { name: caseNumber }).count()).toBe(1);
    await expectAccessible(page);

    await page.goto(`${baseUrl}/handlaggning/${caseId}/beslut`);
    await expect.poll(() => h1(page).textContent()).toBe(`Beslut: ${answers.title}`);
    await expect.poll(() => page.getByLabel("Sammanträde").inputValue()).toBe(meetingId);
    await expectAccessible(page);
    await page.getByLabel("Paragraf").fill("§ 42");
    await page.getByLabel("Beslutsdatum").fill("2026-02-26");
    await page.getByLabel("Bifall", { exact: true }).check();
    await page.getByLabel("Beviljat belopp för dialoginsatser (kronor)").fill("150000");
    await page.getByLabel("Villkor").fill("Dialoginsatserna redovisas senast i december.");
    await page.getByRole("button", { name: "Registrera beslutet" }).click();
    await arrive(page, /\/beslut\?registrerat=1$/);
    await expectMainToContain(page, "Beslutet är registrerat.");
    await expectMainToContain(page, "§ 42, 26 februari 2026: Bifall");
    await expectAccessible(page);

    await page.getByLabel("Protokollet justerat").fill("2026-02-27");
    await page.getByLabel("Anslaget på anslagstavlan").fill("2026-03-02");
    await page.getByRole("button", { name: "Spara datumen" }).click();
    await arrive(page, /\/beslut\?datum=1$/);
    await expectMainToContain(page, "Datumen är sparade.");
    await expectMainToContain(page, "Sista dag att överklaga: 23 mars 2026");
    await expectAccessible(page);
  }, LONG);

  it("shows the applicant the decision and the last day to appeal", async () => {
    expect(caseNumber, "the application test must have run").toMatch(CASE_NUMBER);
    const page = await pageFor();
    await signIn(page, baseUrl, applicant.email, applicant.password);
    await expectAccessible(page);
    await page.goto(`${baseUrl}/arenden/${caseId}`);
    await expect.poll(() => h1(page).textContent()).toBe(answers.title);
    await expect.poll(() => page.getByRole("heading", { name: "Status: Beslutat" }).count()).toBe(1);
    const decision = page.locator("section").filter({ has: page.getByRole("heading", { name: "Beslut", exact: true }) });
    const text = (await decision.textContent()) ?? "";
    expect(text).toContain("§ 42, 26 februari 2026: Bifall");
    expect(text).toMatch(/Beviljat belopp: 150\s000\skr/);
    expect(text).toContain("Sista dag att överklaga: 23 mars 2026");
    await expect.poll(() => page.locator("main").textContent()).toContain(caseNumber);
    await expectAccessible(page);
  });

  it("takes a whole application with JavaScript turned off, with areas chosen from the list", async () => {
    const page = await pageFor({ javaScriptEnabled: false });
    await signIn(page, baseUrl, DEMO_APPLICANT);
    // axe runs as a script in the page, which a context without JavaScript cannot do: check
    // each page, with the same session, in a context that has it.
    const checker = await browser.newContext({ locale: "sv-SE", storageState: await page.context().storageState() });
    contexts.push(checker);
    const same = await checker.newPage();
    const accessible = async () => {
      await same.goto(page.url());
      await expectAccessible(same);
    };
    await accessible();

    const a = answersFor("utan JavaScript");
    await page.getByRole("link", { name: "Starta en ny ansökan" }).click();
    await arrive(page, /\/ansokan\/ny$/, "Ny ansökan om samverkansstöd");
    await accessible();
    await page.getByLabel("Vad vill ni kalla samverkansprocessen?").fill(a.title);
    await page.getByRole("button", { name: "Starta ansökan" }).click();
    await arrive(page, new RegExp(`/ansokan/${UUID}/steg/omrade$`), "Området");
    const id = /\/ansokan\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    // The note for those without JavaScript is in the page; the map is not.
    expect((await page.locator("noscript").allTextContents()).join(" ")).toContain("Kartan kräver JavaScript. Välj områden i listan, ange hörnen med koordinater eller ladda upp en GeoJSON-fil i stället.");
    await expect.poll(() => page.locator(".leaflet-container").count()).toBe(0);
    await accessible();
    await page.getByLabel("Rosengård", { exact: true }).check();
    await page.getByLabel("Hyllie", { exact: true }).check();
    await page.getByLabel("Beskrivning av området").fill(a.areaDescription);
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/aktorer$/, "Aktörerna");
    await accessible();

    await page.getByLabel("Vilka aktörer finns i området?").fill(a.actorsInArea);
    await page.getByLabel("Vilka aktörer är redan intresserade av att samverka?").fill(a.interestedActors);
    await page.locator("#field-contributions_0_actor").fill(a.contributor);
    await page.locator("#field-contributions_0_money").fill("25000");
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/forslaget$/, "Förslaget");
    await accessible();

    await page.getByLabel("Vilka utmaningar och möjligheter har området i dag, utifrån aktörernas perspektiv?").fill(a.challenges);
    await page.getByLabel("Vilket mervärde kan idén bidra till?").fill(a.addedValue);
    await page.getByLabel("Syfte", { exact: true }).fill(a.purpose);
    await page.getByLabel("Goda uppväxtvillkor för barn och unga").check();
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, /\/steg\/underlag$/, "Underlag och barn");
    await accessible();

    await page.getByLabel("Vad bygger förslaget på?").fill(a.evidence);
    await page.getByLabel("Hur påverkas barn och unga?").fill(a.children);
    await page.getByRole("button", { name: "Spara och fortsätt" }).click();
    await arrive(page, new RegExp(`/ansokan/${id}/bilagor$`), "Bilagor");
    await accessible();
    await page.locator("#field-file").setInputFiles({ name: "karta.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Ladda upp" }).click();
    await arrive(page, /\/bilagor\?klart=uppladdad$/, "Bilagor");
    await expect.poll(() => page.getByRole("link", { name: "karta.pdf" }).count()).toBe(1);
    await accessible();

    await page.getByRole("link", { name: "Spara och fortsätt" }).click();
    await arrive(page, new RegExp(`/ansokan/${id}/granska$`), "Granska och skicka in");
    await expect.poll(() => page.getByText("Det här saknas innan ansökan kan skickas in").count()).toBe(0);
    const reviewed = (await page.locator("main").textContent()) ?? "";
    for (const text of ["Valda områden", "Rosengård", "Hyllie", a.areaDescription, a.contributor, a.purpose, "Goda uppväxtvillkor för barn och unga", a.children, "karta.pdf"]) {
      expect(reviewed).toContain(text);
    }
    await accessible();
    await page.getByLabel("Vi intygar").check();
    await page.getByRole("button", { name: "Skicka in ansökan" }).click();
    await arrive(page, /\/granska\?inskickad=1$/, "Ansökan är inskickad");
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(new RegExp(`Ert ärendenummer är ${CASE_NUMBER.source}`));
    await accessible();
  }, LONG);
});

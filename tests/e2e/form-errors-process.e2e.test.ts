/**
 * Forms in their error states, part 2: the forms of a case and its process (intake handling,
 * samarbetsfas, dialogue, results, utförandefas), of the committee and of the coordination
 * and learning pages. The table is the list; tests/e2e/support/form-errors.ts does the same
 * checks for each (see decision 0035).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { launch } from "./support/browser.ts";
import { casePath, checkForm, firstLink, LONG_TEXT, PDF_FILE, TEXT_FILE, type FormCase } from "./support/form-errors.ts";

const baseUrl = inject("baseUrl");

const DIALOGUE = "Dialog om parkstråket i Rosengård (demo)";
const EXECUTION = "Sommargata i Södra innerstaden (demo)";
const RESULTS = "Belysning och trygghet i Hyllie (demo)";
const ASSESSED = "Trygg och levande Sofielundsgata (demo)";
const COORDINATED = "Limhamns torg som mötesplats (demo)";
const ID = "[0-9a-f-]{36}";

/** A page of the process of the case called `title`. */
const proc = (title: string, rest: string) => async (page: Page, base: string) => `${await casePath(page, base, title)}/process${rest}`;
/** A handling page (/handlaggning/:id/...) of the case called `title`. */
const handling = (title: string, rest: string) => async (page: Page, base: string) => `${(await casePath(page, base, title)).replace("/arenden/", "/handlaggning/")}${rest}`;
/** The first item linked from a page of the process of `title`. */
const item = (title: string, rest: string, pattern: RegExp) => async (page: Page, base: string) => firstLink(page, base, await proc(title, rest)(page, base), pattern);

export const FORMS: FormCase[] = [
  // The case and its handling.
  { name: "message on a case", role: "handlaggare", at: async (p, b) => casePath(p, b, DIALOGUE), button: "Skicka meddelandet", wrong: { body: LONG_TEXT } },
  { name: "diarium number", role: "handlaggare", at: handling(DIALOGUE, "/registrering"), button: "Spara diarienummer", wrong: { diarium_number: "inte ett nummer" } },
  { name: "decision dates", role: "handlaggare", at: handling(DIALOGUE, "/beslut"), button: "Spara datumen", wrong: { minutesApprovedOn: "2030-01-10", postedOn: "2030-01-01" } },
  { name: "route the case", role: "kontaktperson", at: handling(ASSESSED, "/overlamna"), button: "Skicka", wrong: { note: LONG_TEXT } },
  { name: "coordination note", role: "kontaktperson", at: handling(COORDINATED, "/samordning"), button: "Anteckna samordning", wrong: { how: LONG_TEXT } },
  { name: "add a committee meeting", role: "handlaggare", at: "/sammantraden", button: "Lägg till sammanträde", wrong: { meetsOn: "2001-01-01" } },
  { name: "start a process", role: "kontaktperson", at: "/arenden/ny-process", button: "Starta processen", wrong: { title: LONG_TEXT.slice(0, 400), description: LONG_TEXT } },
  // Samarbetsfas.
  { name: "close the process", role: "kontaktperson", at: proc(DIALOGUE, ""), button: "Avsluta processen", wrong: { reason: LONG_TEXT } },
  { name: "add an actor", role: "kontaktperson", at: proc(DIALOGUE, "/aktorer"), button: "Lägg till aktören", wrong: { name: LONG_TEXT.slice(0, 400) } },
  { name: "import actors", role: "kontaktperson", at: proc(DIALOGUE, "/aktorer/import"), button: "Importera", wrong: { file: PDF_FILE } },
  { name: "add an effort to the proposal", role: "kontaktperson", at: proc(DIALOGUE, "/forslag"), button: "Lägg till en insats", wrong: { title: "Insats", startsOn: "2027-06-01", endsOn: "2027-01-01" } },
  { name: "add a budget line", role: "kontaktperson", at: item(DIALOGUE, "/forslag", new RegExp(`/forslag/${ID}$`)), button: "Lägg till en budgetrad", wrong: { amountSek: "tusen", contributor: "Vi" } },
  { name: "add a milestone", role: "kontaktperson", at: item(DIALOGUE, "/forslag", new RegExp(`/forslag/${ID}$`)), button: "Lägg till en milstolpe", wrong: { title: "Milstolpe", dueOn: "1999-01-01" } },
  { name: "edit an effort", role: "kontaktperson", at: item(DIALOGUE, "/forslag", new RegExp(`/forslag/${ID}$`)), button: "Spara insatsen", wrong: { startsOn: "2027-06-01", endsOn: "2027-01-01" } },
  { name: "book a check-in", role: "kontaktperson", at: proc(DIALOGUE, "/avstamningar"), button: "Boka avstämningen", wrong: { title: "Avstämning", date: "igår", startTime: "25:99", endTime: "10:00", meetingLink: "inte en länk" } },
  { name: "add an action at a check-in", role: "kontaktperson", at: item(EXECUTION, "/avstamningar", new RegExp(`/avstamningar/${ID}$`)), button: "Lägg till en åtgärd", wrong: { title: "Gör något", dueOn: "31/31" } },
  { name: "move a check-in", role: "kontaktperson", at: item(EXECUTION, "/avstamningar", new RegExp(`/avstamningar/${ID}$`)), button: "Flytta avstämningen", wrong: { date: "2020-13-45", startTime: "12:00", endTime: "11:00" } },
  // Dialogue.
  { name: "add a theme", role: "kontaktperson", at: proc(DIALOGUE, "/teman"), button: "Lägg till tema", wrong: { themeName: LONG_TEXT.slice(0, 400) } },
  { name: "rename a theme", role: "kontaktperson", at: proc(DIALOGUE, "/teman"), button: "Byt namn", wrong: { newName: LONG_TEXT.slice(0, 400) } },
  { name: "new dialogue activity", role: "kontaktperson", at: proc(DIALOGUE, "/aktiviteter/ny"), button: "Spara aktiviteten", wrong: { title: LONG_TEXT.slice(0, 400) } },
  { name: "participation of an activity", role: "kontaktperson", at: item(DIALOGUE, "/aktiviteter", new RegExp(`/aktiviteter/${ID}$`)), button: "Spara deltagandet", wrong: { total: "många", kon_kvinna: "-3" }, noEmpty: "an empty count is allowed" },
  { name: "new viewpoint", role: "kontaktperson", at: proc(DIALOGUE, "/synpunkter/ny"), button: "Spara synpunkten", wrong: { body: LONG_TEXT } },
  { name: "import viewpoints", role: "kontaktperson", at: proc(DIALOGUE, "/synpunkter/import"), button: "Importera", wrong: { file: PDF_FILE } },
  { name: "hide a viewpoint", role: "kontaktperson", at: item(DIALOGUE, "/synpunkter", new RegExp(`/synpunkter/${ID}$`)), button: "Dölj synpunkten", wrong: { hideReason: LONG_TEXT } },
  // Results.
  { name: "add a result goal", role: "kontaktperson", at: proc(DIALOGUE, "/mal"), button: "Lägg till målet", wrong: { goal: "Mål", baseline: "tio", target: "-5", targetYear: "1800" } },
  { name: "upload an association report", role: "kontaktperson", at: proc(DIALOGUE, "/rapporter"), button: "Ladda upp rapporten", wrong: { year: "förra året", file: TEXT_FILE } },
  { name: "lesson of a process", role: "kontaktperson", at: proc(DIALOGUE, "/lardomar"), button: "Spara lärdomen", wrong: { title: LONG_TEXT.slice(0, 400), body: LONG_TEXT } },
  // Utförandefas.
  { name: "commitment", role: "kontaktperson", at: proc(EXECUTION, "/ataganden"), button: "Spara åtagandet", wrong: { department: "Fastighetskontoret", contactEmail: "inte-en-adress", startsOn: "2027-06-01", endsOn: "2027-01-01" } },
  { name: "status of an effort", role: "kontaktperson", at: item(EXECUTION, "/plan", new RegExp(`/plan/${ID}$`)), button: "Spara status", wrong: { percent: "140" } },
  { name: "ask for a change", role: "kontaktperson", at: item(EXECUTION, "/plan", new RegExp(`/plan/${ID}$`)), button: "Skicka begäran", wrong: { kind: "budget", toSek: "-100" } },
  { name: "actual cost", role: "kontaktperson", at: proc(EXECUTION, "/budget/utfall"), button: "Spara utfallet", wrong: { amountSek: "-12,5x", spentOn: "1999-01-01" } },
  { name: "upload a receipt", role: "kontaktperson", at: proc(EXECUTION, "/budget/underlag"), button: "Ladda upp", wrong: { file: TEXT_FILE } },
  { name: "register a payment", role: "kontaktperson", at: proc(EXECUTION, "/budget/utbetalning"), button: "Registrera utbetalningen", wrong: { amountSek: "-500" } },
  // Coordination and learning.
  { name: "contact request: meeting booked", role: "kontaktperson", at: async (p, b) => firstLink(p, b, "/kontaktforfragningar", new RegExp(`/kontaktforfragningar/${ID}$`)), button: "Spara anteckningen", wrong: { body: LONG_TEXT } },
  { name: "register a process", role: "kontaktperson", at: "/processer/ny", button: "Registrera processen", wrong: { name: "Process", contactEmail: "inte-en-adress" } },
  { name: "import processes", role: "kontaktperson", at: "/processer/import", button: "Importera", wrong: { file: PDF_FILE } },
  { name: "new network meeting", role: "kontaktperson", at: "/natverk/traffar/ny", button: "Spara träffen", wrong: { title: "Träff", date: "1999-01-01", startTime: "kl nio", endTime: "08:00" } },
  { name: "results report answers", role: "kontaktperson", at: proc(RESULTS, "/resultat"), button: "Spara", wrong: { answer_1: LONG_TEXT } },
];

describe("every form of a case, its process and the staff's pages in its error states", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  for (const form of FORMS) {
    it(`${form.name}: empty and wrong values`, async () => {
      await checkForm(browser, baseUrl, form);
    });
  }
});

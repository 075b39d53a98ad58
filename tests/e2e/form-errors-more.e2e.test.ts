/**
 * Forms in their error states, part 5: the application's steps, attachments and co-applicants
 * (on a fresh draft), the Lättläst viewpoint page, and the editing forms of activities,
 * viewpoints, themes, check-ins, network meetings, contact requests, the administrator's
 * registers and the committee's handling. The table is the list; tests/e2e/support/form-errors.ts
 * does the same checks for each (see decision 0035).
 */
import type { Page } from "playwright-core";
import { ASSESSED, describeFormTable, COORDINATED, DIALOGUE, EXECUTION, firstLink, handling, ID, item, LONG_TEXT, proc, TEXT_FILE, type Exempt, type FormCase } from "./support/form-errors.ts";

let draftId: string | undefined;

/** A page of a fresh draft application of aktor@ (started once through /ansokan/ny). */
const draft = (rest: string) => async (page: Page, base: string) => {
  if (!draftId) {
    await page.goto(`${base}/ansokan/ny`);
    await page.getByRole("button", { name: "Starta ansökan", exact: true }).click();
    await page.waitForURL(new RegExp(`/ansokan/${ID}/`));
    draftId = new URL(page.url()).pathname.split("/")[2];
  }
  return `/ansokan/${draftId}${rest}`;
};

/** The criteria assessment of a submitted case of the officer's committee, started first (on this file's own server). */
const assessment = async (page: Page, base: string) => {
  const path = await handling(COORDINATED, "/bedomning")(page, base);
  await page.goto(`${base}${path}`);
  const start = page.getByRole("button", { name: "Påbörja bedömning", exact: true });
  if (await start.isVisible()) {
    await start.click();
    await page.getByRole("button", { name: "Spara bedömningen", exact: true }).waitFor();
  }
  return path;
};

const STEP_EMPTY = "every answer is optional until the application is submitted: an empty step is saved as a draft";

export const FORMS: FormCase[] = [
  // The application (a fresh draft of aktor@).
  { name: "application step: the area", role: "aktor", at: draft("/steg/omrade"), button: "Spara och fortsätt", wrong: { title: LONG_TEXT.slice(0, 400), area_corners: "inte koordinater" }, noEmpty: STEP_EMPTY },
  { name: "application step: the actors", role: "aktor", at: draft("/steg/aktorer"), button: "Spara och fortsätt", wrong: { actors_in_area: LONG_TEXT, contributions_0_actor: "Föreningen", contributions_0_money: "tusen kronor" }, noEmpty: STEP_EMPTY },
  { name: "application step: the proposal", role: "aktor", at: draft("/steg/forslaget"), button: "Spara och fortsätt", wrong: { challenges: LONG_TEXT, purpose: LONG_TEXT }, noEmpty: STEP_EMPTY },
  { name: "application step: evidence and children", role: "aktor", at: draft("/steg/underlag"), button: "Spara och fortsätt", wrong: { evidence_basis: LONG_TEXT, children_impact: LONG_TEXT }, noEmpty: STEP_EMPTY },
  { name: "application attachment", role: "aktor", at: draft("/bilagor"), button: "Ladda upp", wrong: { file: TEXT_FILE } },
  { name: "invite a co-applicant", role: "aktor", at: draft("/medsokande"), button: "Skicka inbjudan", wrong: { organisationName: "Grannföreningen", email: "grannar@@exempel" } },
  // The Lättläst viewpoint page of the open demo activity.
  { name: "public viewpoint, Lättläst", role: "public", at: "/synpunkt/demolekplats2026/lattlast", button: "Skicka", wrong: { body: LONG_TEXT }, withoutJs: true },
  // Dialogue.
  { name: "edit an activity", role: "kontaktperson", at: item(DIALOGUE, "/aktiviteter", new RegExp(`/aktiviteter/${ID}$`)), button: "Spara ändringarna", wrong: { startDate: "31/31", startTime: "25:99", lat: "norr", lon: "öster" } },
  { name: "edit a viewpoint", role: "kontaktperson", at: item(DIALOGUE, "/synpunkter", new RegExp(`/synpunkter/${ID}$`)), button: "Spara den nya texten", wrong: { body: LONG_TEXT, reason: LONG_TEXT } },
  { name: "merge themes", role: "kontaktperson", at: proc(DIALOGUE, "/teman"), button: "Slå ihop", wrong: { mergedName: LONG_TEXT.slice(0, 400) } },
  // Check-ins.
  { name: "add a point to a check-in's agenda", role: "kontaktperson", at: item(EXECUTION, "/avstamningar", new RegExp(`/avstamningar/${ID}$`)), button: "Lägg till en punkt", wrong: { body: LONG_TEXT } },
  { name: "notes of a check-in", role: "kontaktperson", at: item(EXECUTION, "/avstamningar", new RegExp(`/avstamningar/${ID}$`)), button: "Spara anteckningarna", wrong: { notes: LONG_TEXT.repeat(3) }, noEmpty: "the notes are optional: an empty form clears them" },
  // Network meetings and contact requests.
  { name: "invite actors to a network meeting", role: "kontaktperson", at: async (p, b) => firstLink(p, b, "/natverk", new RegExp(`/natverk/traffar/${ID}$`)), button: "Skicka inbjudan", wrong: { actorIds: { check: [] } } },
  { name: "notes of a network meeting", role: "kontaktperson", at: async (p, b) => firstLink(p, b, "/natverk", new RegExp(`/natverk/traffar/${ID}$`)), button: "Spara anteckningarna", wrong: { notes: LONG_TEXT.repeat(3) }, noEmpty: "the notes are optional: an empty form clears them" },
  { name: "contact request: mark a meeting booked", role: "kontaktperson", at: async (p, b) => firstLink(p, b, "/kontaktforfragningar", new RegExp(`/kontaktforfragningar/${ID}$`)), button: "Markera möte bokat", wrong: { meetingOn: "31/31" } },
  // The administrator's registers.
  { name: "edit a staff member", role: "admin", at: async (p, b) => firstLink(p, b, "/admin/anvandare", new RegExp(`/admin/anvandare/${ID}$`)), button: "Spara ändringarna", wrong: { department: LONG_TEXT.slice(0, 400) } },
  { name: "edit a committee", role: "admin", at: async (p, b) => firstLink(p, b, "/admin/namnder", new RegExp(`/admin/namnder/${ID}$`)), button: "Spara nämnden", wrong: { code: "ÅÄÖ ???", nameSv: LONG_TEXT.slice(0, 400) } },
  { name: "edit a goal", role: "admin", at: async (p, b) => firstLink(p, b, "/admin/mal", new RegExp(`/admin/mal/${ID}$`)), button: "Spara målet", wrong: { nameSv: LONG_TEXT.slice(0, 400) } },
  // The committee's handling.
  { name: "decision on the efforts", role: "handlaggare", at: handling(DIALOGUE, "/insatser/beslut"), button: "Registrera beslutet", wrong: { decidedOn: "31/31", verdicts_0_citySek: "-5" } },
  { name: "criteria assessment", role: "handlaggare", at: assessment, button: "Spara bedömningen", wrong: { proposedAmountSek: "tio tusen" }, noEmpty: "the assessment is saved as it grows: an empty form saves nothing new and is not an error" },
  { name: "decision on the application", role: "handlaggare", at: handling(ASSESSED, "/beslut"), button: "Registrera beslutet", wrong: { decidedOn: "2020-13-45", grantedAmountSek: "-5" } },
];

/** Forms of these pages left out of the table. */
export const EXEMPT: Exempt[] = [
  { form: "the effort's themes, \"Spara temana\" (/process/forslag/:id)", why: "only boxes to tick; every choice, none included, is valid" },
  { form: "put a case on a meeting's agenda (/sammantraden/:id)", why: "only a button" },
];

describeFormTable("the application's steps, the Lättläst viewpoint page and the editing forms of staff in their error states", FORMS);

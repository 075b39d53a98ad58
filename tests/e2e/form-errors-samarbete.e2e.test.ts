/**
 * Forms in their error states: the forms of a process in its samarbetsfas (actors, proposal, check-ins) and of its results. The table is the list; tests/e2e/support/form-errors.ts
 * does the same checks for each (see decision 0035).
 */
import { describeFormTable, DIALOGUE, EXECUTION, ID, item, LONG_TEXT, PDF_FILE, proc, TEXT_FILE, type FormCase } from "./support/form-errors.ts";


export const FORMS: FormCase[] = [
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
  // Results.
  { name: "add a result goal", role: "kontaktperson", at: proc(DIALOGUE, "/mal"), button: "Lägg till målet", wrong: { goal: "Mål", baseline: "tio", target: "-5", targetYear: "1800" } },
  { name: "upload an association report", role: "kontaktperson", at: proc(DIALOGUE, "/rapporter"), button: "Ladda upp rapporten", wrong: { year: "förra året", file: TEXT_FILE } },
  { name: "lesson of a process", role: "kontaktperson", at: proc(DIALOGUE, "/lardomar"), button: "Spara lärdomen", wrong: { title: LONG_TEXT.slice(0, 400), body: LONG_TEXT } },
];

describeFormTable("the forms of a process in its samarbetsfas (actors, proposal, check-ins) and of its results in their error states", FORMS);

/**
 * Forms in their error states: the forms of a process's dialogue (themes, activities, viewpoints) and of its utförandefas (commitments, plan, budget). The table is the list; tests/e2e/support/form-errors.ts
 * does the same checks for each (see decision 0035).
 */
import { describeFormTable, DIALOGUE, EXECUTION, ID, item, LONG_TEXT, PDF_FILE, proc, TEXT_FILE, type Exempt, type FormCase } from "./support/form-errors.ts";


export const FORMS: FormCase[] = [
  // Dialogue.
  { name: "add a theme", role: "kontaktperson", at: proc(DIALOGUE, "/teman"), button: "Lägg till tema", wrong: { themeName: LONG_TEXT.slice(0, 400) } },
  { name: "rename a theme", role: "kontaktperson", at: proc(DIALOGUE, "/teman"), button: "Byt namn", wrong: { newName: LONG_TEXT.slice(0, 400) } },
  { name: "new dialogue activity", role: "kontaktperson", at: proc(DIALOGUE, "/aktiviteter/ny"), button: "Spara aktiviteten", wrong: { title: LONG_TEXT.slice(0, 400) } },
  { name: "participation of an activity", role: "kontaktperson", at: item(DIALOGUE, "/aktiviteter", new RegExp(`/aktiviteter/${ID}$`)), button: "Spara deltagandet", wrong: { total: "många", kon_kvinna: "-3" }, noEmpty: "an empty count is allowed" },
  { name: "new viewpoint", role: "kontaktperson", at: proc(DIALOGUE, "/synpunkter/ny"), button: "Spara synpunkten", wrong: { body: LONG_TEXT } },
  { name: "import viewpoints", role: "kontaktperson", at: proc(DIALOGUE, "/synpunkter/import"), button: "Importera", wrong: { file: PDF_FILE } },
  { name: "hide a viewpoint", role: "kontaktperson", at: item(DIALOGUE, "/synpunkter", new RegExp(`/synpunkter/${ID}$`)), button: "Dölj synpunkten", wrong: { hideReason: LONG_TEXT } },
  // Utförandefas.
  { name: "commitment", role: "kontaktperson", at: proc(EXECUTION, "/ataganden"), button: "Spara åtagandet", wrong: { department: "Fastighetskontoret", contactEmail: "inte-en-adress", startsOn: "2027-06-01", endsOn: "2027-01-01" } },
  { name: "status of an effort", role: "kontaktperson", at: item(EXECUTION, "/plan", new RegExp(`/plan/${ID}$`)), button: "Spara status", wrong: { percent: "140" } },
  { name: "ask for a change", role: "kontaktperson", at: item(EXECUTION, "/plan", new RegExp(`/plan/${ID}$`)), button: "Skicka begäran", wrong: { kind: "belopp", toSek: "-100" } },
  { name: "actual cost", role: "kontaktperson", at: proc(EXECUTION, "/budget/utfall"), button: "Spara utfallet", wrong: { amountSek: "-12,5x", spentOn: "1999-01-01" } },
  { name: "upload a receipt", role: "kontaktperson", at: proc(EXECUTION, "/budget/underlag"), button: "Ladda upp", wrong: { file: TEXT_FILE } },
  { name: "register a payment", role: "kontaktperson", at: proc(EXECUTION, "/budget/utbetalning"), button: "Registrera utbetalningen", wrong: { amountSek: "-500" } },
];

/** Forms of these pages left out of the table. */
export const EXEMPT: Exempt[] = [
  { form: "approve or decline a change (/process/plan/andringar/:id)", why: "its note is optional: a decision with buttons" },
  { form: "submit the application (/ansokan/:id/granska)", why: "only a button; what is missing is listed on the page" },
  { form: "tag a viewpoint with a theme (/process/teman)", why: "only a choice from a list; every choice is valid" },
  { form: "choose an indicator, multi-year goals (/process/indikatorer, /process/mal)", why: "only a choice from a list; every choice is valid" },
  { form: "the case's contact person (/arenden/:id)", why: "only a choice from a list; every choice is valid" },
  { form: "remove a row, close, cancel, mark done (many pages)", why: "only a button (a confirmation)" },
];

describeFormTable("the forms of a process's dialogue (themes, activities, viewpoints) and of its utförandefas (commitments, plan, budget) in their error states", FORMS);

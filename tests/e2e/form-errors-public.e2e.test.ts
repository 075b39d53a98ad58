/**
 * Forms in their error states, part 1: the public forms (also with JavaScript off), the
 * applicant's and the organisation's forms, and the administrator's. The table is the list;
 * tests/e2e/support/form-errors.ts does the same checks for each (see decision 0035).
 */
import { describeFormTable, LONG_TEXT, PDF_FILE, tableRows, TEXT_FILE, type Exempt, type FormCase } from "./support/form-errors.ts";


export const FORMS: FormCase[] = [
  // Public: also without JavaScript.
  { name: "sign in", role: "public", at: "/logga-in", button: "Logga in", wrong: { email: "inte-en-adress", password: "fel" }, withoutJs: true },
  { name: "forgotten password", role: "public", at: "/glomt-losenord", button: "Skicka länk", wrong: { email: "namn@@exempel" }, withoutJs: true },
  {
    name: "contact request",
    role: "public",
    at: "/samverkansstod/kontakt",
    button: "Skicka kontaktförfrågan",
    wrong: { name: LONG_TEXT.slice(0, 400), email: "inte-en-adress", phone: "ring mig" },
    withoutJs: true,
  },
  {
    name: "register an organisation",
    role: "public",
    at: "/registrera",
    button: "Skapa konto",
    wrong: { organisationName: "Föreningen Test", orgNumber: "abc-123", name: "Test Testsson", email: "inte-en-adress", password: "kort" },
    withoutJs: true,
  },
  // The open demo activity (DEMO_OPEN_ACTIVITY_SLUG in the demo data).
  { name: "public viewpoint", role: "public", at: "/synpunkt/demolekplats2026", button: "Skicka synpunkten", wrong: { body: LONG_TEXT }, withoutJs: true },
  // The applicant's organisation.
  { name: "start an application", role: "aktor", at: "/ansokan/ny", button: "Starta ansökan", wrong: { title: LONG_TEXT.slice(0, 400) }, noEmpty: "the working title is optional: an empty form starts a draft" },
  { name: "invite a colleague to the organisation", role: "aktor", at: "/organisation", button: "Skicka inbjudan", wrong: { email: "kollega@" }, withoutJs: true },
  // The administrator.
  { name: "invite staff", role: "admin", at: "/admin/anvandare", button: "Skicka inbjudan", wrong: { name: "Ny Person", email: "ny.person@" } },
  { name: "add a committee", role: "admin", at: "/admin/namnder", button: "Lägg till nämnden", wrong: { code: "ÅÄÖ ???", nameSv: LONG_TEXT.slice(0, 400) }, count: tableRows },
  { name: "add a goal", role: "admin", at: "/admin/mal", button: "Lägg till målet", wrong: { nameSv: LONG_TEXT.slice(0, 400) }, count: tableRows },
  { name: "new version of the area index", role: "analytiker", at: "/index/konfiguration", button: "Spara ny version", wrong: { definition: "{ inte json" } },
  { name: "import index data", role: "analytiker", at: "/index/import", button: "Importera", wrong: { file: PDF_FILE } },
  { name: "import areas", role: "admin", at: "/omraden/import", button: "Importera områden", wrong: { file: TEXT_FILE, validFrom: "1899-01-01" } },
];

/** Forms of these pages left out of the table. */
export const EXEMPT: Exempt[] = [
  { form: "sign out (/logga-ut)", why: "only a button" },
  { form: "deactivate or reactivate a staff member (/admin/anvandare/:id)", why: "only a button (a confirmation)" },
  { form: "move a goal up or down (/admin/mal)", why: "only a button" },
  { form: "activate a version of the index (/index/konfiguration)", why: "only a button" },
  { form: "retry a failed job (/admin/jobb)", why: "only a button" },
  { form: "set a new password (/aterstall-losenord)", why: "reached only through a mailed token: covered with its errors by account-security.e2e.test.ts" },
  { form: "accept a staff invitation (/personal/inbjudan)", why: "reached only through a mailed token: covered by first-run.e2e.test.ts" },
  { form: "join an organisation (/inbjudan)", why: "reached only through a mailed token: covered by intake.e2e.test.ts" },
  { form: "confirm a registration (/registrera/bekrafta)", why: "reached only through a mailed token: covered by intake.e2e.test.ts" },
  { form: "first-run setup (/forsta-start)", why: "only on an empty installation: covered by first-run.e2e.test.ts" },
];

describeFormTable("every public, applicant and administrator form in its error states", FORMS);

/**
 * Forms in their error states, part 1: the public forms (also with JavaScript off), the
 * applicant's and the organisation's forms, and the administrator's. The table is the list;
 * tests/e2e/support/form-errors.ts does the same checks for each (see decision 0035).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { launch } from "./support/browser.ts";
import { checkForm, LONG_TEXT, PDF_FILE, TEXT_FILE, type FormCase } from "./support/form-errors.ts";

const baseUrl = inject("baseUrl");

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
  // The applicant's organisation.
  { name: "start an application", role: "aktor", at: "/ansokan/ny", button: "Starta ansökan", wrong: { title: LONG_TEXT.slice(0, 400) }, noEmpty: "the working title is optional: an empty form starts a draft" },
  { name: "invite a colleague to the organisation", role: "aktor", at: "/organisation", button: "Skicka inbjudan", wrong: { email: "kollega@" }, withoutJs: true },
  // The administrator.
  { name: "invite staff", role: "admin", at: "/admin/anvandare", button: "Skicka inbjudan", wrong: { name: "Ny Person", email: "ny.person@" } },
  { name: "add a committee", role: "admin", at: "/admin/namnder", button: "Lägg till nämnden", wrong: { code: "ÅÄÖ ???", nameSv: LONG_TEXT.slice(0, 400) } },
  { name: "add a goal", role: "admin", at: "/admin/mal", button: "Lägg till målet", wrong: { nameSv: LONG_TEXT.slice(0, 400) } },
  { name: "new version of the area index", role: "analytiker", at: "/index/konfiguration", button: "Spara ny version", wrong: { definition: "{ inte json" } },
  { name: "import index data", role: "analytiker", at: "/index/import", button: "Importera", wrong: { file: PDF_FILE } },
  { name: "import areas", role: "admin", at: "/omraden/import", button: "Importera områden", wrong: { file: TEXT_FILE, validFrom: "1899-01-01" } },
];

describe("every public, applicant and administrator form in its error states", () => {
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

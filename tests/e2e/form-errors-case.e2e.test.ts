/**
 * Forms in their error states: the forms of a case and its handling by the committee, and of the coordination and learning pages. The table is the list; tests/e2e/support/form-errors.ts
 * does the same checks for each (see decision 0035).
 */
import { ASSESSED, casePath, describeFormTable, COORDINATED, DIALOGUE, firstLink, handling, ID, LONG_TEXT, PDF_FILE, proc, RESULTS, type FormCase } from "./support/form-errors.ts";


export const FORMS: FormCase[] = [
  // The case and its handling.
  { name: "message on a case", role: "handlaggare", at: async (p, b) => casePath(p, b, DIALOGUE), button: "Skicka meddelandet", wrong: { body: LONG_TEXT } },
  { name: "diarium number", role: "handlaggare", at: handling(DIALOGUE, "/registrering"), button: "Spara diarienummer", wrong: { diarium_number: "inte ett nummer" } },
  { name: "decision dates", role: "handlaggare", at: handling(DIALOGUE, "/beslut"), button: "Spara datumen", wrong: { minutesApprovedOn: "2030-01-10", postedOn: "2030-01-01" }, noEmpty: "both dates are optional: an empty form clears them" },
  { name: "route the case", role: "kontaktperson", at: handling(ASSESSED, "/overlamna"), button: "Skicka", wrong: { note: LONG_TEXT } },
  { name: "coordination note", role: "kontaktperson", at: handling(COORDINATED, "/samordning"), button: "Anteckna samordning", wrong: { how: LONG_TEXT } },
  { name: "add a committee meeting", role: "handlaggare", at: "/sammantraden", button: "Lägg till sammanträde", wrong: { meetsOn: "2001-01-01" } },
  { name: "start a process", role: "kontaktperson", at: "/arenden/ny-process", button: "Starta processen", wrong: { title: LONG_TEXT.slice(0, 400), description: LONG_TEXT } },
  // Coordination and learning.
  { name: "contact request: meeting booked", role: "kontaktperson", at: async (p, b) => firstLink(p, b, "/kontaktforfragningar", new RegExp(`/kontaktforfragningar/${ID}$`)), button: "Spara anteckningen", wrong: { body: LONG_TEXT } },
  { name: "register a process", role: "kontaktperson", at: "/processer/ny", button: "Registrera processen", wrong: { name: "Process", contactEmail: "inte-en-adress" } },
  { name: "import processes", role: "kontaktperson", at: "/processer/import", button: "Importera", wrong: { file: PDF_FILE } },
  { name: "new network meeting", role: "kontaktperson", at: "/natverk/traffar/ny", button: "Spara träffen", wrong: { title: "Träff", date: "1999-01-01", startTime: "kl nio", endTime: "08:00" } },
  { name: "results report answers", role: "kontaktperson", at: proc(RESULTS, "/resultat"), button: "Spara", wrong: { answer_1: LONG_TEXT }, noEmpty: "every answer is optional: an empty form saves a draft" },
];

describeFormTable("the forms of a case and its handling by the committee, and of the coordination and learning pages in their error states", FORMS);

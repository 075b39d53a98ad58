import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AuditEntry } from "#src/application/shared/ports.ts";
import { CASE_EVENTS } from "#src/domain/case/lifecycle.ts";
import { translator } from "#src/text/index.ts";
import { actorName, auditSentence } from "./audit-sentences.ts";

const sv = translator("sv");
const en = translator("en");
let id = 0;
const entry = (action: string, over: Partial<AuditEntry> = {}): AuditEntry => ({
  id: ++id,
  occurredAt: new Date("2026-12-10T09:00:00Z"),
  actorLabel: "Karin Kontaktperson (karin@malmo.invalid)",
  action,
  entityType: action.startsWith("contact_request") ? "contact_request" : "case",
  entityId: "00000000-0000-4000-8000-000000000001",
  before: null,
  after: null,
  ...over,
});
const say = (e: AuditEntry) => auditSentence(e, sv, "sv");

describe("audit entries as sentences", () => {
  it("writes the change of the decision's dates as who set what, and what it was", () => {
    const e = entry("case.decision.dates", { before: { minutesApprovedOn: "2026-12-03", postedOn: null }, after: { minutesApprovedOn: "2026-12-03", postedOn: "2026-12-10" } });
    expect(say(e)).toBe("Karin Kontaktperson satte anslagsdatum till 2026-12-10 (var: inte satt).");
    const both = entry("case.decision.dates", { before: { minutesApprovedOn: null, postedOn: null }, after: { minutesApprovedOn: "2026-12-03", postedOn: "2026-12-10" } });
    expect(say(both)).toBe("Karin Kontaktperson satte justeringsdatum till 2026-12-03 (var: inte satt) och anslagsdatum till 2026-12-10 (var: inte satt).");
    expect(auditSentence(e, en, "en")).toBe("Karin Kontaktperson set the posting date to 2026-12-10 (was: not set).");
  });

  it("writes a status change with both statuses in words", () => {
    const e = entry("case.startAssessment", { before: { status: "inskickat" }, after: { status: "under_bedomning" } });
    expect(say(e)).toBe("Karin Kontaktperson påbörjade bedömningen. Status: Inskickat → Under bedömning.");
    const submit = entry("case.submit", { actorLabel: "Frida Första (frida@example.invalid)", before: { status: "utkast" }, after: { status: "inskickat", caseNumber: "TN-2026-00042", caseNumberSource: "samverka" } });
    expect(say(submit)).toBe("Frida Första skickade in ansökan, som fick ärendenummer TN-2026-00042. Status: Utkast → Inskickat.");
  });

  it("writes the decision with its outcome and amount, and the contact person with before and after", () => {
    expect(say(entry("case.decision.record", { after: { decisionId: "x", paragraph: "§ 42", decidedOn: "2026-02-26", outcome: "bifall", grantedAmountSek: 150000 } }))).toMatch(/^Karin Kontaktperson registrerade beslutet § 42 den 2026-02-26: bifall, 150\s000\skr\.$/);
    expect(say(entry("case.contact_person", { before: { userId: null, name: null }, after: { userId: "u", name: "Karin Kontaktperson" } }))).toBe("Karin Kontaktperson utsåg Karin Kontaktperson till kontaktperson (var: ingen).");
    expect(say(entry("contact_request.meeting_booked", { before: { status: "ny", meetingOn: null }, after: { status: "mote_bokat", meetingOn: "2026-12-01" } }))).toBe("Karin Kontaktperson bokade ett första möte den 2026-12-01 (var: inte satt).");
  });

  it("never shows an action code or JSON, also for a code it does not know", () => {
    const unknown = entry("case.something_new", { before: { secret: "x" }, after: { postedOn: "2026-12-10" } });
    expect(say(unknown)).toBe("Karin Kontaktperson ändrade uppgifter i ärendet.");
    expect(say(entry("contact_request.later", { after: { a: 1 } }))).toBe("Karin Kontaktperson ändrade uppgifter i förfrågan.");
    expect(say(entry("contact_request.created", { actorLabel: "kontaktformulär (kim@example.invalid)", after: { actorType: null } }))).toBe("Kontaktförfrågan kom in via webbformuläret.");
  });

  it("takes the name from the actor label", () => {
    expect(actorName("Karin K (karin@malmo.invalid)")).toBe("Karin K");
    expect(actorName("system")).toBe("system");
    expect(actorName("kim@example.invalid")).toBe("kim@example.invalid");
  });

  it("has a sentence of its own, without codes or braces, for every action code written on cases and contact requests", () => {
    // Every literal action code in the use cases, plus the codes built from the lifecycle's events and message kinds.
    const dir = join(import.meta.dirname, "../../../application");
    const codes = new Set<string>();
    const sources = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    for (const file of sources) {
      const source = readFileSync(join(dir, file), "utf8");
      // An audit entry's action (not a permission asked of `can`): followed by the entity type or a line break.
      for (const m of source.matchAll(/action: "((?:case|application|attachment|invitation|contact_request)\.[a-z_.]+)",\s*(?:\n|entityType)/g)) codes.add(m[1]!);
      // A running process's own records (the phase, the proposal of efforts).
      for (const m of source.matchAll(/action: "((?:process\.phase|proposal)\.[a-z_.]+)",\s*(?:\n|entityType|after)/g)) codes.add(m[1]!);
      for (const m of source.matchAll(/\? "((?:case|application|attachment|invitation|contact_request)\.[a-z_.]+)"\s*:\s*"((?:case|application|attachment|invitation|contact_request)\.[a-z_.]+)"/g)) {
        codes.add(m[1]!);
        codes.add(m[2]!);
      }
    }
    for (const e of CASE_EVENTS) codes.add(`case.${e}`);
    for (const k of ["meddelande", "begaran_om_komplettering", "komplettering"]) codes.add(`case.message.${k}`);
    for (const k of ["overlamning", "yttrande"]) codes.add(`case.referral.${k}`);
    const onCasesOrRequests = [...codes].filter((c) => !c.startsWith("invitation.member"));
    expect(onCasesOrRequests.length).toBeGreaterThan(30);
    for (const code of onCasesOrRequests) {
      const e = entry(code, { before: { status: "inskickat" }, after: { status: "under_bedomning" } });
      for (const [t, locale] of [[sv, "sv"], [en, "en"]] as const) {
        const sentence = auditSentence(e, t, locale);
        expect(sentence, code).not.toMatch(/[{}]|\b[a-z]+\.[a-z_]+\b|"/);
        expect(sentence, code).not.toBe(t(e.entityType === "case" ? "auditlog.generic.case" : "auditlog.generic.contact_request", { who: "Karin Kontaktperson" }));
      }
    }
  });
});

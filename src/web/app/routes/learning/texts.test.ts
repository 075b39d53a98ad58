import { describe, expect, it } from "vitest";
import type { AuditEntry } from "#src/application/shared/ports.ts";
import { translator } from "#src/text/index.ts";
import { auditSentence } from "#src/web/app/lib/audit-sentences.ts";
import { invitationMail } from "./mail-text.ts";

const sv = translator("sv");
const entry = (action: string, after: unknown): AuditEntry => ({ id: 1, occurredAt: new Date("2026-12-10T09:00:00Z"), actorLabel: "Karin Kontaktperson (karin@malmo.invalid)", action, entityType: "case", entityId: "x", before: null, after });

describe("the learning features' words", () => {
  it("reads their audit entries as sentences", () => {
    expect(auditSentence(entry("lesson.add", { title: "Ta med fastighetsägarna" }), sv, "sv")).toBe("Karin Kontaktperson skrev in lärdomen ”Ta med fastighetsägarna”.");
    expect(auditSentence(entry("lesson.add", { title: "Från träffen", source: "natverk" }), sv, "sv")).toBe("Karin Kontaktperson sparade anteckningarna från en nätverksträff som lärdomen ”Från träffen”.");
    expect(auditSentence(entry("network.meeting.plan", { title: "Höstträffen" }), sv, "sv")).toBe("Karin Kontaktperson planerade nätverksträffen ”Höstträffen”.");
    expect(auditSentence(entry("network.meeting.invite", { count: 3 }), sv, "sv")).toBe("Karin Kontaktperson skickade inbjudan till nätverksträffen (nya adresser: 3).");
    expect(auditSentence(entry("network.meeting.notes", {}), sv, "sv")).toBe("Karin Kontaktperson sparade anteckningar från nätverksträffen.");
  });

  it("writes the invitation with the time in Swedish, the agenda, the calendar link and no placeholder left", () => {
    const mail = invitationMail(sv, "sv");
    const body = mail.body({ name: "Anna", title: "Höstträffen", startsAt: new Date("2026-11-20T16:00:00Z"), endsAt: new Date("2026-11-20T18:00:00Z"), place: "Möllan", agenda: "", calendarLink: "https://samverka.example.se/natverkstraff/abcdefgh1234/kalender.ics", sender: "Karin" });
    expect(mail.subject({ title: "Höstträffen" })).toBe("Inbjudan till nätverksträff: Höstträffen");
    expect(body).toContain("Hej Anna,");
    expect(body).toContain("Tid: 20 november 2026 klockan 17:00–19:00");
    expect(body).toContain("Dagordningen kommer senare.");
    expect(body).toContain("https://samverka.example.se/natverkstraff/abcdefgh1234/kalender.ics");
    expect(body).not.toMatch(/\{\w+\}/);
  });
});

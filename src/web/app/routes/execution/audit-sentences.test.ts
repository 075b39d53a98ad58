import { describe, expect, it } from "vitest";
import type { AuditEntry } from "#src/application/shared/ports.ts";
import { translator } from "#src/text/index.ts";
import { auditSentence } from "#src/web/app/lib/audit-sentences.ts";

const t = translator("sv");
const entry = (action: string, after: Record<string, unknown>): AuditEntry => ({ id: 1, occurredAt: new Date("2027-04-15T09:00:00Z"), actorLabel: "Karin Kontaktperson (karin@example.test)", action, entityType: "case", entityId: "c", before: null, after });

describe("the execution feature's audit sentences", () => {
  it("reads each action as a Swedish sentence, never as raw data", () => {
    expect(auditSentence(entry("execution.progress", { title: "Belysning", status: "pagaende", percent: 40 }), t, "sv")).toBe("Karin Kontaktperson satte insatsen Belysning till pågående, 40 % klart.");
    expect(auditSentence(entry("execution.milestone", { title: "Lamporna på plats", doneOn: "2027-05-30" }), t, "sv")).toBe("Karin Kontaktperson markerade milstolpen Lamporna på plats som klar.");
    expect(auditSentence(entry("execution.change.decide", { title: "Belysning", reference: "TN § 88" }), t, "sv")).toBe("Karin Kontaktperson förde in nämndens beslut (TN § 88) om en ändring av insatsen Belysning.");
    expect(auditSentence(entry("execution.payment.add", { title: "Belysning", amountSek: 150000 }), t, "sv")).toMatch(/^Karin Kontaktperson registrerade en utbetalning på 150\s000\skr till insatsen Belysning\.$/);
    expect(auditSentence(entry("execution.commitment.add", { department: "Gatukontoret" }), t, "sv")).toBe("Karin Kontaktperson förde in ett åtagande från Gatukontoret.");
    for (const action of ["execution.change.request", "execution.change.approve", "execution.change.refuse", "execution.actual.add", "execution.receipt.add", "execution.commitment.update"]) {
      expect(auditSentence(entry(action, { title: "X", filename: "f.pdf", department: "D", amountSek: 1, effortTitle: "X" }), t, "sv")).toMatch(/^Karin Kontaktperson /);
    }
  });
});

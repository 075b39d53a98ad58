import { describe, expect, it } from "vitest";
import { emptyAnswers, mayEditReport, reportStep, unanswered } from "./report.ts";

const full = { 1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g" };

describe("the result report's steps", () => {
  it("is written while an utkast in the resultatfas, and not after it is sent or approved", () => {
    expect(mayEditReport("resultat", "utkast")).toBe(true);
    expect(mayEditReport("resultat", "inskickad")).toBe(false);
    expect(mayEditReport("resultat", "godkand")).toBe(false);
    expect(mayEditReport("utforande", "utkast")).toBe(false);
    expect(mayEditReport("avslutad", "utkast")).toBe(false);
  });

  it("is sent only with all seven answers written", () => {
    const answers = { ...full, 4: "  " };
    expect(unanswered(answers)).toEqual([4]);
    expect(reportStep({ phase: "resultat", status: "utkast", answers }, "send")).toEqual({ ok: false, error: "answers_missing" });
    expect(reportStep({ phase: "resultat", status: "utkast", answers: full }, "send")).toEqual({ ok: true, value: "inskickad" });
    expect(unanswered(emptyAnswers())).toHaveLength(7);
  });

  it("is sent back with a reason, and approved only once sent", () => {
    const sent = { phase: "resultat" as const, status: "inskickad" as const, answers: full };
    expect(reportStep(sent, "return", " ")).toEqual({ ok: false, error: "reason_required" });
    expect(reportStep(sent, "return", "Beskriv pengarna")).toEqual({ ok: true, value: "utkast" });
    expect(reportStep(sent, "approve")).toEqual({ ok: true, value: "godkand" });
    expect(reportStep({ ...sent, status: "utkast" }, "approve")).toEqual({ ok: false, error: "wrong_status" });
    expect(reportStep({ ...sent, status: "godkand" }, "send")).toEqual({ ok: false, error: "wrong_status" });
  });

  it("changes nothing outside the resultatfas (a closed process is read-only)", () => {
    for (const event of ["save", "send", "return", "approve"] as const) {
      expect(reportStep({ phase: "avslutad", status: "inskickad", answers: full }, event, "x")).toEqual({ ok: false, error: "not_in_resultat" });
    }
  });
});

import { describe, expect, it } from "vitest";
import { phaseChange, possibleEvents, type PhaseFacts } from "./process-phase.ts";

const granted = { outcome: "bifall", adjusted: true } as const;
const facts = (over: Partial<PhaseFacts>): PhaseFacts => ({ phase: "samarbete", applicationDecision: granted, effortsDecision: null, ...over });

describe("the phases of a running process", () => {
  it("starts the samarbetsfas from the initieringsfas only once support is granted", () => {
    expect(phaseChange(facts({ phase: "initiering" }), "samarbete_inleds")).toEqual({ ok: true, value: { event: "samarbete_inleds", from: "initiering", to: "samarbete", reason: null } });
    expect(phaseChange(facts({ phase: "initiering", applicationDecision: null }), "samarbete_inleds")).toEqual({ ok: false, error: "not_granted" });
    expect(phaseChange(facts({ phase: "initiering", applicationDecision: { outcome: "avslag", adjusted: true } }), "samarbete_inleds")).toEqual({ ok: false, error: "not_granted" });
    expect(phaseChange(facts({ phase: "initiering", applicationDecision: { outcome: "delvis_bifall", adjusted: false } }), "samarbete_inleds").ok).toBe(true);
  });

  it("starts the utförandefas only after the efforts decision approved efforts and its minutes are approved", () => {
    expect(phaseChange(facts({}), "utforande_inleds")).toEqual({ ok: false, error: "efforts_not_decided" });
    expect(phaseChange(facts({ effortsDecision: { outcome: "avslag", adjusted: true } }), "utforande_inleds")).toEqual({ ok: false, error: "efforts_not_decided" });
    expect(phaseChange(facts({ effortsDecision: { outcome: "bifall", adjusted: false } }), "utforande_inleds")).toEqual({ ok: false, error: "efforts_not_decided" });
    expect(phaseChange(facts({ effortsDecision: { outcome: "delvis_bifall", adjusted: true } }), "utforande_inleds")).toEqual({ ok: true, value: { event: "utforande_inleds", from: "samarbete", to: "utforande", reason: null } });
  });

  it("moves only forward, one phase at a time", () => {
    expect(phaseChange(facts({ phase: "samarbete" }), "resultat_inleds")).toEqual({ ok: false, error: "wrong_phase" });
    expect(phaseChange(facts({ phase: "utforande" }), "resultat_inleds").ok).toBe(true);
    expect(phaseChange(facts({ phase: "resultat", effortsDecision: granted }), "utforande_inleds")).toEqual({ ok: false, error: "wrong_phase" });
    expect(phaseChange(facts({ phase: "avslutad" }), "avslutas")).toEqual({ ok: false, error: "wrong_phase" });
    expect(phaseChange(facts({ phase: "initiering" }), "avslutas")).toEqual({ ok: false, error: "wrong_phase" });
  });

  it("closes from the resultatfas, and earlier only with a reason", () => {
    expect(phaseChange(facts({ phase: "resultat" }), "avslutas")).toEqual({ ok: true, value: { event: "avslutas", from: "resultat", to: "avslutad", reason: null } });
    expect(phaseChange(facts({ phase: "samarbete" }), "avslutas")).toEqual({ ok: false, error: "reason_required" });
    expect(phaseChange(facts({ phase: "utforande" }), "avslutas", "   ")).toEqual({ ok: false, error: "reason_required" });
    expect(phaseChange(facts({ phase: "utforande" }), "avslutas", " Gruppen har upplösts. ")).toEqual({ ok: true, value: { event: "avslutas", from: "utforande", to: "avslutad", reason: "Gruppen har upplösts." } });
  });

  it("offers the events that may happen now", () => {
    expect(possibleEvents(facts({ phase: "samarbete" }))).toEqual(["avslutas"]);
    expect(possibleEvents(facts({ phase: "samarbete", effortsDecision: granted }))).toEqual(["utforande_inleds", "avslutas"]);
    expect(possibleEvents(facts({ phase: "utforande" }))).toEqual(["resultat_inleds", "avslutas"]);
    expect(possibleEvents(facts({ phase: "avslutad" }))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { countByType, groupByRole, isActorRole, isActorType, isPhoneNumber, isReachedOnAllowed, mappingIsOpen } from "./actor-mapping.ts";
import { can } from "../access/policy.ts";
import { phaseChange } from "./process-phase.ts";

describe("the actor mapping's rules", () => {
  it("knows the types and roles by their codes only", () => {
    expect(["fastighetsagare", "foretag", "forening", "skola", "boendegrupp", "annat"].every(isActorType)).toBe(true);
    expect(isActorType("Förening")).toBe(false);
    expect(isActorType(undefined)).toBe(false);
    expect(["involverad", "intresserad", "att_na"].every(isActorRole)).toBe(true);
    expect(isActorRole("att nå")).toBe(false);
  });

  it("reads phone numbers as people write them, 6 to 20 digits", () => {
    for (const ok of ["040-34 10 00", "+46 40 34 10 00", "(040) 341000", "0701234567"]) expect(isPhoneNumber(ok), ok).toBe(true);
    for (const bad of ["12345", "ring mig", "040-34 10 00 ankn 12", "=1+1", "+".padEnd(22, "1")]) expect(isPhoneNumber(bad), bad).toBe(false);
  });

  it("allows a reached date up to today, not after", () => {
    expect(isReachedOnAllowed("2026-11-30", "2026-12-01")).toBe(true);
    expect(isReachedOnAllowed("2026-12-01", "2026-12-01")).toBe(true);
    expect(isReachedOnAllowed("2026-12-02", "2026-12-01")).toBe(false);
  });

  it("is changed only while the process runs", () => {
    expect(["samarbete", "utforande", "resultat"].every((p) => mappingIsOpen(p as never))).toBe(true);
    expect(mappingIsOpen("avslutad")).toBe(false);
    expect(mappingIsOpen("initiering")).toBe(false);
  });

  it("groups the actors by role, sorted by name, with counts per type", () => {
    const actors = [
      { role: "att_na", type: "skola", name: "Västra skolan" },
      { role: "involverad", type: "forening", name: "Öresundsföreningen" },
      { role: "involverad", type: "fastighetsagare", name: "Ägarna AB" },
      { role: "involverad", type: "forening", name: "Boulesällskapet" },
    ] as const;
    const groups = groupByRole(actors);
    expect(groups.map((g) => g.role)).toEqual(["involverad", "intresserad", "att_na"]);
    expect(groups[0]!.actors.map((a) => a.name)).toEqual(["Boulesällskapet", "Ägarna AB", "Öresundsföreningen"]);
    expect(groups[0]!.countsByType).toEqual([
      { type: "fastighetsagare", count: 1 },
      { type: "forening", count: 2 },
    ]);
    expect(groups[1]!.actors).toEqual([]);
    expect(countByType(actors)).toEqual([
      { type: "fastighetsagare", count: 1 },
      { type: "foretag", count: 0 },
      { type: "forening", count: 2 },
      { type: "skola", count: 1 },
      { type: "boendegrupp", count: 0 },
      { type: "annat", count: 0 },
    ]);
  });
});

describe("a process the city starts itself", () => {
  const facts = { phase: "initiering" as const, applicationDecision: null, effortsDecision: null };
  it("enters the samarbetsfas straight from the initieringsfas, without a decision", () => {
    expect(phaseChange({ ...facts, cityInitiated: true }, "stadsinitierad_start")).toEqual({ ok: true, value: { event: "stadsinitierad_start", from: "initiering", to: "samarbete", reason: null } });
  });
  it("is the only process that may begin so, and only once", () => {
    expect(phaseChange(facts, "stadsinitierad_start")).toEqual({ ok: false, error: "not_city_initiated" });
    expect(phaseChange({ ...facts, cityInitiated: false }, "stadsinitierad_start")).toEqual({ ok: false, error: "not_city_initiated" });
    expect(phaseChange({ ...facts, phase: "samarbete", cityInitiated: true }, "stadsinitierad_start")).toEqual({ ok: false, error: "wrong_phase" });
    // Without an application, the ordinary start needs the first decision.
    expect(phaseChange({ ...facts, cityInitiated: true }, "samarbete_inleds")).toEqual({ ok: false, error: "not_granted" });
  });
});

describe("who may start a process on the city's initiative and invite into it", () => {
  const actor = (role: "aktor" | "kontaktperson" | "handlaggare" | "analytiker" | "administrator", committeeIds: string[]) => ({ userId: "u", name: "N", email: "n@x.test", role, organisationId: "o", organisationName: "O", committeeIds });
  const record = { applicantOrganisationId: null, partyOrganisationIds: [], committeeId: "tn" };
  it("is the contact persons and case officers of the committee", () => {
    for (const role of ["kontaktperson", "handlaggare"] as const) {
      expect(can(actor(role, ["tn"]), { action: "process.initiate" })).toBe(true);
      expect(can(actor(role, ["tn"]), { action: "process.initiate", record: { committeeId: "tn" } })).toBe(true);
      expect(can(actor(role, ["tn"]), { action: "process.invite", record })).toBe(true);
      expect(can(actor(role, ["asn"]), { action: "process.initiate", record: { committeeId: "tn" } })).toBe(false);
      expect(can(actor(role, ["asn"]), { action: "process.invite", record })).toBe(false);
      expect(can(actor(role, []), { action: "process.initiate" })).toBe(false);
    }
    for (const role of ["aktor", "analytiker", "administrator"] as const) {
      expect(can(actor(role, ["tn"]), { action: "process.initiate" })).toBe(false);
      expect(can(actor(role, ["tn"]), { action: "process.invite", record })).toBe(false);
    }
  });
});

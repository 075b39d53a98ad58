import { describe, expect, it } from "vitest";
import { staffNextSteps, type NextStepFacts } from "./next-step.ts";

const facts = (over: Partial<NextStepFacts>): NextStepFacts => ({ status: "inskickat", hasContactPerson: true, hasDiariumNumber: true, onAgenda: false, decision: null, ...over });
const steps = (over: Partial<NextStepFacts>) => staffNextSteps(facts(over)).steps.map((s) => s.step);

describe("the city's next step on a case", () => {
  it("asks for a contact person and the diarium number first, then the assessment", () => {
    expect(steps({ hasContactPerson: false, hasDiariumNumber: false })).toEqual(["assign_contact_person", "register", "start_assessment"]);
    expect(steps({})).toEqual(["start_assessment"]);
    expect(steps({ status: "under_bedomning" })).toEqual(["assess"]);
    expect(steps({ status: "kompletterad" })).toEqual(["review_completion"]);
  });

  it("puts a ready case on an agenda, then records the decision, then its dates", () => {
    expect(staffNextSteps(facts({ status: "klar_for_namnd" })).steps).toEqual([{ step: "put_on_agenda", needs: "committee.handle" }]);
    expect(steps({ status: "klar_for_namnd", onAgenda: true })).toEqual(["record_decision"]);
    expect(steps({ status: "beslutat", decision: { minutesApprovedOn: null, postedOn: null } })).toEqual(["set_minutes_approved"]);
    expect(steps({ status: "beslutat", decision: { minutesApprovedOn: "2026-12-15", postedOn: null } })).toEqual(["set_posted"]);
    expect(steps({ status: "beslutat", decision: { minutesApprovedOn: "2026-12-15", postedOn: "2026-12-16" } })).toEqual(["follow_up"]);
  });

  it("says when it is the applicant's turn, and has nothing for a draft or a closed case", () => {
    expect(staffNextSteps(facts({ status: "utkast", hasContactPerson: false, hasDiariumNumber: false }))).toEqual({ steps: [], applicantTurn: "draft" });
    expect(staffNextSteps(facts({ status: "vantar_komplettering" }))).toEqual({ steps: [], applicantTurn: "completion" });
    expect(staffNextSteps(facts({ status: "avslutat" }))).toEqual({ steps: [], applicantTurn: null });
    expect(steps({ status: "overlamnat" })).toEqual(["take_up"]);
  });

  it("leads a running process through the decision on its efforts", () => {
    const decided = { status: "beslutat" as const, decision: { minutesApprovedOn: "2026-03-05", postedOn: "2026-03-06" } };
    const efforts = (e: Partial<NonNullable<Parameters<typeof staffNextSteps>[0]["efforts"]>>) => steps({ ...decided, efforts: { proposal: null, onAgenda: false, decision: null, ...e } });
    expect(efforts({ proposal: "utkast" })).toEqual(["follow_up"]);
    expect(staffNextSteps(facts({ ...decided, efforts: { proposal: "inskickat", onAgenda: false, decision: null } })).steps).toEqual([{ step: "assess_efforts", needs: "case.assess" }]);
    expect(efforts({ proposal: "klar_for_namnd" })).toEqual(["put_efforts_on_agenda"]);
    expect(efforts({ proposal: "klar_for_namnd", onAgenda: true })).toEqual(["record_efforts_decision"]);
    expect(efforts({ proposal: "beslutat", decision: { minutesApprovedOn: null, postedOn: null } })).toEqual(["set_efforts_minutes_approved"]);
    expect(efforts({ proposal: "beslutat", decision: { minutesApprovedOn: "2026-12-14", postedOn: null } })).toEqual(["set_efforts_posted"]);
    expect(efforts({ proposal: "beslutat", decision: { minutesApprovedOn: "2026-12-14", postedOn: "2026-12-15" } })).toEqual(["follow_up"]);
    // The first decision's dates come first.
    expect(steps({ status: "beslutat", decision: { minutesApprovedOn: null, postedOn: null }, efforts: { proposal: "inskickat", onAgenda: false, decision: null } })).toEqual(["set_minutes_approved"]);
  });

  it("after the efforts decision leads to the execution plan, then the result report, and to reviewing it once sent", () => {
    const decided = { status: "beslutat" as const, decision: { minutesApprovedOn: "2026-03-05", postedOn: "2026-03-06" } };
    expect(staffNextSteps(facts({ ...decided, later: { phase: "utforande", resultReport: null } })).steps).toEqual([{ step: "follow_execution", needs: "case.assess" }]);
    expect(steps({ ...decided, later: { phase: "resultat", resultReport: null } })).toEqual(["follow_result_report"]);
    expect(steps({ ...decided, later: { phase: "resultat", resultReport: "utkast" } })).toEqual(["follow_result_report"]);
    expect(steps({ ...decided, later: { phase: "resultat", resultReport: "inskickad" } })).toEqual(["review_result_report"]);
    // A closed process has no next step.
    expect(staffNextSteps(facts({ ...decided, status: "avslutat", later: { phase: "resultat", resultReport: "godkand" } })).steps).toEqual([]);
  });
});

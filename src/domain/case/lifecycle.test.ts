import { describe, expect, it } from "vitest";
import { applicantStatus, CASE_EVENTS, CASE_STATUSES, eventsFrom, transition, type CaseEvent, type CaseStatus, type TransitionFacts } from "./lifecycle.ts";

/** Every allowed transition, with the facts its guard needs. */
const ALLOWED: Array<[CaseStatus, CaseEvent, CaseStatus, TransitionFacts]> = [
  ["utkast", "submit", "inskickat", { applicationComplete: true }],
  ["inskickat", "startAssessment", "under_bedomning", {}],
  ["under_bedomning", "requestCompletion", "vantar_komplettering", { hasMessage: true }],
  ["kompletterad", "requestCompletion", "vantar_komplettering", { hasMessage: true }],
  ["vantar_komplettering", "answerCompletion", "kompletterad", { hasMessage: true }],
  ["kompletterad", "resumeAssessment", "under_bedomning", {}],
  ["under_bedomning", "markReadyForCommittee", "klar_for_namnd", { assessmentComplete: true }],
  ["kompletterad", "markReadyForCommittee", "klar_for_namnd", { assessmentComplete: true }],
  ["klar_for_namnd", "returnToAssessment", "under_bedomning", {}],
  ["under_bedomning", "forward", "overlamnat", { targetCommitteeDiffers: true }],
  ["kompletterad", "forward", "overlamnat", { targetCommitteeDiffers: true }],
  ["klar_for_namnd", "forward", "overlamnat", { targetCommitteeDiffers: true }],
  ["beslutat", "forward", "overlamnat", { targetCommitteeDiffers: true }],
  ["overlamnat", "takeUpForwarded", "under_bedomning", {}],
  ["klar_for_namnd", "recordDecision", "beslutat", { decisionRecorded: true }],
  ["beslutat", "close", "avslutat", {}],
  ["inskickat", "withdraw", "avslutat", {}],
  ["under_bedomning", "withdraw", "avslutat", {}],
  ["vantar_komplettering", "withdraw", "avslutat", {}],
  ["kompletterad", "withdraw", "avslutat", {}],
];

describe("case lifecycle", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, event, to, facts) => {
    expect(transition(from, event, facts)).toEqual({ ok: true, value: to });
  });

  it("refuses every other (status, event) pair with not_allowed_from_status", () => {
    const allowed = new Set(ALLOWED.map(([from, event]) => `${from}:${event}`));
    let refused = 0;
    for (const from of CASE_STATUSES) {
      for (const event of CASE_EVENTS) {
        if (allowed.has(`${from}:${event}`)) continue;
        const all: TransitionFacts = { applicationComplete: true, assessmentComplete: true, hasMessage: true, targetCommitteeDiffers: true, decisionRecorded: true };
        const result = transition(from, event, all);
        expect(result, `${from} --${event}-->`).toMatchObject({ ok: false, error: "not_allowed_from_status", detail: { from, event } });
        refused++;
      }
    }
    expect(refused).toBe(CASE_STATUSES.length * CASE_EVENTS.length - ALLOWED.length);
  });

  it.each([
    ["utkast", "submit", "application_incomplete"],
    ["under_bedomning", "requestCompletion", "message_required"],
    ["vantar_komplettering", "answerCompletion", "message_required"],
    ["under_bedomning", "markReadyForCommittee", "assessment_incomplete"],
    ["klar_for_namnd", "forward", "same_committee"],
    ["klar_for_namnd", "recordDecision", "decision_missing"],
  ] as Array<[CaseStatus, CaseEvent, string]>)("a guard refuses %s --%s--> without its fact (%s)", (from, event, error) => {
    expect(transition(from, event, {})).toMatchObject({ ok: false, error });
  });

  it("a closed case can do nothing", () => {
    expect(eventsFrom("avslutat")).toEqual([]);
  });

  it("offers exactly the events that have a rule from the status", () => {
    expect(eventsFrom("utkast")).toEqual(["submit"]);
    expect(eventsFrom("klar_for_namnd").sort()).toEqual(["forward", "recordDecision", "returnToAssessment"].sort());
  });

  it("shows the applicant the e-service words, hiding the city's internal steps", () => {
    expect(applicantStatus("under_bedomning")).toBe("under_behandling");
    expect(applicantStatus("klar_for_namnd")).toBe("under_behandling");
    expect(applicantStatus("overlamnat")).toBe("under_behandling");
    expect(applicantStatus("vantar_komplettering")).toBe("vantar_pa_komplettering");
    expect(applicantStatus("beslutat")).toBe("beslutat");
  });
});

/**
 * Case status is typed end to end: every port that hands out a case's status says CaseStatus,
 * so no page has to guess what a string means. Checked by the type checker (npm run typecheck
 * compiles the tests), and the refusal lists checked at run time.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { TRANSITION_REFUSALS, type CaseStatus } from "#src/domain/case/lifecycle.ts";
import { ASSESSMENT_ERRORS } from "../assessment/index.ts";
import { COMMITTEE_ERRORS, type CommitteeCase, type CommitteeRepository, type ReferralRecord } from "../committee/index.ts";
import type { CaseDetail, CaseState, CaseSummary } from "./index.ts";

describe("case status in the ports", () => {
  it("is a CaseStatus wherever a case's status is handed out", () => {
    expectTypeOf<CaseSummary["status"]>().toEqualTypeOf<CaseStatus>();
    expectTypeOf<CaseDetail["status"]>().toEqualTypeOf<CaseStatus>();
    expectTypeOf<CaseState["status"]>().toEqualTypeOf<CaseStatus>();
    expectTypeOf<ReferralRecord["caseStatus"]>().toEqualTypeOf<CaseStatus>();
    expectTypeOf<CommitteeCase["status"]>().toEqualTypeOf<CaseStatus>();
    expectTypeOf<Awaited<ReturnType<CommitteeRepository["casesOfCommittee"]>>[number]["status"]>().toEqualTypeOf<CaseStatus>();
  });
});

describe("refusals", () => {
  it("of the committee and the assessment include every refusal of the lifecycle, once", () => {
    for (const errors of [COMMITTEE_ERRORS, ASSESSMENT_ERRORS]) {
      for (const refusal of TRANSITION_REFUSALS) expect(errors).toContain(refusal);
      expect(new Set(errors).size).toBe(errors.length);
    }
  });
});

import { describe, expect, it } from "vitest";
import { ASSESSMENT_ERRORS } from "#src/application/assessment/index.ts";
import { COMMITTEE_ERRORS } from "#src/application/committee/index.ts";
import { CASE_STATUSES } from "#src/domain/case/lifecycle.ts";
import { translator } from "#src/text/index.ts";
import { caseStatusKey, refusalKey } from "./shared.ts";

describe("refusals and statuses as sentences", () => {
  const sv = translator("sv");
  const en = translator("en");

  it("give every refusal of the committee and the assessment its own sentence, in Swedish and English", () => {
    for (const error of [...COMMITTEE_ERRORS, ...ASSESSMENT_ERRORS]) {
      const key = refusalKey(error);
      expect(key).toBe(`refusal.${error}`);
      expect(sv(key), error).toMatch(/\S/);
      expect(en(key), error).toMatch(/\S/);
      if (error !== "invalid") expect(sv(key), error).not.toBe(sv("refusal.invalid"));
    }
  });

  it("name every case status", () => {
    for (const status of CASE_STATUSES) {
      expect(sv(caseStatusKey(status)), status).toMatch(/\S/);
      expect(en(caseStatusKey(status)), status).toMatch(/\S/);
    }
  });
});

/** Helpers shared by the city's case-handling pages. */
import type { AssessmentError } from "#src/application/assessment/index.ts";
import type { CommitteeError } from "#src/application/committee/index.ts";
import type { CaseStatus } from "#src/domain/case/lifecycle.ts";
import type { MessageKey } from "#src/text/index.ts";

/** Why a use case of the city's case handling refused: the committee's and the assessment's errors (the lifecycle's refusals among them). */
export type Refusal = CommitteeError | AssessmentError;

/**
 * Each refusal as a Swedish (or English) sentence. The refusals are the use cases' own error
 * types; every one of them has a `refusal.*` entry in the catalogues (the type checker says so).
 */
export function refusalKey(error: Refusal): MessageKey {
  return `refusal.${error}` satisfies MessageKey;
}

export function caseStatusKey(status: CaseStatus): MessageKey {
  return `cstatus.${status}` satisfies MessageKey;
}

/**
 * Assessment of an application against the process type's criteria, with the recommendation.
 * The feature's public face: other features, the web layer and the adapters import from here only.
 */
export { ASSESSMENT_ERRORS, AssessmentService, type AssessmentError, type AssessmentPage } from "./assessment-service.ts";
export { assessmentActionSchema, assessmentSchema, type AssessmentInput } from "./schemas.ts";

/**
 * A support model as data: a versioned process type names its phases, its criteria, the
 * fields of its application and its decision points. Samverkansstöd is the first; another
 * committee's model is another definition, not new code. An assessment records the version
 * of the criteria it used, so an old case keeps the criteria it was assessed against.
 */
import type { Phase } from "../case/phase.ts";

export interface Text {
  sv: string;
  en: string;
}

export interface CriterionDefinition {
  key: string;
  text: Text;
}

export type ApplicationFieldKind = "text" | "longtext" | "area" | "goals" | "contributions";

export interface ApplicationFieldDefinition {
  key: string;
  label: Text;
  hint?: Text;
  kind: ApplicationFieldKind;
  required: boolean;
  /** Which step of the application form the field is on. */
  step: string;
}

export interface DecisionPointDefinition {
  key: string;
  phase: Phase;
  committeeCode: string;
  text: Text;
}

export interface ProcessTypeDefinition {
  code: string;
  version: number;
  name: Text;
  ownerCommitteeCode: string;
  phases: Phase[];
  criteria: CriterionDefinition[];
  applicationSteps: Array<{ key: string; title: Text }>;
  applicationFields: ApplicationFieldDefinition[];
  decisionPoints: DecisionPointDefinition[];
  /**
   * Above what a change to the execution plan needs a new decision of the committee, not only
   * the contact person's approval (src/domain/execution/change-request.ts). A version stored
   * before the thresholds existed has none: the domain's defaults apply.
   */
  changeThresholds?: ChangeThresholds;
}

/** What the contact person may approve on their own; more needs the committee's decision. */
export interface ChangeThresholds {
  /** The city's contribution to an effort may move at most this share (percent) of the decided amount … */
  cityAmountPercent: number;
  /** … and at most this many kronor. */
  cityAmountSek: number;
  /** A date (an effort's start or end, a milestone) may move at most this many months. */
  dateMonths: number;
}

export const CRITERION_RATINGS = ["uppfyllt", "delvis_uppfyllt", "ej_uppfyllt", "kan_ej_bedomas"] as const;
export type CriterionRating = (typeof CRITERION_RATINGS)[number];

export const RECOMMENDATIONS = ["bifall", "delvis_bifall", "avslag"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** Is every required field filled in? Returns the keys still missing. */
export function missingApplicationFields(definition: ProcessTypeDefinition, values: Record<string, unknown>): string[] {
  return definition.applicationFields
    .filter((f) => f.required)
    .filter((f) => {
      const v = values[f.key];
      if (v === null || v === undefined) return true;
      if (typeof v === "string") return v.trim() === "";
      if (Array.isArray(v)) return v.length === 0;
      return false;
    })
    .map((f) => f.key);
}

/** An assessment is complete when every criterion of its version has a rating and a justification, and there is a recommendation. */
export function isAssessmentComplete(
  definition: ProcessTypeDefinition,
  assessment: { ratings: Record<string, { rating: CriterionRating | null; justification: string }>; recommendation: Recommendation | null },
): boolean {
  if (!assessment.recommendation) return false;
  return definition.criteria.every((c) => {
    const r = assessment.ratings[c.key];
    return r !== undefined && r.rating !== null && r.justification.trim().length > 0;
  });
}

/**
 * The city's next steps on a case, from its status and what is already done. Pure: the
 * application layer asks the access policy which of them the signed-in person may take; the
 * staff case page shows the first of those as "your next step", and the rest as waiting for
 * someone else.
 */
import type { CaseStatus } from "./lifecycle.ts";

export type StaffStep =
  | "assign_contact_person"
  | "register"
  | "start_assessment"
  | "assess"
  | "review_completion"
  | "put_on_agenda"
  | "record_decision"
  | "set_minutes_approved"
  | "set_posted"
  | "take_up"
  | "follow_up"
  | "assess_efforts"
  | "put_efforts_on_agenda"
  | "record_efforts_decision"
  | "set_efforts_minutes_approved"
  | "set_efforts_posted"
  /** The utförandefas: the plan, the check-ins and the payments. */
  | "follow_execution"
  /** The resultatfas while the group writes its report. */
  | "follow_result_report"
  /** The resultatfas once the group has sent its report: approve it (which closes the process) or send it back. */
  | "review_result_report";

/** What the applicant is doing, when it is their turn. */
export type ApplicantTurn = "draft" | "completion";

/** The permission (in the access policy) a step needs. */
export type StepPermission = "case.assess" | "case.register" | "committee.handle";

export interface NextStepFacts {
  status: CaseStatus;
  hasContactPerson: boolean;
  hasDiariumNumber: boolean;
  onAgenda: boolean;
  decision: { minutesApprovedOn: string | null; postedOn: string | null } | null;
  /**
   * The second decision, on the proposed efforts, once the process runs: the proposal's step
   * (src/domain/collaboration/proposal.ts), whether it is on an agenda, and its decision's dates.
   */
  efforts?: { proposal: "utkast" | "inskickat" | "klar_for_namnd" | "beslutat" | null; onAgenda: boolean; decision: { minutesApprovedOn: string | null; postedOn: string | null } | null };
  /** A process past its samarbetsfas: its phase, and the result report's step once begun. */
  later?: { phase: "utforande" | "resultat"; resultReport: "utkast" | "inskickad" | "godkand" | null };
}

export interface NextSteps {
  steps: Array<{ step: StaffStep; needs: StepPermission }>;
  /** Set when the case waits for the applicant. */
  applicantTurn: ApplicantTurn | null;
}

export function staffNextSteps(f: NextStepFacts): NextSteps {
  const steps: NextSteps["steps"] = [];
  if (f.status === "utkast") return { steps, applicantTurn: "draft" };
  if (f.status === "avslutat") return { steps, applicantTurn: null };
  if (!f.hasContactPerson) steps.push({ step: "assign_contact_person", needs: "case.assess" });
  if (!f.hasDiariumNumber) steps.push({ step: "register", needs: "case.register" });
  switch (f.status) {
    case "inskickat":
      steps.push({ step: "start_assessment", needs: "case.assess" });
      break;
    case "under_bedomning":
      steps.push({ step: "assess", needs: "case.assess" });
      break;
    case "kompletterad":
      steps.push({ step: "review_completion", needs: "case.assess" });
      break;
    case "klar_for_namnd":
      steps.push({ step: f.onAgenda ? "record_decision" : "put_on_agenda", needs: "committee.handle" });
      break;
    case "overlamnat":
      steps.push({ step: "take_up", needs: "case.assess" });
      break;
    case "beslutat":
      if (f.decision && !f.decision.minutesApprovedOn) steps.push({ step: "set_minutes_approved", needs: "committee.handle" });
      else if (f.decision && !f.decision.postedOn) steps.push({ step: "set_posted", needs: "committee.handle" });
      else if (f.later) steps.push(laterStep(f.later));
      else steps.push(effortsStep(f.efforts));
      break;
    case "vantar_komplettering":
      break;
  }
  return { steps, applicantTurn: f.status === "vantar_komplettering" ? "completion" : null };
}

/** The running process's next step on the way to and after the decision on its efforts. */
function effortsStep(e: NextStepFacts["efforts"]): { step: StaffStep; needs: StepPermission } {
  if (e?.decision) {
    if (!e.decision.minutesApprovedOn) return { step: "set_efforts_minutes_approved", needs: "committee.handle" };
    if (!e.decision.postedOn) return { step: "set_efforts_posted", needs: "committee.handle" };
    return { step: "follow_up", needs: "case.assess" };
  }
  if (e?.proposal === "inskickat") return { step: "assess_efforts", needs: "case.assess" };
  if (e?.proposal === "klar_for_namnd") return { step: e.onAgenda ? "record_efforts_decision" : "put_efforts_on_agenda", needs: "committee.handle" };
  return { step: "follow_up", needs: "case.assess" };
}

/** After the efforts decision: follow the execution, then the result report, then review it. */
function laterStep(l: NonNullable<NextStepFacts["later"]>): { step: StaffStep; needs: StepPermission } {
  if (l.phase === "utforande") return { step: "follow_execution", needs: "case.assess" };
  return { step: l.resultReport === "inskickad" ? "review_result_report" : "follow_result_report", needs: "case.assess" };
}

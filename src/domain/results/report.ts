/**
 * The result and effect report (resultat- och effektmätning, seed 002): the seven questions a
 * process that received samverkansstöd answers in its resultatfas, and the report's steps.
 *
 * - The group (and the contact person with it) writes the answers while the report is an utkast
 *   in the resultatfas; answers are saved as they are, empty ones too, so no text is lost.
 * - `send`: the group sends it when all seven answers are written.
 * - `return`: the contact person sends it back, with a reason; it is an utkast again.
 * - `approve`: the contact person approves a sent report; the process is then closed (`avslutas`)
 *   and the answer on lessons learned goes to the library of lessons.
 * A closed process's report is read-only.
 */
import type { Phase } from "../case/phase.ts";
import { fail, ok, type Result } from "../result.ts";

/** The seven questions, numbered as in seed 002. */
export const RESULT_QUESTIONS = [1, 2, 3, 4, 5, 6, 7] as const;
export type ResultQuestion = (typeof RESULT_QUESTIONS)[number];
/** The question whose answer becomes a lesson in the library when the report is approved. */
export const LESSONS_QUESTION: ResultQuestion = 7;

export const RESULT_ANSWER_MAX = 10_000;
export const RESULT_REASON_MAX = 2_000;

export const REPORT_STATUSES = ["utkast", "inskickad", "godkand"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type ReportEvent = "save" | "send" | "return" | "approve";

export type ReportRefusal =
  /** Not in the resultatfas (before it, or closed). */
  | "not_in_resultat"
  /** The report is not in the step the event needs (e.g. approving an utkast). */
  | "wrong_status"
  /** Sending needs every answer written. */
  | "answers_missing"
  /** Returning needs a reason. */
  | "reason_required";

export interface ReportFacts {
  phase: Phase;
  status: ReportStatus;
  answers: Readonly<Record<ResultQuestion, string>>;
}

/** The questions not yet answered (blank text counts as unanswered). */
export function unanswered(answers: Readonly<Record<ResultQuestion, string>>): ResultQuestion[] {
  return RESULT_QUESTIONS.filter((q) => (answers[q] ?? "").trim() === "");
}

/** Whether the event may happen now, and the step it leads to. */
export function reportStep(facts: ReportFacts, event: ReportEvent, reason?: string | null): Result<ReportStatus, ReportRefusal> {
  if (facts.phase !== "resultat") return fail("not_in_resultat");
  switch (event) {
    case "save":
      return facts.status === "utkast" ? ok("utkast") : fail("wrong_status");
    case "send":
      if (facts.status !== "utkast") return fail("wrong_status");
      if (unanswered(facts.answers).length > 0) return fail("answers_missing");
      return ok("inskickad");
    case "return":
      if (facts.status !== "inskickad") return fail("wrong_status");
      if (!reason?.trim()) return fail("reason_required");
      return ok("utkast");
    case "approve":
      return facts.status === "inskickad" ? ok("godkand") : fail("wrong_status");
  }
}

/** Whether the report's answers may be changed now. */
export const mayEditReport = (phase: Phase, status: ReportStatus): boolean => reportStep({ phase, status, answers: emptyAnswers() }, "save").ok;

export function emptyAnswers(): Record<ResultQuestion, string> {
  return { 1: "", 2: "", 3: "", 4: "", 5: "", 6: "", 7: "" };
}

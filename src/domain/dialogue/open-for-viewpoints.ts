/**
 * When a dialogue activity takes viewpoints on its public page (issue 11): while its process is
 * in the samarbetsfas (the dialogue is held then; seed 002) and, if the activity has a last day
 * for viewpoints (`consultation_ends_on`), until the end of that day in Sweden. Pure: the
 * caller gives today's date in Sweden (`swedishDay`, src/domain/dates.ts).
 */
import type { Phase } from "../case/phase.ts";

export interface ViewpointWindowFacts {
  /** The phase of the activity's process. */
  phase: Phase;
  /** The last day viewpoints are taken (YYYY-MM-DD), or null: no end of its own. */
  consultationEndsOn: string | null;
}

export type ViewpointWindow =
  | { open: true }
  /** `ended`: the activity's last day has passed; `phase`: the process is not (or no longer) in its samarbetsfas. */
  | { open: false; why: "ended" | "phase" };

/** Whether the activity takes viewpoints on `today` (YYYY-MM-DD, the date in Sweden), and if not, why. */
export function viewpointWindow(facts: ViewpointWindowFacts, today: string): ViewpointWindow {
  if (facts.phase !== "samarbete") return { open: false, why: "phase" };
  if (facts.consultationEndsOn !== null && today > facts.consultationEndsOn) return { open: false, why: "ended" };
  return { open: true };
}

export function isOpenForViewpoints(facts: ViewpointWindowFacts, today: string): boolean {
  return viewpointWindow(facts, today).open;
}

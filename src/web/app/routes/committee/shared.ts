/** Helpers shared by the city's case-handling pages. */
import type { MessageKey } from "#src/text/index.ts";

const REFUSALS = [
  "not_allowed_from_status",
  "application_incomplete",
  "assessment_incomplete",
  "message_required",
  "same_committee",
  "decision_missing",
  "no_process_type",
  "not_ready",
  "wrong_committee",
  "already_answered",
  "decided_earlier",
  "invalid",
  "not_found",
] as const;

/** Each refusal of the lifecycle or the services as a Swedish (or English) sentence. */
export function refusalKey(error: string): MessageKey {
  return ((REFUSALS as readonly string[]).includes(error) ? `refusal.${error}` : "refusal.invalid") as MessageKey;
}

export function caseStatusKey(status: string): MessageKey {
  return `cstatus.${status}` as MessageKey;
}

/** "150000" / "150 000" / "" → number or null; NaN when it is not a whole number. */
export function parseAmount(value: FormDataEntryValue | null): number | null {
  const s = typeof value === "string" ? value.replace(/[\s\u00a0]/g, "").replace(/kr$/i, "") : "";
  if (s === "") return null;
  return /^\d{1,10}$/.test(s) ? Number(s) : Number.NaN;
}

export const str = (v: FormDataEntryValue | null): string => (typeof v === "string" ? v : "");

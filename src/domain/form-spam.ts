/**
 * The spam checks of the public forms that need no third party and ask nothing of people
 * (first written for the contact form, issue 10; shared with the residents' viewpoint form,
 * issue 11):
 * - a trap field that people never see or reach: programs that fill in every field fill it in,
 *   and are answered as if all went well, with nothing stored;
 * - a minimum time between showing the form and sending it: sent sooner (or with a stamp the
 *   server did not issue), the person is asked to check and send again, with what they typed.
 * Pure: the web layer reads the trap field and the seconds since its signed stamp.
 */
export type FormSpamVerdict = "ok" | "trap" | "too_fast";

export function formSpamVerdict(facts: { trapValue: string; secondsSinceShown: number | null; minSeconds: number }): FormSpamVerdict {
  if (facts.trapValue !== "") return "trap";
  if (facts.minSeconds > 0 && (facts.secondsSinceShown === null || facts.secondsSinceShown < facts.minSeconds)) return "too_fast";
  return "ok";
}

/**
 * The public forms' spam checks as the web reads them (the rule: src/domain/form-spam.ts): the
 * trap field and the signed time stamp of when the form was shown. One home for the contact
 * form and the residents' viewpoint form; the fields are rendered by ui/spam-guard.tsx.
 */
import { formSpamVerdict, type FormSpamVerdict } from "#src/domain/form-spam.ts";
import type { RequestState } from "../context.ts";
import { formValues } from "./forms.ts";

/** The spam trap: a field people never see or reach, which programs that fill in every field fill in. */
export const TRAP_FIELD = "webbplats";
/** When the form was shown (signed by the server), for the minimum time to fill it in. */
export const STARTED_FIELD = "started";

export interface SpamCheck {
  verdict: FormSpamVerdict;
  /**
   * The stamp to send the form back with when it came too soon: the same one (sent again, the
   * form passes once the time has gone by), or a new one when it was not one of ours.
   */
  started: string;
  /** What was typed, without the check's own fields (and the CSRF token). */
  values: Record<string, string>;
}

export function spamCheck(form: FormData, state: Pick<RequestState, "formTime">, minSeconds: number): SpamCheck {
  const stamp = String(form.get(STARTED_FIELD) ?? "");
  const elapsed = state.formTime.secondsSince(stamp);
  const verdict = formSpamVerdict({ trapValue: String(form.get(TRAP_FIELD) ?? ""), secondsSinceShown: elapsed, minSeconds });
  const { [STARTED_FIELD]: _started, [TRAP_FIELD]: _trap, ...values } = formValues(form);
  return { verdict, started: elapsed === null ? state.formTime.issue() : stamp, values };
}

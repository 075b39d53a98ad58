import { Link } from "react-router";
import type { ActionView, CheckinError, CheckinView } from "#src/application/checkins/index.ts";
import { checkinWhen } from "#src/text/checkins.ts";
import { formatDate, type MessageKey } from "#src/text/index.ts";
import type { FormFailure } from "#src/web/app/lib/forms.ts";
import { PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

/** The labels of the time-and-place fields, for the error summary. */
export const WHEN_LABELS: Record<string, MessageKey> = {
  date: "checkin.field.date",
  startTime: "checkin.field.startTime",
  endTime: "checkin.field.endTime",
  place: "checkin.field.place",
  meetingLink: "checkin.field.meetingLink",
};

/** The message for a refusal the page shows above its forms. */
export function checkinRefusal(error: Exclude<CheckinError, "not_found" | "invalid">): MessageKey {
  return `checkin.refused.${error}`;
}

export type Failure = FormFailure & { intent: string };

/** Day, start, end, place and link: the fields of scheduling and of moving a check-in. */
export function WhenFields({ values, errors }: { values: (name: string) => string | undefined; errors: FormFailure["errors"] | undefined }) {
  const t = useT();
  return (
    <>
      <TextField name="date" label={t("checkin.field.date")} hint={t("checkin.field.dateHint")} defaultValue={values("date")} error={errors?.date} />
      <TextField name="startTime" label={t("checkin.field.startTime")} hint={t("checkin.field.timeHint")} defaultValue={values("startTime")} error={errors?.startTime} />
      <TextField name="endTime" label={t("checkin.field.endTime")} hint={t("checkin.field.timeHint")} defaultValue={values("endTime")} error={errors?.endTime} />
      <TextField name="place" label={t("checkin.field.place")} hint={t("checkin.field.placeHint")} defaultValue={values("place")} error={errors?.place} />
      <TextField name="meetingLink" type="url" label={t("checkin.field.meetingLink")} hint={t("checkin.field.meetingLinkHint")} defaultValue={values("meetingLink")} error={errors?.meetingLink} />
    </>
  );
}

/** Where a check-in is held: its place and its meeting link (a link only when it is a web address, as the schema checked). */
export function Where({ checkin }: { checkin: Pick<CheckinView, "place" | "meetingLink"> }) {
  const t = useT();
  if (!checkin.place && !checkin.meetingLink) return <>{t("checkin.noPlace")}</>;
  return (
    <>
      {checkin.place}
      {checkin.place && checkin.meetingLink && <br />}
      {checkin.meetingLink && (
        <a className="ds-link" href={checkin.meetingLink} rel="noopener noreferrer">
          {t("checkin.meetingLink")}
        </a>
      )}
    </>
  );
}

/** The status in words: planned, held or cancelled. */
export function statusText(c: Pick<CheckinView, "status" | "held">, t: ReturnType<typeof useT>): string {
  if (c.status === "installd") return t("checkin.status.installd");
  return c.held ? t("checkin.status.held") : t("checkin.status.planerad");
}

/** A table of check-ins: when (a link to the check-in), title, where, agenda points, status. */
export function CheckinTable({ caseId, checkins, caption }: { caseId: string; checkins: CheckinView[]; caption: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="sv-table-wrap">
      <table className="ds-table" data-border>
        <caption className="sv-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("checkins.col.when")}</th>
            <th scope="col">{t("checkins.col.title")}</th>
            <th scope="col">{t("checkins.col.where")}</th>
            <th scope="col">{t("checkins.col.agenda")}</th>
            <th scope="col">{t("checkins.col.actions")}</th>
            <th scope="col">{t("checkins.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {checkins.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link className="ds-link" to={`/arenden/${caseId}/process/avstamningar/${c.id}`}>
                  {checkinWhen(c.startsAt, c.endsAt, locale)}
                </Link>
              </th>
              <td>{c.title}</td>
              <td>
                <Where checkin={c} />
              </td>
              <td>{c.agenda.length}</td>
              <td>{c.actions.length}</td>
              <td>{c.status === "installd" ? <strong>{statusText(c, t)}</strong> : statusText(c, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An action's state in words ("Försenad"), never by colour alone. */
export function ActionStateText({ action }: { action: Pick<ActionView, "state" | "doneAt"> }) {
  const t = useT();
  const locale = useLocale();
  if (action.state === "klar") return <>{action.doneAt ? t("checkin.doneOn", { date: formatDate(action.doneAt, locale) }) : t("checkin.actionState.klar")}</>;
  if (action.state === "forsenad")
    return (
      <strong className="ds-validation-message" data-color="danger">
        {t("checkin.actionState.forsenad")}
      </strong>
    );
  return <>{t("checkin.actionState.oppen")}</>;
}

/** The button that marks an action done or not done (a form of its own, named for screen readers by the action). */
export function MarkDoneForm({ action }: { action: ActionView }) {
  const t = useT();
  const done = action.state === "klar";
  return (
    <PostForm aria-label={t(done ? "checkin.markOpenOf" : "checkin.markDoneOf", { title: action.title })}>
      <input type="hidden" name="intent" value="done" />
      <input type="hidden" name="actionId" value={action.id} />
      <input type="hidden" name="done" value={done ? "0" : "1"} />
      <SubmitButton variant="tertiary">{t(done ? "checkin.markOpen" : "checkin.markDone")}</SubmitButton>
    </PostForm>
  );
}

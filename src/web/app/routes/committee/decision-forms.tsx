/** What the committee's two decision pages share: the meeting to choose, and the justering and anslag dates. */
import type { MeetingRecord } from "#src/application/committee/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import type { FieldErrors } from "#src/web/app/lib/forms.ts";
import { ErrorSummary, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";

/** The meeting the decision was taken at, or none; the committee's own meeting first chosen. */
export function MeetingSelect({ meetings, value }: { meetings: MeetingRecord[]; value: string }) {
  const t = useT();
  return (
    <div className="ds-field sv-field">
      <label className="ds-label" htmlFor="field-meetingId">
        {t("decision.meeting")}
      </label>
      <select className="ds-input" id="field-meetingId" name="meetingId" defaultValue={value}>
        <option value="">{t("decision.noMeeting")}</option>
        {meetings.map((m) => (
          <option key={m.id} value={m.id}>
            {m.committeeCode} {t(`meetings.body.${m.body}` as MessageKey)} {m.meetsOn}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Justering and anslag: the form that starts the appeal period (sent with `intent=dates`). */
export function DecisionDatesForm({ dates, failure }: { dates: { minutesApprovedOn: string | null; postedOn: string | null }; failure: { errors: FieldErrors; values: Record<string, string> } | undefined }) {
  const t = useT();
  const v = (name: "minutesApprovedOn" | "postedOn") => (failure ? (failure.values[name] ?? "") : (dates[name] ?? ""));
  return (
    <>
      <h2 className="ds-heading" data-size="sm">
        {t("decision.datesHeading")}
      </h2>
      <PostForm className="sv-form" aria-label={t("decision.datesHeading")}>
        <input type="hidden" name="intent" value="dates" />
        <ErrorSummary errors={failure?.errors} labels={{ minutesApprovedOn: "decision.minutesApprovedOn", postedOn: "decision.postedOn" }} />
        <TextField name="minutesApprovedOn" type="date" label={t("decision.minutesApprovedOn")} hint={t("meetings.dateHint")} defaultValue={v("minutesApprovedOn")} error={failure?.errors.minutesApprovedOn} />
        <TextField name="postedOn" type="date" label={t("decision.postedOn")} hint={t("meetings.dateHint")} defaultValue={v("postedOn")} error={failure?.errors.postedOn} />
        <div>
          <SubmitButton>{t("decision.saveDates")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}

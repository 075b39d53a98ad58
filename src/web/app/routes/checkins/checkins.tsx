import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { actionDoneSchema, scheduleCheckinSchema, type CheckinError } from "#src/application/checkins/index.ts";
import { REPEATS } from "#src/domain/checkins/checkin.ts";
import { checkinWhen } from "#src/text/checkins.ts";
import { formatDate, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "../collaboration/process-nav.tsx";
import { ActionStateText, CheckinTable, checkinRefusal, MarkDoneForm, WHEN_LABELS, WhenFields, type Failure } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/avstamningar: the process's check-ins, the next first, then those held;
 * the actions not yet done, overdue ones said in words; and for the contact person a form to book
 * a check-in, once or recurring. Only those who work in the process see it.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const page = await services(context).checkins.list(actor, params.caseId ?? "");
  if (!page) notFound();
  return { ...page, submissionKey: randomUUID() };
}

const SCHEDULE_LABELS: Record<string, MessageKey> = {
  title: "checkin.field.title",
  ...WHEN_LABELS,
  agenda: "checkin.field.agenda",
  repeat: "checkin.field.repeat",
  everyWeeks: "checkin.field.everyWeeks",
  until: "checkin.field.until",
};

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const intent = form.get("intent") === "done" ? "done" : "schedule";
  const svc = services(context).checkins;
  const meta = requestMeta(context);
  const here = `/arenden/${caseId}/process/avstamningar`;
  const refused = (error: CheckinError, detail?: Record<string, string>): Failure => {
    if (error === "not_found") notFound();
    const errors = error === "invalid" ? (detail ?? { form: "appl.error.form" }) : { form: checkinRefusal(error) };
    return { ok: false, intent, errors: errors as Failure["errors"], values: formValues(form) };
  };
  if (intent === "done") {
    const parsed = parseForm(actionDoneSchema, form);
    if (!parsed.ok) return { ...parsed, intent };
    const r = await svc.setActionDone(actor, caseId, String(form.get("checkinId") ?? ""), parsed.data, meta);
    return r.ok ? redirect(`${here}?${parsed.data.done === "1" ? "klar" : "oppen"}=1#atgarder`) : refused(r.error, r.detail);
  }
  const parsed = parseForm(scheduleCheckinSchema, form);
  if (!parsed.ok) {
    const { submissionKey: badKey, ...errors } = parsed.errors;
    return { ...parsed, intent, errors: badKey ? { ...errors, form: "appl.error.form" } : errors };
  }
  const r = await svc.schedule(actor, caseId, parsed.data, meta);
  if (!r.ok) return refused(r.error, r.detail);
  return r.value.ids.length === 1 ? redirect(`${here}/${r.value.ids[0]}?bokad=1`) : redirect(`${here}?bokade=${r.value.ids.length}`);
}

export default function CheckinsPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const scheduleFailure = failure?.intent === "schedule" ? failure : undefined;
  const value = (name: string) => scheduleFailure?.values[name];
  const booked = Number(params.get("bokade") ?? "0");
  const next = data.coming.find((c) => c.status === "planerad");
  const base = `/arenden/${data.caseId}/process/avstamningar`;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("checkins.title")}: ${data.title}`} />
      <h1 className="ds-heading" data-size="lg">
        {t("checkins.title")}
        <span className="sv-visually-hidden">: {data.title}</span>
      </h1>
      <p className="ds-paragraph">{data.title}</p>
      <ProcessNav caseId={data.caseId} />
      {booked > 0 && !failure && <Notice color="success">{t("checkins.scheduledMany", { count: booked })}</Notice>}
      {params.get("klar") && !failure && <Notice color="success">{t("checkin.actionDone")}</Notice>}
      {params.get("oppen") && !failure && <Notice color="success">{t("checkin.actionReopened")}</Notice>}
      {failure?.intent === "done" && <ErrorSummary errors={failure.errors} />}
      <p className="ds-paragraph">{t("checkins.lead")}</p>
      {data.phase === "avslutad" ? <p className="ds-paragraph">{t("checkins.readOnly")}</p> : !data.may.lead && <p className="ds-paragraph">{t("checkins.groupHint")}</p>}
      {data.may.lead && (
        <p className="ds-paragraph">
          <a className="ds-link" href="#boka">
            {t("checkins.scheduleHeading")}
          </a>
        </p>
      )}
      {next && (
        <p className="ds-paragraph">
          <strong>
            <Link className="ds-link" to={`${base}/${next.id}`}>
              {t("checkins.next", { title: next.title, when: checkinWhen(next.startsAt, next.endsAt, locale) })}
            </Link>
          </strong>
        </p>
      )}

      <h2 className="ds-heading" data-size="sm" id="kommande">
        {t("checkins.coming")}
      </h2>
      {data.coming.length === 0 ? <p className="ds-paragraph">{t("checkins.noComing")}</p> : <CheckinTable caseId={data.caseId} checkins={data.coming} caption={t("checkins.coming")} />}
      <p className="ds-paragraph">
        <a className="ds-link" href={`${base}/kalender.ics`} download>
          {t("checkins.calendarFeed")}
        </a>
      </p>

      <h2 className="ds-heading" data-size="sm" id="atgarder">
        {t("checkins.openActions")}
      </h2>
      {data.openActions.length === 0 ? (
        <p className="ds-paragraph">{t("checkins.noOpenActions")}</p>
      ) : (
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption className="sv-visually-hidden">{t("checkins.openActions")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("checkin.action.title")}</th>
                <th scope="col">{t("checkin.action.owner")}</th>
                <th scope="col">{t("checkin.action.dueOn")}</th>
                <th scope="col">{t("checkin.action.state")}</th>
                <th scope="col">{t("checkin.action.from")}</th>
                <th scope="col">{t("checkin.action.change")}</th>
              </tr>
            </thead>
            <tbody>
              {data.openActions.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className="sv-prewrap">
                    {a.title}
                  </th>
                  <td>{a.ownerName}</td>
                  <td>{formatDate(a.dueOn, locale)}</td>
                  <td>
                    <ActionStateText action={a} />
                  </td>
                  <td>
                    <Link className="ds-link" to={`${base}/${a.checkinId}`}>
                      {a.checkinTitle}, {formatDate(a.checkinStartsAt, locale)}
                    </Link>
                  </td>
                  <td>{a.mayMarkDone ? <MarkDoneFormWithCheckin action={a} /> : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 className="ds-heading" data-size="sm" id="tidigare">
        {t("checkins.past")}
      </h2>
      {data.past.length === 0 ? <p className="ds-paragraph">{t("checkins.noPast")}</p> : <CheckinTable caseId={data.caseId} checkins={data.past} caption={t("checkins.past")} />}

      {data.may.lead && (
        <>
          <h2 className="ds-heading" data-size="sm" id="boka">
            {t("checkins.scheduleHeading")}
          </h2>
          <PostForm className="sv-form" aria-label={t("checkins.scheduleHeading")}>
            <input type="hidden" name="intent" value="schedule" />
            <input type="hidden" name="submissionKey" value={value("submissionKey") ?? data.submissionKey} />
            <ErrorSummary errors={scheduleFailure?.errors} labels={SCHEDULE_LABELS} />
            <TextField name="title" label={t("checkin.field.title")} defaultValue={value("title") ?? t("checkin.field.titleDefault")} error={scheduleFailure?.errors.title} />
            <WhenFields values={value} errors={scheduleFailure?.errors} />
            <Textarea name="agenda" label={t("checkin.field.agenda")} hint={t("checkin.field.agendaHint")} defaultValue={value("agenda")} error={scheduleFailure?.errors.agenda} rows={4} />
            <fieldset className="ds-fieldset sv-field" id="field-repeat" aria-describedby={scheduleFailure?.errors.repeat ? "field-repeat-error" : undefined}>
              <legend className="ds-label">{t("checkin.field.repeat")}</legend>
              {scheduleFailure?.errors.repeat && (
                <div id="field-repeat-error" className="ds-validation-message" data-color="danger">
                  {t(scheduleFailure.errors.repeat)}
                </div>
              )}
              {REPEATS.map((r) => (
                <div className="ds-field" key={r}>
                  <input className="ds-input" type="radio" id={`field-repeat-${r}`} name="repeat" value={r} defaultChecked={(value("repeat") ?? "ingen") === r} />
                  <label className="ds-label" htmlFor={`field-repeat-${r}`}>
                    {t(`checkin.repeat.${r}`)}
                  </label>
                </div>
              ))}
            </fieldset>
            <TextField name="everyWeeks" inputMode="numeric" label={t("checkin.field.everyWeeks")} hint={t("checkin.field.everyWeeksHint")} defaultValue={value("everyWeeks") ?? "2"} error={scheduleFailure?.errors.everyWeeks} />
            <TextField name="until" label={t("checkin.field.until")} hint={t("checkin.field.untilHint")} defaultValue={value("until")} error={scheduleFailure?.errors.until} />
            <div>
              <SubmitButton>{t("checkins.schedule")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}
    </>
  );
}

/** The mark-done button in the list of open actions: it names its check-in, so the list's action can find the action. */
function MarkDoneFormWithCheckin({ action }: { action: Parameters<typeof MarkDoneForm>[0]["action"] }) {
  const t = useT();
  return (
    <PostForm aria-label={t("checkin.markDoneOf", { title: action.title })}>
      <input type="hidden" name="intent" value="done" />
      <input type="hidden" name="checkinId" value={action.checkinId} />
      <input type="hidden" name="actionId" value={action.id} />
      <input type="hidden" name="done" value="1" />
      <SubmitButton variant="tertiary">{t("checkin.markDone")}</SubmitButton>
    </PostForm>
  );
}

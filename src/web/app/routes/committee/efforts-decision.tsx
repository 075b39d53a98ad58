import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { effortsDecisionActionSchema, type EffortsDecisionError } from "#src/application/committee/index.ts";
import { EFFORTS_DECISION_POINT } from "#src/domain/case/decision.ts";
import { formatDate, formatMoney, type MessageKey } from "#src/text/index.ts";
import { formValues, parseForm, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requestState, requireActor, serverT, services } from "#src/web/app/lib/request.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { HandlingHeader } from "#src/web/app/ui/handling-header.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { appealMail, effortsDecisionMail } from "./mail-text.ts";
import { DecisionDatesForm, MeetingSelect } from "./decision-forms.tsx";
import { refusalKey } from "./shared.ts";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /handlaggning/:caseId/insatser/beslut: the committee's second decision, on the proposed
 * efforts — paragraph, meeting, day, a verdict and the city's contribution per effort, conditions
 * and recipients; then justering and anslag with the last day to appeal.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).committee.effortsDecisions.view(actor, params.caseId ?? "");
  if (!view || !view.proposal) notFound();
  return { ...view, proposal: view.proposal };
}

type Failure = { ok: false; intent: string; errors: FieldErrors; values: Record<string, string> };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const svc = services(context);
  const form = await request.formData();
  const parsed = parseForm(effortsDecisionActionSchema, form, {
    read: (fields) => {
      const ids = fields.list("effortId");
      return {
        intent: fields.value("intent"),
        paragraph: fields.value("paragraph"),
        meetingId: fields.value("meetingId"),
        decidedOn: fields.value("decidedOn"),
        conditions: fields.value("conditions"),
        recipients: fields.value("recipients"),
        minutesApprovedOn: fields.value("minutesApprovedOn"),
        postedOn: fields.value("postedOn"),
        verdicts: ids.map((effortId, i) => ({ effortId, approved: fields.value(`verdicts_${i}_approved`), citySek: fields.value(`verdicts_${i}_citySek`) })),
      };
    },
  });
  if (!parsed.ok) return { ok: false, intent: parsed.values.intent ?? "", errors: parsed.errors, values: parsed.values };
  const data = parsed.data;
  const meta = requestMeta(context);
  const locale = requestState(context).locale;
  const failed = (r: { error: EffortsDecisionError; detail?: Record<string, string> }): Failure => {
    if (r.error === "not_found") notFound();
    return { ok: false, intent: data.intent, errors: r.error === "invalid" && r.detail ? (r.detail as FieldErrors) : { form: refusalKey(r.error) }, values: formValues(form) };
  };
  if (data.intent === "dates") {
    const r = await svc.committee.decisions.setDecisionDates(actor, caseId, { minutesApprovedOn: data.minutesApprovedOn, postedOn: data.postedOn }, appealMail(serverT(context), locale, "insatser"), meta, EFFORTS_DECISION_POINT);
    if (!r.ok) return failed(r);
    return redirect(`/handlaggning/${caseId}/insatser/beslut?datum=1`);
  }
  const { paragraph, meetingId, decidedOn, conditions, recipients, verdicts } = data;
  const r = await svc.committee.effortsDecisions.record(actor, caseId, { paragraph, meetingId, decidedOn, conditions, recipients, verdicts }, effortsDecisionMail(serverT(context), locale), meta);
  if (!r.ok) return failed(r);
  svc.nudgeMail();
  return redirect(`/handlaggning/${caseId}/insatser/beslut?registrerat=1`);
}

export default function EffortsDecisionPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const d = data.decision;
  const v = (name: string, fallback = "") => (failure ? (failure.values[name] ?? "") : fallback);
  const efforts = data.proposal.efforts;
  const labels: Record<string, string> = {
    paragraph: t("decision.paragraph"),
    decidedOn: t("decision.decidedOn"),
    meetingId: t("decision.meeting"),
    conditions: t("decision.conditions"),
    recipients: t("decision.recipients"),
    minutesApprovedOn: t("decision.minutesApprovedOn"),
    postedOn: t("decision.postedOn"),
  };
  efforts.forEach((e, i) => {
    labels[`verdicts_${i}_approved`] = e.title;
    labels[`verdicts_${i}_citySek`] = `${e.title}: ${t("effortsDecision.citySek")}`;
  });
  const namnd = data.meetings.find((m) => m.body === "namnd");
  return (
    <>
      <HandlingHeader caseId={data.case.id} caseTitle={data.title} caseNumber={data.case.caseNumber} page={t("effortsDecision.title")} failed={!!failure} />
      {params.get("registrerat") && <Notice color="success">{t("decision.recorded")}</Notice>}
      {params.get("datum") && <Notice color="success">{t("decision.datesSaved")}</Notice>}
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/handlaggning/${data.case.id}/insatser`}>
          {t("proposal.assessTitle")}
        </Link>
      </p>

      {d ? (
        <>
          <p className="ds-paragraph">
            {t("decision.summary", { paragraph: d.decision.paragraph, date: formatDate(d.decision.decidedOn, locale), outcome: t(`decision.outcome.${d.decision.outcome}` as MessageKey) })}
          </p>
          <ul className="ds-list">
            {efforts.map((e) => (
              <li key={e.id}>
                {e.title}: {e.approved ? t("proposal.approvedWith", { amount: formatMoney(e.approvedCitySek ?? 0, locale) }) : t("proposal.notApproved")}
              </li>
            ))}
          </ul>
          {d.appealPeriodEnds && (
            <p className="ds-paragraph">
              <strong>{t("decision.appealEnds", { date: formatDate(d.appealPeriodEnds, locale) })}</strong>
            </p>
          )}
          <p className="ds-paragraph">{t("decision.appealHow", { court: d.appealTo })}</p>
          <DecisionDatesForm dates={d.decision} failure={failure?.intent === "dates" ? failure : undefined} />
        </>
      ) : (
        <>
          <p className="ds-paragraph">{t("effortsDecision.lead")}</p>
          {!data.ready && <Notice color="warning">{t("effortsDecision.notReady")}</Notice>}
          <PostForm className="sv-form" aria-label={t("effortsDecision.title")}>
            <input type="hidden" name="intent" value="record" />
            <ErrorSummary errors={failure?.errors} labelTexts={labels} />
            <TextField name="paragraph" label={t("decision.paragraph")} hint={t("decision.paragraphHint")} defaultValue={v("paragraph")} error={failure?.errors.paragraph} />
            <MeetingSelect meetings={data.meetings} value={v("meetingId", namnd?.id ?? "")} />
            <TextField name="decidedOn" type="date" label={t("decision.decidedOn")} hint={t("meetings.dateHint")} defaultValue={v("decidedOn", namnd?.meetsOn ?? "")} error={failure?.errors.decidedOn} />
            {efforts.map((e, i) => {
              const approvedError = failure?.errors[`verdicts_${i}_approved`];
              const checked = v(`verdicts_${i}_approved`, e.recommended === null ? "" : e.recommended ? "ja" : "nej");
              return (
                <fieldset key={e.id} className="ds-fieldset sv-field" id={`field-verdicts_${i}_approved`} aria-describedby={approvedError ? `field-verdicts_${i}_approved-error` : undefined}>
                  <legend className="ds-heading" data-size="xs">
                    {e.title}
                  </legend>
                  <input type="hidden" name="effortId" value={e.id} />
                  <p className="ds-paragraph" data-size="sm">
                    {e.recommended === null ? t("effortsReport.notAssessed") : e.recommended ? t("effortsReport.recommended", { amount: formatMoney(e.recommendedCitySek ?? 0, locale) }) : t("effortsReport.notRecommended")}
                  </p>
                  {approvedError && (
                    <div id={`field-verdicts_${i}_approved-error`} className="ds-validation-message" data-color="danger">
                      {t(approvedError)}
                    </div>
                  )}
                  {(["ja", "nej"] as const).map((answer) => (
                    <div className="ds-field" key={answer}>
                      <input className="ds-input" type="radio" id={`field-verdicts_${i}_approved-${answer}`} name={`verdicts_${i}_approved`} value={answer} defaultChecked={checked === answer} />
                      <label className="ds-label" htmlFor={`field-verdicts_${i}_approved-${answer}`}>
                        {t(`effortsDecision.verdict.${answer}`)}
                      </label>
                    </div>
                  ))}
                  <TextField
                    name={`verdicts_${i}_citySek`}
                    label={t("effortsDecision.citySek")}
                    hint={t("effortsDecision.citySekHint")}
                    inputMode="numeric"
                    defaultValue={v(`verdicts_${i}_citySek`, e.recommendedCitySek?.toString() ?? "")}
                    error={failure?.errors[`verdicts_${i}_citySek`]}
                  />
                </fieldset>
              );
            })}
            <Textarea name="conditions" label={t("decision.conditions")} defaultValue={v("conditions")} error={failure?.errors.conditions} rows={3} />
            <Textarea name="recipients" label={t("decision.recipients")} hint={t("decision.recipientsHint")} defaultValue={v("recipients")} error={failure?.errors.recipients} rows={4} />
            <div>
              <SubmitButton>{t("decision.submit")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}
    </>
  );
}

import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { decisionActionSchema, type CommitteeError } from "#src/application/committee/index.ts";
import { DECISION_OUTCOMES } from "#src/domain/case/decision.ts";
import { formValues, parseForm, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requestState, requireActor, serverT, services } from "#src/web/app/lib/request.ts";
import { formatDate, formatMoney, type MessageKey } from "#src/text/index.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { HandlingHeader } from "#src/web/app/ui/handling-header.tsx";
import { appealMail, decisionMail } from "./mail-text.ts";
import { DecisionDatesForm, MeetingSelect } from "./decision-forms.tsx";
import { refusalKey } from "./shared.ts";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).committee.decisions.decisionView(actor, params.caseId ?? "");
  if (!view) notFound();
  return view;
}

type Failure = { ok: false; intent: string; errors: FieldErrors; values: Record<string, string> };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const svc = services(context);
  const form = await request.formData();
  const parsed = parseForm(decisionActionSchema, form);
  if (!parsed.ok) return { ok: false, intent: parsed.values.intent ?? "", errors: parsed.errors, values: parsed.values };
  const data = parsed.data;
  const intent = data.intent;
  const meta = requestMeta(context);
  const failed = (r: { error: CommitteeError; detail?: Record<string, string> }): Failure => {
    if (r.error === "not_found") notFound();
    return { ok: false, intent, errors: r.error === "invalid" && r.detail ? (r.detail as FieldErrors) : { form: refusalKey(r.error) }, values: formValues(form) };
  };

  if (data.intent === "dates") {
    const dates = { minutesApprovedOn: data.minutesApprovedOn, postedOn: data.postedOn };
    const r = await svc.committee.decisions.setDecisionDates(actor, caseId, dates, appealMail(serverT(context), requestState(context).locale), meta);
    if (!r.ok) return failed(r);
    return redirect(`/handlaggning/${caseId}/beslut?datum=1`);
  }

  const { paragraph, meetingId, decidedOn, outcome, grantedAmountSek, conditions, recipients } = data;
  const decision = { paragraph, meetingId, decidedOn, outcome, grantedAmountSek, conditions, recipients };
  const r = await svc.committee.decisions.recordDecision(actor, caseId, decision, decisionMail(serverT(context), requestState(context).locale), meta);
  if (!r.ok) return failed(r);
  svc.nudgeMail();
  return redirect(`/handlaggning/${caseId}/beslut?registrerat=1`);
}

export default function DecisionPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const d = data.decision;
  const v = (name: string, fallback = "") => (failure ? (failure.values[name] ?? "") : fallback);
  return (
    <>
      <HandlingHeader caseId={data.case.id} caseTitle={data.title} caseNumber={data.case.caseNumber} page={t("decision.title")} failed={!!failure} />
      {params.get("registrerat") && <Notice color="success">{t("decision.recorded")}</Notice>}
      {params.get("datum") && <Notice color="success">{t("decision.datesSaved")}</Notice>}

      {d ? (
        <>
          <p className="ds-paragraph">
            {t("decision.summary", { paragraph: d.decision.paragraph, date: formatDate(d.decision.decidedOn, locale), outcome: t(`decision.outcome.${d.decision.outcome}` as MessageKey) })}
          </p>
          {d.decision.grantedAmountSek ? <p className="ds-paragraph">{t("decision.granted", { amount: formatMoney(d.decision.grantedAmountSek, locale) })}</p> : null}
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
          <p className="ds-paragraph">{t("decision.lead")}</p>
          {data.case.status !== "klar_for_namnd" && <Notice color="warning">{t("decision.notReady")}</Notice>}
          <PostForm className="sv-form" aria-label={t("decision.title")}>
            <input type="hidden" name="intent" value="record" />
            <ErrorSummary
              errors={failure?.errors}
              labels={{ paragraph: "decision.paragraph", decidedOn: "decision.decidedOn", outcome: "decision.outcome", grantedAmountSek: "decision.amount", meetingId: "decision.meeting", conditions: "decision.conditions", recipients: "decision.recipients" }}
            />
            <TextField name="paragraph" label={t("decision.paragraph")} hint={t("decision.paragraphHint")} defaultValue={v("paragraph")} error={failure?.errors.paragraph} />
            <MeetingSelect meetings={data.meetings} value={v("meetingId", data.meetings.find((m) => m.body === "namnd")?.id ?? "")} />
            <TextField name="decidedOn" type="date" label={t("decision.decidedOn")} hint={t("meetings.dateHint")} defaultValue={v("decidedOn", data.meetings.find((m) => m.body === "namnd")?.meetsOn ?? "")} error={failure?.errors.decidedOn} />
            <fieldset className="ds-fieldset sv-field" id="field-outcome" aria-describedby={failure?.errors.outcome ? "field-outcome-error" : undefined}>
              <legend className="ds-label">{t("decision.outcome")}</legend>
              {failure?.errors.outcome && (
                <div id="field-outcome-error" className="ds-validation-message" data-color="danger">
                  {t(failure.errors.outcome)}
                </div>
              )}
              {DECISION_OUTCOMES.map((o) => (
                <div className="ds-field" key={o}>
                  <input className="ds-input" type="radio" id={`field-outcome-${o}`} name="outcome" value={o} defaultChecked={v("outcome", data.assessment?.recommendation ?? "") === o} />
                  <label className="ds-label" htmlFor={`field-outcome-${o}`}>
                    {t(`decision.outcome.${o}` as MessageKey)}
                  </label>
                </div>
              ))}
            </fieldset>
            <TextField
              name="grantedAmountSek"
              label={t("decision.amount")}
              hint={t("decision.amountHint")}
              inputMode="numeric"
              defaultValue={v("grantedAmountSek", data.assessment?.proposedAmountSek?.toString() ?? "")}
              error={failure?.errors.grantedAmountSek}
            />
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

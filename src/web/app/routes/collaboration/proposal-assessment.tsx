import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { proposalAssessmentSchema, proposalReturnSchema, type ProposalError } from "#src/application/collaboration/index.ts";
import { formatDate, formatMoney, type MessageKey } from "#src/text/index.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { HandlingHeader } from "#src/web/app/ui/handling-header.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { BudgetSumsTable, proposalRefusal } from "./proposal-shared.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /handlaggning/:caseId/insatser: the city's side of the proposal of efforts — the assessment
 * (overall, the child-impact analysis in brief, a recommendation and the city's contribution per
 * effort), the officer's report as DOCX or PDF, and then: ready for the committee, or back to the
 * group with a reason. For the case staff of the process's committee.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).proposals.view(actor, params.caseId ?? "");
  if (!view || !view.may.assess) notFound();
  return view;
}

const intentSchema = z.object({ intent: z.enum(["assess", "ready", "return"]) });
type Failure = FormFailure & { intent: string };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const intent = intentSchema.safeParse({ intent: form.get("intent") ?? undefined });
  if (!intent.success) return { ok: false, intent: "", errors: { form: "appl.error.form" }, values: {} };
  const which = intent.data.intent;
  const svc = services(context).proposals;
  const meta = requestMeta(context);
  const here = `/handlaggning/${caseId}/insatser`;
  const refused = (error: ProposalError, detail?: Record<string, string>): Failure => {
    if (error === "not_found") notFound();
    return { ok: false, intent: which, errors: (error === "invalid" && detail ? detail : { form: proposalRefusal(error) }) as FormFailure["errors"], values: formValues(form) };
  };
  if (which === "assess") {
    const parsed = parseForm(proposalAssessmentSchema, form, {
      // One row of fields per effort: efforts_<i>_effortId, _recommended, _citySek.
      read: (fields) => {
        const ids = fields.list("effortId");
        return {
          assessment: fields.value("assessment"),
          childImpact: fields.value("childImpact"),
          efforts: ids.map((effortId, i) => ({ effortId, recommended: fields.value(`efforts_${i}_recommended`) ?? "", citySek: fields.value(`efforts_${i}_citySek`) })),
        };
      },
    });
    if (!parsed.ok) return { ...parsed, intent: which };
    const r = await svc.saveAssessment(actor, caseId, parsed.data, meta);
    return r.ok ? redirect(`${here}?bedomd=1`) : refused(r.error, r.detail);
  }
  if (which === "ready") {
    const r = await svc.markReady(actor, caseId, meta);
    return r.ok ? redirect(`${here}?klar=1`) : refused(r.error, r.detail);
  }
  const parsed = parseForm(proposalReturnSchema, form);
  if (!parsed.ok) return { ...parsed, intent: which };
  const r = await svc.returnToGroup(actor, caseId, parsed.data, meta);
  return r.ok ? redirect(`/arenden/${caseId}/process/forslag`) : refused(r.error, r.detail);
}

export default function ProposalAssessmentPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const assessFailure = failure?.intent === "assess" ? failure : undefined;
  const v = (name: string, fallback: string) => (assessFailure ? (assessFailure.values[name] ?? "") : fallback);
  const labels: Record<string, string> = { assessment: t("proposal.assessment"), childImpact: t("proposal.childImpact") };
  data.efforts.forEach((e, i) => {
    labels[`efforts_${i}_recommended`] = `${e.title}: ${t("proposal.recommendation")}`;
    labels[`efforts_${i}_citySek`] = `${e.title}: ${t("proposal.recommendedAmount")}`;
  });
  return (
    <>
      <HandlingHeader caseId={data.caseId} caseTitle={data.title} caseNumber={data.caseNumber} page={t("proposal.assessTitle")} failed={!!failure} />
      {params.get("bedomd") && !failure && <Notice color="success">{t("proposal.assessmentSaved")}</Notice>}
      {params.get("klar") && !failure && <Notice color="success">{t("proposal.readySaved")}</Notice>}
      <p className="ds-paragraph">{t(`proposal.status.${data.status}` as MessageKey, { date: data.sentAt ? formatDate(data.sentAt, locale) : "" })}</p>
      <ul className="ds-list">
        <li>
          <Link className="ds-link" to={`/arenden/${data.caseId}/process/forslag`}>
            {t("proposal.title")}
          </Link>
        </li>
        <li>
          <a className="ds-link" href={`/handlaggning/${data.caseId}/insatser/tjansteskrivelse.docx`}>
            {t("proposal.reportDocx")}
          </a>
        </li>
        <li>
          <a className="ds-link" href={`/handlaggning/${data.caseId}/insatser/tjansteskrivelse.pdf`}>
            {t("proposal.reportPdf")}
          </a>
        </li>
        {data.status === "klar_for_namnd" && (
          <li>
            <Link className="ds-link" to={`/handlaggning/${data.caseId}/insatser/beslut`}>
              {t("effortsDecision.title")}
            </Link>
          </li>
        )}
      </ul>
      {failure && failure.intent !== "assess" && failure.intent !== "return" && <ErrorSummary errors={failure.errors} />}

      {data.status === "inskickat" && (
        <section aria-labelledby="proposal-ready" className="sv-callout">
          <h2 className="ds-heading" data-size="sm" id="proposal-ready">
            {t("proposal.readyHeading")}
          </h2>
          <p className="ds-paragraph">{t("proposal.readyLead")}</p>
          <PostForm>
            <input type="hidden" name="intent" value="ready" />
            <SubmitButton>{t("proposal.ready")}</SubmitButton>
          </PostForm>
        </section>
      )}

      <h2 className="ds-heading" data-size="sm">
        {t("proposal.assessHeading")}
      </h2>
      <BudgetSumsTable sums={data.sums} caption={t("proposal.sumsWhole")} />
      <PostForm className="sv-form" aria-label={t("proposal.assessHeading")}>
        <input type="hidden" name="intent" value="assess" />
        <ErrorSummary errors={assessFailure?.errors} labelTexts={labels} />
        {data.efforts.map((e, i) => (
          <fieldset key={e.id} className="ds-fieldset sv-field">
            <legend className="ds-heading" data-size="xs">
              {e.title}
            </legend>
            <p className="ds-paragraph" data-size="sm">
              {t("proposal.effortFacts", { responsible: e.responsible, from: formatDate(e.startsOn, locale), to: formatDate(e.endsOn, locale), city: formatMoney(e.sums.cityMoney, locale), actors: formatMoney(e.sums.actorsMoney + e.sums.actorsResources, locale) })}{" "}
              <Link className="ds-link" to={`/arenden/${data.caseId}/process/forslag/${e.id}`}>
                {t("proposal.effortDetails", { title: e.title })}
              </Link>
            </p>
            <input type="hidden" name="effortId" value={e.id} />
            <div className="ds-field sv-field">
              <label className="ds-label" htmlFor={`field-efforts_${i}_recommended`}>
                {t("proposal.recommendation")}
              </label>
              <select className="ds-input" id={`field-efforts_${i}_recommended`} name={`efforts_${i}_recommended`} defaultValue={v(`efforts_${i}_recommended`, e.recommended === null ? "" : e.recommended ? "ja" : "nej")}>
                <option value="">{t("proposal.recommendation.none")}</option>
                <option value="ja">{t("proposal.recommendation.ja")}</option>
                <option value="nej">{t("proposal.recommendation.nej")}</option>
              </select>
            </div>
            <TextField
              name={`efforts_${i}_citySek`}
              label={t("proposal.recommendedAmount")}
              hint={t("proposal.recommendedAmountHint", { amount: formatMoney(e.sums.cityMoney, locale) })}
              inputMode="numeric"
              defaultValue={v(`efforts_${i}_citySek`, e.recommendedCitySek?.toString() ?? "")}
              error={assessFailure?.errors[`efforts_${i}_citySek`]}
            />
          </fieldset>
        ))}
        <Textarea name="assessment" label={t("proposal.assessment")} hint={t("proposal.assessmentHint")} defaultValue={v("assessment", data.assessment)} error={assessFailure?.errors.assessment} rows={6} />
        <Textarea name="childImpact" label={t("proposal.childImpact")} hint={t("proposal.childImpactHint")} defaultValue={v("childImpact", data.childImpact)} error={assessFailure?.errors.childImpact} rows={6} />
        <div>
          <SubmitButton>{t("proposal.saveAssessment")}</SubmitButton>
        </div>
      </PostForm>

      <h2 className="ds-heading" data-size="sm">
        {t("proposal.returnHeading")}
      </h2>
      <PostForm className="sv-form" aria-label={t("proposal.returnHeading")}>
        <input type="hidden" name="intent" value="return" />
        <ErrorSummary errors={failure?.intent === "return" ? failure.errors : undefined} labels={{ reason: "proposal.returnReason" }} />
        <Textarea name="reason" label={t("proposal.returnReason")} hint={t("proposal.returnHint")} defaultValue={failure?.intent === "return" ? failure.values.reason : undefined} error={failure?.intent === "return" ? failure.errors.reason : undefined} rows={3} maxLength={2000} />
        <div>
          <SubmitButton variant="secondary">{t("proposal.return")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}

import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { reportAnswersSchema, reportReturnSchema, type ReportFacts, type ResultError } from "#src/application/results/index.ts";
import { RESULT_ANSWER_MAX, RESULT_QUESTIONS, type ResultQuestion } from "#src/domain/results/report.ts";
import { formatDate, formatMoney, participationLine, type Locale, type MessageKey, type Translate } from "#src/text/index.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { IntentButton, ResultsFrame, resultsRefusal } from "./shared.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

const question = (q: ResultQuestion) => `results.question.${q}` as MessageKey;
const ANSWER_LABELS: Record<string, MessageKey> = Object.fromEntries(RESULT_QUESTIONS.map((q) => [`answer_${q}`, question(q)]));

/**
 * What the system knows, as a first draft of the answers it can speak to (2: the money; 4: the
 * activities; 5: the actors). Shown only until the report is first saved; after that the
 * group's own words stand.
 */
function prefill(f: ReportFacts, t: Translate, locale: Locale): Partial<Record<ResultQuestion, string>> {
  const money = [
    t("results.prefill.granted", { amount: formatMoney(f.approvedCitySek, locale) }),
    ...f.efforts.map((e) => t("results.prefill.effort", { title: e.title, amount: formatMoney(e.approvedCitySek, locale), from: formatDate(e.startsOn, locale), to: formatDate(e.endsOn, locale) })),
    ...(f.paidSek !== null ? [t("results.prefill.paid", { amount: formatMoney(f.paidSek, locale) })] : []),
  ].join("\n");
  const activities = f.activities
    .map((a) => {
      const who = participationLine(t, a.participation.map((d) => ({ dimension: d.dimension, cells: d.cells })));
      return t("results.prefill.activity", { title: a.title, type: t(`activity.type.${a.activityType}` as MessageKey), date: formatDate(a.startsAt, locale), total: a.total === null ? "–" : String(a.total), who: who ? `; ${who}` : "" });
    })
    .join("\n");
  const actors = (f.actors ?? []).map((a) => t("results.prefill.actor", { name: a.name, type: t(`actors.type.${a.type}` as MessageKey), role: t(`actors.role.${a.role}` as MessageKey) })).join("\n");
  return { 2: money, ...(activities ? { 4: activities } : {}), ...(actors ? { 5: actors } : {}) };
}

/**
 * /arenden/:caseId/process/resultat: the result and effect report (resultat- och
 * effektmätning, seed 002): the seven answers, prefilled from what the system knows; sending it;
 * the contact person's return or approval, which closes the process. Rules:
 * src/domain/results/report.ts.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).results.view(actor, params.caseId ?? "");
  if (!view) notFound();
  return view;
}

const intentSchema = z.object({ intent: z.enum(["save", "send", "return", "approve"]).prefault("save") });

export async function action({ request, context, params }: ActionFunctionArgs): Promise<(FormFailure & { intent: string }) | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const intent = intentSchema.safeParse({ intent: form.get("intent") ?? undefined });
  const which = intent.success ? intent.data.intent : "save";
  const svc = services(context).results;
  const here = `/arenden/${caseId}/process/resultat`;
  const refused = (error: ResultError, detail?: Record<string, string>) => {
    if (error === "not_found") notFound();
    const errors = (detail && (error === "invalid" || error === "answers_missing") ? { ...(error === "answers_missing" ? { form: "results.error.answers_missing" } : {}), ...detail } : { form: resultsRefusal(error) }) as FormFailure["errors"];
    return { ok: false as const, intent: which, errors, values: formValues(form) };
  };
  if (which === "return") {
    const parsed = parseForm(reportReturnSchema, form);
    if (!parsed.ok) return { ...parsed, intent: which };
    const r = await svc.returnToGroup(actor, caseId, parsed.data, requestMeta(context));
    if (!r.ok) return refused(r.error, r.detail);
    return redirect(`${here}?tillbakaskickad=1`);
  }
  if (which === "approve") {
    const r = await svc.approve(actor, caseId, requestMeta(context));
    if (!r.ok) return refused(r.error, r.detail);
    return redirect(`${here}?godkand=1`);
  }
  const parsed = parseForm(reportAnswersSchema, form);
  if (!parsed.ok) return { ...parsed, intent: which };
  const r = which === "send" ? await svc.send(actor, caseId, parsed.data, requestMeta(context)) : await svc.save(actor, caseId, parsed.data, requestMeta(context));
  if (!r.ok) return refused(r.error, r.detail);
  return redirect(`${here}?${which === "send" ? "skickad" : "sparad"}=1`);
}

export default function ResultReportPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const writing = failure?.intent === "save" || failure?.intent === "send";
  const drafts = !data.begun && data.may.edit ? prefill(data.facts, t, locale) : {};
  const answerValue = (q: ResultQuestion) => (writing ? failure.values[`answer_${q}`] : undefined) ?? (data.answers[q] || drafts[q] || "");
  const f = data.facts;
  return (
    <ResultsFrame caseId={data.caseId} title={data.title} heading={t("results.title")} failed={Boolean(failure)}>
      {params.get("sparad") && !failure && <Notice color="success">{t("results.saved")}</Notice>}
      {params.get("skickad") && !failure && <Notice color="success">{t("results.sentNotice")}</Notice>}
      {params.get("tillbakaskickad") && !failure && <Notice color="success">{t("results.returnedNotice")}</Notice>}
      {params.get("godkand") && !failure && <Notice color="success">{t("results.approvedNotice")}</Notice>}
      <p className="ds-paragraph">{t("results.lead")}</p>
      <p className="ds-paragraph">
        {data.phase === "resultat" || data.phase === "avslutad"
          ? t(`results.status.${data.status}` as MessageKey, { sent: data.sentAt ? formatDate(data.sentAt, locale) : "", approved: data.approvedAt ? formatDate(data.approvedAt, locale) : "", by: data.approvedByName ?? "" })
          : t("results.notYet")}
      </p>
      {data.status === "utkast" && data.returnedReason && (
        <Notice color="warning">
          {t("results.returned")} {data.returnedReason}
        </Notice>
      )}
      <ul className="ds-list">
        {data.may.review && (
          <li>
            <a className="ds-link" href="#results-review">
              {t("results.reviewLink")}
            </a>
          </li>
        )}
        <li>
          <Link className="ds-link" to={`/arenden/${data.caseId}/process/indikatorer`}>
            {t("results.indicatorsLink")}
          </Link>
        </li>
        {(data.phase === "resultat" || data.phase === "avslutad") && (
          <>
            <li>
              <a className="ds-link" href={`/arenden/${data.caseId}/process/resultat.docx`} download>
                {t("results.document.docx")}
              </a>
            </li>
            <li>
              <a className="ds-link" href={`/arenden/${data.caseId}/process/resultat.pdf`} download>
                {t("results.document.pdf")}
              </a>
            </li>
          </>
        )}
      </ul>

      <section aria-labelledby="results-facts">
        <h2 className="ds-heading" data-size="sm" id="results-facts">
          {t("results.facts")}
        </h2>
        <ul className="ds-list">
          <li>{f.applicationDecision ? t("results.facts.first", { date: formatDate(f.applicationDecision.decidedOn, locale), outcome: t(`decision.outcome.${f.applicationDecision.outcome}` as MessageKey), amount: formatMoney(f.applicationDecision.grantedAmountSek ?? 0, locale) }) : t("results.facts.noFirst")}</li>
          <li>{f.effortsDecision ? t("results.facts.second", { date: formatDate(f.effortsDecision.decidedOn, locale), outcome: t(`decision.outcome.${f.effortsDecision.outcome}` as MessageKey) }) : t("results.facts.noSecond")}</li>
          <li>{t("results.facts.cityTotal", { amount: formatMoney(f.approvedCitySek, locale) })}</li>
          <li>{f.paidSek === null ? t("results.facts.paidUnknown") : t("results.facts.paid", { amount: formatMoney(f.paidSek, locale) })}</li>
        </ul>
        {f.efforts.length > 0 && (
          <div className="sv-table-wrap">
            <table className="ds-table" data-border>
              <caption>{t("results.facts.efforts")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("proposal.effortTitle")}</th>
                  <th scope="col">{t("proposal.responsible")}</th>
                  <th scope="col">{t("proposal.period")}</th>
                  <th scope="col">{t("results.facts.approvedCity")}</th>
                </tr>
              </thead>
              <tbody>
                {f.efforts.map((e, i) => (
                  <tr key={i}>
                    <th scope="row">{e.title}</th>
                    <td>{e.responsible}</td>
                    <td>{t("proposal.periodValue", { from: formatDate(e.startsOn, locale), to: formatDate(e.endsOn, locale) })}</td>
                    <td>{formatMoney(e.approvedCitySek, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {f.activities.length > 0 && (
          <div className="sv-table-wrap">
            <table className="ds-table" data-border>
              <caption>{t("results.facts.activities")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("results.facts.activity")}</th>
                  <th scope="col">{t("results.facts.date")}</th>
                  <th scope="col">{t("results.facts.participants")}</th>
                </tr>
              </thead>
              <tbody>
                {f.activities.map((a, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {a.title} ({t(`activity.type.${a.activityType}` as MessageKey)})
                    </th>
                    <td>{formatDate(a.startsAt, locale)}</td>
                    <td>{[a.total === null ? "–" : String(a.total), participationLine(t, a.participation)].filter(Boolean).join(" – ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {f.actors && <p className="ds-paragraph">{f.actors.length ? t("results.facts.actors", { names: f.actors.map((a) => a.name).join(", ") }) : t("results.facts.noActors")}</p>}
      </section>

      {data.may.edit ? (
        <section aria-labelledby="results-form">
          <h2 className="ds-heading" data-size="sm" id="results-form">
            {t("results.answers")}
          </h2>
          {!data.begun && <p className="ds-paragraph">{t("results.prefilled")}</p>}
          <PostForm className="sv-form">
            <ErrorSummary errors={writing ? failure.errors : undefined} labels={ANSWER_LABELS} />
            {RESULT_QUESTIONS.map((q) => (
              <Textarea key={q} name={`answer_${q}`} label={t(question(q))} hint={t(`results.hint.${q}` as MessageKey)} defaultValue={answerValue(q)} error={writing ? failure.errors[`answer_${q}`] : undefined} rows={6} maxLength={RESULT_ANSWER_MAX} />
            ))}
            <p className="ds-paragraph">{t("results.sendLead")}</p>
            <div className="sv-buttons">
              <IntentButton intent="save" variant="secondary">
                {t("results.save")}
              </IntentButton>
              <IntentButton intent="send">{t("results.send")}</IntentButton>
            </div>
          </PostForm>
        </section>
      ) : (
        (data.phase === "resultat" || data.phase === "avslutad") && (
          <section aria-labelledby="results-answers">
            <h2 className="ds-heading" data-size="sm" id="results-answers">
              {t("results.answers")}
            </h2>
            {RESULT_QUESTIONS.map((q) => (
              <div key={q}>
                <h3 className="ds-heading" data-size="xs">
                  {t(question(q))}
                </h3>
                {(data.answers[q] || t("results.noAnswer")).split(/\n+/).map((p, i) => (
                  <p className="ds-paragraph" key={i}>
                    {p}
                  </p>
                ))}
              </div>
            ))}
          </section>
        )
      )}

      {data.may.review && (
        <section aria-labelledby="results-review" className="sv-callout">
          <h2 className="ds-heading" data-size="sm" id="results-review">
            {t("results.review")}
          </h2>
          {(failure?.intent === "approve" || failure?.intent === "return") && <ErrorSummary errors={failure.errors} labels={{ reason: "results.reason" }} />}
          <p className="ds-paragraph">{t("results.approveLead")}</p>
          <PostForm>
            <input type="hidden" name="intent" value="approve" />
            <SubmitButton>{t("results.approve")}</SubmitButton>
          </PostForm>
          <PostForm className="sv-form">
            <input type="hidden" name="intent" value="return" />
            <Textarea name="reason" label={t("results.reason")} hint={t("results.reasonHint")} defaultValue={failure?.intent === "return" ? failure.values.reason : undefined} error={failure?.intent === "return" ? failure.errors.reason : undefined} rows={3} maxLength={2000} />
            <div>
              <SubmitButton variant="secondary">{t("results.returnButton")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      )}
    </ResultsFrame>
  );
}

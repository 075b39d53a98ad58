import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { changeAnswerSchema, changeDecisionSchema, type PlanError } from "#src/application/execution/index.ts";
import { formatDate, formatDateTime, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { changeWhat } from "./plan.tsx";
import { ExecutionFrame, refusalKey } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/plan/andringar/:changeId: one requested change — what, why, by whom,
 * and how it was settled. The contact person approves it (button "Godkänn ändringen") or
 * refuses it with a reason (field `note`, button "Avslå ändringen"); above the thresholds the
 * case officer records the committee's decision (fields `outcome`, `reference`, `decidedOn`).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).executionPlan.view(actor, params.caseId ?? "");
  const change = view?.changes.find((c) => c.id === params.changeId);
  if (!view || !change) notFound();
  return { caseId: view.caseId, title: view.title, phase: view.phase, may: view.may, change };
}

const intentSchema = z.object({ intent: z.enum(["answer", "decide"]) });
type Failure = FormFailure & { intent: string };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const changeId = params.changeId ?? "";
  // The change is the address's: a form naming another finds nothing.
  const form = await request.formData();
  const intent = intentSchema.safeParse({ intent: form.get("intent") ?? undefined });
  if (!intent.success) return { ok: false, intent: "", errors: { form: "appl.error.form" }, values: {} };
  const which = intent.data.intent;
  if (form.get("changeId") !== changeId) notFound();
  const svc = services(context).executionPlan;
  const meta = requestMeta(context);
  const refused = (error: PlanError, detail?: Record<string, string>): Failure => {
    if (error === "not_found") notFound();
    return { ok: false, intent: which, errors: (error === "invalid" && detail ? detail : { form: refusalKey(error) }) as FormFailure["errors"], values: formValues(form) };
  };
  const done = redirect(`/arenden/${caseId}/process/plan/andringar/${changeId}?sparad=1`);
  if (which === "answer") {
    const parsed = parseForm(changeAnswerSchema, form);
    if (!parsed.ok) return { ...parsed, intent: which };
    const r = await svc.answerChange(actor, caseId, parsed.data, meta);
    return r.ok ? done : refused(r.error, r.detail);
  }
  const parsed = parseForm(changeDecisionSchema, form, { names: { note: "decisionNote" } });
  if (!parsed.ok) return { ...parsed, intent: which };
  const r = await svc.recordChangeDecision(actor, caseId, parsed.data, meta);
  return r.ok ? done : refused(r.error, r.detail);
}

const LABELS: Record<string, MessageKey> = { note: "execution.changePage.noteLabel", outcome: "execution.changePage.outcome", reference: "execution.changePage.reference", decidedOn: "execution.changePage.decidedOn", decisionNote: "execution.changePage.decideNote" };

export default function ChangePage() {
  const t = useT();
  const locale = useLocale();
  const { caseId, title, phase, may, change } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const answer = failure?.intent === "answer" ? failure : undefined;
  const decide = failure?.intent === "decide" ? failure : undefined;
  const open = change.status === "begard" || change.status === "kraver_beslut";
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("execution.changePage.title", { title: change.effortTitle })} />
      <ExecutionFrame caseId={caseId} title={title} heading={t("execution.changePage.title", { title: change.effortTitle })} phase={phase} started>
        {params.get("sparad") && !failure && <Notice color="success">{t("execution.changePage.saved")}</Notice>}
        <ErrorSummary errors={failure?.errors} labels={LABELS} />
        <p className="ds-paragraph">
          <Link className="ds-link" to={`/arenden/${caseId}/process/plan/${change.effortId}`}>
            {change.effortTitle}
          </Link>
        </p>
        <dl className="sv-facts">
          <dt>{t("execution.plan.change")}</dt>
          <dd>{changeWhat(change, t, locale)}</dd>
          <dt>{t("execution.changePage.reason")}</dt>
          <dd className="sv-prewrap">{change.reason}</dd>
          <dt>{t("execution.changePage.requestedBy")}</dt>
          <dd>{t("execution.changePage.requestedValue", { name: change.requestedByName ?? "", date: formatDateTime(change.requestedAt, locale) })}</dd>
          <dt>{t("execution.plan.changeStatus")}</dt>
          <dd>{t(`execution.change.status.${change.status}`)}</dd>
          {change.settledAt && (
            <>
              <dt>{t("execution.changePage.settledBy")}</dt>
              <dd>{t("execution.changePage.requestedValue", { name: change.settledByName ?? "", date: formatDateTime(change.settledAt, locale) })}</dd>
            </>
          )}
          {change.settledNote && (
            <>
              <dt>{t("execution.changePage.note")}</dt>
              <dd className="sv-prewrap">{change.settledNote}</dd>
            </>
          )}
          {change.decisionReference && (
            <>
              <dt>{t("execution.changePage.decision")}</dt>
              <dd>{t("execution.changePage.decisionValue", { reference: change.decisionReference, date: change.decisionOn ? formatDate(change.decisionOn, locale) : "" })}</dd>
            </>
          )}
        </dl>

        {open && change.status === "kraver_beslut" && <p className="ds-paragraph">{t("execution.changePage.needsDecision")}</p>}

        {open && may.settle && (
          <section aria-labelledby="answer-heading">
            <h2 className="ds-heading" data-size="sm" id="answer-heading">
              {t("execution.changePage.answerHeading")}
            </h2>
            <PostForm className="sv-form">
              <input type="hidden" name="intent" value="answer" />
              <input type="hidden" name="changeId" value={change.id} />
              <Textarea name="note" label={t("execution.changePage.noteLabel")} hint={t("execution.changePage.noteHint")} rows={3} defaultValue={answer?.values.note} error={answer?.errors.note} />
              <div className="sv-actions">
                {change.status === "begard" && (
                  <button type="submit" className="ds-button" data-variant="primary" name="answer" value="approve">
                    {t("execution.changePage.approve")}
                  </button>
                )}{" "}
                <button type="submit" className="ds-button" data-variant="secondary" name="answer" value="refuse">
                  {t("execution.changePage.refuse")}
                </button>
              </div>
            </PostForm>
          </section>
        )}

        {change.status === "kraver_beslut" && may.decide && (
          <section aria-labelledby="decide-heading">
            <h2 className="ds-heading" data-size="sm" id="decide-heading">
              {t("execution.changePage.decideHeading")}
            </h2>
            <PostForm className="sv-form">
              <input type="hidden" name="intent" value="decide" />
              <input type="hidden" name="changeId" value={change.id} />
              <SelectField
                name="outcome"
                label={t("execution.changePage.outcome")}
                error={decide?.errors.outcome}
                value={decide?.values.outcome ?? "bifall"}
                options={[
                  { value: "bifall", label: t("execution.changePage.outcome.bifall") },
                  { value: "avslag", label: t("execution.changePage.outcome.avslag") },
                ]}
              />
              <TextField name="reference" label={t("execution.changePage.reference")} defaultValue={decide?.values.reference} error={decide?.errors.reference} />
              <TextField name="decidedOn" type="date" label={t("execution.changePage.decidedOn")} defaultValue={decide?.values.decidedOn} error={decide?.errors.decidedOn} />
              <Textarea name="decisionNote" label={t("execution.changePage.decideNote")} rows={3} defaultValue={decide?.values.decisionNote} error={decide?.errors.decisionNote} />
              <div>
                <button type="submit" className="ds-button" data-variant="primary">
                  {t("execution.changePage.saveDecision")}
                </button>
              </div>
            </PostForm>
          </section>
        )}
      </ExecutionFrame>
    </>
  );
}

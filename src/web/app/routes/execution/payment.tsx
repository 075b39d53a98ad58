import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { paymentSchema } from "#src/application/execution/index.ts";
import { formatDate, formatMoney, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { ExecutionFrame, refusalKey } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/budget/utbetalning: the contact person or case officer records a
 * payment to an effort against the efforts decision (fields `effortId`, `amountSek`, `paidOn`,
 * `note`; button "Registrera utbetalningen"). Never more than decided: the domain's rule.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).budgetFollowUp.view(actor, params.caseId ?? "");
  if (!view || !view.may.pay || !view.decision) notFound();
  return { caseId: view.caseId, title: view.title, phase: view.phase, decision: view.decision, efforts: view.efforts, submissionKey: randomUUID() };
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const parsed = parseForm(paymentSchema, form);
  if (!parsed.ok) return parsed;
  const r = await services(context).budgetFollowUp.recordPayment(actor, caseId, parsed.data, requestMeta(context));
  if (r.ok) return redirect(`/arenden/${caseId}/process/budget?utbetalning=1`);
  if (r.error === "not_found") notFound();
  return { ok: false, errors: (r.error === "invalid" && r.detail ? r.detail : { form: refusalKey(r.error) }) as FormFailure["errors"], values: formValues(form) };
}

const LABELS: Record<string, MessageKey> = { effortId: "execution.payment.effort", amountSek: "execution.payment.amount", paidOn: "execution.payment.paidOn", note: "execution.payment.note" };

export default function PaymentPage() {
  const t = useT();
  const locale = useLocale();
  const { caseId, title, phase, decision, efforts, submissionKey } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("execution.payment.title")}: ${title}`} />
      <ExecutionFrame caseId={caseId} title={title} heading={t("execution.payment.title")} phase={phase} started>
        <p className="ds-paragraph">
          <Link className="ds-link" to={`/arenden/${caseId}/process/budget`}>
            {t("execution.budget.title")}
          </Link>
        </p>
        <p className="ds-paragraph">{t("execution.payment.lead", { decision: t("execution.budget.decisionValue", { paragraph: decision.paragraph, date: formatDate(decision.decidedOn, locale) }) })}</p>
        <ErrorSummary errors={failure?.errors} labels={LABELS} />
        <PostForm className="sv-form">
          <input type="hidden" name="submissionKey" value={failure?.values.submissionKey ?? submissionKey} />
          <SelectField
            name="effortId"
            label={t("execution.payment.effort")}
            error={failure?.errors.effortId}
            value={failure?.values.effortId ?? ""}
            options={[{ value: "", label: t("execution.payment.effortChoose") }, ...efforts.map((e) => ({ value: e.id, label: t("execution.payment.effortOption", { title: e.title, remaining: formatMoney(e.remainingSek, locale) }) }))]}
          />
          <TextField name="amountSek" label={t("execution.payment.amount")} inputMode="numeric" defaultValue={failure?.values.amountSek} error={failure?.errors.amountSek} />
          <TextField name="paidOn" type="date" label={t("execution.payment.paidOn")} defaultValue={failure?.values.paidOn} error={failure?.errors.paidOn} />
          <TextField name="note" label={t("execution.payment.note")} hint={t("execution.payment.noteHint")} defaultValue={failure?.values.note} error={failure?.errors.note} />
          <div>
            <SubmitButton>{t("execution.payment.save")}</SubmitButton>
          </div>
        </PostForm>
      </ExecutionFrame>
    </>
  );
}

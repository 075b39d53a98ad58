import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { actualSchema } from "#src/application/execution/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { ExecutionFrame, refusalKey } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/** /arenden/:caseId/process/budget/utfall: the group records an actual cost against a budget line (fields `budgetLineId`, `amountSek`, `spentOn`, `description`). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).budgetFollowUp.view(actor, params.caseId ?? "");
  if (!view || !view.may.work) notFound();
  return { caseId: view.caseId, title: view.title, phase: view.phase, lines: view.lines.map((l) => ({ id: l.id, label: `${l.effortTitle}: ${l.contributor}${l.description ? ` (${l.description})` : ""}` })), submissionKey: randomUUID() };
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const parsed = parseForm(actualSchema, form);
  if (!parsed.ok) return parsed;
  const r = await services(context).budgetFollowUp.addActual(actor, caseId, parsed.data, requestMeta(context));
  if (r.ok) return redirect(`/arenden/${caseId}/process/budget?utfall=1`);
  if (r.error === "not_found") notFound();
  return { ok: false, errors: (r.error === "invalid" && r.detail ? r.detail : { form: refusalKey(r.error) }) as FormFailure["errors"], values: formValues(form) };
}

const LABELS: Record<string, MessageKey> = { budgetLineId: "execution.actual.line", amountSek: "execution.actual.amount", spentOn: "execution.actual.spentOn", description: "execution.actual.description" };

export default function ActualPage() {
  const t = useT();
  const { caseId, title, phase, lines, submissionKey } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("execution.actual.title")}: ${title}`} />
      <ExecutionFrame caseId={caseId} title={title} heading={t("execution.actual.title")} phase={phase} started>
        <p className="ds-paragraph">
          <Link className="ds-link" to={`/arenden/${caseId}/process/budget`}>
            {t("execution.budget.title")}
          </Link>
        </p>
        <p className="ds-paragraph">{t("execution.actual.lead")}</p>
        <ErrorSummary errors={failure?.errors} labels={LABELS} />
        <PostForm className="sv-form">
          <input type="hidden" name="submissionKey" value={failure?.values.submissionKey ?? submissionKey} />
          <SelectField name="budgetLineId" label={t("execution.actual.line")} error={failure?.errors.budgetLineId} value={failure?.values.budgetLineId ?? ""} options={[{ value: "", label: t("execution.actual.lineChoose") }, ...lines.map((l) => ({ value: l.id, label: l.label }))]} />
          <TextField name="amountSek" label={t("execution.actual.amount")} inputMode="numeric" defaultValue={failure?.values.amountSek} error={failure?.errors.amountSek} />
          <TextField name="spentOn" type="date" label={t("execution.actual.spentOn")} defaultValue={failure?.values.spentOn} error={failure?.errors.spentOn} />
          <TextField name="description" label={t("execution.actual.description")} defaultValue={failure?.values.description} error={failure?.errors.description} />
          <div>
            <SubmitButton>{t("execution.actual.save")}</SubmitButton>
          </div>
        </PostForm>
      </ExecutionFrame>
    </>
  );
}

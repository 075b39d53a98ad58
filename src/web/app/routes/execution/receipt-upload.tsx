import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { MAX_RECEIPT_BYTES, receiptSchema } from "#src/application/execution/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, FileField, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { ExecutionFrame } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/** /arenden/:caseId/process/budget/underlag: the group uploads a receipt or record (fields `file`, `budgetLineId`, `description`; button "Ladda upp"). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).budgetFollowUp.view(actor, params.caseId ?? "");
  if (!view || !view.may.work) notFound();
  return { caseId: view.caseId, title: view.title, phase: view.phase, lines: view.lines.map((l) => ({ id: l.id, label: `${l.effortTitle}: ${l.contributor}` })), submissionKey: randomUUID() };
}

const ERRORS: Record<string, MessageKey> = {
  empty: "execution.receipt.empty",
  too_large: "execution.receipt.too_large",
  type_not_allowed: "execution.receipt.type_not_allowed",
  too_many: "execution.receipt.too_many",
  closed: "execution.error.closed",
};

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const values = formValues(form);
  const parsed = parseForm(receiptSchema, form);
  if (!parsed.ok) return parsed;
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, errors: { file: file instanceof File && file.name ? "execution.receipt.empty" : "execution.receipt.noFile" }, values };
  // Refuse an oversized file before reading it into memory.
  if (file.size > MAX_RECEIPT_BYTES) return { ok: false, errors: { file: "execution.receipt.too_large" }, values };
  const r = await services(context).budgetFollowUp.addReceipt(actor, caseId, parsed.data, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, requestMeta(context));
  if (r.ok) return redirect(`/arenden/${caseId}/process/budget?underlag=1`);
  if (r.error === "not_found") notFound();
  if (r.error === "invalid") return { ok: false, errors: (r.detail ?? { form: "execution.error.invalid" }) as FormFailure["errors"], values };
  return { ok: false, errors: { file: ERRORS[r.error] ?? "execution.error.invalid" }, values };
}

const LABELS: Record<string, MessageKey> = { file: "execution.receipt.file", budgetLineId: "execution.receipt.line", description: "execution.receipt.description" };

export default function ReceiptUploadPage() {
  const t = useT();
  const { caseId, title, phase, lines, submissionKey } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("execution.receipt.title")}: ${title}`} />
      <ExecutionFrame caseId={caseId} title={title} heading={t("execution.receipt.title")} phase={phase} started>
        <p className="ds-paragraph">
          <Link className="ds-link" to={`/arenden/${caseId}/process/budget`}>
            {t("execution.budget.title")}
          </Link>
        </p>
        <p className="ds-paragraph">{t("execution.receipt.lead")}</p>
        <ErrorSummary errors={failure?.errors} labels={LABELS} />
        <PostForm className="sv-form" encType="multipart/form-data">
          <input type="hidden" name="submissionKey" value={submissionKey} />
          <FileField name="file" label={t("execution.receipt.file")} accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png" error={failure?.errors.file} />
          <SelectField name="budgetLineId" label={t("execution.receipt.line")} error={failure?.errors.budgetLineId} value={failure?.values.budgetLineId ?? ""} options={[{ value: "", label: t("execution.receipt.lineNone") }, ...lines.map((l) => ({ value: l.id, label: l.label }))]} />
          <TextField name="description" label={t("execution.receipt.description")} defaultValue={failure?.values.description} error={failure?.errors.description} />
          <div>
            <SubmitButton>{t("execution.receipt.save")}</SubmitButton>
          </div>
        </PostForm>
      </ExecutionFrame>
    </>
  );
}

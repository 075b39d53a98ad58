import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { ALLOWED_ATTACHMENT_TYPES, isAllowedAttachmentType, MAX_ATTACHMENT_BYTES } from "#src/domain/intake/attachment-policy.ts";
import { formatDateTime, formatNumber, type MessageKey } from "#src/text/index.ts";
import { attachmentActionSchema } from "#src/application/intake/index.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, FileField, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { PartCounter, partsFor, StepNav } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** /ansokan/:caseId/bilagor: upload and remove attachments while the application is a draft. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).applications.view(actor, params.caseId ?? "");
  if (!view) notFound();
  const url = new URL(request.url);
  return { view, parts: partsFor(view, requestState(context).locale), submissionKey: randomUUID(), notice: url.searchParams.get("klart") };
}

const ERRORS: Record<string, MessageKey> = {
  empty: "appl.error.att.empty",
  too_large: "appl.error.att.too_large",
  type_not_allowed: "appl.error.att.type_not_allowed",
  too_many: "appl.error.att.too_many",
  not_editable: "appl.error.not_editable",
};

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const svc = services(context).applications;
  // A form without the page's key finds nothing.
  const parsed = parseForm(attachmentActionSchema, form, { names: { attachmentId: "attachment_id", submissionKey: "submission_key" } });
  if (!parsed.ok) notFound();
  if (parsed.data.intent === "remove") {
    const result = await svc.removeAttachment(actor, caseId, parsed.data.attachmentId, requestMeta(context));
    if (!result.ok) {
      if (result.error === "not_found") notFound();
      return { ok: false, errors: { form: "appl.error.not_editable" }, values: {} };
    }
    return redirect(`/ansokan/${caseId}/bilagor?klart=borttagen`);
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, errors: { file: file instanceof File && file.name ? "appl.error.att.empty" : "appl.error.att.noFile" }, values: {} };
  // Refuse an oversized file before reading it into memory.
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, errors: { file: "appl.error.att.too_large" }, values: {} };
  const result = await svc.addAttachment(actor, caseId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), submissionKey: parsed.data.submissionKey }, requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    return { ok: false, errors: { file: ERRORS[result.error] ?? "appl.error.form" }, values: {} };
  }
  return redirect(`/ansokan/${caseId}/bilagor?klart=uppladdad`);
}

export default function Attachments() {
  const t = useT();
  const locale = useLocale();
  const { view, parts, submissionKey, notice } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const a = view.application;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("appl.att.title")} – ${a.title}`} />
      <PartCounter parts={parts} current="bilagor" title={a.title} />
      <h1 className="ds-heading" data-size="lg">
        {t("appl.att.title")}
      </h1>
      <div className="sv-layout-form">
        <StepNav caseId={a.caseId} parts={parts} current="bilagor" />
        <div>
          {notice === "uppladdad" && !failure && <Notice color="success">{t("appl.att.added")}</Notice>}
          {notice === "borttagen" && !failure && <Notice color="success">{t("appl.att.removed")}</Notice>}
          <p className="ds-paragraph">{t("appl.att.lead")}</p>
          {view.attachments.length === 0 ? (
            <p className="ds-paragraph">{t("appl.att.none")}</p>
          ) : (
            <div className="sv-table-wrap" tabIndex={0} role="region" aria-label={t("appl.att.caption")}>
              <table className="ds-table">
                <caption>{t("appl.att.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("appl.att.name")}</th>
                    <th scope="col">{t("appl.att.type")}</th>
                    <th scope="col">{t("appl.att.size")}</th>
                    <th scope="col">{t("appl.att.by")}</th>
                    {view.canEdit && <th scope="col"><span className="sv-visually-hidden">{t("appl.att.remove")}</span></th>}
                  </tr>
                </thead>
                <tbody>
                  {view.attachments.map((f) => (
                    <tr key={f.id}>
                      <td>
                        <Link to={`/arenden/${a.caseId}/bilagor/${f.id}`} reloadDocument className="ds-link">
                          {f.filename}
                        </Link>
                      </td>
                      <td>{isAllowedAttachmentType(f.mediaType) ? ALLOWED_ATTACHMENT_TYPES[f.mediaType] : f.mediaType}</td>
                      <td>{formatNumber(f.sizeBytes / 1024, locale, 0)} kB</td>
                      <td>
                        {f.uploadedByName ?? "–"}, {formatDateTime(new Date(f.createdAt), locale)}
                      </td>
                      {view.canEdit && (
                        <td>
                          <PostForm className="sv-inline-form" aria-label={t("appl.att.removeNamed", { name: f.filename })}>
                            <input type="hidden" name="intent" value="remove" />
                            <input type="hidden" name="attachment_id" value={f.id} />
                            <button type="submit" className="ds-button" data-variant="tertiary" aria-label={t("appl.att.removeNamed", { name: f.filename })}>
                              {t("appl.att.remove")}
                            </button>
                          </PostForm>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {view.canEdit ? (
            <PostForm className="sv-form" encType="multipart/form-data">
              <ErrorSummary errors={failure?.errors} labels={{ file: "appl.att.file" }} />
              <input type="hidden" name="intent" value="upload" />
              <input type="hidden" name="submission_key" value={submissionKey} />
              <FileField name="file" label={t("appl.att.file")} hint={t("appl.att.rules")} error={failure?.errors.file} accept=".pdf,.docx,.odt,.png,.jpg,.jpeg,.webp" />
              <div className="sv-buttons">
                <SubmitButton>{t("appl.att.upload")}</SubmitButton>
                <Link to={`/ansokan/${a.caseId}/granska`} className="ds-button" data-variant="secondary">
                  {t("appl.save")}
                </Link>
              </div>
            </PostForm>
          ) : (
            <Notice>{t("appl.readonly")}</Notice>
          )}
        </div>
      </div>
    </>
  );
}

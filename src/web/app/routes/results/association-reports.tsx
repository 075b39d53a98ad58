import { randomUUID } from "node:crypto";
import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { MAX_ATTACHMENT_BYTES } from "#src/domain/intake/attachment-policy.ts";
import { swedishYear } from "#src/domain/dates.ts";
import { formatDateTime, formatNumber, type MessageKey } from "#src/text/index.ts";
import { formValues, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { ErrorSummary, FileField, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { ResultsFrame } from "./shared.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

const ACCEPT = ".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text";

const ERRORS: Record<string, MessageKey> = {
  empty: "appl.error.att.empty",
  too_large: "appl.error.att.too_large",
  type_not_allowed: "results.error.reportType",
  too_many: "results.error.tooManyReports",
  closed: "results.error.closed",
};

/**
 * /arenden/:caseId/process/rapporter: an actors' association's annual report
 * (verksamhetsberättelse) and financial statement (ekonomisk berättelse) per year (seed 002:
 * "Om aktörerna har bildat en förening ska det även skickas in bl.a. verksamhetsberättelse och
 * ekonomisk berättelse"). PDF, DOCX or ODT, its real type read from the content.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).results.associationReports(actor, params.caseId ?? "");
  if (!view) notFound();
  return { ...view, submissionKey: randomUUID(), thisYear: swedishYear(new Date()) };
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const values = formValues(form, ["_csrf", "file"]);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, errors: { file: file instanceof File && file.name ? "appl.error.att.empty" : "appl.error.att.noFile" }, values };
  // Refuse an oversized file before reading it into memory.
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, errors: { file: "appl.error.att.too_large" }, values };
  const r = await services(context).results.uploadAssociationReport(actor, caseId, { year: form.get("year") ?? "", kind: form.get("kind") ?? "", submissionKey: form.get("submissionKey") ?? "" }, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, requestMeta(context));
  if (!r.ok) {
    if (r.error === "not_found") notFound();
    if (r.error === "invalid") return { ok: false, errors: (r.detail ?? { form: "appl.error.form" }) as FormFailure["errors"], values };
    return { ok: false, errors: { file: ERRORS[r.error] ?? "appl.error.form" }, values };
  }
  return redirect(`/arenden/${caseId}/process/rapporter?uppladdad=1`);
}

export default function AssociationReportsPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <ResultsFrame caseId={data.caseId} title={data.title} heading={t("results.association.title")} failed={Boolean(failure)}>
      {params.get("uppladdad") && !failure && <Notice color="success">{t("results.association.uploaded")}</Notice>}
      <p className="ds-paragraph">{t("results.association.lead")}</p>
      {data.reports.length === 0 ? (
        <p className="ds-paragraph">{t("results.association.none")}</p>
      ) : (
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption>{t("results.association.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("results.association.year")}</th>
                <th scope="col">{t("results.association.kind")}</th>
                <th scope="col">{t("results.association.file")}</th>
                <th scope="col">{t("results.association.uploadedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {data.reports.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.year}</th>
                  <td>{t(`results.association.kind.${f.kind}` as MessageKey)}</td>
                  <td>
                    {data.may.download ? (
                      <a className="ds-link" href={`/arenden/${data.caseId}/process/rapporter/${f.id}`} download>
                        {f.filename}
                      </a>
                    ) : (
                      f.filename
                    )}{" "}
                    ({t("results.association.size", { kb: formatNumber(Math.max(1, Math.round(f.sizeBytes / 1024)), locale) })})
                  </td>
                  <td>{t("results.association.byAt", { name: f.uploadedByName ?? "–", at: formatDateTime(f.uploadedAt, locale) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.may.upload && (
        <section aria-labelledby="association-upload">
          <h2 className="ds-heading" data-size="sm" id="association-upload">
            {t("results.association.upload")}
          </h2>
          <PostForm className="sv-form" encType="multipart/form-data">
            <input type="hidden" name="submissionKey" value={data.submissionKey} />
            <ErrorSummary errors={failure?.errors} labels={{ year: "results.association.year", kind: "results.association.kind", file: "results.association.file" }} />
            <TextField name="year" label={t("results.association.year")} hint={t("results.association.yearHint")} inputMode="numeric" defaultValue={failure?.values.year ?? String(data.thisYear - 1)} error={failure?.errors.year} />
            <SelectField
              name="kind"
              label={t("results.association.kind")}
              value={failure?.values.kind ?? "verksamhetsberattelse"}
              error={failure?.errors.kind}
              options={[
                { value: "verksamhetsberattelse", label: t("results.association.kind.verksamhetsberattelse") },
                { value: "ekonomisk_berattelse", label: t("results.association.kind.ekonomisk_berattelse") },
              ]}
            />
            <FileField name="file" label={t("results.association.file")} hint={t("results.association.fileHint", { mb: Math.round(MAX_ATTACHMENT_BYTES / 1024 / 1024) })} error={failure?.errors.file} accept={ACCEPT} />
            <div>
              <SubmitButton>{t("results.association.uploadButton")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      )}
    </ResultsFrame>
  );
}

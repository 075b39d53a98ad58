import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { formatDateTime, type MessageKey } from "#src/text/index.ts";
import { coordinationRecordSchema } from "#src/application/coordination/index.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { HandlingHeader } from "#src/web/app/ui/handling-header.tsx";
import { OverlapTable } from "./shared.tsx";

/** /handlaggning/:caseId/samordning: the case's overlaps with other processes, and "coordinated with". */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const found = await services(context).coordination.casePage(actor, params.caseId ?? "");
  if (!found) notFound();
  return { ...found, submissionKey: randomUUID() };
}

const ERRORS: Record<string, MessageKey> = { empty: "coord.error.empty", too_long: "coord.error.too_long", unknown_process: "coord.error.unknown_process" };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const parsed = parseForm(coordinationRecordSchema, form, { names: { submissionKey: "submission_key" } });
  if (!parsed.ok) {
    // A form without its key was not sent from the page.
    if (parsed.errors.submission_key) notFound();
    return parsed;
  }
  const values = formValues(form);
  const result = await services(context).coordination.recordCoordination(actor, { caseId, ...parsed.data }, requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    const field = result.error === "unknown_process" ? "registerId" : "how";
    return { ok: false, errors: { [field]: ERRORS[result.error] ?? "coord.error.empty" }, values };
  }
  return redirect(`/handlaggning/${caseId}/samordning?sparad=1`);
}

export default function CaseCoordination() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [params] = useSearchParams();
  const v = failure?.values ?? {};
  return (
    <>
      <HandlingHeader caseId={data.caseId} caseTitle={data.title} caseNumber={data.caseNumber} page={t("coord.title")} failed={!!failure} />
      {params.get("sparad") && !failure && <Notice color="success">{t("coord.saved")}</Notice>}
      <p className="ds-paragraph">{t("coord.lead")}</p>
      {!data.hasGeometry ? <p className="ds-paragraph">{t("coord.noGeometry")}</p> : data.overlaps.length === 0 ? <p className="ds-paragraph">{t("reg.detail.noOverlaps")}</p> : <OverlapTable overlaps={data.overlaps} />}
      <h2 className="ds-heading" data-size="sm">
        {t("coord.done")}
      </h2>
      {data.coordinations.length === 0 ? (
        <p className="ds-paragraph">{t("coord.none")}</p>
      ) : (
        <ul className="ds-list">
          {data.coordinations.map((c) => (
            <li key={c.id}>
              <Link to={`/processer/${c.registerId}`} className="ds-link">
                {c.name}
              </Link>
              : {c.how} <span className="sv-hint">({t("coord.by", { name: c.recordedByName, time: formatDateTime(new Date(c.createdAt), locale) })})</span>
            </li>
          ))}
        </ul>
      )}
      {data.overlaps.length > 0 && (
        <PostForm className="sv-form">
          <ErrorSummary errors={failure?.errors} labels={{ registerId: "coord.with", how: "coord.how" }} />
          <input type="hidden" name="submission_key" value={v.submission_key ?? data.submissionKey} />
          <div className="ds-field sv-field">
            <label className="ds-label" htmlFor="field-registerId">
              {t("coord.with")}
            </label>
            {failure?.errors.registerId && (
              <div id="field-registerId-error" className="ds-validation-message" data-color="danger">
                {t(failure.errors.registerId)}
              </div>
            )}
            <select className="ds-input" id="field-registerId" name="registerId" defaultValue={v.registerId ?? ""} aria-invalid={failure?.errors.registerId ? true : undefined} aria-describedby={failure?.errors.registerId ? "field-registerId-error" : undefined}>
              {data.overlaps.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.ownerName})
                </option>
              ))}
            </select>
          </div>
          <Textarea name="how" label={t("coord.how")} hint={t("coord.howHint")} defaultValue={v.how} error={failure?.errors.how} rows={4} />
          <div>
            <SubmitButton>{t("coord.save")}</SubmitButton>
          </div>
        </PostForm>
      )}
    </>
  );
}

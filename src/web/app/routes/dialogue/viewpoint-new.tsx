import { useLanguageNames } from "#src/web/app/ui/language.tsx";
import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { ENTERED_VIEWPOINT_MAX, viewpointEntrySchema } from "#src/application/dialogue/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, PostForm, SelectField, SubmitButton, Textarea } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { ViewpointAboutFields } from "./viewpoint-fields.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain form: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

const NAMES = { submissionKey: "submission_key" };

/** /arenden/:caseId/process/synpunkter/ny: the group enters a viewpoint that came in another way (source manuell). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const form = await services(context).viewpoints.entryForm(actor, params.caseId ?? "");
  if (!form) notFound();
  return { ...form, submissionKey: requestState(context).formKey };
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const parsed = parseForm(viewpointEntrySchema, form, { names: NAMES });
  if (!parsed.ok) return parsed;
  const result = await services(context).viewpoints.add(actor, caseId, parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    const lists = { relations: form.getAll("relations").map(String) };
    if (result.error === "unknown_activity") return { ok: false, errors: { activityId: "vp.error.activity" }, values: formValues(form), lists };
    // A language Samverka does not offer (only a made-up form sends one): said at the select.
    if (result.error === "invalid" && result.detail?.language) return { ok: false, errors: { language: "vp.error.language" }, values: formValues(form), lists };
    return { ok: false, errors: { form: result.error === "closed" ? "vp.error.processClosed" : "vp.error.form" }, values: formValues(form), lists };
  }
  return redirect(`/arenden/${caseId}/process/synpunkter?sparad=1`);
}

export default function NewViewpoint() {
  const t = useT();
  const languages = useLanguageNames();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const errors = failure?.errors;
  const v = failure?.values ?? {};
  return (
    <>
      <PageTitle failed={Boolean(errors)} text={`${t("vp.new.title")}: ${data.caseTitle}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}/process/synpunkter`}>
          {t("vp.backToList")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("vp.new.title")}
      </h1>
      <p className="ds-paragraph">{t("vp.new.lead")}</p>
      <PostForm className="sv-form">
        <ErrorSummary errors={errors} labels={{ body: "vp.new.body", activityId: "vp.new.activity", language: "vp.language", ageBand: "vp.age.legendOther", sex: "vp.sex.legendOther", relations: "vp.relation.legendOther" }} />
        <input type="hidden" name="submission_key" value={v.submission_key ?? data.submissionKey} />
        <Textarea name="body" label={t("vp.new.body")} defaultValue={v.body} error={errors?.body} rows={6} maxLength={ENTERED_VIEWPOINT_MAX} />
        <div className="ds-field sv-field">
          <label className="ds-label" htmlFor="field-activityId">
            {t("vp.new.activity")}
          </label>
          {errors?.activityId && (
            <div id="field-activityId-error" className="ds-validation-message" data-color="danger">
              {t(errors.activityId)}
            </div>
          )}
          <select className="ds-input" id="field-activityId" name="activityId" defaultValue={v.activityId ?? ""} aria-invalid={errors?.activityId ? true : undefined} aria-describedby={errors?.activityId ? "field-activityId-error" : undefined}>
            <option value="">{t("vp.new.activityNone")}</option>
            {data.activities.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <SelectField name="language" label={t("vp.language")} hint={t("vp.language.hint")} error={errors?.language} defaultValue={v.language ?? "sv"} options={languages.all.map((l) => ({ value: l.code, label: l.name }))} />
        <ViewpointAboutFields person="other" values={v} relations={failure?.lists?.relations ?? []} errors={errors} />
        <div>
          <SubmitButton>{t("vp.new.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}

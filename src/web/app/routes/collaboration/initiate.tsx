import { randomUUID } from "node:crypto";
import { redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { cityProcessSchema } from "#src/application/collaboration/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { forbidden, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { CheckboxGroup, Radios } from "#src/web/app/ui/choices.tsx";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain form: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/ny-process: a contact person (or case officer) starts a process on the city's
 * initiative, for a committee they work for. It begins in the samarbetsfas; next, the
 * organisations are invited into it (its page of parties).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const options = await services(context).cityProcesses.options(actor);
  if (!options) forbidden();
  return { ...options, submissionKey: randomUUID() };
}

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const parsed = parseForm(cityProcessSchema, form);
  if (!parsed.ok) return parsed;
  const result = await services(context).cityProcesses.start(actor, parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_allowed") forbidden();
    const errors = (result.error === "invalid" ? (result.detail ?? { form: "appl.error.form" }) : { form: `initiate.error.${result.error}` }) as Record<string, MessageKey>;
    return { ok: false, errors, values: formValues(form), lists: { areaIds: form.getAll("areaIds").map(String) } };
  }
  return redirect(`/arenden/${result.value.caseId}/process/parter?startad=1`);
}

export default function InitiateProcess() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const values = failure?.values ?? {};
  const committeeName = (c: { nameSv: string; nameEn: string; code: string }) => `${locale === "en" ? c.nameEn : c.nameSv} (${c.code})`;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("initiate.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("initiate.title")}
      </h1>
      <p className="ds-paragraph">{t("initiate.lead")}</p>
      {data.processTypeName && <p className="ds-paragraph">{t("initiate.processType", { name: locale === "en" ? data.processTypeName.en : data.processTypeName.sv })}</p>}
      {data.committees.length === 0 ? (
        <Notice>{t("initiate.noCommittees")}</Notice>
      ) : (
        <PostForm className="sv-form" aria-label={t("initiate.title")}>
          <ErrorSummary
            errors={failure?.errors}
            labels={{ title: "initiate.field.title", description: "initiate.field.description", committeeId: "initiate.field.committee", areaIds: "initiate.field.areas", startsOn: "initiate.field.startsOn" }}
          />
          <input type="hidden" name="submissionKey" value={values.submissionKey ?? data.submissionKey} />
          <TextField name="title" label={t("initiate.field.title")} defaultValue={values.title} error={failure?.errors.title} required />
          <Textarea name="description" label={t("initiate.field.description")} hint={t("initiate.field.descriptionHint")} defaultValue={values.description} error={failure?.errors.description} rows={5} maxLength={5000} required />
          <Radios
            name="committeeId"
            legend={t("initiate.field.committee")}
            options={data.committees.map((c) => ({ value: c.id, label: committeeName(c) }))}
            value={values.committeeId ?? (data.committees.length === 1 ? data.committees[0]!.id : undefined)}
            error={failure?.errors.committeeId ? t(failure.errors.committeeId) : undefined}
          />
          <CheckboxGroup
            name="areaIds"
            legend={t("initiate.field.areas")}
            options={data.areas.map((a) => ({ value: a.id, label: a.name }))}
            checked={failure?.lists?.areaIds ?? []}
            error={failure?.errors.areaIds ? t(failure.errors.areaIds) : undefined}
          />
          <TextField name="startsOn" label={t("initiate.field.startsOn")} hint={t("initiate.field.startsOnHint")} defaultValue={values.startsOn} error={failure?.errors.startsOn} inputMode="numeric" />
          <div>
            <SubmitButton>{t("initiate.submit")}</SubmitButton>
          </div>
        </PostForm>
      )}
    </>
  );
}

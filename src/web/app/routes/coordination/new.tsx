import { randomUUID } from "node:crypto";
import { redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { OWNER_KINDS, PROCESS_STATUSES, THEMES } from "#src/domain/coordination/process.ts";
import type { MessageKey } from "#src/text/index.ts";
import { processRegistrationSchema } from "#src/application/coordination/index.ts";
import { formValues, parseForm, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { forbidden, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { Radios } from "#src/web/app/ui/choices.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { CheckboxGroup, ownerKey, statusKey, themeKey } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** /processer/ny: register one local process. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const form = await services(context).coordination.newProcessForm(actor);
  if (!form) forbidden();
  return { areas: form.areas, submissionKey: randomUUID() };
}

interface Failure {
  ok: false;
  errors: FieldErrors;
  values: Record<string, string>;
  lists: { themes: string[]; areaCodes: string[] };
  vars: Record<string, Record<string, string>>;
}

const FIELD_ERRORS: Record<string, MessageKey> = {
  required: "reg.error.required",
  too_long: "reg.error.too_long",
  unknown_owner_kind: "reg.error.unknown_owner_kind",
  unknown_theme: "reg.error.unknown_theme",
  invalid_date: "reg.error.invalid_date",
  ends_before_start: "reg.error.ends_before_start",
  unknown_status: "reg.error.unknown_status",
  invalid_email: "reg.error.invalid_email",
  invalid_link: "reg.error.invalid_link",
  no_area: "reg.error.no_area",
  unknown_area: "reg.error.unknown_area",
  invalid_geometry: "reg.error.invalid_geometry",
};

export async function action({ request, context }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const lists = { themes: form.getAll("themes").map(String), areaCodes: form.getAll("areaCodes").map(String) };
  const parsed = parseForm(processRegistrationSchema, form, { names: { submissionKey: "submission_key" } });
  if (!parsed.ok) {
    const { submission_key: refused, ...errors } = parsed.errors;
    return { ok: false, errors: refused ? { ...errors, form: "appl.error.form" } : errors, values: parsed.values, lists, vars: {} };
  }
  const result = await services(context).coordination.create(actor, parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    const errors: FieldErrors = {};
    const vars: Record<string, Record<string, string>> = {};
    for (const [field, code] of Object.entries(result.detail ?? {})) {
      if (field === "geojson_reason") continue;
      if (field === "form") errors.form = "appl.error.form";
      else if (field === "geojson" && code !== "invalid_geometry") errors.geojson = "reg.error.geometry";
      else errors[field] = FIELD_ERRORS[code] ?? "reg.error.required";
    }
    if (result.detail?.geojson_reason !== undefined) vars.geojson = { detail: result.detail.geojson_reason };
    if (errors.areaCodes === "reg.error.unknown_area") vars.areaCodes = { detail: lists.areaCodes.join(", ") };
    return { ok: false, errors, values: formValues(form), lists, vars };
  }
  return redirect(`/processer/${result.value.id}?sparad=1`);
}

const LABELS: Record<string, MessageKey> = {
  name: "reg.form.name",
  ownerKind: "reg.ownerKind",
  ownerName: "reg.form.ownerName",
  contactName: "reg.form.contactName",
  contactEmail: "reg.form.contactEmail",
  themes: "reg.form.themes",
  areaCodes: "reg.form.areas",
  geojson: "reg.form.geojson",
  startsOn: "reg.form.startsOn",
  endsOn: "reg.form.endsOn",
  status: "reg.status",
  link: "reg.form.link",
};

export default function NewProcess() {
  const t = useT();
  const { areas, submissionKey } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as Failure | undefined;
  const v = failure?.values ?? {};
  const e = failure?.errors;
  const err = (k: string) => (e?.[k] ? t(e[k]!, failure?.vars[k]) : undefined);
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("reg.form.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("reg.form.title")}
      </h1>
      <PostForm className="sv-form">
        <ErrorSummary errors={e} labels={LABELS} vars={failure?.vars} />
        <input type="hidden" name="submission_key" value={v.submission_key ?? submissionKey} />
        <TextField name="name" label={t("reg.form.name")} defaultValue={v.name} error={e?.name} />
        <Radios name="ownerKind" legend={t("reg.ownerKind")} options={OWNER_KINDS.map((o) => ({ value: o, label: t(ownerKey(o)) }))} value={v.ownerKind} error={err("ownerKind")} />
        <TextField name="ownerName" label={t("reg.form.ownerName")} hint={t("reg.form.ownerNameHint")} defaultValue={v.ownerName} error={e?.ownerName} />
        <TextField name="contactName" label={t("reg.form.contactName")} defaultValue={v.contactName} error={e?.contactName} autoComplete="off" />
        <TextField name="contactEmail" type="email" label={t("reg.form.contactEmail")} defaultValue={v.contactEmail} error={e?.contactEmail} autoComplete="off" />
        <CheckboxGroup name="themes" legend={t("reg.form.themes")} options={THEMES.map((x) => ({ value: x, label: t(themeKey(x)) }))} checked={failure?.lists.themes ?? []} error={err("themes")} />
        <CheckboxGroup name="areaCodes" legend={t("reg.form.areas")} hint={t("reg.form.areasHint")} options={areas.map((a) => ({ value: a.code, label: a.name }))} checked={failure?.lists.areaCodes ?? []} error={err("areaCodes")} />
        <Textarea name="geojson" label={t("reg.form.geojson")} hint={t("reg.form.geojsonHint")} defaultValue={v.geojson} error={e?.geojson} rows={4} />
        {e?.geojson && failure?.vars.geojson && <p className="ds-validation-message" data-color="danger">{t("reg.error.invalid_geometry", failure.vars.geojson)}</p>}
        <TextField name="startsOn" label={t("reg.form.startsOn")} hint={t("reg.form.dateHint")} defaultValue={v.startsOn} error={e?.startsOn} />
        <TextField name="endsOn" label={t("reg.form.endsOn")} hint={t("reg.form.dateHint")} defaultValue={v.endsOn} error={e?.endsOn} />
        <Radios name="status" legend={t("reg.status")} options={PROCESS_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))} value={v.status} error={err("status")} />
        <TextField name="link" type="url" label={t("reg.form.link")} defaultValue={v.link} error={e?.link} />
        <div>
          <SubmitButton>{t("reg.form.save")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}

import { redirect, useActionData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { areaImportSchema, type AreaProblem } from "#src/application/coordination/index.ts";
import { can } from "#src/domain/access/policy.ts";
import type { MessageKey } from "#src/text/index.ts";
import { formFields, parseForm, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { forbidden, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ImportReport } from "#src/web/app/ui/import-report.tsx";
import { ErrorSummary, FileField, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** /omraden/import: a new version of the city's areas from GeoJSON (analyst, administrator). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  if (!can(actor, { action: "areas.manage" })) forbidden();
  return null;
}

type Values = { validFrom: string; source: string };
type Outcome = { ok: false; problems: AreaProblem[]; values: Values } | { ok: false; noFile: true; values: Values } | { ok: false; errors: FieldErrors; values: Values };

export async function action({ request, context }: ActionFunctionArgs): Promise<Outcome | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const sent = formFields(form);
  const values = { validFrom: sent.value("validFrom") ?? "", source: sent.value("source") ?? "" };
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, noFile: true, values };
  const parsed = parseForm(areaImportSchema, form);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values };
  const result = await services(context).coordination.importAreas(actor, { text: await file.text(), ...parsed.data }, requestMeta(context));
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    return { ok: false, problems: result.problems, values };
  }
  return redirect(`/omraden/import?importerade=${result.value.inserted}&avslutade=${result.value.closed}`);
}

export default function AreasImport() {
  const t = useT();
  const outcome = useActionData<typeof action>() as Outcome | undefined;
  const [params] = useSearchParams();
  const problems = outcome && "problems" in outcome ? outcome.problems : null;
  const noFile = outcome && "noFile" in outcome;
  // The day and the source: their problems are the form's own, shown by their fields.
  const fieldErrors = outcome && "errors" in outcome ? outcome.errors : undefined;
  return (
    <>
      <PageTitle failed={Boolean(outcome)} text={t("areaImport.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("areaImport.title")}
      </h1>
      {params.get("importerade") && !outcome && <Notice color="success">{t("areaImport.done", { inserted: params.get("importerade")!, closed: params.get("avslutade") ?? "0" })}</Notice>}
      <p className="ds-paragraph">{t("areaImport.lead")}</p>
      <p className="ds-paragraph">{t("areaImport.rule")}</p>
      {problems && (
        <ImportReport
          title={t("areaImport.errorsTitle", { count: problems.length })}
          columns={[t("areaImport.feature"), t("areaImport.code"), t("reg.import.problem")]}
          rows={problems.map((p) => [p.feature || "–", p.code ?? "–", t(problemKey(p.error), { detail: "detail" in p ? (p.detail ?? "") : "", reason: "" })])}
        />
      )}
      <PostForm className="sv-form" encType="multipart/form-data">
        <ErrorSummary errors={noFile ? { file: "areaImport.noFile" } : fieldErrors} labels={{ file: "areaImport.file", validFrom: "areaImport.validFrom", source: "areaImport.source" }} />
        <FileField name="file" label={t("areaImport.file")} error={noFile ? "areaImport.noFile" : undefined} accept=".geojson,.json,application/geo+json,application/json" />
        <TextField name="validFrom" label={t("areaImport.validFrom")} hint={t("reg.form.dateHint")} defaultValue={outcome?.values.validFrom} error={fieldErrors?.validFrom} />
        <TextField name="source" label={t("areaImport.source")} hint={t("areaImport.sourceHint")} defaultValue={outcome?.values.source} error={fieldErrors?.source} />
        <div>
          <SubmitButton>{t("areaImport.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}

const AREA_IMPORT_ERRORS = new Set(["empty", "not_json", "not_feature_collection", "too_large", "missing_code", "missing_name", "duplicate_code", "bad_code", "invalid_date", "source_missing", "version_exists", "invalid_geometry"]);
function problemKey(code: string): MessageKey {
  if (AREA_IMPORT_ERRORS.has(code)) return `areaImport.error.${code}` as MessageKey;
  // The geometry errors the application form also reports.
  return `appl.error.area.${code}` as MessageKey;
}

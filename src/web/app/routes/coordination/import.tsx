import { redirect, useActionData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import type { CsvRowError } from "#src/application/coordination/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import { forbidden, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, FileField, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { ImportReport } from "#src/web/app/ui/import-report.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** /processer/import: processes from a CSV file, all rows or none, with a report by row. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  if (!services(context).coordination.canManage(actor)) forbidden();
  return null;
}

type Outcome = { ok: false; noFile: true } | { ok: false; errors: CsvRowError[] };

export async function action({ request, context }: ActionFunctionArgs): Promise<Outcome | Response> {
  const actor = requireActor(context, request);
  const file = (await request.formData()).get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, noFile: true };
  const result = await services(context).coordination.importCsv(actor, await file.text(), requestMeta(context));
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    return { ok: false, errors: result.errors };
  }
  return redirect(`/processer/import?importerade=${result.value.imported}`);
}

export default function ImportProcesses() {
  const t = useT();
  const outcome = useActionData<typeof action>() as Outcome | undefined;
  const [params] = useSearchParams();
  const errors = outcome && "errors" in outcome ? outcome.errors : null;
  const noFile = outcome && "noFile" in outcome;
  return (
    <>
      <PageTitle failed={Boolean(outcome)} text={t("reg.import.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("reg.import.title")}
      </h1>
      {params.get("importerade") && !outcome && <Notice color="success">{t("reg.import.done", { count: params.get("importerade")! })}</Notice>}
      <p className="ds-paragraph">{t("reg.import.lead")}</p>
      <p className="ds-paragraph">{t("reg.import.rule")}</p>
      {errors && (
        <ImportReport
          title={t("reg.import.errorsTitle", { count: errors.length })}
          columns={[t("reg.import.line"), t("reg.import.column"), t("reg.import.problem")]}
          rows={errors.map((e) => [e.line, e.field || "–", t(errorKey(e.error), { detail: e.detail ?? "" })])}
        />
      )}
      <PostForm className="sv-form" encType="multipart/form-data">
        <ErrorSummary errors={noFile ? { file: "reg.error.noFile" } : undefined} labels={{ file: "reg.import.file" }} />
        <FileField name="file" label={t("reg.import.file")} error={noFile ? "reg.error.noFile" : undefined} accept=".csv,text/csv" />
        <div>
          <SubmitButton>{t("reg.import.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}

const KNOWN = new Set(["required", "too_long", "unknown_owner_kind", "unknown_theme", "invalid_date", "ends_before_start", "unknown_status", "invalid_email", "invalid_link", "no_area", "unknown_area", "missing_column", "csv", "invalid_geometry"]);
function errorKey(code: string): MessageKey {
  return (KNOWN.has(code) ? `reg.error.${code}` : "reg.error.geometry") as MessageKey;
}

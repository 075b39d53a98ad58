import { redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { MAX_IMPORT_BYTES, valuesImportSchema } from "#src/application/area-index/index.ts";
import { formatDateTime, formatNumber, type MessageKey } from "#src/text/index.ts";
import { describeIndexProblems } from "#src/text/index-problems.ts";
import { formValues, parseForm, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { forbidden, requestMeta, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, FileField, Notice, PostForm, SubmitButton, TextField, Textarea } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { IndexSectionNav, placeLabel } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** /index/import: import indicator values from CSV or JSON-stat (analysts, administrators); the latest imports for all staff. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context).index;
  const imports = await svc.imports(actor);
  if (!imports.ok) forbidden();
  const url = new URL(request.url);
  const num = (name: string) => {
    const v = url.searchParams.get(name);
    return v !== null && /^\d{1,9}$/.test(v) ? Number(v) : null;
  };
  const rows = num("rader");
  return {
    manage: svc.permissions(actor).manage,
    imports: imports.value,
    done: rows === null ? null : { rows, replaced: num("ersatta") ?? 0, suppressed: num("prickade") ?? 0, unknown: (url.searchParams.get("okanda") ?? "").split(",").filter((k) => /^[a-z0-9_]{1,64}$/.test(k)) },
  };
}

interface ImportFailure {
  ok: false;
  errors: FieldErrors;
  values: Record<string, string>;
  /** Problems in the file by line (CSV) or place (JSON-stat): nothing was stored. */
  report: Record<string, string> | null;
  fileName: string | null;
}

export async function action({ request, context }: ActionFunctionArgs): Promise<ImportFailure | Response> {
  const actor = requireActor(context, request);
  const svc = services(context).index;
  if (!svc.permissions(actor).manage) forbidden();
  const form = await request.formData();
  const values = formValues(form);
  const failed = (errors: FieldErrors, report: Record<string, string> | null = null, fileName: string | null = null): ImportFailure => ({ ok: false, errors, values, report, fileName });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return failed({ file: file instanceof File && file.name ? "index.import.error.empty" : "index.import.error.noFile" });
  // Refuse an oversized file before reading it into memory.
  if (file.size > MAX_IMPORT_BYTES) return failed({ file: "index.import.error.tooLarge" });
  const fields = parseForm(valuesImportSchema, form);
  if (!fields.ok) return failed(fields.errors);
  const text = new TextDecoder("utf-8").decode(await file.arrayBuffer());
  const r = await svc.importValues(actor, { fileName: file.name, text, ...fields.data }, requestMeta(context));
  if (r.ok) {
    const q = new URLSearchParams({ rader: String(r.value.rows), ersatta: String(r.value.replaced), prickade: String(r.value.suppressed), okanda: r.value.unknownIndicators.join(",") });
    return redirect(`/index/import?${q}`);
  }
  switch (r.error) {
    case "not_allowed":
      return forbidden();
    case "empty":
      return failed({ file: "index.import.error.empty" });
    case "too_large":
      return failed({ file: "index.import.error.tooLarge" });
    case "invalid_mapping":
      return failed({ mapping: "index.import.error.mapping" }, describeIndexProblems(r.problems, requestState(context).locale), file.name);
    case "invalid_file":
      return failed({ file: "index.import.error.invalid" }, describeIndexProblems(r.problems, requestState(context).locale), file.name);
  }
}

export default function IndexImport() {
  const t = useT();
  const locale = useLocale();
  const { manage, imports, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as ImportFailure | undefined;
  const reportCount = failure?.report ? Object.keys(failure.report).length : 0;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t(manage ? "index.import.title" : "index.import.listTitle")} />
      <h1 className="ds-heading" data-size="lg">
        {t(manage ? "index.import.title" : "index.import.listTitle")}
      </h1>
      <IndexSectionNav manage={manage} />
      {done && !failure && (
        <Notice color="success">
          {t("index.import.done", { rows: formatNumber(done.rows, locale), replaced: formatNumber(done.replaced, locale) })}
          {done.suppressed > 0 && ` ${t("index.import.doneSuppressed", { count: formatNumber(done.suppressed, locale) })}`}
          {done.unknown.length > 0 && ` ${t("index.import.doneUnknown", { list: done.unknown.join(", ") })}`}
        </Notice>
      )}
      {manage && (
        <>
          <p className="ds-paragraph">{t("index.import.lead")}</p>
          <PostForm className="sv-form" encType="multipart/form-data" reloadDocument>
            <ErrorSummary errors={failure?.errors} labels={LABELS} vars={{ file: { count: String(reportCount) }, mapping: { count: String(reportCount) } }} />
            {failure?.report && reportCount > 0 && (
              <section aria-labelledby="report-heading" className="ds-alert" data-color="danger">
                <h2 id="report-heading" className="ds-heading" data-size="xs">
                  {t("index.import.reportTitle", { file: failure.fileName ?? "", count: reportCount })}
                </h2>
                <div className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby="report-caption">
                  <table className="ds-table">
                    <caption id="report-caption">{t("index.import.reportCaption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("index.import.place")}</th>
                        <th scope="col">{t("index.import.problem")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {Object.entries(failure.report).map(([where, message]) => (
                        <tr key={where}>
                          <th scope="row">{placeLabel(where, t("index.import.line"), locale)}</th>
                          <td>{message}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            )}
            <FileField name="file" label={t("index.import.file")} hint={t("index.import.fileHint")} error={failure?.errors.file} errorVars={{ count: reportCount }} accept=".csv,.txt,.tsv,.json,text/csv,application/json" />
            <TextField name="source" label={t("index.import.source")} hint={t("index.import.sourceHint")} defaultValue={failure?.values.source} />
            <Textarea name="mapping" label={t("index.import.mapping")} hint={t("index.import.mappingHint")} defaultValue={failure?.values.mapping} error={failure?.errors.mapping} rows={4} />
            <div className="sv-buttons">
              <SubmitButton>{t("index.import.submit")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}
      <h2 className="ds-heading" data-size="md">
        {t("index.import.latest")}
      </h2>
      {imports.length === 0 ? (
        <p className="ds-paragraph">{t("index.import.none")}</p>
      ) : (
        <div className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby="imports-caption">
          <table className="ds-table" data-border>
            <caption id="imports-caption">{t("index.import.latestCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("index.import.when")}</th>
                <th scope="col">{t("index.import.fileName")}</th>
                <th scope="col">{t("index.import.format")}</th>
                <th scope="col">{t("index.source")}</th>
                <th scope="col">{t("index.import.rows")}</th>
                <th scope="col">{t("index.import.by")}</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((i) => (
                <tr key={i.id}>
                  <td>{formatDateTime(new Date(i.importedAt), locale)}</td>
                  <td>
                    {i.fileName}
                    {i.isDemo && ` (${t("index.demo")})`}
                  </td>
                  <td>{i.format === "csv" ? "CSV" : "JSON-stat"}</td>
                  <td>{i.source}</td>
                  <td>{formatNumber(i.rowCount, locale)}</td>
                  <td>{i.importedByName ?? t("index.config.system")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const LABELS: Record<string, MessageKey> = { file: "index.import.file", mapping: "index.import.mapping", source: "index.import.source" };

import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { VIEWPOINT_CSV_COLUMNS, type ViewpointCsvNames, type ViewpointCsvProblem } from "#src/application/dialogue/index.ts";
import { AGE_BANDS, AREA_RELATIONS, SEXES } from "#src/domain/dialogue/vocabulary.ts";
import { translator, type MessageKey } from "#src/text/index.ts";
import { pageLanguages } from "#src/text/resident-catalogues.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { notFound, requestMeta, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, FileField, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { ImportReport } from "#src/web/app/ui/import-report.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain upload form: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/** The words a file may use: the catalogues' column names and answers, in Swedish and English (a file made in either passes). */
function csvNames(): ViewpointCsvNames {
  const both = [translator("sv"), translator("en")];
  const byCode = <C extends string>(codes: readonly C[], keys: (code: C) => MessageKey[]) => Object.fromEntries(codes.map((c) => [c, words(...keys(c))])) as Record<C, string[]>;
  const words = (...keys: MessageKey[]) => both.flatMap((t) => keys.map((k) => t(k)));
  return {
    columns: byCode(VIEWPOINT_CSV_COLUMNS, (c) => [`vp.csv.column.${c}`]),
    ageBand: byCode(AGE_BANDS, (a) => [`vp.age.${a}`]),
    sex: byCode(SEXES, (s) => [`vp.sex.${s}`]),
    relations: byCode(AREA_RELATIONS, (r) => [`vp.relation.${r}`, `vp.relationShort.${r}`]),
    languages: Object.fromEntries(pageLanguages().map((l) => [l.code, [l.nameSv, l.nameEn]])),
  };
}

/** /arenden/:caseId/process/synpunkter/import: viewpoints from a CSV file (source import), all rows or none, with a report by row and column. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const form = await services(context).viewpoints.entryForm(actor, params.caseId ?? "");
  if (!form) notFound();
  return { caseId: form.caseId, caseTitle: form.caseTitle, importKey: requestState(context).formKey };
}

type Outcome = { ok: false; noFile: true } | { ok: false; closed: true } | { ok: false; problems: ViewpointCsvProblem[] };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Outcome | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, noFile: true };
  const result = await services(context).viewpoints.importCsv(actor, caseId, await file.text(), csvNames(), String(form.get("import_key") ?? ""), requestMeta(context));
  if (!result.ok) {
    if ("problems" in result) return { ok: false, problems: result.problems };
    if (result.error === "closed") return { ok: false, closed: true };
    return notFound();
  }
  return redirect(`/arenden/${caseId}/process/synpunkter?importerade=${result.value.imported}${result.value.again ? "&igen=1" : ""}`);
}

export default function ImportViewpoints() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>() as Outcome | undefined;
  const problems = outcome && "problems" in outcome ? outcome.problems : null;
  const noFile = !!outcome && "noFile" in outcome;
  const closed = !!outcome && "closed" in outcome;
  const values = (codes: readonly string[], prefix: string) => codes.map((c) => t(`${prefix}.${c}` as MessageKey)).join(", ");
  return (
    <>
      <PageTitle failed={Boolean(outcome)} text={`${t("vp.import.title")}: ${data.caseTitle}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}/process/synpunkter`}>
          {t("vp.backToList")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("vp.import.title")}
      </h1>
      {closed && <Notice color="danger">{t("vp.error.processClosed")}</Notice>}
      <p className="ds-paragraph">{t("vp.import.lead", { text: t("vp.csv.column.text") })}</p>
      <p className="ds-paragraph">{t("vp.import.rule")}</p>
      <h2 className="ds-heading" data-size="xs">
        {t("vp.import.columns")}
      </h2>
      <dl className="sv-dl">
        <dt>{t("vp.csv.column.text")}</dt>
        <dd>{t("vp.import.col.text")}</dd>
        <dt>{t("vp.csv.column.activity")}</dt>
        <dd>{t("vp.import.col.activity")}</dd>
        <dt>{t("vp.csv.column.ageBand")}</dt>
        <dd>{t("vp.import.col.ageBand", { values: values(AGE_BANDS, "vp.age") })}</dd>
        <dt>{t("vp.csv.column.sex")}</dt>
        <dd>{t("vp.import.col.sex", { values: values(SEXES, "vp.sex") })}</dd>
        <dt>{t("vp.csv.column.relations")}</dt>
        <dd>{t("vp.import.col.relations", { values: values(AREA_RELATIONS, "vp.relationShort") })}</dd>
      </dl>
      {problems && (
        <ImportReport
          title={t("vp.import.errorsTitle", { count: problems.length })}
          columns={[t("vp.import.line"), t("vp.import.column"), t("vp.import.problem")]}
          rows={problems.map((p) => [p.line, p.column ? t(`vp.csv.column.${p.column}`) : "–", t(`vp.import.error.${p.error}`, { detail: p.detail ?? "" })])}
        />
      )}
      <PostForm className="sv-form" encType="multipart/form-data">
        <ErrorSummary errors={noFile ? { file: "vp.import.noFile" } : undefined} labels={{ file: "vp.import.file" }} />
        <input type="hidden" name="import_key" value={data.importKey} />
        <FileField name="file" label={t("vp.import.file")} error={noFile ? "vp.import.noFile" : undefined} accept=".csv,text/csv" />
        <div>
          <SubmitButton>{t("vp.import.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}

import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import type { ActorCsvError } from "#src/application/collaboration/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { notFound, requestMeta, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, FileField, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { ImportReport } from "#src/web/app/ui/import-report.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { csvVocabulary } from "./actor-words.ts";
import { ProcessNav } from "./process-nav.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain form with a file: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/** /arenden/:caseId/process/aktorer/import: actors from a CSV file, all rows or none, with a report by row and column. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).actorMapping.view(actor, params.caseId ?? "");
  if (!view) notFound();
  return { caseId: view.caseId, title: view.title, open: view.open, batch: randomUUID() };
}

type Outcome = { ok: false; noFile: true; batch: string } | { ok: false; closed: true; batch: string } | { ok: false; errors: ActorCsvError[]; batch: string };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Outcome | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const batch = String(form.get("batch") ?? "");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, noFile: true, batch };
  const result = await services(context).actorMapping.importCsv(actor, caseId, { text: await file.text(), batch }, csvVocabulary(requestState(context).locale), requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    if ("errors" in result) return { ok: false, errors: result.errors, batch };
    return { ok: false, closed: true, batch };
  }
  return redirect(`/arenden/${caseId}/process/aktorer?importerade=${result.value.imported}`);
}

export default function ImportActors() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>() as Outcome | undefined;
  const errors = outcome && "errors" in outcome ? outcome.errors : null;
  const noFile = outcome && "noFile" in outcome;
  const base = `/arenden/${data.caseId}/process/aktorer`;
  return (
    <>
      <PageTitle failed={Boolean(outcome)} text={`${t("actors.import.title")}: ${data.title}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={base}>
          {t("actors.import.back")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("actors.import.title")}
      </h1>
      <ProcessNav caseId={data.caseId} />
      {(!data.open || (outcome && "closed" in outcome)) && <Notice>{t("actors.closed")}</Notice>}
      <p className="ds-paragraph">{t("actors.import.lead")}</p>
      <p className="ds-paragraph">{t("actors.import.rule")}</p>
      <p className="ds-paragraph">
        <a className="ds-link" href={`${base}.csv?mall=1`} download>
          {t("actors.import.template")}
        </a>
      </p>
      {errors && (
        <ImportReport
          title={t("actors.import.errorsTitle", { count: errors.length })}
          columns={[t("actors.import.line"), t("actors.import.column"), t("actors.import.problem")]}
          rows={errors.map((e) => [e.line, e.column || "–", t(e.error as MessageKey)])}
        />
      )}
      {data.open && (
        <PostForm className="sv-form" encType="multipart/form-data">
          <ErrorSummary errors={noFile ? { file: "actors.import.error.noFile" } : undefined} labels={{ file: "actors.import.file" }} />
          <input type="hidden" name="batch" value={outcome?.batch || data.batch} />
          <FileField name="file" label={t("actors.import.file")} error={noFile ? "actors.import.error.noFile" : undefined} accept=".csv,text/csv" />
          <div>
            <SubmitButton>{t("actors.import.submit")}</SubmitButton>
          </div>
        </PostForm>
      )}
    </>
  );
}

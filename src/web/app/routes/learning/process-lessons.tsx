import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { lessonSchema } from "#src/application/learning/index.ts";
import { formatDate, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "../collaboration/process-nav.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/lardomar: the process's lessons, from its result report, yearly
 * follow-ups, network meetings and written by hand. The group reads its own process's lessons;
 * the committee's contact person and case officer write one by hand while the process runs.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).lessons.ofProcess(actor, params.caseId ?? "");
  if (!view) notFound();
  return { ...view, submissionKey: randomUUID() };
}

const LABELS: Record<string, MessageKey> = { title: "learning.field.title", body: "learning.field.body" };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const parsed = parseForm(lessonSchema, form);
  if (!parsed.ok) return parsed;
  const r = await services(context).lessons.add(actor, caseId, parsed.data, requestMeta(context));
  if (!r.ok) {
    if (r.error === "not_found") notFound();
    const errors = r.error === "closed" ? { form: "learning.error.closed" as MessageKey } : ((r.detail ?? { form: "appl.error.form" }) as Record<string, MessageKey>);
    return { ok: false, errors, values: formValues(form) };
  }
  return redirect(`/arenden/${caseId}/process/lardomar?sparad=1#lessons`);
}

export default function ProcessLessonsPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [params] = useSearchParams();
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("learning.processTitle")}: ${data.title}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}`}>
          {t("process.backToCase", { title: data.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("learning.processTitle")}
      </h1>
      <ProcessNav caseId={data.caseId} />
      {params.get("sparad") && <Notice color="success">{t("learning.saved")}</Notice>}
      <p className="ds-paragraph">{t("learning.processLead")}</p>
      <h2 className="ds-heading" data-size="sm" id="lessons">
        {t("learning.processCount", { count: data.lessons.length })}
      </h2>
      {data.lessons.length === 0 ? (
        <p className="ds-paragraph">{t("learning.processNone")}</p>
      ) : (
        <ul className="sv-messages" aria-labelledby="lessons">
          {data.lessons.map((l) => (
            <li key={l.id} className="sv-message">
              <h3 className="ds-heading" data-size="xs">
                <Link className="ds-link" to={`/lardomar/${l.id}`}>
                  {l.title}
                </Link>
              </h3>
              <p className="ds-paragraph sv-message__meta" data-size="sm">
                {t("learning.processMeta", { source: t(`learning.source.${l.source}`), date: formatDate(new Date(l.createdAt), locale) })}
              </p>
              <p className="ds-paragraph sv-message__body">{l.body}</p>
            </li>
          ))}
        </ul>
      )}
      {data.phase === "avslutad" && <Notice color="info">{t("learning.closedProcess")}</Notice>}
      {data.mayAdd && (
        <section aria-labelledby="add-lesson">
          <h2 className="ds-heading" data-size="sm" id="add-lesson">
            {t("learning.add")}
          </h2>
          <PostForm className="sv-form" aria-label={t("learning.add")}>
            <ErrorSummary errors={failure?.errors} labels={LABELS} />
            <input type="hidden" name="submissionKey" value={failure?.values.submissionKey ?? data.submissionKey} />
            <TextField name="title" label={t("learning.field.title")} hint={t("learning.field.titleHint")} defaultValue={failure?.values.title} error={failure?.errors.title} required />
            <Textarea name="body" label={t("learning.field.body")} hint={t("learning.field.bodyHint")} defaultValue={failure?.values.body} error={failure?.errors.body} rows={6} maxLength={20000} required />
            <div>
              <SubmitButton>{t("learning.addSubmit")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      )}
    </>
  );
}

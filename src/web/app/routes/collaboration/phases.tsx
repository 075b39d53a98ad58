import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { phaseChangeSchema } from "#src/application/collaboration/index.ts";
import { formatDateTime, type MessageKey } from "#src/text/index.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { ProcessNav } from "./process-nav.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process: the running process's phase and how it got there; for the case
 * staff of its committee, the next steps (the rule: src/domain/collaboration/process-phase.ts).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const phases = await services(context).processPhases.phases(actor, params.caseId ?? "");
  if (!phases) notFound();
  return phases;
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const parsed = parseForm(phaseChangeSchema, form);
  if (!parsed.ok) return parsed;
  const result = await services(context).processPhases.changePhase(actor, caseId, parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    if (result.error === "invalid") return { ok: false, errors: { form: "process.error.event" }, values: formValues(form) };
    const field = result.error === "reason_required" ? "reason" : "form";
    return { ok: false, errors: { [field]: `process.error.${result.error}` as MessageKey }, values: formValues(form) };
  }
  return redirect(`/arenden/${caseId}/process?sparad=1`);
}

export default function ProcessPhases() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [params] = useSearchParams();
  const moves = data.possible.filter((e) => e !== "avslutas");
  const mayClose = data.possible.includes("avslutas");
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("process.title")}: ${data.title}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}`}>
          {t("process.backToCase", { title: data.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("process.title")}
      </h1>
      <ProcessNav caseId={data.caseId} />
      {params.get("sparad") && !failure && <Notice color="success">{t("process.saved")}</Notice>}
      <ErrorSummary errors={failure?.errors} labels={{ reason: "process.reasonLabel" }} />
      <p className="ds-paragraph">{t("process.current", { phase: t(`phase.${data.phase}`) })}</p>

      {(moves.length > 0 || mayClose) && (
        <section aria-labelledby="process-next">
          <h2 className="ds-heading" data-size="sm" id="process-next">
            {t("process.next")}
          </h2>
          {data.phase === "samarbete" && !moves.includes("utforande_inleds") && <p className="ds-paragraph">{t("process.error.efforts_not_decided")}</p>}
          {moves.map((event) => (
            <PostForm key={event} className="sv-form">
              <input type="hidden" name="event" value={event} />
              <div>
                <SubmitButton>{t(`process.action.${event}`)}</SubmitButton>
              </div>
            </PostForm>
          ))}
          {mayClose && (
            <PostForm className="sv-form">
              <h3 className="ds-heading" data-size="xs">
                {t("process.action.avslutas")}
              </h3>
              <input type="hidden" name="event" value="avslutas" />
              <Textarea
                name="reason"
                label={t("process.reasonLabel")}
                hint={t(data.phase === "resultat" ? "process.reasonHintOptional" : "process.reasonHint")}
                defaultValue={failure?.values?.reason}
                error={failure?.errors.reason}
                rows={3}
                maxLength={2000}
              />
              <div>
                <SubmitButton variant="secondary">{t("process.action.avslutas")}</SubmitButton>
              </div>
            </PostForm>
          )}
        </section>
      )}

      <h2 className="ds-heading" data-size="sm">
        {t("process.history")}
      </h2>
      {data.history.length === 0 ? (
        <p className="ds-paragraph">{t("process.noHistory")}</p>
      ) : (
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption className="sv-visually-hidden">{t("process.history")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("process.when")}</th>
                <th scope="col">{t("process.what")}</th>
                <th scope="col">{t("process.by")}</th>
                <th scope="col">{t("process.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {data.history.map((h, i) => (
                <tr key={i}>
                  <td>{formatDateTime(new Date(h.at), locale)}</td>
                  <td>{t(`process.event.${h.event}`)}</td>
                  <td>{h.recordedByName ?? "–"}</td>
                  <td>{h.reason ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

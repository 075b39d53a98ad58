/**
 * /admin/jobb: the job queue for administrators. Per queue how many jobs wait, run, failed and
 * were done in the last day; the jobs that failed at every try, with when, how many tries and
 * the error (e-mail addresses hidden); and "Försök igen" on each (CSRF, audited). No job's data
 * is shown: for a mail only its id in the outbox (/utkorg says who it was for).
 */
import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { FAILED_SHOWN, retryJobSchema } from "#src/application/jobs/index.ts";
import { queueKind } from "#src/domain/jobs/queues.ts";
import { formatDateTime, formatNumber, type Translate } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { parseForm } from "#src/web/app/lib/forms.ts";
import { forbidden, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { Notice, PostForm } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export const handle = NO_CLIENT_CODE;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context);
  const result = await svc.jobs.overview(actor);
  if (!result.ok) forbidden();
  return { ...result.value, mailDelivers: svc.mailDelivers };
}

export async function action({ request, context }: ActionFunctionArgs): Promise<{ ok: false; error: "not_found" } | Response> {
  const actor = requireActor(context, request);
  const parsed = parseForm(retryJobSchema, await request.formData());
  // Only the page's own buttons send this form: a made-up job is "not found", like one already tried again.
  if (!parsed.ok) return { ok: false, error: "not_found" };
  const result = await services(context).jobs.retry(actor, parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    return { ok: false, error: "not_found" };
  }
  return redirect("/admin/jobb?forsokt=1");
}

/** A queue's name for people. */
function queueName(queue: string, t: Translate): string {
  const kind = queueKind(queue);
  if (kind?.kind === "mail") return t("jobs.queue.mail");
  if (kind?.kind === "mailUpkeep") return t("jobs.queue.mailUpkeep");
  if (kind?.kind === "sweep") return t("jobs.queue.sweep", { name: kind.sweep });
  return queue;
}

export default function Jobs() {
  const t = useT();
  const locale = useLocale();
  const { queues, failed, mailDelivers } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const jobName = (queue: string, id: string) => (queueKind(queue)?.kind === "mail" ? t("jobs.jobMail", { id }) : t("jobs.jobRun", { id }));
  return (
    <>
      <PageTitle text={t("jobs.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("jobs.title")}
      </h1>
      {params.get("forsokt") && !failure && <Notice color="success">{t("jobs.retried")}</Notice>}
      {failure && <Notice color="danger">{t("jobs.retryNotFound")}</Notice>}
      <p className="ds-paragraph">{t("jobs.lead")}</p>
      {!mailDelivers && <Notice color="warning">{t("jobs.noMail")}</Notice>}

      {queues.length === 0 ? (
        <p className="ds-paragraph">{t("jobs.notStarted")}</p>
      ) : (
        <div className="sv-table-wrap" tabIndex={0}>
          <table className="ds-table" data-border>
            <caption>{t("jobs.queuesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("jobs.queue")}</th>
                <th scope="col" className="sv-num">
                  {t("jobs.waiting")}
                </th>
                <th scope="col" className="sv-num">
                  {t("jobs.active")}
                </th>
                <th scope="col" className="sv-num">
                  {t("jobs.failedCount")}
                </th>
                <th scope="col" className="sv-num">
                  {t("jobs.doneLately")}
                </th>
              </tr>
            </thead>
            <tbody>
              {queues.map((q) => (
                <tr key={q.queue}>
                  <th scope="row">{queueName(q.queue, t)}</th>
                  <td className="sv-num">{formatNumber(q.waiting, locale)}</td>
                  <td className="sv-num">{formatNumber(q.active, locale)}</td>
                  <td className="sv-num">{formatNumber(q.failed, locale)}</td>
                  <td className="sv-num">{formatNumber(q.doneLately, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section aria-labelledby="failed-jobs">
        <h2 id="failed-jobs" className="ds-heading" data-size="md">
          {t("jobs.failedHeading")}
        </h2>
        {failed.length === 0 ? (
          <p className="ds-paragraph">{t("jobs.noFailed")}</p>
        ) : (
          <>
            <p className="ds-paragraph">{t("jobs.privacy")}</p>
            <div className="sv-table-wrap" tabIndex={0}>
              <table className="ds-table" data-border>
                <caption>{t("jobs.failedCaption", { count: FAILED_SHOWN })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("jobs.queue")}</th>
                    <th scope="col">{t("jobs.job")}</th>
                    <th scope="col">{t("jobs.failedAt")}</th>
                    <th scope="col" className="sv-num">
                      {t("jobs.tries")}
                    </th>
                    <th scope="col">{t("jobs.error")}</th>
                    <th scope="col">{t("jobs.action")}</th>
                  </tr>
                </thead>
                <tbody>
                  {failed.map((j) => (
                    <tr key={`${j.queue}/${j.id}`}>
                      <td>{queueName(j.queue, t)}</td>
                      <td>
                        <code>{jobName(j.queue, j.id)}</code>
                      </td>
                      <td>{j.failedAt ? formatDateTime(new Date(j.failedAt), locale) : ""}</td>
                      <td className="sv-num">{formatNumber(j.tries, locale)}</td>
                      <td>{j.message ?? t("jobs.noMessage")}</td>
                      <td>
                        <PostForm className="sv-inline-form">
                          <input type="hidden" name="queue" value={j.queue} />
                          <input type="hidden" name="jobId" value={j.id} />
                          <button type="submit" className="ds-button" data-variant="secondary" data-size="sm" aria-label={t("jobs.retryLabel", { job: jobName(j.queue, j.id) })}>
                            {t("jobs.retry")}
                          </button>
                        </PostForm>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  );
}

import { Form, Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { COMMITMENTS_LIST_LIMIT } from "#src/application/execution/index.ts";
import { formatDate, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

/** A plain page: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /ataganden: every commitment of the city's departments and companies across the processes,
 * for the city's staff; `?forvaltning=` filters by (part of) a department's name, so a
 * department finds what it has committed to (seed 001).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const url = new URL(request.url);
  const view = await services(context).commitments.across(actor, Object.fromEntries(url.searchParams));
  if (!view) notFound();
  return view;
}

export default function CommitmentsAcrossPage() {
  const t = useT();
  const locale = useLocale();
  const v = useLoaderData<typeof loader>();
  const caption = v.department ? t("execution.across.captionFor", { department: v.department }) : t("execution.across.caption");
  return (
    <>
      <title>{`${t("execution.across.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("execution.across.title")}
      </h1>
      <p className="ds-paragraph">{t("execution.across.lead")}</p>
      <Form method="get" className="sv-form" role="search">
        <TextField name="forvaltning" label={t("execution.across.filter")} hint={t("execution.across.filterHint")} defaultValue={v.department ?? ""} list="departments" />
        <datalist id="departments">
          {v.departments.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        <div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {t("execution.across.show")}
          </button>
        </div>
      </Form>
      {v.commitments.length === 0 ? (
        <p className="ds-paragraph">{t("execution.across.none")}</p>
      ) : (
        <div className="sv-table-wrap" tabIndex={0} role="region" aria-label={caption}>
          <table className="ds-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("execution.commitments.department")}</th>
                <th scope="col">{t("execution.across.process")}</th>
                <th scope="col">{t("execution.commitments.contribution")}</th>
                <th scope="col">{t("execution.commitments.period")}</th>
                <th scope="col">{t("execution.commitments.contact")}</th>
                <th scope="col">{t("execution.commitments.status")}</th>
              </tr>
            </thead>
            <tbody>
              {v.commitments.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.department}</th>
                  <td>
                    <Link className="ds-link" to={`/arenden/${c.caseId}/process/ataganden`}>
                      {c.caseNumber ? `${c.caseTitle} (${c.caseNumber})` : c.caseTitle}
                    </Link>
                    <div>{t(`phase.${c.phase}` as MessageKey)}</div>
                  </td>
                  <td className="sv-prewrap">{c.contribution}</td>
                  <td>{t("execution.plan.periodValue", { from: formatDate(c.startsOn, locale), to: formatDate(c.endsOn, locale) })}</td>
                  <td>
                    {c.contactName}
                    {c.contactEmail && (
                      <>
                        {c.contactName ? ", " : ""}
                        <a className="ds-link" href={`mailto:${c.contactEmail}`}>
                          {c.contactEmail}
                        </a>
                      </>
                    )}
                  </td>
                  <td>{t(`execution.commitments.status.${c.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {v.commitments.length >= COMMITMENTS_LIST_LIMIT && <p className="ds-paragraph">{t("execution.across.limited", { count: COMMITMENTS_LIST_LIMIT })}</p>}
    </>
  );
}

import { useLanguageNames } from "#src/web/app/ui/language.tsx";
import { Form, Link, useLoaderData, useSearchParams, type LoaderFunctionArgs } from "react-router";
import { formatDateTime } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { pageParam } from "#src/web/app/lib/paging.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { Notice } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { PageSummary, Pagination } from "#src/web/app/ui/pagination.tsx";
import { ProcessNav } from "../collaboration/process-nav.tsx";
import { aboutThePerson } from "./viewpoint-text.tsx";

/** A plain page of links and a GET filter: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/synpunkter: the process's viewpoints for its group (the policy's
 * process.work), newest first, paged, filtered by activity (`?aktivitet=<id>`); hidden ones are
 * shown as hidden with the reason. Links to add one, import a file, and review each.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const url = new URL(request.url);
  const page = await services(context).viewpoints.list(actor, params.caseId ?? "", { activityId: url.searchParams.get("aktivitet"), page: pageParam(url) });
  if (!page) notFound();
  return page;
}

export default function Viewpoints() {
  const t = useT();
  const languages = useLanguageNames();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const base = `/arenden/${data.caseId}/process/synpunkter`;
  const { viewpoints } = data;
  const imported = params.get("importerade");
  return (
    <>
      <title>{`${t("vp.title")}: ${data.caseTitle} – ${t("app.name")}`}</title>
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}`}>
          {t("vp.backToCase", { title: data.caseTitle })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("vp.title")}
      </h1>
      <ProcessNav caseId={data.caseId} />
      {params.get("sparad") && <Notice color="success">{t("vp.added")}</Notice>}
      {imported !== null && <Notice color="success">{params.get("igen") ? t("vp.import.again") : t("vp.import.done", { count: imported })}</Notice>}
      {!data.mayChange && <Notice color="info">{t("vp.readOnly")}</Notice>}
      <p className="ds-paragraph">{t("vp.lead")}</p>
      {data.mayChange && (
        <ul className="sv-process-nav__list">
          <li>
            <Link className="ds-link" to={`${base}/ny`}>
              {t("vp.add")}
            </Link>
          </li>
          <li>
            <Link className="ds-link" to={`${base}/import`}>
              {t("vp.importLink")}
            </Link>
          </li>
        </ul>
      )}

      {data.activities.length > 0 && (
        <Form method="get" className="sv-form" aria-label={t("vp.filter.legend")}>
          <div className="ds-field sv-field">
            <label className="ds-label" htmlFor="field-aktivitet">
              {t("vp.filter.activity")}
            </label>
            <select className="ds-input" id="field-aktivitet" name="aktivitet" defaultValue={data.activityId ?? ""}>
              <option value="">{t("vp.filter.all")}</option>
              {data.activities.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" className="ds-button" data-variant="secondary">
              {t("vp.filter.submit")}
            </button>
          </div>
        </Form>
      )}

      {viewpoints.total === 0 ? (
        <p className="ds-paragraph">{t("vp.none")}</p>
      ) : (
        <>
          <PageSummary page={viewpoints.page} pageSize={viewpoints.pageSize} total={viewpoints.total} shown={viewpoints.items.length} pageCount={viewpoints.pageCount} />
          <div className="sv-table-wrap">
            <table className="ds-table" data-border>
              <caption className="sv-visually-hidden">{t("vp.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("vp.col.received")}</th>
                  <th scope="col">{t("vp.col.text")}</th>
                  <th scope="col">{t("vp.col.activity")}</th>
                  <th scope="col">{t("vp.col.about")}</th>
                  <th scope="col">{t("vp.col.status")}</th>
                  <th scope="col">
                    <span className="sv-visually-hidden">{t("vp.moderateLink")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {viewpoints.items.map((v) => {
                  const when = formatDateTime(new Date(v.receivedAt), locale);
                  return (
                    <tr key={v.id}>
                      <td>{when}</td>
                      <td className="sv-prewrap">
                        <span lang={v.language} dir={languages.dir(v.language)}>
                          {v.body}
                        </span>
                        {v.language !== "sv" && (
                          <span className="sv-viewpoint-language" data-size="sm">
                            {t("vp.languageOf", { language: languages.name(v.language) })}
                          </span>
                        )}
                      </td>
                      <td>{v.activityTitle ?? t("vp.noActivity")}</td>
                      <td>{aboutThePerson(v, t)}</td>
                      <td>
                        {v.hidden ? t("vp.status.hidden", { reason: v.hidden.reason }) : t("vp.status.shown")}
                        {v.redacted && (
                          <>
                            <br />
                            {t("vp.status.redacted")}
                          </>
                        )}
                      </td>
                      <td>
                        <Link className="ds-link" to={`${base}/${v.id}`} aria-label={t("vp.moderateLinkLabel", { when })}>
                          {t("vp.moderateLink")}
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pagination page={viewpoints.page} pageCount={viewpoints.pageCount} />
        </>
      )}
    </>
  );
}

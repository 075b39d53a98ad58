import { Form, Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { CONTACT_REQUEST_STATUSES } from "#src/application/outreach/index.ts";
import { formatDate, formatDateTime } from "#src/text/index.ts";
import { pageParam } from "#src/web/app/lib/paging.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { PageSummary, Pagination } from "#src/web/app/ui/pagination.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const url = new URL(request.url);
  const status = url.searchParams.get("status") ?? "";
  const page = await services(context).contactRequests.list(actor, { status }, pageParam(url));
  if (!page) notFound();
  const { items: requests, ...paging } = page;
  return { requests, paging, status: (CONTACT_REQUEST_STATUSES as readonly string[]).includes(status) ? status : "" };
}

export default function ContactRequests() {
  const t = useT();
  const locale = useLocale();
  const { requests, paging, status } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("crequests.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("crequests.title")}
      </h1>
      <p className="ds-paragraph">{t("crequests.lead")}</p>
      <Form method="get" className="sv-filter" aria-label={t("crequests.filter")}>
        <div className="ds-field sv-field">
          <label htmlFor="filter-status" className="ds-label">
            {t("crequests.filterStatus")}
          </label>
          <select id="filter-status" name="status" className="ds-input" defaultValue={status}>
            <option value="">{t("crequests.filterAll")}</option>
            {CONTACT_REQUEST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`crequests.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {t("crequests.filterSubmit")}
          </button>
        </div>
      </Form>
      <PageSummary {...paging} shown={requests.length} />
      {requests.length === 0 ? (
        <p className="ds-paragraph">{t("crequests.empty")}</p>
      ) : (
        <div className="sv-table-wrap" tabIndex={0}>
          <table className="ds-table" data-border>
            <caption>{t("crequests.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("crequests.received")}</th>
                <th scope="col">{t("crequests.name")}</th>
                <th scope="col">{t("crequests.organisation")}</th>
                <th scope="col">{t("crequests.area")}</th>
                <th scope="col">{t("crequests.status")}</th>
                <th scope="col">{t("crequests.meeting")}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(new Date(r.createdAt), locale)}</td>
                  <td>
                    <Link to={`/kontaktforfragningar/${r.id}`} className="ds-link">
                      {r.name}
                    </Link>
                  </td>
                  <td>{r.organisationName ?? ""}</td>
                  <td>{r.areaText}</td>
                  <td>{t(`crequests.status.${r.status}`)}</td>
                  <td>{r.meetingOn ? formatDate(r.meetingOn, locale) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={paging.page} pageCount={paging.pageCount} label={t("crequests.pages")} />
    </>
  );
}

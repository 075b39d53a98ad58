import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { can } from "#src/domain/access/policy.ts";
import { formatDate, formatNumber } from "#src/text/index.ts";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const result = await services(context).admin.areas(actor);
  if (!result.ok) forbidden();
  return { areas: result.value, canImport: can(actor, { action: "areas.manage" }) };
}

export default function Areas() {
  const t = useT();
  const locale = useLocale();
  const { areas, canImport } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("areas.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("areas.title")}
      </h1>
      {canImport && (
        <p className="ds-paragraph">
          <Link to="/omraden/import" className="ds-link">
            {t("areaImport.title")}
          </Link>
        </p>
      )}
      <div className="sv-table-wrap" tabIndex={0}>
        <table className="ds-table" data-border>
          <caption>{t("areas.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("areas.code")}</th>
              <th scope="col">{t("areas.name")}</th>
              <th scope="col">{t("areas.validFrom")}</th>
              <th scope="col">{t("areas.size")}</th>
              <th scope="col">{t("areas.cases")}</th>
              <th scope="col">{t("areas.source")}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.id}>
                <td>{a.code}</td>
                <td>
                  {a.name}
                  {a.isInvented && ` (${t("areas.invented").toLowerCase()})`}
                </td>
                <td>{formatDate(a.validFrom, locale)}</td>
                <td>{formatNumber(a.areaKm2, locale, 2)}</td>
                <td>{a.caseCount}</td>
                <td>{a.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

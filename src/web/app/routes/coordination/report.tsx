import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { ownerKey, statusKey } from "./shared.tsx";

/** /samordning: the city-wide report of parallel processes per area, with their owners. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const report = await services(context).coordination.parallelReport(actor);
  if (!report) forbidden();
  return { report };
}

export default function ParallelReport() {
  const t = useT();
  const { report } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("report.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("report.title")}
      </h1>
      <p className="ds-paragraph">{t("report.lead")}</p>
      {report.map((area) => (
        <section key={area.areaCode} aria-labelledby={`area-${area.areaCode}`}>
          <h2 id={`area-${area.areaCode}`} className="ds-heading" data-size="xs">
            {area.areaName} ({area.processes.length})
          </h2>
          {area.processes.length === 0 ? (
            <p className="ds-paragraph">{t("report.none")}</p>
          ) : (
            <div className="sv-table-wrap" tabIndex={0} role="region" aria-label={t("report.caption", { area: area.areaName, count: area.processes.length })}>
              <table className="ds-table" data-border>
                <caption className="sv-visually-hidden">{t("report.caption", { area: area.areaName, count: area.processes.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("reg.name")}</th>
                    <th scope="col">{t("reg.owner")}</th>
                    <th scope="col">{t("reg.ownerKind")}</th>
                    <th scope="col">{t("reg.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {area.processes.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <Link to={`/processer/${p.id}`} className="ds-link">
                          {p.name}
                        </Link>
                        {p.kind === "case" && ` (${t("reg.kind.case")}${p.caseNumber ? `, ${p.caseNumber}` : ""})`}
                      </td>
                      <td>{p.ownerName}</td>
                      <td>{t(ownerKey(p.ownerKind))}</td>
                      <td>{t(statusKey(p.status))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </>
  );
}

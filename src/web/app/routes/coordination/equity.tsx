import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { formatMoney, formatNumber } from "#src/text/index.ts";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { ChoroplethMap, NEED_COLOURS, NO_RANK_COLOUR } from "#src/web/app/ui/choropleth-map.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { askedYear } from "./shared.tsx";

/** /fordelning: per area and year, processes, money granted and the index — does support follow need? */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const asked = askedYear(new URL(request.url));
  // Without a year asked for, the view opens on the latest year that has index values.
  const page = await services(context).coordination.equityPage(actor, asked);
  if (!page) forbidden();
  return page;
}

export default function Equity() {
  const t = useT();
  const locale = useLocale();
  const { year, years, equity, shapes, indexForYear, ranked } = useLoaderData<typeof loader>();
  const names = Object.fromEntries(equity.areas.map((a) => [a.code, a.name]));
  const values = Object.fromEntries(equity.rows.map((r) => [r.areaCode, { rank: r.rank, processes: r.processes }]));
  const rows = [...equity.rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.areaCode.localeCompare(b.areaCode));
  return (
    <>
      <title>{`${t("equity.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("equity.title")}
      </h1>
      <p className="ds-paragraph">{t("equity.lead")}</p>
      <form method="get" className="sv-filter" aria-label={t("equity.year")}>
        <div className="ds-field sv-field">
          <label className="ds-label" htmlFor="equity-year">
            {t("equity.year")}
          </label>
          <select className="ds-input" id="equity-year" name="ar" defaultValue={String(year)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {t("equity.show")}
          </button>
        </div>
      </form>
      {!indexForYear && <p className="ds-paragraph">{t("equity.noIndex")}</p>}
      <p className="ds-paragraph">{equity.rho === null ? t("equity.rhoNone") : t("equity.rho", { rho: formatNumber(equity.rho, locale, 2) })}</p>
      <div className="sv-equity">
        <div className="sv-table-wrap" tabIndex={0} role="region" aria-label={t("equity.caption", { year })}>
          <table className="ds-table" data-border>
            <caption>{t("equity.caption", { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("equity.area")}</th>
                <th scope="col">{t("equity.rank")}</th>
                <th scope="col">{t("equity.score")}</th>
                <th scope="col">{t("equity.processes")}</th>
                <th scope="col">{t("equity.granted")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.areaCode}>
                  <th scope="row">{names[r.areaCode] ?? r.areaCode}</th>
                  <td>{r.rank ?? "–"}</td>
                  <td>{r.score === null ? "–" : formatNumber(r.score, locale, 2)}</td>
                  <td>{r.processes}</td>
                  <td>{formatMoney(r.grantedSek, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {/* Not a named section: the map inside is the region with this name (axe `landmark-unique`). */}
        <section>
          <h2 id="equity-map-title" className="ds-heading" data-size="xs">
            {t("equity.mapTitle", { year })}
          </h2>
          <p id="equity-map-help" className="ds-paragraph sv-hint">
            {t("equity.mapHelp")}
          </p>
          <ChoroplethMap shapes={shapes} values={values} ranked={ranked} label={t("equity.mapTitle", { year })} describedBy="equity-map-help" processesUrl={`/fordelning/processer.geojson?ar=${year}`} />
          <h3 className="ds-heading" data-size="2xs">
            {t("equity.legend")}
          </h3>
          <ul className="sv-legend">
            {NEED_COLOURS.map((c, i) => (
              <li key={c}>
                <span className="sv-swatch" style={{ background: c }} aria-hidden="true" />
                {i === 0 ? t("equity.legend.high") : i === NEED_COLOURS.length - 1 ? t("equity.legend.low") : `${i + 1}`}
              </li>
            ))}
            <li>
              <span className="sv-swatch" style={{ background: NO_RANK_COLOUR }} aria-hidden="true" />
              {t("equity.legend.none")}
            </li>
            <li>
              <span className="sv-swatch" style={{ background: "transparent", border: "2px dashed #e3a200" }} aria-hidden="true" />
              {t("equity.legend.process")}
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}

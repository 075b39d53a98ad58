import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import type { ResultsView } from "#src/application/area-index/index.ts";
import { forbidden, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { formatNumber } from "#src/text/index.ts";
import { describeIndexProblems } from "#src/text/index-problems.ts";
import { Notice } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { decimals, IndexSectionNav, labelsOf, ProblemList, score, SpreadTable, YearForm, yearParam } from "./shared.tsx";

/** /index: the active configuration's ranking for a year, greatest need first. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context).index;
  const permissions = svc.permissions(actor);
  if (!permissions.read) forbidden();
  const r = await svc.results(actor, { year: yearParam(new URL(request.url)) });
  if (r.ok) return { manage: permissions.manage, view: r.value as ResultsView, problem: null };
  if (r.error === "not_allowed") forbidden();
  return { manage: permissions.manage, view: null, problem: { error: r.error, detail: describeIndexProblems(r.problems, requestState(context).locale) } };
}

export default function IndexResults() {
  const t = useT();
  const { manage, view, problem } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("index.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("index.title")}
      </h1>
      <IndexSectionNav manage={manage} />
      <p className="ds-paragraph">{t("index.lead")}</p>
      {problem?.error === "no_configuration" && (
        <Notice color="warning">
          {t("index.noConfiguration")}{" "}
          {manage && (
            <Link to="/index/konfiguration" className="ds-link">
              {t("index.noConfiguration.link")}
            </Link>
          )}
        </Notice>
      )}
      {problem?.error === "cannot_compute" && (
        <div className="ds-alert" data-color="danger" role="alert">
          <p className="ds-paragraph">{t("index.cannotCompute")}</p>
          <ProblemList problems={problem.detail} />
        </div>
      )}
      {view && <Results view={view} />}
      {view === null && problem === null && <p className="ds-paragraph">{t("index.noData")}</p>}
    </>
  );
}

function Results({ view }: { view: ResultsView }) {
  const t = useT();
  const locale = useLocale();
  const config = view.configuration.config;
  const labels = labelsOf(config, locale);
  const scored = view.result.areas.filter((a) => a.score !== null);
  const yearText = view.year === null ? t("index.year.latestShort") : String(view.year);
  const name = (code: string) => view.areaNames[code] ?? code;
  return (
    <>
      <p className="ds-paragraph">
        {t("index.configurationInUse", { name: view.configuration.summary.name, version: view.configuration.summary.version })}{" "}
        {t("index.reading")}
      </p>
      <YearForm years={view.years} year={view.year} action="/index" />
      <div className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby="index-results-caption">
        <table className="ds-table" data-border>
          <caption id="index-results-caption">{t("index.results.caption", { year: yearText })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("index.rank")}</th>
              <th scope="col">{t("index.area")}</th>
              <th scope="col">{t("index.score")}</th>
              {config.dimensions.map((d) => (
                <th scope="col" key={d.key}>
                  {labels.dimension[d.key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.result.areas.map((a) => (
              <tr key={a.area}>
                <td>{a.rank ?? "–"}</td>
                <th scope="row">
                  <Link to={`/index/omrade/${encodeURIComponent(a.area)}${view.year === null ? "" : `?ar=${view.year}`}`} className="ds-link">
                    {name(a.area)}
                  </Link>{" "}
                  <span className="sv-hint">({a.area})</span>
                </th>
                <td>{a.score === null ? t("index.noScore") : score(a.score, locale)}</td>
                {a.dimensions.map((d) => (
                  <td key={d.key}>{score(d.score, locale)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ds-paragraph">
        <Link to={`/index/resultat.csv${view.year === null ? "" : `?ar=${view.year}`}`} reloadDocument className="ds-link">
          {t("index.downloadCsv")}
        </Link>
      </p>
      {scored.length > 0 && <BarChart areas={scored.map((a) => ({ label: name(a.area), score: a.score! }))} />}
      <h2 className="ds-heading" data-size="sm" id="spridning">
        {t("index.spread.title")}
      </h2>
      <p className="ds-paragraph">{t("index.spread.lead")}</p>
      <SpreadTable config={config} spread={view.spread} areaNames={view.areaNames} year={view.year} />
      <p className="ds-paragraph" data-size="sm">
        {t("index.spread.help")}
      </p>
      <p className="ds-paragraph">
        <Link to={`/index/spridning.csv${view.year === null ? "" : `?ar=${view.year}`}`} reloadDocument className="ds-link">
          {t("index.spread.downloadCsv")}
        </Link>
      </p>
      <h2 className="ds-heading" data-size="sm">
        {t("index.about")}
      </h2>
      <ul className="ds-list">
        <li>{t("index.suppressionNote", { minCount: view.minCount })}</li>
        <li>
          {t("index.methodNote", {
            method: t(`index.method.${config.normalisation.method}`),
            within: t(`index.aggregation.${config.aggregation.withinDimensions}`),
            across: t(`index.aggregation.${config.aggregation.acrossDimensions}`),
          })}
        </li>
        {config.aggregation.floor !== undefined && <li>{t("index.floorNote", { floor: formatNumber(config.aggregation.floor, locale, decimals(config.aggregation.floor)) })}</li>}
        {view.indicatorsWithoutValues.length > 0 && <li>{t("index.withoutValues", { list: view.indicatorsWithoutValues.map((k) => labels.indicator[k]?.name ?? k).join(", ") })}</li>}
        {view.unknownIndicators.length > 0 && <li>{t("index.unknownIndicators", { list: view.unknownIndicators.join(", ") })}</li>}
      </ul>
    </>
  );
}

/**
 * A horizontal bar per area, the same figures as the table above. The picture is hidden from
 * assistive technology (the table carries the data); its caption says so.
 */
function BarChart({ areas }: { areas: Array<{ label: string; score: number }> }) {
  const t = useT();
  const locale = useLocale();
  const lo = Math.min(0, ...areas.map((a) => a.score));
  const hi = Math.max(...areas.map((a) => a.score), lo + 1e-9);
  const rowH = 24;
  const labelW = 180;
  const barW = 360;
  const height = areas.length * rowH + 8;
  return (
    <figure style={{ margin: "1.5rem 0" }}>
      <svg width={labelW + barW + 70} height={height} viewBox={`0 0 ${labelW + barW + 70} ${height}`} aria-hidden="true" focusable="false" style={{ maxWidth: "100%", height: "auto" }}>
        {areas.map((a, k) => {
          const w = Math.max(1, ((a.score - lo) / (hi - lo)) * barW);
          const y = 4 + k * rowH;
          return (
            <g key={a.label + k}>
              <text x={labelW - 8} y={y + 16} textAnchor="end" fontSize="13" fill="#1f2a33">
                {a.label}
              </text>
              <rect x={labelW} y={y + 3} width={w} height={rowH - 8} fill="#1e4b8f" />
              <text x={labelW + w + 6} y={y + 16} fontSize="13" fill="#1f2a33">
                {formatScore(a.score, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="ds-paragraph" data-size="sm">
        {t("index.chart.caption")}
      </figcaption>
    </figure>
  );
}

const formatScore = (x: number, locale: "sv" | "en") => score(x, locale, 2);

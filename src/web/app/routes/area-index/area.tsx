import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import type { AreaValue, AreaView } from "#src/application/area-index/index.ts";
import { formatNumber } from "#src/text/index.ts";
import { describeIndexProblems } from "#src/text/index-problems.ts";
import { forbidden, notFound, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { Notice } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { decimals, IndexSectionNav, labelsOf, ProblemList, score, spreadDigits, YearForm, yearParam } from "./shared.tsx";

/** /index/omrade/:code: one area's score explained, its time series and its imported values. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context).index;
  const permissions = svc.permissions(actor);
  if (!permissions.read) forbidden();
  const code = params.code ?? "";
  const r = await svc.area(actor, code, { year: yearParam(new URL(request.url)) });
  if (r.ok) return { manage: permissions.manage, view: r.value as AreaView, problem: null };
  if (r.error === "not_allowed") forbidden();
  if (r.error === "not_found") notFound();
  return { manage: permissions.manage, view: null, problem: { error: r.error, detail: describeIndexProblems(r.problems, requestState(context).locale) } };
}

export default function IndexArea() {
  const t = useT();
  const { manage, view, problem } = useLoaderData<typeof loader>();
  if (!view) {
    return (
      <>
        <title>{`${t("index.area.title")} – ${t("app.name")}`}</title>
        <h1 className="ds-heading" data-size="lg">
          {t("index.area.title")}
        </h1>
        <IndexSectionNav manage={manage} />
        <Notice color="warning">{problem?.error === "no_configuration" ? t("index.noConfiguration") : t("index.cannotCompute")}</Notice>
        {problem && problem.error !== "no_configuration" && <ProblemList problems={problem.detail} />}
      </>
    );
  }
  const heading = view.name ? `${view.name} (${view.code})` : view.code;
  return (
    <>
      <title>{`${heading} – ${t("index.title")} – ${t("app.name")}`}</title>
      <p className="ds-paragraph" data-size="sm">
        <Link to={view.year === null ? "/index" : `/index?ar=${view.year}`} className="ds-link">
          {t("index.area.back")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {heading}
      </h1>
      <IndexSectionNav manage={manage} />
      <YearForm years={view.years} year={view.year} action={`/index/omrade/${encodeURIComponent(view.code)}`} />
      <Explanation view={view} />
      <TimeSeries view={view} />
      <Values view={view} />
    </>
  );
}

function Explanation({ view }: { view: AreaView }) {
  const t = useT();
  const locale = useLocale();
  const labels = labelsOf(view.configuration.config, locale);
  const s = view.score;
  if (!s) return <Notice>{t("index.area.noScore")}</Notice>;
  const used = s.dimensions.flatMap((d) => d.indicators).filter((i) => i.normalised !== null);
  const byNormalised = [...used].sort((a, b) => a.normalised! - b.normalised!);
  const names = (list: typeof used) => list.map((i) => labels.indicator[i.key]?.name ?? i.key).join(", ");
  const floor = view.configuration.config.aggregation.floor;
  const floorText = floor === undefined ? "" : formatNumber(floor, locale, decimals(floor));
  const spread = new Map(view.spread.map((x) => [x.key, x] as const));
  const allAreas = (key: string): string => {
    const x = spread.get(key);
    if (!x || x.count === 0) return "–";
    const n = (v: number) => formatNumber(v, locale, spreadDigits(x));
    return `${n(x.median!)} (${n(x.lowest!.value)}–${n(x.highest!.value)})`;
  };
  return (
    <>
      <h2 className="ds-heading" data-size="md">
        {t("index.area.explanation")}
      </h2>
      <p className="ds-paragraph">
        {t("index.area.summary", { score: score(s.score, locale), rank: s.rank ?? "–", of: view.scoredAreas })}
      </p>
      {byNormalised.length > 1 && (
        <ul className="ds-list">
          <li>{t("index.area.weakest", { list: names(byNormalised.slice(0, 3)) })}</li>
          <li>{t("index.area.strongest", { list: names(byNormalised.slice(-3).reverse()) })}</li>
        </ul>
      )}
      <p className="ds-paragraph" data-size="sm">
        {t("index.area.explanationHelp")}
      </p>
      {s.dimensions.map((d) => (
        <div key={d.key} className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby={`dim-${d.key}`}>
          <table className="ds-table" data-border>
            <caption id={`dim-${d.key}`}>
              {t(d.floored ? "index.area.dimensionFloored" : "index.area.dimensionCaption", {
                name: labels.dimension[d.key] ?? d.key,
                score: score(d.score, locale),
                weight: formatNumber(d.weight * 100, locale, 0),
                floor: floorText,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("index.indicator")}</th>
                <th scope="col">{t("index.dataYear")}</th>
                <th scope="col">{t("index.value")}</th>
                <th scope="col">{t("index.area.allAreas")}</th>
                <th scope="col">{t("index.normalised")}</th>
                <th scope="col">{t("index.weight")}</th>
                <th scope="col">{t("index.contribution")}</th>
              </tr>
            </thead>
            <tbody>
              {d.indicators.map((i) => (
                <tr key={i.key}>
                  <th scope="row">{labels.indicator[i.key]?.name ?? i.key}</th>
                  <td>{i.year ?? "–"}</td>
                  <td>
                    {i.status === "observed" && i.value !== null
                      ? `${formatNumber(i.value, locale, 1)} ${labels.indicator[i.key]?.unit ?? ""}`
                      : i.status === "suppressed"
                        ? t("index.suppressed", { minCount: view.minCount })
                        : t("index.missing")}
                    {i.imputed && ` (${t("index.imputed")})`}
                  </td>
                  <td>{allAreas(i.key)}</td>
                  <td>
                    {score(i.normalised, locale)}
                    {i.floored && ` (${t("index.floored", { floor: floorText })})`}
                  </td>
                  <td>{`${formatNumber(i.weight * 100, locale, 1)} %`}</td>
                  <td>{score(i.contribution, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

function TimeSeries({ view }: { view: AreaView }) {
  const t = useT();
  const locale = useLocale();
  if (view.timeSeries.length === 0) return null;
  return (
    <>
      <h2 className="ds-heading" data-size="md">
        {t("index.area.timeSeries")}
      </h2>
      <div className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby="time-series-caption">
        <table className="ds-table" data-border>
          <caption id="time-series-caption">{t("index.area.timeSeriesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("index.year")}</th>
              <th scope="col">{t("index.score")}</th>
              <th scope="col">{t("index.rank")}</th>
            </tr>
          </thead>
          <tbody>
            {view.timeSeries.map((p) => (
              <tr key={p.year}>
                <th scope="row">{p.year}</th>
                <td>{p.score === null ? t("index.noScore") : score(p.score, locale)}</td>
                <td>{p.rank === null ? "–" : t("index.rankOf", { rank: p.rank, of: p.of })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ds-paragraph" data-size="sm">
        {t("index.area.timeSeriesNote")}
      </p>
    </>
  );
}

function Values({ view }: { view: AreaView }) {
  const t = useT();
  const locale = useLocale();
  const labels = labelsOf(view.configuration.config, locale);
  if (view.values.length === 0) return null;
  const cell = (v: AreaValue) => (v.status === "observed" && v.value !== null ? formatNumber(v.value, locale, 1) : v.status === "suppressed" ? t("index.suppressed", { minCount: view.minCount }) : t("index.missing"));
  const total = t("index.breakdown.total");
  return (
    <>
      <h2 className="ds-heading" data-size="md">
        {t("index.area.values")}
      </h2>
      <div className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby="values-caption">
        <table className="ds-table" data-border>
          <caption id="values-caption">{t("index.area.valuesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("index.indicator")}</th>
              <th scope="col">{t("index.year")}</th>
              {view.hasBreakdowns && (
                <>
                  <th scope="col">{t("index.breakdown.sex")}</th>
                  <th scope="col">{t("index.breakdown.age_band")}</th>
                  <th scope="col">{t("index.breakdown.disability")}</th>
                </>
              )}
              <th scope="col">{t("index.value")}</th>
              <th scope="col">{t("index.source")}</th>
            </tr>
          </thead>
          <tbody>
            {view.values.map((v, k) => (
              <tr key={k}>
                <th scope="row">{labels.indicator[v.indicator]?.name ?? v.indicator}</th>
                <td>{v.year}</td>
                {view.hasBreakdowns && (
                  <>
                    <td>{v.breakdown.sex ?? total}</td>
                    <td>{v.breakdown.age_band ?? total}</td>
                    <td>{v.breakdown.disability ?? total}</td>
                  </>
                )}
                <td>{cell(v)}</td>
                <td>{v.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** What the area index pages share: the section's links, the year choice, labels from the configuration. */
import { Form, Link, NavLink } from "react-router";
import type { IndexConfig } from "#src/domain/area-index/config.ts";
import type { IndicatorSpread } from "#src/domain/area-index/spread.ts";
import { yearQuerySchema } from "#src/application/area-index/index.ts";
import { formatNumber, type Locale } from "#src/text/index.ts";
import { parseQuery } from "#src/web/app/lib/forms.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

/** The year asked for in the address (`?ar=2024`, by the feature's yearQuerySchema), else undefined. */
export function yearParam(url: URL): number | undefined {
  return parseQuery(yearQuerySchema, url.searchParams, { names: { year: "ar" } }).data.year;
}

export const score = (value: number | null, locale: Locale, digits = 3): string => (value === null ? "–" : formatNumber(value, locale, digits));

/** Names of indicators and dimensions in the page's language, by key. */
export function labelsOf(config: IndexConfig, locale: Locale): { dimension: Record<string, string>; indicator: Record<string, { name: string; unit: string; dimension: string }> } {
  const dimension: Record<string, string> = {};
  const indicator: Record<string, { name: string; unit: string; dimension: string }> = {};
  for (const d of config.dimensions) {
    dimension[d.key] = d.name[locale];
    for (const i of d.indicators) indicator[i.key] = { name: i.name[locale], unit: i.unit, dimension: d.key };
  }
  return { dimension, indicator };
}

export function IndexSectionNav({ manage }: { manage: boolean }) {
  const t = useT();
  const links = [
    { to: "/index", label: t("index.nav.results"), end: true },
    { to: "/index/kanslighet", label: t("index.nav.sensitivity"), end: true },
    { to: "/index/konfiguration", label: t("index.nav.configuration"), end: true },
    { to: "/index/import", label: manage ? t("index.nav.import") : t("index.nav.imports"), end: true },
  ];
  return (
    <nav aria-label={t("index.nav.label")}>
      <ul className="sv-buttons" style={{ listStyle: "none", padding: 0, margin: "0 0 1.5rem" }}>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end} className="ds-link">
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A GET form choosing the data year (no JavaScript needed); `extra` keeps other parameters. */
export function YearForm({ years, year, action, extra }: { years: number[]; year: number | null; action: string; extra?: Record<string, string> }) {
  const t = useT();
  return (
    <Form method="get" action={action} className="sv-filter" aria-label={t("index.year.form")}>
      {Object.entries(extra ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="ds-field sv-field">
        <label className="ds-label" htmlFor="filter-year">
          {t("index.year.label")}
        </label>
        <select id="filter-year" name="ar" className="ds-input" defaultValue={year === null ? "" : String(year)}>
          <option value="">{t("index.year.latest")}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="ds-button" data-variant="secondary">
        {t("index.year.show")}
      </button>
    </Form>
  );
}

export function YearText({ year }: { year: number | null }) {
  const t = useT();
  return <>{year === null ? t("index.year.latestShort") : String(year)}</>;
}

/** The engine's problems (by path or line), worded in the page's language by the loader or action, as a list. */
export function ProblemList({ problems, id }: { problems: Record<string, string>; id?: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="ds-list" id={id}>
      {Object.entries(problems).map(([where, message]) => (
        <li key={where}>
          <code>{placeLabel(where, t("index.import.line"), locale)}</code>: {message}
        </li>
      ))}
    </ul>
  );
}

/** "line 4" → "Rad 4" (the CSV reader reports places in English). */
export function placeLabel(where: string, lineWord: string, _locale: Locale): string {
  const m = /^line (\d+)$/.exec(where);
  return m ? `${lineWord} ${m[1]}` : where;
}

/** How many decimals a number needs to be shown as given (at most 6): 0.01 → 2. */
export function decimals(x: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-9) return d;
  return 6;
}

/** Decimals for an indicator's figures, from the size of its largest value: 1 from 10 up, 2 from 1, else 3. */
export function spreadDigits(s: IndicatorSpread): number {
  const largest = Math.max(Math.abs(s.lowest?.value ?? 0), Math.abs(s.highest?.value ?? 0));
  return largest >= 10 ? 1 : largest >= 1 ? 2 : 3;
}

/**
 * Spread and extremes per indicator (as the consultation answers ask: not only each area's share
 * but the spread and the highest and lowest values). A table with a caption; each extreme names
 * its area or areas, linked to the area's page. Suppressed values are never in `spread`.
 */
export function SpreadTable({ config, spread, areaNames, year }: { config: IndexConfig; spread: IndicatorSpread[]; areaNames: Record<string, string>; year: number | null }) {
  const t = useT();
  const locale = useLocale();
  const labels = labelsOf(config, locale);
  const query = year === null ? "" : `?ar=${year}`;
  // The value, then each area on a line of its own; names never break inside a word.
  const extreme = (value: string, codes: string[]) => (
    <>
      <span style={{ whiteSpace: "nowrap" }}>{value}</span>
      {codes.map((code, k) => (
        <span key={code} style={{ display: "block", whiteSpace: "nowrap" }}>
          <Link to={`/index/omrade/${encodeURIComponent(code)}${query}`} className="ds-link">
            {areaNames[code] ?? code}
          </Link>
          {k < codes.length - 1 && ","}
        </span>
      ))}
    </>
  );
  // With one year chosen the caption says it; with each indicator's latest year, a column does.
  const yearColumn = year === null;
  return (
    <div className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby="index-spread-caption">
      <table className="ds-table" data-border>
        <caption id="index-spread-caption">{t("index.spread.caption", { year: year === null ? t("index.year.latestShort") : String(year) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("index.indicator")}</th>
            {yearColumn && <th scope="col">{t("index.dataYear")}</th>}
            <th scope="col">{t("index.spread.count")}</th>
            <th scope="col">{t("index.spread.lowest")}</th>
            <th scope="col">{t("index.spread.median")}</th>
            <th scope="col">{t("index.spread.highest")}</th>
            <th scope="col">{t("index.spread.middleHalf")}</th>
            <th scope="col">{t("index.spread.sd")}</th>
          </tr>
        </thead>
        <tbody>
          {spread.map((s) => {
            const label = labels.indicator[s.key];
            const unit = label?.unit ?? "";
            const digits = spreadDigits(s);
            const n = (x: number) => formatNumber(x, locale, digits);
            return (
              <tr key={s.key}>
                <th scope="row">
                  {label?.name ?? s.key}
                  {unit !== "" && <span className="sv-hint"> ({unit})</span>}
                </th>
                {yearColumn && <td>{s.year ?? "–"}</td>}
                <td>{s.suppressed > 0 ? t("index.spread.countSuppressed", { count: s.count, suppressed: s.suppressed }) : s.count}</td>
                {s.count === 0 ? (
                  <td colSpan={5}>{t("index.spread.none")}</td>
                ) : (
                  <>
                    <td>{extreme(n(s.lowest!.value), s.lowest!.areas)}</td>
                    <td>{n(s.median!)}</td>
                    <td>{extreme(n(s.highest!.value), s.highest!.areas)}</td>
                    <td style={{ whiteSpace: "nowrap" }}>{`${n(s.q1!)}–${n(s.q3!)}`}</td>
                    <td>{n(s.sd!)}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

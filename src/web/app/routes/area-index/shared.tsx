/** What the area index pages share: the section's links, the year choice, labels from the configuration. */
import { Form, NavLink } from "react-router";
import type { IndexConfig } from "../../../../domain/area-index/config.ts";
import { formatNumber, type Locale } from "../../i18n/index.ts";
import { useLocale, useT } from "../../ui/i18n.tsx";

/** A four-digit year from a query parameter, else undefined. */
export function yearParam(url: URL, name = "ar"): number | undefined {
  const v = url.searchParams.get(name);
  return v !== null && /^\d{4}$/.test(v) ? Number(v) : undefined;
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

/** The engine's problems (by path or line, in the page's language) as a list; `reason` is a machine code, told by the notice above instead. */
export function ProblemList({ problems, id }: { problems: Record<string, string>; id?: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="ds-list" id={id}>
      {Object.entries(problems)
        .filter(([where]) => where !== "reason")
        .map(([where, message]) => (
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

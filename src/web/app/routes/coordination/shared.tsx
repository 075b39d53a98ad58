/** What the register's pages share: labels for codes, the period, a checkbox group, the overlap table. */
import { Link } from "react-router";
import type { ScoredOverlap } from "#src/application/coordination/index.ts";
import { periodReading } from "#src/domain/coordination/register-status.ts";
import { formatDate, formatNumber, type MessageKey } from "#src/text/index.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

/** The year asked for in the equity view's addresses (`?ar=2024`, 1991–2099), else undefined. */
export function askedYear(url: URL): number | undefined {
  const raw = url.searchParams.get("ar");
  return raw !== null && /^\d{4}$/.test(raw) && Number(raw) > 1990 && Number(raw) < 2100 ? Number(raw) : undefined;
}

export const themeKey = (t: string) => `theme.${t}` as MessageKey;
export const ownerKey = (o: string) => `owner.${o}` as MessageKey;
export const statusKey = (s: string) => `pstatus.${s}` as MessageKey;

/** An entry's period; "tills vidare" only for a running entry without an end date (see periodReading). */
export function Period({ startsOn, endsOn, status }: { startsOn: string; endsOn: string | null; status: string }) {
  const t = useT();
  const locale = useLocale();
  const from = formatDate(startsOn, locale);
  switch (periodReading(endsOn, status)) {
    case "range":
      return <>{t("reg.periodValue", { from, to: formatDate(endsOn!, locale) })}</>;
    case "until_further_notice":
      return <>{t("reg.periodValue", { from, to: t("reg.openEnded") })}</>;
    case "from":
      return <>{t("reg.periodFrom", { from })}</>;
    case "end_unknown":
      return <>{t("reg.periodEndUnknown", { from })}</>;
  }
}

/** Checkboxes with their labels linked on the server; the first box carries the field id the error summary links to. */
export { CheckboxGroup } from "#src/web/app/ui/choices.tsx";

export function OverlapTable({ overlaps }: { overlaps: ScoredOverlap[] }) {
  const t = useT();
  const locale = useLocale();
  const pct = (x: number) => `${formatNumber(x * 100, locale, 0)} %`;
  return (
    <div className="sv-table-wrap" tabIndex={0} role="region" aria-label={t("reg.overlap.caption", { count: overlaps.length })}>
      <table className="ds-table" data-border>
        <caption>{t("reg.overlap.caption", { count: overlaps.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reg.name")}</th>
            <th scope="col">{t("reg.owner")}</th>
            <th scope="col">{t("reg.period")}</th>
            <th scope="col">{t("reg.overlap.space")}</th>
            <th scope="col">{t("reg.overlap.time")}</th>
            <th scope="col">{t("reg.overlap.shared")}</th>
            <th scope="col">{t("reg.overlap.score")}</th>
          </tr>
        </thead>
        <tbody>
          {overlaps.map((o) => (
            <tr key={o.id}>
              <td>
                <Link to={`/processer/${o.id}`} className="ds-link">
                  {o.name}
                </Link>
                {o.kind === "case" && ` (${t("reg.kind.case")}${o.caseNumber ? `, ${o.caseNumber}` : ""})`}
              </td>
              <td>
                {o.ownerName} ({t(ownerKey(o.ownerKind)).toLowerCase()})
              </td>
              <td>
                <Period startsOn={o.startsOn} endsOn={o.endsOn} status={o.status} />
              </td>
              <td>{pct(o.overlap.space)}</td>
              <td>{pct(o.overlap.time)}</td>
              <td>{o.overlap.sharedThemes.map((x) => t(themeKey(x))).join(", ") || "–"}</td>
              <td>{formatNumber(o.overlap.score, locale, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

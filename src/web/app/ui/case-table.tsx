import { Link } from "react-router";
import type { CaseSummary } from "#src/application/cases/index.ts";
import type { AreaNeed } from "#src/domain/coordination/equity.ts";
import { formatDate } from "#src/text/index.ts";
import { useLocale, useT } from "./i18n.tsx";

/** `needOf`: show each case's area need (index rank of its neediest area, of `ranked` areas). */
/** `captionHidden`: the caption is for screen readers only, where a heading right above already says it. */
export function CaseTable({ cases, caption, captionHidden, needOf, ranked }: { cases: CaseSummary[]; caption: string; captionHidden?: boolean; needOf?: ((c: CaseSummary) => (AreaNeed & { areaCode: string }) | null) | undefined; ranked?: number }) {
  const t = useT();
  const locale = useLocale();
  if (cases.length === 0) return <p className="ds-paragraph">{t("start.noCases")}</p>;
  return (
    <div className="sv-table-wrap" tabIndex={0}>
      <table className="ds-table" data-border>
        <caption className={captionHidden ? "sv-visually-hidden" : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("cases.titleColumn")}</th>
            <th scope="col">{t("cases.number")}</th>
            <th scope="col">{t("cases.applicant")}</th>
            <th scope="col">{t("cases.committee")}</th>
            <th scope="col">{t("cases.phase")}</th>
            <th scope="col">{t("cases.updated")}</th>
            {needOf && <th scope="col">{t("need.column")}</th>}
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={`/arenden/${c.id}`} className="ds-link">
                  {c.title}
                </Link>
              </td>
              <td>{c.caseNumber ?? t("cases.noNumber")}</td>
              <td>{c.applicantOrganisationName ?? "–"}</td>
              <td>{c.committeeCode}</td>
              <td>{t(`phase.${c.phase}`)}</td>
              <td>{formatDate(c.updatedAt, locale)}</td>
              {needOf && <td>{(() => {
                const need = needOf(c);
                return need?.rank ? t("need.rankOf", { rank: need.rank, count: ranked ?? 0 }) : "–";
              })()}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

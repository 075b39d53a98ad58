import { Link } from "react-router";
import type { CaseSummary } from "../../../application/ports.ts";
import { formatDate } from "../i18n/index.ts";
import { useLocale, useT } from "./i18n.tsx";

export function CaseTable({ cases, caption }: { cases: CaseSummary[]; caption: string }) {
  const t = useT();
  const locale = useLocale();
  if (cases.length === 0) return <p className="ds-paragraph">{t("start.noCases")}</p>;
  return (
    <div className="sv-table-wrap" tabIndex={0}>
      <table className="ds-table" data-border>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("cases.titleColumn")}</th>
            <th scope="col">{t("cases.number")}</th>
            <th scope="col">{t("cases.applicant")}</th>
            <th scope="col">{t("cases.committee")}</th>
            <th scope="col">{t("cases.phase")}</th>
            <th scope="col">{t("cases.updated")}</th>
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

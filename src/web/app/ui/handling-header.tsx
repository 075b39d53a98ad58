/** The head of every case-handling page: page title, a link back to the case, and "<page>: <case title>". */
import { Link } from "react-router";
import { useT } from "./i18n.tsx";
import { PageTitle } from "./page-title.tsx";

export function HandlingHeader({ caseId, caseTitle, caseNumber, page, failed }: { caseId: string; caseTitle: string; caseNumber: string | null; page: string; failed: boolean }) {
  const t = useT();
  return (
    <>
      <PageTitle failed={failed} text={`${page}: ${caseTitle}`} />
      <p className="ds-paragraph">
        <Link to={`/arenden/${caseId}`} className="ds-link">
          {t("common.back")}: {caseNumber ?? caseTitle}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {page}: {caseTitle}
      </h1>
    </>
  );
}

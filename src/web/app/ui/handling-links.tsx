/** The "Handläggning" links on a case page: each one only for whom the access policy lets use that page. */
import type { CasePageActions } from "#src/application/cases/index.ts";
import { useT } from "./i18n.tsx";

export function HandlingLinks({ caseId, may }: { caseId: string; may: Pick<CasePageActions, "assess" | "route" | "register" | "decide" | "officerReport"> }) {
  const t = useT();
  if (!may.assess && !may.route && !may.register && !may.decide && !may.officerReport) return null;
  const base = `/handlaggning/${caseId}`;
  return (
    <section aria-labelledby="handling-links-title">
      <h2 id="handling-links-title" className="ds-heading" data-size="sm">
        {t("handling.links")}
      </h2>
      <ul className="ds-list">
        {may.assess && (
          <li>
            <a className="ds-link" href={`${base}/bedomning`}>
              {t("handling.link.assess")}
            </a>
          </li>
        )}
        {may.assess && (
          <li>
            <a className="ds-link" href={`${base}/samordning`}>
              {t("coord.link")}
            </a>
          </li>
        )}
        {may.route && (
          <li>
            <a className="ds-link" href={`${base}/overlamna`}>
              {t("handling.link.route")}
            </a>
          </li>
        )}
        {may.register && (
          <li>
            <a className="ds-link" href={`${base}/registrering`}>
              {t("diarium.title")}
            </a>
          </li>
        )}
        {may.decide && (
          <li>
            <a className="ds-link" href={`${base}/beslut`}>
              {t("handling.link.decision")}
            </a>
          </li>
        )}
        {may.officerReport && (
          <li>
            <a className="ds-link" href={`${base}/tjansteskrivelse.docx`} download>
              {t("handling.link.docx")}
            </a>
          </li>
        )}
        {may.officerReport && (
          <li>
            <a className="ds-link" href={`${base}/tjansteskrivelse.pdf`} download>
              {t("handling.link.pdf")}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}

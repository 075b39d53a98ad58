/** The "Handläggning" links on a case page, for the city's case staff only. */
import { useRoot, useT } from "./i18n.tsx";

export function HandlingLinks({ caseId }: { caseId: string }) {
  const t = useT();
  const role = useRoot().actor?.role;
  if (role !== "kontaktperson" && role !== "handlaggare") return null;
  const base = `/handlaggning/${caseId}`;
  return (
    <section aria-labelledby="handling-links-title">
      <h2 id="handling-links-title" className="ds-heading" data-size="sm">
        {t("handling.links")}
      </h2>
      <ul className="ds-list">
        <li>
          <a className="ds-link" href={`${base}/bedomning`}>
            {t("handling.link.assess")}
          </a>
        </li>
        <li>
          <a className="ds-link" href={`${base}/samordning`}>
            {t("coord.link")}
          </a>
        </li>
        <li>
          <a className="ds-link" href={`${base}/overlamna`}>
            {t("handling.link.route")}
          </a>
        </li>
        {role === "handlaggare" && (
          <li>
            <a className="ds-link" href={`${base}/registrering`}>
              {t("diarium.title")}
            </a>
          </li>
        )}
        {role === "handlaggare" && (
          <li>
            <a className="ds-link" href={`${base}/beslut`}>
              {t("handling.link.decision")}
            </a>
          </li>
        )}
        <li>
          <a className="ds-link" href={`${base}/tjansteskrivelse.docx`} download>
            {t("handling.link.docx")}
          </a>
        </li>
        <li>
          <a className="ds-link" href={`${base}/tjansteskrivelse.pdf`} download>
            {t("handling.link.pdf")}
          </a>
        </li>
      </ul>
    </section>
  );
}

import { Link } from "react-router";
import { translator } from "#src/text/index.ts";
import { useT } from "./i18n.tsx";

/**
 * The link between a page and its Lättläst version, near the top as Swedish public sites place
 * it: "Lättläst" on the page in standard language, "Vanlig text" back from the easy-to-read one.
 */
export function EasyReadLink({ to }: { to: string }) {
  // Lättläst is Swedish, and Swedish sites name it so whatever language the page is in.
  return (
    <p className="ds-paragraph sv-easy-read" data-size="sm">
      <Link to={to} className="ds-link" lang="sv" hrefLang="sv">
        {translator("sv")("easyRead.link")}
      </Link>
    </p>
  );
}

export function StandardTextLink({ to }: { to: string }) {
  const t = useT();
  return (
    <p className="ds-paragraph sv-easy-read" data-size="sm">
      <Link to={to} className="ds-link">
        {t("easyRead.back")}
      </Link>
    </p>
  );
}

/**
 * Paging for long lists, as plain links (`?sida=N`, every filter kept), so it works without
 * JavaScript. Styled with Designsystemet's pagination: the first and last items are "previous"
 * and "next"; on the first or last page that item stays in place but hidden (aria-hidden, no
 * link), so the numbers do not jump.
 */
import { Link, useLocation } from "react-router";
import { formatNumber } from "#src/text/index.ts";
import { pageHref, pageNumbers } from "../lib/paging.ts";
import { useLocale, useT } from "./i18n.tsx";

export interface PageFacts {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** Rows on this page. */
  shown: number;
}

/** "Visar 51–100 av 1 234": which rows of how many. Nothing when the list is empty. */
export function PageSummary({ page, pageSize, total, shown }: PageFacts) {
  const t = useT();
  const locale = useLocale();
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  return (
    <p className="ds-paragraph sv-page-summary">
      {t("page.showing", { from: formatNumber(from, locale), to: formatNumber(from + shown - 1, locale), total: formatNumber(total, locale) })}
    </p>
  );
}

/** Links to the other pages; nothing when everything fits on one page. `label` names the list for screen readers. */
export function Pagination({ page, pageCount, label }: { page: number; pageCount: number; label?: string }) {
  const t = useT();
  const { pathname, search } = useLocation();
  if (pageCount <= 1) return null;
  const href = (n: number) => pageHref(pathname, search, n);
  return (
    <nav className="ds-pagination sv-pagination" aria-label={label ?? t("page.nav")}>
      <ul>
        <li>
          {page > 1 ? (
            <Link to={href(page - 1)} className="ds-button" data-variant="tertiary" rel="prev">
              {t("page.previous")}
            </Link>
          ) : (
            <span className="ds-button" data-variant="tertiary" aria-hidden="true">
              {t("page.previous")}
            </span>
          )}
        </li>
        {pageNumbers(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} className="sv-pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {/* "Sida 3" to a screen reader, not a bare "3"; the visible number is part of the name. */}
              <Link to={href(n)} className="ds-button" data-variant="tertiary" aria-label={t("page.number", { n })} aria-current={n === page ? "page" : undefined}>
                {n}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link to={href(page + 1)} className="ds-button" data-variant="tertiary" rel="next">
              {t("page.next")}
            </Link>
          ) : (
            <span className="ds-button" data-variant="tertiary" aria-hidden="true">
              {t("page.next")}
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}

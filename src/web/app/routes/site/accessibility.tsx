import type { MessageKey } from "#src/text/index.ts";
import { formatDate } from "#src/text/index.ts";
import { PUBLIC_PAGE } from "#src/web/app/lib/client-code.ts";
import { DIGG_REPORT_URL, HELP_EMAIL, STATEMENT_REVIEWED } from "#src/web/app/lib/help.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

/** Works without JavaScript and ships none; the same for every visitor, so it is kept. */
export const handle = PUBLIC_PAGE;

const GAPS: MessageKey[] = ["a11y.gap.pdf", "a11y.gap.mapImage", "a11y.gap.mapDraw", "a11y.gap.languages", "a11y.gap.users"];
const TESTED: MessageKey[] = ["a11y.tested.size", "a11y.tested.focus", "a11y.tested.signIn", "a11y.tested.twice"];

/**
 * The accessibility statement (tillgänglighetsredogörelse) that lagen (2018:1937) om tillgänglighet
 * till digital offentlig service requires, after DIGG's model: how accessible the service is, what
 * does not meet the requirements, how to report a problem, the supervisory authority, how and when
 * the service was tested. Decision 0034.
 */
export default function AccessibilityStatement() {
  const t = useT();
  const locale = useLocale();
  const mailto = `mailto:${HELP_EMAIL}?subject=${encodeURIComponent(t("a11y.mailSubject"))}`;
  const date = formatDate(STATEMENT_REVIEWED, locale);
  return (
    <>
      <title>{`${t("a11y.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="xl">
        {t("a11y.title")}
      </h1>
      <p className="ds-paragraph" data-size="lg">
        {t("a11y.lead")}
      </p>

      <h2 className="ds-heading" data-size="md">
        {t("a11y.howTitle")}
      </h2>
      <p className="ds-paragraph">{t("a11y.how")}</p>

      <h2 className="ds-heading" data-size="md">
        {t("a11y.helpTitle")}
      </h2>
      <p className="ds-paragraph">{t("a11y.help")}</p>
      <p className="ds-paragraph">
        <a href={mailto} className="ds-link">
          {t("a11y.mail", { email: HELP_EMAIL })}
        </a>
      </p>

      <h2 className="ds-heading" data-size="md" id="rapportera">
        {t("a11y.reportTitle")}
      </h2>
      <p className="ds-paragraph">{t("a11y.report")}</p>
      <p className="ds-paragraph">
        <a href={mailto} className="ds-link">
          {t("a11y.mail", { email: HELP_EMAIL })}
        </a>
      </p>

      <h2 className="ds-heading" data-size="md">
        {t("a11y.supervisionTitle")}
      </h2>
      <p className="ds-paragraph">{t("a11y.supervision")}</p>
      <p className="ds-paragraph">
        <a href={DIGG_REPORT_URL} className="ds-link" hrefLang="sv">
          {t("a11y.supervisionLink")}
        </a>
      </p>

      <h2 className="ds-heading" data-size="md">
        {t("a11y.statusTitle")}
      </h2>
      <p className="ds-paragraph">{t("a11y.status")}</p>

      <h3 className="ds-heading" data-size="sm">
        {t("a11y.gapsTitle")}
      </h3>
      <ul className="ds-list" data-testid="a11y-gaps">
        {GAPS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>

      <h3 className="ds-heading" data-size="sm">
        {t("a11y.outOfScopeTitle")}
      </h3>
      <p className="ds-paragraph">{t("a11y.outOfScope")}</p>

      <h2 className="ds-heading" data-size="md">
        {t("a11y.testedTitle")}
      </h2>
      <p className="ds-paragraph">{t("a11y.tested")}</p>
      <ul className="ds-list">
        {TESTED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p className="ds-paragraph">{t("a11y.testedDate", { date })}</p>
      <p className="ds-paragraph">{t("a11y.updated", { date })}</p>
    </>
  );
}

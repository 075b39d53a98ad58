import { Link } from "react-router";
import { SAMVERKANSSTOD_V1 } from "#src/domain/process-type/samverkansstod.ts";
import type { MessageKey } from "#src/text/index.ts";
import { useLocale, usePageLanguage, useT } from "#src/web/app/ui/i18n.tsx";
import { RESIDENT_PAGE } from "#src/web/app/lib/client-code.ts";
import { withLanguage } from "#src/web/app/lib/page-language.ts";
import { EasyReadLink } from "#src/web/app/ui/easy-read.tsx";

/** Works without JavaScript and ships none; offered in the resident languages. */
export const handle = RESIDENT_PAGE;

const PHASES: MessageKey[] = ["public.phase.initiering", "public.phase.samarbete", "public.phase.utforande", "public.phase.resultat"];

/**
 * The criteria and the application's contents in everyday words for this page (LIX ≤ 40,
 * decision 0033). The process type's own wording is versioned data that the assessment and the
 * application form use as it is; a criterion or field without a plain wording here shows that.
 */
const PLAIN_CRITERIA: Readonly<Record<string, MessageKey>> = {
  blandad_grupp: "public.criterion.blandad_grupp",
  upparbetade_samarbeten: "public.criterion.upparbetade_samarbeten",
  resurser: "public.criterion.resurser",
  mervarden: "public.criterion.mervarden",
  underlag: "public.criterion.underlag",
  demokratiska_principer: "public.criterion.demokratiska_principer",
};
const PLAIN_FIELDS: Readonly<Record<string, MessageKey>> = {
  title: "public.field.title",
  area: "public.field.area",
  area_description: "public.field.area_description",
  actors_in_area: "public.field.actors_in_area",
  interested_actors: "public.field.interested_actors",
  contributions: "public.field.contributions",
  challenges: "public.field.challenges",
  added_value: "public.field.added_value",
  purpose: "public.field.purpose",
  city_goals: "public.field.city_goals",
  evidence_basis: "public.field.evidence_basis",
  children_impact: "public.field.children_impact",
};

/** The public start page: what the support is for, who can apply, the phases, the criteria and the way in. */
export default function Samverkansstod() {
  const t = useT();
  const locale = useLocale();
  const page = usePageLanguage();
  // The process type's criteria and fields are data in Swedish and English: in another language, Swedish (marked so).
  const dataLang = page && page.messages ? "sv" : undefined;
  const contact = withLanguage("/samverkansstod/kontakt", page?.code ?? null);
  const definition = SAMVERKANSSTOD_V1;
  return (
    <>
      <title>{`${t("public.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="xl">
        {t("public.title")}
      </h1>
      <EasyReadLink to="/samverkansstod/lattlast" />
      <p className="ds-paragraph" data-size="lg">
        {t("public.lead")}
      </p>
      <p className="ds-paragraph">
        <Link to={contact} className="ds-button" data-variant="primary">
          {t("public.contactLink")}
        </Link>
      </p>

      <h2 className="ds-heading" data-size="md">
        {t("public.whoTitle")}
      </h2>
      <p className="ds-paragraph">{t("public.who")}</p>

      <h2 className="ds-heading" data-size="md">
        {t("public.phasesTitle")}
      </h2>
      <ol className="ds-list">
        {PHASES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>

      <h2 className="ds-heading" data-size="md">
        {t("public.criteriaTitle")}
      </h2>
      <p className="ds-paragraph">{t("public.criteriaLead")}</p>
      <ol className="ds-list">
        {definition.criteria.map((c) => {
          const plain = PLAIN_CRITERIA[c.key];
          return plain ? <li key={c.key}>{t(plain)}</li> : <li key={c.key} lang={dataLang}>{c.text[locale]}</li>;
        })}
      </ol>

      <h2 className="ds-heading" data-size="md">
        {t("public.applicationTitle")}
      </h2>
      <ul className="ds-list">
        {definition.applicationFields.map((f) => {
          const plain = PLAIN_FIELDS[f.key];
          return plain ? <li key={f.key}>{t(plain)}</li> : <li key={f.key} lang={dataLang}>{f.label[locale]}</li>;
        })}
      </ul>

      <h2 className="ds-heading" data-size="md">
        {t("public.howTitle")}
      </h2>
      <p className="ds-paragraph">{t("public.howLead")}</p>
      <p className="ds-paragraph">
        <Link to={contact} className="ds-link">
          {t("public.contactLink")}
        </Link>
      </p>

      <h2 className="ds-heading" data-size="md">
        {t("public.registerTitle")}
      </h2>
      <p className="ds-paragraph">{t("public.registerWhen")}</p>
      <p className="ds-paragraph">{t("public.registerAccount")}</p>
      <p className="ds-paragraph">
        <Link to="/registrera" className="ds-link">
          {t("register.link")}
        </Link>
      </p>
    </>
  );
}

import { Link } from "react-router";
import { useRoot, useT } from "#src/web/app/ui/i18n.tsx";
import { PUBLIC_PAGE } from "#src/web/app/lib/client-code.ts";

/** Works without JavaScript and ships none. */
export const handle = PUBLIC_PAGE;

export default function Home() {
  const t = useT();
  const { actor } = useRoot();
  return (
    <>
      <title>{t("app.name")}</title>
      <h1 className="ds-heading" data-size="xl">
        {t("home.title")}
      </h1>
      <p className="ds-paragraph" data-size="lg">
        {t("home.lead")}
      </p>
      <p className="ds-paragraph">
        <Link to="/samverkansstod" className="ds-link">
          {t("public.homeLink")}
        </Link>
      </p>
      {actor ? (
        <p className="ds-paragraph">
          {t("home.signedInAs", { name: actor.name })}{" "}
          <Link to="/start" className="ds-link">
            {t("home.goToStart")}
          </Link>
        </p>
      ) : (
        <p className="ds-paragraph">
          <Link to="/logga-in" className="ds-link">
            {t("home.signInPrompt")}
          </Link>
        </p>
      )}
    </>
  );
}

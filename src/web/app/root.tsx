import "@digdir/designsystemet-css/theme";
import "@digdir/designsystemet-css";
import "./styles/app.css";
import { isRouteErrorResponse, Link, Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useMatches, useRouteError, type LoaderFunctionArgs } from "react-router";
import { isResidentPage, pageNeedsClientCode } from "./lib/client-code.ts";
import type { ReactNode } from "react";
import type { Locale, MessageKey } from "#src/text/index.ts";
import { requestState, services } from "./lib/request.ts";
import { navFor } from "./lib/nav.ts";
import { HELP_EMAIL } from "./lib/help.ts";
import type { RootData } from "./lib/root-data.ts";
import { PostForm } from "./ui/form.tsx";
import { MainNav } from "./ui/main-nav.tsx";
import { useLang, usePageLanguage, useRoot, useT } from "./ui/i18n.tsx";
import { languageLinks, pageLanguageFor } from "./lib/page-language-server.ts";
import { LANGUAGE_PARAM, withLanguage } from "./lib/page-language.ts";


export async function loader({ context }: LoaderFunctionArgs): Promise<RootData> {
  const state = requestState(context);
  const actor = state.actor ? { name: state.actor.name, role: state.actor.role, organisationName: state.actor.organisationName } : null;
  return { locale: state.locale, actor, csrfToken: state.csrfToken, demo: services(context).demoSignIns !== null, flash: null, mapTiles: services(context).mapTiles, nav: state.actor ? navFor(state.actor) : [], page: pageLanguageFor(state.language), languages: languageLinks() };
}

/** A resident page's language links: one per language, in the language itself (decision 0032). */
function LanguageLinks() {
  const { languages } = useRoot();
  const current = useLang();
  const t = useT();
  const { pathname, search } = useLocation();
  // The same page in another language: its other parameters kept (a receipt stays a receipt).
  const hrefFor = (code: string) => {
    const params = new URLSearchParams(search);
    params.set(LANGUAGE_PARAM, code);
    return `${pathname}?${params.toString()}`;
  };
  return (
    <nav aria-label={t("language.linksLabel")} className="sv-language-links">
      <ul>
        {languages.map((l) => (
          <li key={l.code}>
            <a href={hrefFor(l.code)} lang={l.code} hrefLang={l.code} dir={l.dir} aria-current={l.code === current ? "true" : undefined} className="ds-link">
              {l.endonym}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Header() {
  const { actor, locale, nav, demo } = useRoot();
  const t = useT();
  const page = usePageLanguage();
  const resident = useIsResidentPage();
  const other = locale === "sv" ? "en" : "sv";
  return (
    <header className="sv-header">
      <a href="#main" className="ds-skip-link">
        {t("nav.skipToContent")}
      </a>
      <div className="sv-header__bar">
        <Link to="/" className="sv-brand">
          {t("app.name")}
          <span className="sv-brand__city">Malmö stad</span>
        </Link>
        <div className="sv-header__tools">
          <Link to={withLanguage("/samverkansstod", page?.code ?? null)} className="ds-link">
            {t("nav.samverkansstod")}
          </Link>
          {!resident && (
            <PostForm action="/sprak" className="sv-inline-form">
              <input type="hidden" name="locale" value={other} />
              <button type="submit" className="ds-button" data-variant="tertiary" lang={other}>
                {t("nav.language")}
              </button>
            </PostForm>
          )}
          {actor ? (
            <PostForm action="/logga-ut" className="sv-inline-form">
              <span className="sv-header__user">{actor.name}</span>
              <button type="submit" className="ds-button" data-variant="secondary">
                {t("nav.signOut")}
              </button>
            </PostForm>
          ) : (
            <Link to="/logga-in" className="ds-button" data-variant="secondary">
              {t("nav.signIn")}
            </Link>
          )}
        </div>
      </div>
      {actor && <MainNav nav={nav} label={t("nav.label")} />}
      {resident && <LanguageLinks />}
      {/* Inside the header, so it stands in a landmark (axe best-practice `region`). */}
      {demo && <p className="sv-demo-banner">{t("app.demoBanner")}</p>}
    </header>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const lang = useLang();
  const dir = usePageLanguage()?.dir ?? "ltr";
  // A page that works without JavaScript ships none (src/web/app/lib/client-code.ts).
  const clientCode = pageNeedsClientCode(useMatches());
  return (
    <html lang={lang} dir={dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body>
        <Header />
        <main id="main" tabIndex={-1} className="sv-main">
          {children}
        </main>
        <footer className="sv-footer">
          <p className="ds-paragraph" data-size="sm">
            {t("app.tagline")}
          </p>
          {/* Help in the same place on every page (WCAG 3.2.6), and the accessibility statement the law asks for. */}
          <ul className="sv-footer__links">
            <li>
              {t("footer.help")}{" "}
              <a href={`mailto:${HELP_EMAIL}`} className="ds-link">
                {HELP_EMAIL}
              </a>
            </li>
            <li>
              <Link to="/tillganglighet" className="ds-link">
                {t("footer.accessibility")}
              </Link>
            </li>
          </ul>
        </footer>
        {clientCode && <ScrollRestoration />}
        {clientCode && <Scripts />}
      </body>
    </html>
  );
}

function useIsResidentPage(): boolean {
  return isResidentPage(useMatches().map((m) => m.handle));
}

export default function App() {
  return <Outlet />;
}

/** The edge's reason for a refusal: `{ reason }` when rendered on the server, the text of a refused data request in the browser. */
function refusalReason(data: unknown): string | null {
  if (typeof data === "string") return data;
  if (typeof data === "object" && data !== null && "reason" in data && typeof data.reason === "string") return data.reason;
  return null;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  let title: MessageKey = "error.generic.title";
  let body: MessageKey = "error.generic.body";
  if (isRouteErrorResponse(error) && error.status === 404) {
    title = "error.notFound.title";
    body = "error.notFound.body";
  } else if (isRouteErrorResponse(error) && error.status === 403 && refusalReason(error.data) === "csrf") {
    title = "error.csrf.title";
    body = "error.csrf.body";
  } else if (isRouteErrorResponse(error) && error.status === 403) {
    title = "error.forbidden.title";
    body = "error.forbidden.body";
  } else if (isRouteErrorResponse(error) && error.status === 413) {
    title = "error.tooLarge.title";
    body = "error.tooLarge.body";
  } else if (isRouteErrorResponse(error) && error.status === 503) {
    title = "error.unavailable.title";
    body = "error.unavailable.body";
  }
  return (
    <>
      <title>{`${t(title)} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t(title)}
      </h1>
      <p className="ds-paragraph">{t(body)}</p>
      <p>
        <Link to="/" className="ds-link">
          {t("error.backHome")}
        </Link>
      </p>
    </>
  );
}

import { useMatches, useRouteLoaderData } from "react-router";
import { isLocale, translator, type Locale, type Translate } from "#src/text/index.ts";
import { residentTranslator } from "#src/text/resident.ts";
import { isResidentPage } from "../lib/client-code.ts";
import type { PageLanguage } from "../lib/page-language.ts";
import type { RootData } from "../lib/root-data.ts";

export function useRoot(): RootData {
  const data = useRouteLoaderData("root") as RootData | undefined;
  return data ?? { locale: "sv", actor: null, csrfToken: "", demo: false, flash: null, mapTiles: null, nav: [], page: null, languages: [] };
}

/**
 * The language chosen with `?sprak=` when this page is a resident page (decision 0032); null on
 * every other page, and on a resident page without the parameter.
 */
export function usePageLanguage(): PageLanguage | null {
  const { page } = useRoot();
  const resident = isResidentPage(useMatches().map((m) => m.handle));
  return resident ? page : null;
}

/** The interface language (sv or en): on a resident page in another language, Swedish (what its missing text falls back to). */
export function useLocale(): Locale {
  const { locale } = useRoot();
  const page = usePageLanguage();
  if (!page) return locale;
  return isLocale(page.code) ? page.code : "sv";
}

/** The page's language code, for `lang` and for dates and numbers. */
export function useLang(): string {
  const { locale } = useRoot();
  return usePageLanguage()?.code ?? locale;
}

export function useT(): Translate {
  const page = usePageLanguage();
  const locale = useLocale();
  return page?.messages ? residentTranslator(page.messages) : translator(locale);
}

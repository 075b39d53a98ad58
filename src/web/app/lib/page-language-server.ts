/** The root loader's part of the page language (server side: it reads the catalogues). */
import { findLanguage, pageLanguages, residentCatalogue } from "#src/text/resident-catalogues.ts";
import { isLocale, translator, type Translate } from "#src/text/index.ts";
import { residentTranslator } from "#src/text/resident.ts";
import type { RequestState } from "../context.ts";
import type { LanguageLink, PageLanguage } from "./page-language.ts";

export function pageLanguageFor(code: string | null): PageLanguage | null {
  const language = code ? findLanguage(code) : null;
  if (!language) return null;
  return { code: language.code, dir: language.dir, messages: residentCatalogue(language.code)?.messages ?? null };
}

let links: LanguageLink[] | null = null;

/** The languages offered, for the root loader of every page: made once. */
export function languageLinks(): LanguageLink[] {
  links ??= pageLanguages().map(({ code, endonym, dir, nameSv, nameEn }) => ({ code, endonym, dir, nameSv, nameEn }));
  return links;
}

/** A resident page's translator in its loader or action: the `?sprak=` language, else the interface language. */
export function pageT(state: Pick<RequestState, "language" | "locale">): Translate {
  const page = pageLanguageFor(state.language);
  if (page?.messages) return residentTranslator(page.messages);
  return translator(page && isLocale(page.code) ? page.code : state.locale);
}

/** The language a resident page is in (what a viewpoint sent from it records). */
export function pageLanguageCode(state: Pick<RequestState, "language" | "locale">): string {
  return pageLanguageFor(state.language)?.code ?? state.locale;
}

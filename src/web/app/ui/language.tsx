import { useRoot } from "./i18n.tsx";

/**
 * The languages Samverka offers, for the staff's pages: a language's name in the interface
 * language ("Arabiska") and its direction, so a viewpoint's text gets `lang` and `dir`.
 */
export function useLanguageNames(): { name: (code: string) => string; dir: (code: string) => "ltr" | "rtl" | "auto"; all: ReadonlyArray<{ code: string; name: string }> } {
  const { languages, locale } = useRoot();
  const nameOf = (l: { nameSv: string; nameEn: string }) => (locale === "en" ? l.nameEn : l.nameSv);
  return {
    name: (code) => {
      const found = languages.find((l) => l.code === code);
      return found ? nameOf(found) : code;
    },
    dir: (code) => languages.find((l) => l.code === code)?.dir ?? "auto",
    all: languages.map((l) => ({ code: l.code, name: nameOf(l) })),
  };
}

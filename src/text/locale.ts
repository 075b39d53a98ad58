/**
 * The languages Samverka speaks: Swedish first, English second. Adding a language means adding
 * it here and giving every catalogue module its entries (docs/decisions/0015-where-text-lives.md).
 */
export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** The Intl locale each language formats dates, numbers and money with. */
export const INTL_LOCALE: Record<Locale, string> = { sv: "sv-SE", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}
